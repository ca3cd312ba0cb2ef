"""Securing a data folder made by release 0.1.0 (plain SQLite, no accounts, no keyring.json): the
database is encrypted under a new key and the office's first admin is created.

The steps, each leaving the plain or the encrypted database usable when the process is killed:

1. a plain copy into backups/ (the safety net while the work runs, and the pre-migration backup);
2. the plain database migrated to the code's schema and its write-ahead log folded in;
3. an encrypted copy under a temporary name (SQLCipher's `sqlcipher_export`), checked table by table;
4. the admin account written into that copy, its key wrap into keyring.securing.json, office.json;
5. the copy renamed over the plain file — from here on the data are encrypted — then
   keyring.securing.json renamed to keyring.json;
6. the plain copies in backups/ deleted.

A run killed before step 5 starts over (with a new key); one killed after it is finished by the next
run, which needs the admin's password to show the recovery key again.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import exc as sa_exc
from sqlmodel import select

from pekerja_desktop.domain.roles import Role
from pekerja_desktop.fileio import fsync_directory
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.errors import LegacyError
from pekerja_desktop.services.accounts.legacy import (
    JOURNAL_SUFFIXES,
    PLAIN_COPY_PREFIX,
    STAGED_KEYRING_NAME,
    is_legacy_plain,
    is_unfinished,
    own_plain_copies,
    plain_copies,
    staged_database,
    staged_keyring,
)
from pekerja_desktop.services.accounts.manage import NewAccount, validate_new_account, write_first_account
from pekerja_desktop.services.accounts.recovery_key import format_recovery_key
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.services.setup.errors import SetupError
from pekerja_desktop.services.setup.office import OfficeSetup, read_office_summary, write_office_summary
from pekerja_desktop.services.sync.office_keys import seal_plain_keys
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.db import (
    DRIVER_ERRORS,
    DatabaseKey,
    backup_file,
    classify_database_error,
    connect_file,
    migrate,
    open_database,
)
from pekerja_desktop.store.models import Office


@dataclass(frozen=True)
class SecureResult:
    database: Path
    office_code: str
    admin: str
    recovery_key: str  # shown once: print it and keep it at the provincial office
    removed_copies: int  # plain copies deleted from backups/


@dataclass(frozen=True)
class _StagedLayout(DataLayout):
    """The office's layout with the key wraps going to keyring.securing.json until the swap."""

    @property
    def keyring(self) -> Path:
        return self.root / STAGED_KEYRING_NAME


def secure_legacy_database(data_dir: Path, admin: NewAccount) -> SecureResult:
    """Encrypt a 0.1.0 data folder and create its first admin (or finish an interrupted run, signing in
    as that admin). Returns the recovery key, to be shown once."""
    layout = DataLayout(data_dir)
    admin = validate_new_account(NewAccount(admin.username, admin.password, Role.ADMIN.value, admin.display_name))
    if not layout.database.exists():
        raise SetupError("setup.not_done", path=str(data_dir))
    if is_legacy_plain(layout):
        key = _encrypt(layout, admin)
    elif is_unfinished(layout):
        _publish_keyring(layout)
        key = unlock_key(layout, admin.username, admin.password)
    else:
        raise LegacyError("legacy.already", path=str(data_dir))
    removed = _remove_plain_copies(layout)
    seal_plain_keys(layout, key, _office_code(layout))  # 0.1.0 kept the office's keys in plain text too
    return SecureResult(layout.database, _office_code(layout), admin.username, format_recovery_key(key), removed)


def _encrypt(layout: DataLayout, admin: NewAccount) -> DatabaseKey:
    staging = staged_database(layout)
    _discard(staging, staged_keyring(layout))  # an earlier, killed run's work: start over with a new key
    try:
        _plain_copy(layout)
        migrate(layout.database, None)  # the copy above is the pre-migration backup
        fold_journal(layout.database, None)
        key = DatabaseKey(os.urandom(32))
        export_encrypted(layout.database, staging, key)
        check_same_content(layout, staging, key)
        office = _write_admin(layout, staging, key, admin)
        write_office_summary(layout, OfficeSetup(office.code, office.name, office.region_code, office.role))
    except (*DRIVER_ERRORS, sa_exc.DatabaseError) as exc:
        _discard(staging, staged_keyring(layout))
        raise classify_database_error(exc, layout.database) from exc
    except BaseException:
        _discard(staging, staged_keyring(layout))
        raise
    _swap_in(layout, staging)
    _publish_keyring(layout)
    return key


