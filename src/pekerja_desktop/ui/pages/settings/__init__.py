"""Pengaturan: language, screen lock, where the database is, and the backups section."""
