"""(hub) Applying a data bundle's records, idempotently, by uuid + version:

- unknown uuid → stored (new); higher version → applied (newer); same version and content → nothing;
- lower version → skipped (the ack returns the hub's newer copy); same version, other content → conflict
  recorded (the hub keeps what it has; the office is told to correct and save again);
- a uuid held for another office, or a registration number already used by another record → refused,
  never stored (but a record the hub transferred away from the office: ignored as older, hub/decisions.py);
  a NIK or registration number that fails its rules → stored, rejected with the reason.

The hub owns `kpj`: an office's copy never overwrites it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from pekerja_desktop.domain.nik import parse_nik
from pekerja_desktop.domain.regnum import parse_registration_number
from pekerja_desktop.services.sync.bundle.records import (
    content_hash,
)
from pekerja_desktop.services.sync.hub import decisions
from pekerja_desktop.services.sync.participant_lines import replace_existing, store_new
from pekerja_desktop.store.bulk import chunks, insert_rows
from pekerja_desktop.store.dialect import upsert
from pekerja_desktop.store.models import Participant, table_of, utcnow
from pekerja_desktop.store.sync_models import SyncConflict, SyncHubRecord, SyncPrintLog

NEW, NEWER, SAME, OLDER, CONFLICT, REFUSED = "new", "newer", "same", "older", "conflict", "refused"


@dataclass
class Applied:
    """What happened to each record: class by uuid, plus refusals (never stored) with their reason."""
    classes: dict[str, str] = field(default_factory=dict)
    refused: dict[str, tuple[str, str]] = field(default_factory=dict)  # uuid → (reason, detail)
    touched_niks: set[str] = field(default_factory=set)
    touched: set[str] = field(default_factory=set)  # uuids whose hub record changed

    def count(self, kind: str) -> int:
        return sum(1 for value in self.classes.values() if value == kind)


def _existing(session: Session, uuids: list[str]) -> dict[str, SyncHubRecord]:
    found: dict[str, SyncHubRecord] = {}
    for chunk in chunks(uuids):
        query = select(SyncHubRecord).where(col(SyncHubRecord.uuid).in_(chunk))
        found.update((r.uuid, r) for r in session.scalars(query))
    return found


def _classify(record: dict, hub: SyncHubRecord | None, office_code: str) -> str:
    if hub is None:
        return NEW
    if hub.office_code != office_code:
        return REFUSED
    if record["version"] > hub.version:
        return NEWER
    if record["version"] < hub.version:
        return OLDER
    return SAME if content_hash(record) == hub.content_hash else CONFLICT


def invalid_reason(record: dict, office_code: str, transferred_in: bool = False) -> tuple[str, str]:
    """A record transferred to the office keeps the registration number its first office gave it."""
    number = parse_registration_number(record["registration_number"])
    if number is None or (number.office_code != office_code and not transferred_in) \
            or record["office_code"] != office_code:
        return "registration_number_invalid", record["registration_number"]
    _, findings = parse_nik(record["nik"])
    if findings:
        return "nik_invalid", findings[0].code
    return "", ""


def _taken_numbers(session: Session, records: list[dict]) -> dict[str, str]:
    numbers = [r["registration_number"] for r in records]
    taken: dict[str, str] = {}
    for chunk in chunks(numbers):
        taken.update(session.execute(select(Participant.registration_number, Participant.uuid)
                                     .where(col(Participant.registration_number).in_(chunk))).all())
    return taken


def apply_participants(session: Session, office_code: str, bundle_hash: str, records: list[dict]) -> Applied:
    applied = Applied()
    existing = _existing(session, [r["uuid"] for r in records])
    moved = decisions.transferred_away(session, office_code, [u for u, r in existing.items()
                                                              if r.office_code != office_code])
    groups: dict[str, list[dict]] = {NEW: [], NEWER: [], CONFLICT: []}
    for record in records:
        kind = _classify(record, existing.get(record["uuid"]), office_code)
        if kind == REFUSED and record["uuid"] in moved:  # sent before the office learnt of the transfer
            kind = OLDER
        applied.classes[record["uuid"]] = kind
        if kind == REFUSED:
            applied.refused[record["uuid"]] = ("uuid_other_office", existing[record["uuid"]].office_code)
        groups.get(kind, []).append(record)
    _refuse_taken_numbers(session, groups, applied)
    store_new(session, groups[NEW], keep_kpj=False)
    old_niks = replace_existing(session, groups[NEWER], keep_kpj=False)
    _record_conflicts(session, groups[CONFLICT], existing, office_code, bundle_hash, applied)
    _upsert_hub_records(session, groups[NEW] + groups[NEWER], office_code, applied)
    applied.touched_niks |= old_niks | {r["nik"] for r in groups[NEW] + groups[NEWER]}
    return applied


def _refuse_taken_numbers(session: Session, groups: dict[str, list[dict]], applied: Applied) -> None:
    taken = _taken_numbers(session, groups[NEW])
    kept = []
    seen = set()
    for record in groups[NEW]:
        number = record["registration_number"]
        if number in taken or number in seen:
            applied.classes[record["uuid"]] = REFUSED
            applied.refused[record["uuid"]] = ("registration_number_taken", number)
        else:
            seen.add(number)
            kept.append(record)
    groups[NEW] = kept


def _record_conflicts(session: Session, records: list[dict], existing: dict[str, SyncHubRecord], office_code: str,
                      bundle_hash: str, applied: Applied) -> None:
    for record in records:
        hub = existing[record["uuid"]]
        session.execute(upsert(session, SyncConflict).values(
            uuid=record["uuid"], office_code=office_code, version=record["version"], existing_hash=hub.content_hash,
            incoming_hash=content_hash(record), bundle_hash=bundle_hash, detected_at=utcnow())
            .on_conflict_do_nothing())
        if not hub.conflict:
            hub.conflict = True
            session.add(hub)
            applied.touched.add(hub.uuid)


def _upsert_hub_records(session: Session, records: list[dict], office_code: str, applied: Applied) -> None:
    now = utcnow()
    rows = []
    transferred = decisions.transferred_in(session, office_code, [r["uuid"] for r in records])
    for record in records:
        reason, detail = invalid_reason(record, office_code, record["uuid"] in transferred)
        rows.append({"uuid": record["uuid"], "kind": "participant", "office_code": office_code,
                     "registration_number": record["registration_number"], "version": record["version"],
                     "content_hash": content_hash(record), "status": "", "reason": "",
                     "detail": "", "duplicate_of": None, "invalid_reason": reason, "invalid_detail": detail,
                     "review_reason": "", "conflict": False, "state_serial": 0, "updated_at": now})
        applied.touched.add(record["uuid"])
    _upsert(session, rows, keep=("status", "reason", "detail", "duplicate_of", "state_serial"))


def _upsert(session: Session, rows: list[dict], keep: tuple[str, ...]) -> None:
    """Insert or replace hub records, keeping the current verdict columns (refreshed afterwards)."""
    if not rows:
        return
    insert = upsert(session, SyncHubRecord)
    updated = {name: insert.excluded[name] for name in rows[0] if name not in keep and name != "uuid"}
    statement = insert.on_conflict_do_update(index_elements=["uuid"], set_=updated)
    for chunk in chunks(rows, 5000):
        session.execute(statement, list(chunk))


def apply_print_batches(session: Session, office_code: str, records: list[dict], applied: Applied) -> None:
    existing = _existing(session, [r["uuid"] for r in records])
    fresh, now = [], utcnow()
    for record in records:
        hub = existing.get(record["uuid"])
        kind = _classify(record, hub, office_code)
        applied.classes[record["uuid"]] = kind
        if kind == NEW:
            fresh.append(record)
        elif kind == REFUSED and hub is not None:  # refused: held for another office
            applied.refused[record["uuid"]] = ("uuid_other_office", hub.office_code)
    insert_rows(session.connection(), table_of(SyncPrintLog), [
        {"batch_uuid": r["uuid"], "office_code": office_code, "printed_at": _printed_at(r),
         "printed_by": r["printed_by"], "layout": r["layout"], "participant_uuid": item.get("participant_uuid", ""),
         "registration_number": item.get("registration_number", ""), "card_version": item.get("card_version", 0),
         "reason": item.get("reason", "")} for r in fresh for item in r.get("items", [])])
    _upsert(session, [{"uuid": r["uuid"], "kind": "print_batch", "office_code": office_code,
                       "registration_number": "", "version": 1, "content_hash": content_hash(r),
                       "status": "accepted", "reason": "", "detail": "", "duplicate_of": None,
                       "invalid_reason": "", "invalid_detail": "", "review_reason": "", "conflict": False,
                       "state_serial": 0, "updated_at": now} for r in fresh], keep=())


def _printed_at(record: dict) -> dt.datetime:
    stamp = dt.datetime.fromisoformat(record["printed_at"])
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
