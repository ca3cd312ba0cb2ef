"""How a restore replaces the live database so that a crash at any moment leaves the old database or the
new one, whole.

The backup is first copied into a private staging folder (`.restore/` in the data folder) and made ready
there: migrated to the code's schema, given a new sync epoch with its registration and bundle counters
raised above every number already used (services/sync/epoch.py), the audit chain bridged over the events
it lost (services/audit/anchor.py), the bills closed since the backup put back from their sealed copies
(services/billing/sealed.py), and its restore recorded in the audit trail. Only then is it switched
in, in one step: through the backup API into the live file (one write transaction), or, when the live file
is too damaged to open, by renaming the staged file over it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from pekerja_desktop.fileio import atomic_path, fsync_directory
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.progress import Progress
from pekerja_desktop.services.audit.anchor import anchor_path
from pekerja_desktop.services.backup.copy import COPY_ERRORS, copy_into_live, opened, settle
from pekerja_desktop.services.backup.errors import BackupError
from pekerja_desktop.services.backup.make import write_backup_set
from pekerja_desktop.services.backup.manifest import BackupInfo
from pekerja_desktop.services.billing.sealed import reinstate_closed_bills
from pekerja_desktop.services.setup.office import OfficeSetup
from pekerja_desktop.services.sync.epoch import note_database_restored
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.account_models import Account
from pekerja_desktop.store.db import DRIVER_ERRORS, HEAD_REVISION, DatabaseKey, open_database
from pekerja_desktop.store.errors import DatabaseError
from pekerja_desktop.store.models import Office
from pekerja_desktop.store.sync_sidecar import Sidecar, read_sidecar, write_sidecar

STAGING_DIR = ".restore"


@dataclass(frozen=True)
class Prepared:
    office: OfficeSetup
    migrated_from: str | None
    active_accounts: frozenset[str]
    bills_kept: tuple[dt.date, ...] = ()  # months closed after the backup was made, kept from their sealed copies


def _rows(connection, sql: str, params: tuple = ()) -> list:
    with contextlib.suppress(*DRIVER_ERRORS):
        return connection.execute(sql, params).fetchall()
    return []


def remember_live_marks(layout: DataLayout, key: DatabaseKey) -> None:
    """Merge the serials and bundle numbers the live database has used into the sync sidecar: receipts,
    cards and bundles may carry numbers the backup never saw, and the restored database must continue
    above them. A database too damaged to read leaves the sidecar's own marks."""
    if not layout.database.exists():
        return
    with contextlib.suppress(*DRIVER_ERRORS), opened(layout.database, key) as connection:
        office = _rows(connection, "SELECT code FROM office WHERE is_self")
        if not office:
            return
        code = office[0][0]
        serials = _rows(connection, "SELECT year, last_serial FROM registration_counter WHERE office_code = ?",
                        (code,))
        sequences = _rows(connection, "SELECT office_code, sequence_out FROM sync_peer")
        epoch = _rows(connection, "SELECT value FROM sync_state WHERE key = 'epoch'")
        side = read_sidecar(layout) or Sidecar(code, json.loads(epoch[0][0]) if epoch else secrets.token_hex(16))
        for year, serial in serials:
            side.serials[str(year)] = max(side.serials.get(str(year), 0), int(serial))
        for peer, sequence in sequences:
            side.sequences[peer] = max(side.sequences.get(peer, 0), int(sequence))
        write_sidecar(layout, side)


def safety_copy(layout: DataLayout, key: DatabaseKey, office_code: str, progress: Progress | None) -> Path | None:
    """The current database as a backup set (reason `pre-restore`, never rotated out); a file the backup
    API cannot read is kept byte for byte instead."""
    if not layout.database.exists():
        return None
    try:
        return write_backup_set(layout, key, office_code, layout.backups_dir, "pre-restore", progress=progress,
                                verify=False).path
    except COPY_ERRORS:
        return keep_damaged_files(layout)


