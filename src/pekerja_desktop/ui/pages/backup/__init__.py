"""Backups: the Cadangan part of Pengaturan, its table model, and the recovery dialog after a failed check."""
