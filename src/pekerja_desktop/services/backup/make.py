"""Making backups: on demand (`backup --to DIR`, "Backup now"), on sign-out, on exit and daily (once the
database holds participants) into the data folder's `backups/`, where the newest `backup_keep` (default 10) are
kept. Each copy is checked (`PRAGMA
quick_check` on the copy) before it is named and before older ones are rotated out, so a damaged
database never pushes good backups away."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlmodel import select

from pekerja_desktop import __version__
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.fileio import atomic_writer, fsync_directory
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.progress import Progress
from pekerja_desktop.services.accounts.keyring import FORMAT as KEYRING_FORMAT
from pekerja_desktop.services.accounts.keyring import Keyring
from pekerja_desktop.services.backup.copy import copy_database, opened, pragma_problems, read_facts
from pekerja_desktop.services.backup.errors import BackupError
from pekerja_desktop.services.backup.key_files import seal_key_files
from pekerja_desktop.services.backup.manifest import BackupInfo, file_sha256, info_from_manifest, write_manifest
from pekerja_desktop.services.backup.sets import BackupSet, discard_leftovers, list_backups, new_set, rotate
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.store.db import DatabaseKey
from pekerja_desktop.store.models import Participant

KEEP_SETTING, DAILY_SETTING = "backup_keep", "backup_daily"
DEFAULT_KEEP = 10
DAILY_REASONS = frozenset({"exit", "signout", "daily", "manual"})


def make_backup(ctx: AppContext, target_dir: Path, reason: str = "manual", *,
                progress: Progress | None = None) -> BackupInfo:
    """A complete, checked backup set in `target_dir`; in the data folder's backups/ older ones are rotated."""
    ctx.require(Permission.BACKUP)
    ctx.db.require_file("backup")
    target_dir = Path(target_dir)
    info = write_backup_set(ctx.layout, ctx.db.require_key(), ctx.office.code, target_dir, reason, progress=progress)
    if _same_folder(target_dir, ctx.layout.backups_dir):
        rotate(target_dir, backup_keep(ctx))
    ctx.audit("backup", info.name, reason=reason, folder=str(target_dir), participants=info.participants)
    return info


def automatic_backup(ctx: AppContext, reason: str, *, progress: Progress | None = None) -> BackupInfo | None:
    """A backup into the data folder; none for a database on a server (backed up by the server's tools)."""
    if ctx.db.on_server:
        return None
    return make_backup(ctx, ctx.layout.backups_dir, reason, progress=progress)


def daily_backup_if_due(ctx: AppContext, *, progress: Progress | None = None) -> BackupInfo | None:
    return automatic_backup(ctx, "daily", progress=progress) if backup_due(ctx) else None


def backup_due(ctx: AppContext, today: dt.date | None = None) -> bool:
    """The daily backup is on (setting `backup_daily`), the database holds participants, and no backup made
    today in the data folder holds any (a copy of an empty morning database protects nothing)."""
    if ctx.db.on_server or not _setting(ctx, DAILY_SETTING, True) or not _has_participants(ctx):
        return False
    today = today or dt.date.today()
    return not any(info.created_at.astimezone().date() == today and info.reason in DAILY_REASONS
                   and info.participants for info in list_backups(ctx.layout.backups_dir))


def _has_participants(ctx: AppContext) -> bool:
    with ctx.db.session() as session:
        return session.scalar(select(Participant.id).limit(1)) is not None


def backup_keep(ctx: AppContext) -> int:
    try:
        return max(1, int(_setting(ctx, KEEP_SETTING, DEFAULT_KEEP)))
    except (TypeError, ValueError):
        return DEFAULT_KEEP


MAX_KEEP = 100


def backup_daily_on(ctx: AppContext) -> bool:
    return bool(_setting(ctx, DAILY_SETTING, True))


def save_backup_settings(ctx: AppContext, *, daily: bool, keep: int) -> None:
    """The daily backup on or off, and how many automatic backups `backups/` keeps (1–100); an admin's call,
    audited."""
    if not isinstance(keep, int) or not 1 <= keep <= MAX_KEEP:
        raise PekerjaError("argument.invalid", reason=f"backup_keep {keep!r}: 1 … {MAX_KEEP}")
    ctx.require(Permission.SETTINGS)
    with ctx.db.write() as session:
        set_setting(session, DAILY_SETTING, bool(daily))
        set_setting(session, KEEP_SETTING, keep)
    ctx.audit("settings.backup", DAILY_SETTING, daily=bool(daily), keep=keep)


def _setting(ctx: AppContext, key: str, default):
    with ctx.db.session() as session:
        return get_setting(session, key, default)


def _same_folder(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def write_backup_set(layout: DataLayout, key: DatabaseKey, office_code: str, directory: Path, reason: str, *,
                     progress: Progress | None = None, verify: bool = True) -> BackupInfo:
    """Copy, check, describe and only then name the copy (see sets.py). Without `verify` (the safety copy
    taken before a restore) a damaged database is copied as it is."""
    directory.mkdir(parents=True, exist_ok=True)
    discard_leftovers(directory)
    backup_set = new_set(directory, office_code, reason)
    try:
        copy_database(layout.database, backup_set.staged, key, progress)
        manifest = _describe_copy(backup_set, key, reason, verify)
        manifest["secrets"] = seal_key_files(layout, key, office_code)
        _write_keys(layout, backup_set.keys)
        write_manifest(backup_set.manifest, manifest)
        backup_set.staged.replace(backup_set.database)
        fsync_directory(directory)
    except BaseException:
        backup_set.remove()
        raise
    return info_from_manifest(backup_set.database, manifest)


def _describe_copy(backup_set: BackupSet, key: DatabaseKey, reason: str, verify: bool) -> dict:
    with opened(backup_set.staged, key) as connection:
        problems = pragma_problems(connection, "quick_check") if verify else []
        if problems:
            raise BackupError("backup.copy_damaged", problem=problems[0])
        facts = read_facts(connection)
    return {"office_code": facts.office_code, "office_name": facts.office_name,
            "created_at": dt.datetime.now(dt.UTC).isoformat(), "reason": reason,
            "schema_revision": facts.revision, "participants": facts.participants,
            "database": backup_set.database.name, "size": backup_set.staged.stat().st_size,
            "sha256": file_sha256(backup_set.staged), "app_version": __version__}


def _write_keys(layout: DataLayout, target: Path) -> None:
    """The accounts' wrapped keys as keyring.json has them, without lockouts or pending login events."""
    if not layout.keyring.exists():
        return
    keyring = Keyring.load(layout.keyring)
    accounts = {}
    for name, entry in sorted(keyring.accounts.items()):
        entry.failed_logins, entry.locked_until = 0, None
        accounts[name] = entry.to_dict()
    with atomic_writer(target) as handle:
        json.dump({"format": KEYRING_FORMAT, "accounts": accounts, "pending_events": []}, handle, indent=1)
