"""Backups and restores of the office database, and the start-up integrity check.

- `make.py`: encrypted backup sets (on demand, on exit, daily; the newest `backup_keep` kept);
- `sets.py`, `manifest.py`, `key_files.py`: what a backup set holds on disk;
- `check.py`: `PRAGMA quick_check` of the live database, checking a backup, the newest good backup;
- `preview.py`: what the warning before a restore shows; signing in when the database may be damaged;
- `restore.py`, `staging.py`: restoring (supervisor, damaged database, recovery key) without ever leaving a
  half-restored database, with the sync rule that no sequence or registration number is reused.
"""
