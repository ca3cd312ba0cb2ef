"""Before a restore: signing in when the live database may be damaged, and what the warning shows."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.recovery_key import parse_recovery_key
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.services.backup.check import describe_backup, describe_backup_for, newest_good_backup
from pekerja_desktop.services.backup.copy import opened, read_facts
from pekerja_desktop.services.backup.manifest import BackupInfo
from pekerja_desktop.services.backup.restore import office_code_of
from pekerja_desktop.services.billing.sealed import sealed_months
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.store.db import DRIVER_ERRORS, DatabaseKey
from pekerja_desktop.store.errors import DatabaseError

UNOPENABLE_CODES = frozenset({"database.wrong_key", "database.unreadable", "setup.not_done"})


@dataclass(frozen=True)
class RestorePreview:
    """What the warning before a restore shows."""
    backup: BackupInfo
    current_participants: int | None  # None: the live database cannot be read
    bills_kept: tuple[dt.date, ...] = ()  # months closed after the backup: their bills stay (sealed copies)


def open_for_restore(data_dir: Path, username: str, password: str, *, via: str) -> AppContext | None:
    """The signed-in context, or None when the live database cannot be opened (then `restore_unopened`).
    A wrong password or a locked account is still an error."""
    try:
        return open_context(Path(data_dir), username, password, via=via)
    except DatabaseError as exc:
        if exc.code in UNOPENABLE_CODES:
            return None
        raise
    except (*DRIVER_ERRORS, SQLAlchemyError):
        return None


def preview_restore(ctx: AppContext, backup: Path) -> RestorePreview:
    ctx.require(Permission.RESTORE)
    key = ctx.db.require_key()
    return RestorePreview(describe_backup_for(ctx, backup), _live_participants(ctx.layout, key),
                          _bills_kept(ctx.layout, key, Path(backup)))


def preview_unopened(data_dir: Path, username: str, password: str, backup: Path) -> RestorePreview:
    layout = DataLayout(Path(data_dir))
    key = unlock_key(layout, username.strip().lower(), password)
    return RestorePreview(describe_backup(Path(backup), key, layout), None, _bills_kept(layout, key, Path(backup)))


def preview_with_recovery_key(data_dir: Path, backup: Path, recovery_key: str) -> RestorePreview:
    layout = DataLayout(Path(data_dir))
    key = parse_recovery_key(recovery_key)
    return RestorePreview(describe_backup(Path(backup), key, layout), _live_participants(layout, key),
                          _bills_kept(layout, key, Path(backup)))


def _bills_kept(layout: DataLayout, key: DatabaseKey, backup: Path) -> tuple[dt.date, ...]:
    """The months whose bill was closed after the backup was made: sealed here, not closed in the backup."""
    sealed = sealed_months(layout)
    if not sealed:
        return ()
    closed: set[str] = set()
    with contextlib.suppress(*DRIVER_ERRORS), opened(backup, key) as connection:  # a backup older than 0012: none
        closed = {str(month)[:10] for (month,) in connection.execute("SELECT month FROM closed_bill")}
    return tuple(month for month in sealed if month.isoformat() not in closed)


def _live_participants(layout: DataLayout, key: DatabaseKey) -> int | None:
    if not layout.database.exists():
        return None
    with contextlib.suppress(*DRIVER_ERRORS), opened(layout.database, key) as connection:
        return read_facts(connection).participants
    return None


def good_backup_unopened(data_dir: Path, username: str, password: str) -> BackupInfo | None:
    """For the guided recovery when the live database does not open: the password unwraps the key."""
    layout = DataLayout(Path(data_dir))
    return newest_good_backup(layout, unlock_key(layout, username.strip().lower(), password),
                              office_code_of(layout))
