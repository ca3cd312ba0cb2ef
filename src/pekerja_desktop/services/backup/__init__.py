"""Backups and restores of the office database, and the start-up integrity check.

- `make.py`: encrypted backup sets (on demand, on exit, daily; the newest `backup_keep` kept);
- `sets.py`, `manifest.py`, `secrets.py`: what a backup set holds on disk;
- `check.py`: `PRAGMA quick_check` of the live database, checking a backup, the newest good backup;
- `preview.py`: what the warning before a restore shows; signing in when the database may be damaged;
- `restore.py`, `staging.py`: restoring (supervisor, damaged database, recovery key) without ever leaving a
  half-restored database, with the sync rule that no sequence or registration number is reused.
"""

from pekerja_desktop.services.backup.check import (
    DatabaseCheck,
    check_backup,
    describe_backup,
    describe_backup_for,
    good_backup_for,
    newest_good_backup,
    quick_check_database,
)
from pekerja_desktop.services.backup.errors import BackupError
from pekerja_desktop.services.backup.make import (
    automatic_backup,
    backup_due,
    backup_keep,
    daily_backup_if_due,
    make_backup,
)
from pekerja_desktop.services.backup.manifest import BackupInfo
from pekerja_desktop.services.backup.preview import (
    RestorePreview,
    good_backup_unopened,
    open_for_restore,
    preview_restore,
    preview_unopened,
    preview_with_recovery_key,
)
from pekerja_desktop.services.backup.restore import (
    RestoreResult,
    restore_backup,
    restore_unopened,
    restore_with_recovery_key,
)
from pekerja_desktop.services.backup.sets import list_backups

__all__ = [
    "BackupError", "BackupInfo", "DatabaseCheck", "RestorePreview", "RestoreResult", "automatic_backup",
    "backup_due", "backup_keep", "check_backup", "daily_backup_if_due", "describe_backup", "describe_backup_for",
    "good_backup_for", "good_backup_unopened", "list_backups", "make_backup", "newest_good_backup",
    "open_for_restore", "preview_restore", "preview_unopened", "preview_with_recovery_key", "quick_check_database",
    "restore_backup", "restore_unopened", "restore_with_recovery_key",
]
