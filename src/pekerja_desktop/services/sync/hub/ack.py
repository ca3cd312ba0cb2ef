"""(hub) What goes back to an office: verdicts, KPJ numbers and — after a restore — its records.

An ack (or a reference bundle) carries:
- `participant` lines: the hub's copy of records the office is missing or holds in an older version — all
  of the office's records when its epoch changed (it was restored from a backup), else those it sent in an
  older version than the hub has;
- `decision` lines: the ends, reactivations and transfers the hub decided that the office has not confirmed,
  with the hub's copy of each record transferred to it (hub/decisions.py);
- `outcome` lines: the verdict on every record of the bundle acknowledged, and every verdict or KPJ number
  that changed since the last hub bundle the office reports having applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Integer, cast, func, select
from sqlmodel import Session, col

from pekerja_desktop.services.sync.bundle.reference_lines import outcome_line
from pekerja_desktop.services.sync.hub import decisions
from pekerja_desktop.services.sync.hub.apply import CONFLICT, Applied
from pekerja_desktop.services.sync.participant_lines import participant_lines
from pekerja_desktop.store.models import Participant, table_of
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncHubRecord, SyncPeer, Verdict

MAX_LISTED_UUIDS = 900


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


def outcome_lines(session: Session, office_code: str, since_serial: int, wanted: set[str]) -> Iterator[dict]:
    """Verdicts for `wanted` uuids and for everything of the office changed after `since_serial`."""
    query = (select(table_of(SyncHubRecord), col(Participant.kpj))
             .outerjoin(Participant, col(Participant.uuid) == SyncHubRecord.uuid)
             .where(col(SyncHubRecord.office_code) == office_code))
    for row in session.execute(query).mappings():
        if row["uuid"] in wanted or row["state_serial"] > since_serial:
            yield outcome_line(row["kind"], row["uuid"], row["version"], row["status"], reason=row["reason"],
                               detail=row["detail"], duplicate_of=row["duplicate_of"], kpj=row["kpj"],
                               registration_number=row["registration_number"])


def refused_lines(records: Iterable[dict], applied: Applied) -> Iterator[dict]:
    """Records never stored (uuid of another office, registration number taken) or in conflict."""
    for record in records:
        uuid = record["uuid"]
        if uuid in applied.refused:
            reason, detail = applied.refused[uuid]
        elif applied.classes.get(uuid) == CONFLICT and record["type"] == "print_batch":
            reason, detail = "conflict", ""
        else:
            continue
        yield outcome_line(record["type"], uuid, record["version"], Verdict.REJECTED.value, reason=reason,
                           detail=detail, registration_number=record.get("registration_number", ""))


def ack_lines(session: Session, office_code: str, records: list[dict], applied: Applied, since_serial: int,
              recover_all: bool) -> Iterator[dict]:
    older = {uuid for uuid, kind in applied.classes.items() if kind == "older"}
    recovered: set[str] = set()
    for line in recovery_lines(session, office_code, None if recover_all else older):
        recovered.add(line["uuid"])
        yield line
    yield from decisions.decision_lines(session, office_code, since_serial, recover_all=recover_all, sent=recovered)
    stored = {r["uuid"] for r in records if r["uuid"] not in applied.refused}
    yield from outcome_lines(session, office_code, since_serial, stored)
    yield from refused_lines(records, applied)


def high_water(session: Session, office_code: str, peer: SyncPeer) -> dict:
    """What the hub holds of the office: its highest sequence and registration serial per year."""
    start = len(office_code) + 2
    year = func.substr(col(Participant.registration_number), start, 2)
    serial = func.max(cast(func.substr(col(Participant.registration_number), start + 3, 6), Integer))
    own_numbers = col(Participant.registration_number).like(f"{office_code}-%")  # not those transferred in
    rows = session.execute(select(year, serial).where(col(Participant.office_code) == office_code, own_numbers)
                           .group_by(year)).all()
    return {"sequence": peer.sequence_in, "serials": {str(2000 + int(y)): int(s) for y, s in rows if y and s}}
