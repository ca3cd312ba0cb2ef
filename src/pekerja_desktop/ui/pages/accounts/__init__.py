"""Akun (admins only): the office's operator accounts, their table model and dialogs."""
