"""(hub) What goes back to an office: verdicts, KPJ numbers and — after a restore — its records.

An ack (or a reference bundle) carries:
- `participant` lines: the hub's copy of records the office is missing or holds in an older version — all
  of the office's records when its epoch changed (it was restored from a backup), else those it sent in an
  older version than the hub has;
- `decision` lines: the ends, reactivations and transfers the hub decided that the office has not confirmed,
  with the hub's copy of each record transferred to it (hub/decisions.py);
- `outcome` lines: the verdict on every record of the bundle acknowledged — kept in a compressed spool as the
  import decided them, never asked of the database again — then those settled at the end of the import (a NIK
  shared with another record), and every verdict or KPJ number that changed since the last hub bundle the office
  reports having applied. Each record has at most one outcome line.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator

from sqlalchemy import Integer, cast, func, select
from sqlmodel import Session, col

from pekerja_desktop.services.sync.bundle.reference_lines import outcome_line
from pekerja_desktop.services.sync.bundle.write import EncodedLine, encode_line
from pekerja_desktop.services.sync.participant_lines import participant_lines
from pekerja_desktop.store.dialect import among
from pekerja_desktop.store.models import Participant, table_of
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncHubRecord, SyncPeer

MAX_LISTED_UUIDS = 900
READ_AT_A_TIME = 2000  # outcome rows fetched together (an ORM query else buffers them all)
UUID_LENGTH = 32
SPOOL_BATCH = 1000  # outcome lines compressed together


class OutcomeSpool:
    """Outcome lines as the import decides them, gzip-compressed in memory (some 40 bytes a line), each behind its
    uuid so that those settled later can be left out when the ack replays the rest. Lines are handed to the
    compressor SPOOL_BATCH at a time (one call per line cost the hub import some 2 %)."""

    def __init__(self) -> None:
        self._buffer = io.BytesIO()
        self._writer: gzip.GzipFile | None = gzip.GzipFile(fileobj=self._buffer, mode="wb", compresslevel=1, mtime=0)
        self._pending: list[bytes] = []
        self.count = 0

    def add(self, line: dict) -> None:
        assert self._writer is not None, "the spool is read already"
        self._pending.append(line["uuid"].encode("ascii") + encode_line(line))
        self.count += 1
        if len(self._pending) >= SPOOL_BATCH:
            self._write_pending(self._writer)

    def _write_pending(self, writer: gzip.GzipFile) -> None:
        writer.write(b"".join(self._pending))
        self._pending.clear()

    def lines(self, skip: set[str]) -> Iterator[EncodedLine]:
        if self._writer is not None:
            self._write_pending(self._writer)
            self._writer.close()
            self._writer = None
        self._buffer.seek(0)
        with gzip.GzipFile(fileobj=self._buffer, mode="rb") as reader:
            for entry in reader:
                if not skip or entry[:UUID_LENGTH].decode("ascii") not in skip:
                    yield EncodedLine("outcome", entry[UUID_LENGTH:])


def confirmed_serial(session: Session, peer: SyncPeer) -> int:
    """The verdict serial the office is known to have: that of the last hub bundle it applied."""
    if not peer.confirmed_sequence:
        return 0
    serial = session.scalar(select(col(SyncBundle.state_serial)).where(
        col(SyncBundle.direction) == Direction.OUT.value, col(SyncBundle.receiver_code) == peer.office_code,
        col(SyncBundle.sequence) == peer.confirmed_sequence).order_by(col(SyncBundle.id).desc()).limit(1))
    return serial or 0


def recovery_lines(session: Session, office_code: str, uuids: set[str] | None) -> Iterator[dict]:
    """Full copies (with KPJ) of the office's records: all of them when `uuids` is None."""
    ids = select(col(Participant.id)).where(col(Participant.office_code) == office_code)
    if uuids is not None:
        if not uuids:
            return
        if len(uuids) <= MAX_LISTED_UUIDS:
            ids = ids.where(col(Participant.uuid).in_(sorted(uuids)))
    for row, line in participant_lines(session, ids, with_kpj=True):
        if uuids is None or row["uuid"] in uuids:
            yield line


def _outcome(row) -> dict:
    return outcome_line(row["kind"], row["uuid"], row["version"], row["status"], reason=row["reason"],
                        detail=row["detail"], duplicate_of=row["duplicate_of"], kpj=row["kpj"],
                        registration_number=row["registration_number"])


def _with_kpj():
    return (select(table_of(SyncHubRecord), col(Participant.kpj))
            .outerjoin(Participant, col(Participant.uuid) == SyncHubRecord.uuid))


def outcome_lines(session: Session, office_code: str, since_serial: int, skip=frozenset(),
                  until_serial: int | None = None) -> Iterator[dict]:
    """Verdicts of the office's records changed after `since_serial` (and up to `until_serial`), but those in
    `skip` ((kind, uuid) pairs). Rows are fetched READ_AT_A_TIME at a time: memory stays flat however many."""
    query = _with_kpj().where(col(SyncHubRecord.office_code) == office_code,
                              col(SyncHubRecord.state_serial) > since_serial)
    if until_serial is not None:
        query = query.where(col(SyncHubRecord.state_serial) <= until_serial)
    for row in session.execute(query.execution_options(yield_per=READ_AT_A_TIME)).mappings():
        if (row["kind"], row["uuid"]) not in skip:
            yield _outcome(row)


def settled_lines(session: Session, office_code: str, uuids: set[str]) -> Iterator[dict]:
    """Verdicts of the office's records settled at the end of the import, as they now stand."""
    for uuid_among in among(session, col(SyncHubRecord.uuid), sorted(uuids)):
        yield from (_outcome(row) for row in session.execute(_with_kpj().where(
            uuid_among, col(SyncHubRecord.office_code) == office_code)
            .execution_options(yield_per=READ_AT_A_TIME)).mappings())


def high_water(session: Session, office_code: str, peer: SyncPeer) -> dict:
    """What the hub holds of the office: its highest sequence and registration serial per year."""
    start = len(office_code) + 2
    year = func.substr(col(Participant.registration_number), start, 2)
    serial = func.max(cast(func.substr(col(Participant.registration_number), start + 3, 6), Integer))
    own_numbers = col(Participant.registration_number).like(f"{office_code}-%")  # not those transferred in
    rows = session.execute(select(year, serial).where(col(Participant.office_code) == office_code, own_numbers)
                           .group_by(year)).all()
    return {"sequence": peer.sequence_in, "serials": {str(2000 + int(y)): int(s) for y, s in rows if y and s}}
