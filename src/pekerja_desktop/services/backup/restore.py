"""Restoring a backup: by a signed-in supervisor or admin; by an operator whose database no longer opens
(their role then read from the backup); or with the recovery key, also into an empty data folder on a new
laptop. A safety copy of the current database is taken first. See staging.py for why a crash leaves the
old or the new database and never a mix.

Restored besides the database: the office's key files when missing, and the accounts' wrapped keys
(keyring.json) when this folder has none that can be read. Kept as they are: this laptop's keyring.json (so
today's passwords keep working), its sync sidecar (whose marks only grow) and its window preferences. Kept from
the data folder: every bill closed after the backup was made (its sealed copy goes into the restored database;
services/billing/sealed.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.roles import ROLE_LABELS, Permission, permissions_of
from pekerja_desktop.errors import AccessError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.progress import Progress
from pekerja_desktop.services.accounts.keyring import Keyring
from pekerja_desktop.services.accounts.recovery_key import parse_recovery_key
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.services.backup.check import check_backup
from pekerja_desktop.services.backup.copy import copy_database, opened, staged
from pekerja_desktop.services.backup.errors import BackupError
from pekerja_desktop.services.backup.key_files import install_missing_keys, open_key_files
from pekerja_desktop.services.backup.manifest import BackupInfo, read_manifest
from pekerja_desktop.services.backup.sets import set_of
from pekerja_desktop.services.backup.staging import (
    Prepared,
    prepare_staged,
    remember_live_marks,
    safety_copy,
    staging_area,
    switch_in,
)
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.setup.office import read_office_summary, write_office_summary
from pekerja_desktop.store.db import DRIVER_ERRORS, DatabaseKey
from pekerja_desktop.store.location import refuse_file_work

RECOVERY_ACTOR = "recovery"
STAGES = 3  # safety copy, staging copy, switch


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    safety_copy: Path | None
    migrated_from: str | None
    key_files: tuple[str, ...]  # key files written from the backup (they were missing here)
    accounts_from_backup: bool  # keyring.json came from the backup set
    needs_recover: bool  # no active account can sign in: run `pekerja-desktop recover`
    bills_kept: tuple[dt.date, ...] = ()  # months closed after the backup, kept from their sealed copies


def restore_backup(ctx: AppContext, backup: Path, *, progress: Progress | None = None) -> RestoreResult:
    """Replace this office's database by `backup` (supervisor or admin). The context's connections are
    closed first; the context stays usable but the application should be restarted to sign in again."""
    ctx.require(Permission.RESTORE)
    ctx.db.require_file("restore")
    info = check_backup(Path(backup), ctx.db.require_key(), ctx.layout)
    require_office(info, ctx.office.code)
    ctx.db.close()
    ctx.reload_reference()
    return _restore(ctx.layout, info, ctx.db.require_key(), ctx.actor, progress)


def restore_unopened(data_dir: Path, username: str, password: str, backup: Path, *,
                     progress: Progress | None = None) -> RestoreResult:
    """When the live database no longer opens: the password unwraps the key, the backup says the role."""
    layout, username = DataLayout(Path(data_dir)), username.strip().lower()
    key = unlock_key(layout, username, password)
    info = check_backup(Path(backup), key, layout)
    _require_restorer_in_backup(info.path, key, username)
    require_office(info, office_code_of(layout))
    return _restore(layout, info, key, username, progress)


def restore_with_recovery_key(data_dir: Path, backup: Path, recovery_key: str, *,
                              progress: Progress | None = None) -> RestoreResult:
    """With the recovery key (the database key itself): into this data folder, or into an empty one."""
    key = parse_recovery_key(recovery_key)
    layout = DataLayout(Path(data_dir))
    info = check_backup(Path(backup), key, layout)
    require_office(info, office_code_of(layout))
    return _restore(layout, info, key, RECOVERY_ACTOR, progress)


def office_code_of(layout: DataLayout) -> str | None:
    summary = read_office_summary(layout)
    return summary.get("code") if summary else None


def require_office(info: BackupInfo, office_code: str | None) -> None:
    if office_code and info.office_code != office_code:
        raise BackupError("backup.other_office", path=str(info.path), backup_office=info.office_code,
                          office=office_code)


def _require_restorer_in_backup(path: Path, key: DatabaseKey, username: str) -> None:
    role = ""
    with contextlib.suppress(*DRIVER_ERRORS), opened(path, key) as connection:
        row = connection.execute("SELECT role, active FROM account WHERE username = ?", (username,)).fetchone()
        role = row[0] if row and row[1] else ""
    if Permission.RESTORE not in permissions_of(role):
        raise BackupError("restore.denied_role", username=username, role=render(ROLE_LABELS, role) if role else "-")


def _restore(layout: DataLayout, info: BackupInfo, key: DatabaseKey, actor: str,
             progress: Progress | None) -> RestoreResult:
    if info.office_code is None:  # check_backup refuses such a backup before it gets here
        raise BackupError("backup.no_office", path=str(info.path))
    refuse_file_work(layout, "restore")
    layout.root.mkdir(parents=True, exist_ok=True)
    remember_live_marks(layout, key)
    safety = safety_copy(layout, key, info.office_code, staged(progress, 0, STAGES))
    with staging_area(layout) as stage:
        copy_database(info.path, stage.database, key, staged(progress, 1, STAGES))
        prepared = prepare_staged(stage, layout, info, key, actor, safety)
        from_backup, key_files = _install_files(layout, info, info.office_code, key, prepared)
        switch_in(stage, layout, key, staged(progress, 2, STAGES))
    return RestoreResult(info, safety, prepared.migrated_from, key_files, from_backup,
                         not _can_sign_in(layout, prepared), prepared.bills_kept)


def _install_files(layout: DataLayout, info: BackupInfo, office_code: str, key: DatabaseKey,
                   prepared: Prepared) -> tuple[bool, tuple[str, ...]]:
    """Before the switch, so that in an empty folder the database (the mark of a set-up office) comes last."""
    from_backup = _install_keyring(layout, info)
    manifest = read_manifest(set_of(info.path).manifest)
    key_files: tuple[str, ...] = ()
    if manifest and manifest.get("secrets"):
        files = open_key_files(manifest["secrets"], key, office_code, info.path)
        key_files = tuple(install_missing_keys(layout, key, office_code, files))
    write_office_summary(layout, prepared.office)
    return from_backup, key_files


def _install_keyring(layout: DataLayout, info: BackupInfo) -> bool:
    """This laptop's keyring stays when it can be read; otherwise the one saved with the backup."""
    with contextlib.suppress(AccessError):
        Keyring.load(layout.keyring)
        return False
    keys = set_of(info.path).keys
    if not keys.exists():
        return False
    saved = Keyring.load(keys)
    if layout.keyring.exists():
        layout.keyring.replace(layout.keyring.with_name("keyring.damaged.json"))
    Keyring(layout.keyring, saved.accounts).save()
    return True


def _can_sign_in(layout: DataLayout, prepared: Prepared) -> bool:
    try:
        return bool(set(Keyring.load(layout.keyring).accounts) & prepared.active_accounts)
    except AccessError:
        return False