def keep_damaged_files(layout: DataLayout) -> Path:
    """A byte copy of a damaged database and its WAL (`…-damaged.db`, not listed as a backup). Only once this
    process has closed its connections to it: closing a descriptor drops the file's POSIX locks."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = layout.backups_dir / f"pekerja-{stamp}-damaged.db"
    layout.backups_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        source = Path(str(layout.database) + suffix)
        if source.exists():
            with atomic_path(Path(str(target) + suffix)) as temporary:
                shutil.copyfile(source, temporary)
    return target


@contextlib.contextmanager
def staging_area(layout: DataLayout) -> Iterator[DataLayout]:
    """A private data folder for the incoming database (what a killed restore left there is discarded)."""
    root = layout.root / STAGING_DIR
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    try:
        yield DataLayout(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def prepare_staged(stage: DataLayout, layout: DataLayout, info: BackupInfo, key: DatabaseKey, actor: str,
                   safety: Path | None) -> Prepared:
    """Migrate, renumber (new epoch, counters above the sidecar's marks) and audit the staged copy."""
    _carry_marks(layout, stage)
    note_database_restored(stage, key)
    db = open_database(stage.database, key)
    try:
        with db.write() as session:
            office = session.scalar(select(Office).where(Office.is_self))
            if office is None:  # check_backup refuses a backup naming no office before it gets here
                raise BackupError("backup.no_office", path=str(info.path))
            active = frozenset(session.scalars(select(Account.username).where(Account.active)))
            migrated_from = info.revision if info.revision not in (None, HEAD_REVISION) else None
            kept = tuple(reinstate_closed_bills(session, layout, key, office.code))
            audit.record(session, actor, "restore", info.name, backup_created_at=info.created_at.isoformat(),
                         participants=info.participants, safety_copy=safety.name if safety else None,
                         migrated_from=migrated_from, closed_bills_kept=[month.isoformat() for month in kept])
            summary = OfficeSetup(office.code, office.name, office.region_code, office.role)
    finally:
        db.close()
    settle(stage.database, key)
    return Prepared(summary, migrated_from, active, kept)


def _carry_marks(layout: DataLayout, stage: DataLayout) -> None:
    """The files beside the database that remember what it used (sync marks, the audit chain's head), so the
    staged copy continues after them."""
    side = read_sidecar(layout)
    if side is not None:
        write_sidecar(stage, side)
    if anchor_path(layout).exists():
        with atomic_path(anchor_path(stage)) as temporary:
            shutil.copyfile(anchor_path(layout), temporary)


def _opens(path: Path, key: DatabaseKey) -> bool:
    try:
        with opened(path, key) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DRIVER_ERRORS as exc:
        if any(word in str(exc).lower() for word in ("locked", "busy")):
            raise DatabaseError("database.locked") from exc
        return False


def _rename_into_place(stage: DataLayout, layout: DataLayout) -> None:
    """Only for a live file that is missing or too damaged to write into: a process that still had it open
    would go on writing into the replaced file."""
    for suffix in ("-wal", "-shm"):  # a stale WAL must never be replayed onto another file
        Path(str(layout.database) + suffix).unlink(missing_ok=True)
    stage.database.replace(layout.database)
    fsync_directory(layout.root)


def switch_in(stage: DataLayout, layout: DataLayout, key: DatabaseKey, progress: Progress | None) -> None:
    """The one step after which the restored database is the live one."""
    try:
        if not (layout.database.exists() and _opens(layout.database, key)):
            raise FileNotFoundError(layout.database)
        copy_into_live(stage.database, layout.database, key, progress)
    except (*COPY_ERRORS, FileNotFoundError):
        _rename_into_place(stage, layout)  # a damaged live file cannot take the pages: it is replaced whole
    side = read_sidecar(stage)
    if side is not None:
        write_sidecar(layout, side)
