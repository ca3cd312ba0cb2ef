"""Restores must not break sync: the device epoch and the high-water marks kept outside the database.

Rule. The database keeps `epoch` (random) and `generation` in `sync_state`; the sidecar file
`sync-state.json` in the data directory keeps the same two plus the highest sequence number written to
each peer, the highest registration serial per year and the audit chain's head (fsynced, written
atomically). Every sync write (export, import) bumps the generation in its transaction, then rewrites the
sidecar after the commit.

The database is taken as restored or copied when the sidecar exists and its epoch differs from the
database's, or its generation is ahead of the database's (or the sidecar is missing while the database has
synced before). Then, in the same transaction: a new epoch is drawn, sequence numbers and registration
counters are raised to the sidecar's high-water marks (never reused), and the next data bundle carries the
new epoch — the hub answers a new epoch with every record it holds for the office, so a restored office
gets back what it lost. Sequence numbers are always max(database, sidecar) + 1, and reserved in the
sidecar before a bundle is written.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import Session, col, select

from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.audit.anchor import bridge_restore, sidecar_mark
from pekerja_desktop.services.sync.state import get_state, set_state
from pekerja_desktop.store.db import DatabaseKey, open_database
from pekerja_desktop.store.errors import DatabaseError
from pekerja_desktop.store.models import Office, RegistrationCounter
from pekerja_desktop.store.sync_models import SyncPeer
from pekerja_desktop.store.sync_sidecar import Sidecar, read_sidecar, write_sidecar


@dataclass(frozen=True)
class EpochCheck:
    epoch: str
    generation: int
    restored: bool


def _is_restored(db_epoch: str | None, db_generation: int, side: Sidecar | None, office_code: str) -> bool:
    if side is None:
        return db_epoch is not None
    return side.epoch != db_epoch or side.generation > db_generation or side.office_code != office_code


def begin_sync(session: Session, layout: DataLayout, office_code: str) -> EpochCheck:
    """In a sync write transaction: detect a restored or copied database, bump the generation."""
    db_epoch, db_generation = get_state(session, "epoch"), int(get_state(session, "generation", 0))
    side = read_sidecar(layout)
    restored = _is_restored(db_epoch, db_generation, side, office_code)
    epoch = db_epoch
    if restored or epoch is None:
        epoch = secrets.token_hex(16)
    if restored:
        raise_high_water(session, office_code, side.sequences if side else {}, side.serials if side else {})
        set_state(session, "restored_at", dt.datetime.now(dt.UTC).isoformat())
    generation = max(db_generation, side.generation if side else 0) + 1
    set_state(session, "epoch", epoch)
    set_state(session, "generation", generation)
    return EpochCheck(epoch, generation, restored)


def raise_high_water(session: Session, office_code: str, sequences: dict[str, int], serials: dict[str, int]) -> None:
    """Sequence numbers and registration serials never go below what was already used elsewhere."""
    for code, sequence in sequences.items():
        session.execute(update(SyncPeer).where(col(SyncPeer.office_code) == code, col(SyncPeer.sequence_out) < sequence)
                        .values(sequence_out=sequence))
    for year, serial in serials.items():
        counter = session.get(RegistrationCounter, (office_code, int(year)))
        if counter is None:
            session.add(RegistrationCounter(office_code=office_code, year=int(year), last_serial=serial))
        elif counter.last_serial < serial:
            counter.last_serial = serial


def next_sequence(session: Session, layout: DataLayout, peer_code: str) -> int:
    found = session.get(SyncPeer, peer_code)
    side = read_sidecar(layout)
    return max(found.sequence_out if found else 0, side.sequences.get(peer_code, 0) if side else 0) + 1


def reserve_sequence(layout: DataLayout, office_code: str, epoch: str, peer_code: str, sequence: int) -> None:
    """Before a bundle is written: its number is used, whatever happens next."""
    side = read_sidecar(layout) or Sidecar(office_code, epoch)
    side.sequences[peer_code] = max(side.sequences.get(peer_code, 0), sequence)
    write_sidecar(layout, side)


def save_sidecar(session: Session, layout: DataLayout, office_code: str) -> None:
    """After a sync commit: mirror the database's epoch, generation and high-water marks."""
    side = read_sidecar(layout)
    sequences = dict(side.sequences) if side else {}
    for code, sequence in session.execute(select(SyncPeer.office_code, SyncPeer.sequence_out)).all():
        sequences[code] = max(sequences.get(code, 0), sequence)
    serials = dict(side.serials) if side else {}
    for year, serial in session.execute(select(RegistrationCounter.year, RegistrationCounter.last_serial)
                                        .where(col(RegistrationCounter.office_code) == office_code)).all():
        serials[str(year)] = max(serials.get(str(year), 0), serial)
    write_sidecar(layout, Sidecar(office_code, get_state(session, "epoch"), int(get_state(session, "generation", 0)),
                                  sequences, serials, sidecar_mark(session, side.audit if side else None)))


def note_database_restored(layout: DataLayout, key: DatabaseKey) -> str:
    """For the restore command: the database was just replaced by an older copy. Draws a new epoch now and
    raises counters to the sidecar's marks (so that no registration number or sequence is reused)."""
    db = open_database(layout.database, key, backup_dir=layout.backups_dir)
    try:
        with db.write() as session:
            office_code = session.scalar(select(Office.code).where(Office.is_self))
            if office_code is None:
                raise DatabaseError("setup.not_done", path=str(layout.root))
            side = read_sidecar(layout)
            raise_high_water(session, office_code, side.sequences if side else {}, side.serials if side else {})
            epoch = secrets.token_hex(16)
            set_state(session, "epoch", epoch)
            set_state(session, "generation", max(int(get_state(session, "generation", 0)),
                                                 side.generation if side else 0) + 1)
            set_state(session, "restored_at", dt.datetime.now(dt.UTC).isoformat())
            bridge_restore(session, layout, "restore")
        with db.session() as session:
            save_sidecar(session, layout, office_code)
        return epoch
    finally:
        db.close()
