"""(hub) The verdict on every record, derived — never edited by hand — from what the hub holds:

rejected (conflict) › rejected (a rule fails: `invalid_reason`) › rejected (by review at the hub) ›
duplicate (another record, not rejected by review, has the same NIK: the review list) › accepted.

Whenever a verdict (or the KPJ number) changes, the record gets the next `state_serial`, so the next ack or
reference bundle for its office carries it until the office confirms having applied it.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, update
from sqlmodel import Session, col, or_, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.state import get_state, next_state_serial, require_hub, set_state
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.bulk import chunks, rows_in, update_rows
from pekerja_desktop.store.dialect import among, upsert
from pekerja_desktop.store.models import Participant, table_of, utcnow
from pekerja_desktop.store.sync_models import SyncDuplicate, SyncHubRecord, Verdict

VERDICT_COLUMNS = ("status", "reason", "detail", "duplicate_of")
NikGroups = dict[str, list[tuple[str, str, str]]]
_HOLDERS_OF_NIKS = "SELECT nik, uuid, registration_number, office_code FROM participant WHERE nik IN ({marks})"


def niks_of(session: Session, niks: set[str]) -> NikGroups:
    """NIK → [(uuid, registration number, office)] for every participant holding one of `niks`."""
    groups: NikGroups = defaultdict(list)
    for nik, uuid, number, office in rows_in(session.connection(), _HOLDERS_OF_NIKS, sorted(niks)):
        groups[nik].append((uuid, number, office))
    return groups


def _hub_rows(session: Session, uuids: set[str]) -> dict[str, dict]:
    rows = {}
    for uuid_among in among(session, col(SyncHubRecord.uuid), sorted(uuids)):
        for row in session.execute(table_of(SyncHubRecord).select().where(uuid_among)).mappings():
            rows[row["uuid"]] = dict(row)
    return rows


def derive(row: dict, others: list[tuple[str, str, str]]) -> tuple[str, str, str, str | None]:
    if row["conflict"]:
        return Verdict.REJECTED.value, "conflict", "", None
    if row["invalid_reason"]:
        return Verdict.REJECTED.value, row["invalid_reason"], row["invalid_detail"], None
    if row["review_reason"]:
        return Verdict.REJECTED.value, "review", row["review_reason"], None
    if others:
        return Verdict.DUPLICATE.value, "duplicate", "", min(number for _, number, _ in others)
    return Verdict.ACCEPTED.value, "", "", None


def refresh_verdicts(session: Session, uuids: set[str], niks: set[str]) -> set[str]:
    """Recompute the verdicts of `uuids` and of every record sharing a NIK in `niks`; returns those that changed."""
    groups = niks_of(session, niks)
    affected = set(uuids) | {uuid for members in groups.values() for uuid, _, _ in members}
    rows = _hub_rows(session, affected)
    reviewed = {uuid for uuid, row in rows.items() if row["review_reason"] or row["invalid_reason"]}
    by_uuid = {uuid: members for members in groups.values() for uuid, _, _ in members}
    _sync_pairs(session, affected, groups)
    changed = []
    for uuid, row in rows.items():
        members = by_uuid.get(uuid, [])
        others = [m for m in members if m[0] != uuid and m[0] not in reviewed]
        verdict = derive(row, others)
        if verdict != tuple(row[c] for c in VERDICT_COLUMNS):
            changed.append({"uuid": uuid, **dict(zip(VERDICT_COLUMNS, verdict, strict=True))})
    _store_verdicts(session, changed)
    return {str(row["uuid"]) for row in changed}


def _store_verdicts(session: Session, changed: list[dict]) -> None:
    if not changed:
        return
    first = int(get_state(session, "state_serial", 0)) + 1
    now = utcnow()
    for offset, row in enumerate(changed):
        row.update(state_serial=first + offset, updated_at=now)
    set_state(session, "state_serial", first + len(changed) - 1)
    update_rows(session.connection(), table_of(SyncHubRecord), "uuid", changed)


def _sync_pairs(session: Session, affected: set[str], groups: dict[str, list[tuple[str, str, str]]]) -> None:
    """The review list: one row per pair of records with the same NIK; stale open pairs are dropped."""
    uuids = sorted(affected)
    for a_among, b_among in zip(among(session, col(SyncDuplicate.uuid_a), uuids),
                                among(session, col(SyncDuplicate.uuid_b), uuids), strict=True):
        session.execute(table_of(SyncDuplicate).delete().where(col(SyncDuplicate.resolved_at).is_(None),
                                                                or_(a_among, b_among)))
    pairs: list[dict] = []
    for nik, members in groups.items():
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            pairs.extend({"nik": nik, "uuid_a": a[0], "uuid_b": b[0], "registration_a": a[1],
                          "registration_b": b[1], "office_a": a[2], "office_b": b[2], "detected_at": utcnow(),
                          "resolution": ""} for b in ordered[i + 1:])
    for chunk in chunks(pairs, 2000):
        session.execute(upsert(session, SyncDuplicate).on_conflict_do_nothing(), list(chunk))


def touch(session: Session, uuid: str) -> None:
    """A change the office must hear about that is not a verdict (a KPJ number)."""
    session.execute(update(SyncHubRecord).where(col(SyncHubRecord.uuid) == uuid)
                    .values(state_serial=next_state_serial(session), updated_at=utcnow()))


def _hub_record(session: Session, key: str) -> tuple[Participant, SyncHubRecord]:
    participant = find_participant(session, key)
    record = session.get(SyncHubRecord, participant.uuid)
    if record is None:
        raise SyncError("hub.record_not_found", key=key)
    return participant, record


def assign_kpj(ctx: AppContext, key: str, kpj: str) -> None:
    """(hub) The KPJ number issued by BPJS TK for a record; it reaches the office with the next ack or
    reference bundle (and its card goes into the office's print queue)."""
    require_hub(ctx)
    ctx.require(Permission.EDIT_ANY)
    kpj = kpj.strip()
    if len(kpj) != 11 or not kpj.isdigit():
        raise SyncError("hub.kpj_invalid", kpj=kpj)
    with ctx.db.write() as session:
        participant, _ = _hub_record(session, key)
        audit.record(session, ctx.actor, "participant.kpj", participant.registration_number, kpj=kpj)
        participant.kpj = kpj
        session.add(participant)
        touch(session, participant.uuid)


def reject_record(ctx: AppContext, key: str, reason: str) -> None:
    """(hub) Reject a record after review (e.g. one of a duplicate pair); it goes back to its office for
    correction. Cleared by the next version the office sends."""
    require_hub(ctx)
    ctx.require(Permission.EDIT_ANY)
    with ctx.db.write() as session:
        participant, record = _hub_record(session, key)
        record.review_reason = reason.strip() or "review"
        audit.record(session, ctx.actor, "participant.reject", participant.registration_number,
                     reason=record.review_reason)
        session.add(record)
        session.flush()
        session.execute(update(SyncDuplicate).where(
            col(SyncDuplicate.resolved_at).is_(None),
            or_(col(SyncDuplicate.uuid_a) == participant.uuid, col(SyncDuplicate.uuid_b) == participant.uuid))
            .values(resolved_at=utcnow(), resolution=f"rejected {participant.registration_number}"))
        refresh_verdicts(session, {participant.uuid}, {participant.nik})


def duplicates_for_review(session: Session) -> list[SyncDuplicate]:
    return list(session.scalars(select(SyncDuplicate).where(col(SyncDuplicate.resolved_at).is_(None))
                                .order_by(col(SyncDuplicate.nik), col(SyncDuplicate.id))))


def verdict_counts(session: Session) -> dict[str, int]:
    return dict(session.execute(select(SyncHubRecord.status, func.count()).where(
        col(SyncHubRecord.kind) == "participant").group_by(col(SyncHubRecord.status))).all())
