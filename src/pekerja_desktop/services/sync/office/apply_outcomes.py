"""(field office) The hub's verdicts and KPJ numbers from an ack or reference bundle (its `outcome` lines), applied
in bulk inside the import's transaction.

The lines are taken a chunk at a time: the sync items and records a chunk names are read with one statement each,
then every line is decided in order, in memory, by the same rules as before (a verdict no newer than the one held
is left aside; one on a record this office never had is ignored); the changed records, their change history and
the sync items are written when the next chunk is read or the import commits, as batched statements. Applying the
lines one at a time — a read of the item, the record and its version per line, and a flush of each record before
the next line's read — cost about 5 ms a record; `batch=1` still does exactly that (tests compare the two).

A rejected record comes back with status "rejected" for correction (the clerk's next save makes a new version,
which the next export sends); a KPJ number is stored on the record (its card then enters the print queue). Both are
recorded in the change history as made by `hub:<code>` and bump the record's version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from pekerja_desktop.store.bulk import CHUNK
from pekerja_desktop.store.models import ChangeHistory, Participant, ParticipantStatus, saved_id, utcnow
from pekerja_desktop.store.sync_models import SyncItem, Verdict


@dataclass
class _Held:
    """What this office holds of one chunk's lines: sync items by (kind, uuid), records by uuid."""
    items: dict[tuple[str, str], SyncItem]
    participants: dict[str, Participant]

    @classmethod
    def read(cls, session: Session, lines: Sequence[dict]) -> _Held:
        uuids = sorted({line["uuid"] for line in lines})
        items = {(item.kind, item.uuid): item
                 for item in session.scalars(select(SyncItem).where(col(SyncItem.uuid).in_(uuids)))}
        participant_uuids = sorted({line["uuid"] for line in lines if line["kind"] == "participant"})
        participants = {p.uuid: p for p in session.scalars(
            select(Participant).where(col(Participant.uuid).in_(participant_uuids)))} if participant_uuids else {}
        return cls(items, participants)


def apply_outcomes(session: Session, lines: Sequence[dict], sequence: int, actor: str, *,
                   batch: int = CHUNK) -> list[dict]:
    """Record the hub's verdicts, in the order of `lines`; returns what the clerk should see, one entry per
    participant verdict taken (with `kpj_new` when a KPJ number arrived)."""
    details: list[dict] = []
    for start in range(0, len(lines), batch):
        chunk = lines[start:start + batch]
        held = _Held.read(session, chunk)
        for line in chunk:
            detail = _apply(session, held, line, sequence, actor)
            if detail is not None:
                details.append(detail)
    return details


def _is_stale(item: SyncItem, line: dict, sequence: int) -> bool:
    return line["version"] < item.hub_version or (line["version"] == item.hub_version
                                                  and sequence <= item.ack_sequence)


def _apply(session: Session, held: _Held, line: dict, sequence: int, actor: str) -> dict | None:
    """One verdict (None when nothing new, or on a record this office never had)."""
    key = (line["kind"], line["uuid"])
    item = held.items.get(key)
    if item is None:
        if line["kind"] == "participant" and line["uuid"] not in held.participants:
            return None
        item = held.items[key] = SyncItem(kind=line["kind"], uuid=line["uuid"])
    if _is_stale(item, line, sequence):
        return None
    in_step_versions = {line["version"], item.acked_version}
    item.hub_version, item.ack_sequence, item.updated_at = line["version"], sequence, utcnow()
    item.ack_status, item.ack_reason = line["status"], line.get("reason", "")
    item.ack_detail, item.duplicate_of = line.get("detail", ""), line.get("duplicate_of")
    session.add(item)
    if line["kind"] != "participant":
        item.acked_version = line["version"]
        return None
    participant = held.participants.get(line["uuid"])
    detail = {"status": line["status"], "reason": line.get("reason", ""), "detail": line.get("detail", ""),
              "duplicate_of": line.get("duplicate_of"), "registration_number": line.get("registration_number"),
              "kpj": line.get("kpj")}
    if participant is not None and participant.version in in_step_versions:
        detail["kpj_new"] = _take_verdict(session, participant, line, actor)
        item.acked_version = participant.version
    return detail


def _verdict_changes(participant: Participant, line: dict) -> list[tuple[str, str | None, str]]:
    changes: list[tuple[str, str | None, str]] = []
    status = participant.status
    if status in (ParticipantStatus.ENDED.value, ParticipantStatus.TRANSFERRED.value):
        pass  # an ended or handed-over record keeps its status; a rejection shows on the sync page
    elif line["status"] == Verdict.REJECTED.value and status != ParticipantStatus.REJECTED.value:
        changes.append(("status", status, ParticipantStatus.REJECTED.value))
    elif line["status"] != Verdict.REJECTED.value and status == ParticipantStatus.REJECTED.value:
        changes.append(("status", status, ParticipantStatus.ACTIVE.value))
    kpj = line.get("kpj")
    if kpj and kpj != participant.kpj:
        changes.append(("kpj", participant.kpj, kpj))
    return changes


def _take_verdict(session: Session, participant: Participant, line: dict, actor: str) -> bool:
    """Status and KPJ from the hub onto the record (new version + history). True if a KPJ number arrived."""
    changes = _verdict_changes(participant, line)
    if not changes:
        return False
    now = dt.datetime.now(dt.UTC)
    for name, old, new in changes:
        setattr(participant, name, new)
        session.add(ChangeHistory(participant_id=saved_id(participant), at=now, by=actor, field=name, old_value=old,
                                  new_value=new))
    participant.version += 1
    participant.updated_by, participant.updated_at = actor, now
    session.add(participant)
    return any(name == "kpj" for name, _, _ in changes)