def _plain_copy(layout: DataLayout) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_file(layout.database, layout.backups_dir / f"{PLAIN_COPY_PREFIX}{stamp}.sqlite", None)


def fold_journal(path: Path, key: DatabaseKey | None) -> None:
    """Checkpoint the write-ahead log into the file and leave rollback-journal mode, so the file
    alone holds everything (it is about to be copied or renamed without its -wal)."""
    connection = connect_file(path, key)
    try:
        connection.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        connection.close()


def export_encrypted(plain: Path, target: Path, key: DatabaseKey) -> None:
    """An encrypted copy of the plain database at `target` (schema, rows, indexes and triggers)."""
    connection = sqlcipher3.connect(str(plain))  # no key: SQLCipher reads plain SQLite
    try:
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), key.pragma_value()))
        connection.execute("SELECT sqlcipher_export('encrypted')").fetchone()
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def content_summary(connection) -> dict[str, int]:
    """Every schema object, and the row count of every table."""
    objects = connection.execute("SELECT type, name FROM sqlite_master ORDER BY type, name").fetchall()
    summary = {f"{kind} {name}": 0 for kind, name in objects}
    for kind, name in objects:
        if kind == "table":
            summary[f"{kind} {name}"] = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
    return summary


def check_same_content(layout: DataLayout, staging: Path, key: DatabaseKey) -> None:
    plain, encrypted = (_summary_of(layout.database, None), _summary_of(staging, key))
    if plain != encrypted:
        differing = sorted(name for name in plain.keys() | encrypted.keys() if plain.get(name) != encrypted.get(name))
        detail = ", ".join(f"{name}: {plain.get(name, '-')} ≠ {encrypted.get(name, '-')}" for name in differing[:3])
        raise LegacyError("legacy.copy_differs", detail=detail, backups=str(layout.backups_dir))


def _summary_of(path: Path, key: DatabaseKey | None) -> dict[str, int]:
    connection = connect_file(path, key)
    try:
        return content_summary(connection)
    finally:
        connection.close()


def _write_admin(layout: DataLayout, staging: Path, key: DatabaseKey, admin: NewAccount) -> Office:
    db = open_database(staging, key)
    try:
        with db.write() as session:
            office = session.scalar(select(Office).where(Office.is_self))
            if office is None:
                raise SetupError("setup.not_done", path=str(layout.root))
            write_first_account(session, _StagedLayout(layout.root), key, admin, by=admin.username)
            audit.record(session, admin.username, "database.encrypted", office.code)
    finally:
        db.close()
    fold_journal(staging, key)
    return office


def _swap_in(layout: DataLayout, staging: Path) -> None:
    """The plain file's journals go first: left beside the encrypted file they would be replayed into it."""
    for suffix in JOURNAL_SUFFIXES:
        Path(f"{layout.database}{suffix}").unlink(missing_ok=True)
    staging.replace(layout.database)
    fsync_directory(layout.root)


def _publish_keyring(layout: DataLayout) -> None:
    staged = staged_keyring(layout)
    if staged.exists() and not layout.keyring.exists():
        staged.replace(layout.keyring)
        fsync_directory(layout.root)


def _remove_plain_copies(layout: DataLayout) -> int:
    ours = own_plain_copies(layout)  # deleted last: while one is left, the run counts as unfinished
    copies = [path for path in plain_copies(layout) if path not in ours] + ours
    for path in copies:
        path.unlink(missing_ok=True)
    if copies:
        fsync_directory(layout.backups_dir)
    return len(copies)


def _discard(*paths: Path) -> None:
    for path in paths:
        for suffix in ("", *JOURNAL_SUFFIXES):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _office_code(layout: DataLayout) -> str:
    return (read_office_summary(layout) or {}).get("code", "")
