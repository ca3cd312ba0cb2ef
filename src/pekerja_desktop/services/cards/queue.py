"""Who needs a card, reprint requests, and the print log.

"Needs a card" is derived (see store/card_models.py): an active participant with no card state is new; a pending
reprint request asks for a reprint; a KPJ known now but not when last printed is "kpj"; any other difference in
the printed fields' fingerprint is "changed".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlmodel import Session, col, or_

from pekerja_desktop.domain.regions import dotted_code
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.cards.card_data import PRINTED_FIELDS, ROW_COLUMNS, CardRow, printed_fingerprint
from pekerja_desktop.services.cards.errors import CardError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.card_models import (
    CardPrintBatch,
    CardPrintItem,
    CardReprintRequest,
    CardState,
    QueueReason,
    ReprintReason,
)
from pekerja_desktop.store.dialect import upsert
from pekerja_desktop.store.models import ChangeHistory, Participant, ParticipantStatus, saved_id, utcnow

CHUNK = 500


@dataclass(frozen=True)
class QueueEntry:
    participant_id: int
    registration_number: str
    full_name: str
    village_code: str
    reason: QueueReason
    card_version: int  # the version last printed (0 = never)
    reprint_reason: str | None = None
    requested_by: str | None = None
    requested_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class PrintedCard:
    """One card of a finished PDF, as the print log records it."""
    participant_id: int
    uuid: str
    registration_number: str
    card_version: int
    fingerprint: str
    kpj: str | None
    reason: str = ""


def region_condition(region_code: str):
    code = dotted_code(region_code)
    return or_(col(Participant.village_code) == code, col(Participant.village_code).like(f"{code}.%"))


def _pending_requests(session: Session) -> dict[int, CardReprintRequest]:
    """The latest pending request per participant."""
    query = (select(CardReprintRequest).where(col(CardReprintRequest.fulfilled_batch_id).is_(None))
             .order_by(col(CardReprintRequest.requested_at), col(CardReprintRequest.id)))
    return {request.participant_id: request for request in session.scalars(query)}


def queue_reason(row: CardRow, state: tuple | None, request: CardReprintRequest | None) -> QueueReason | None:
    if state is None or state[0] == 0:
        return QueueReason.NEW
    if request is not None:
        return QueueReason.REPRINT
    _, fingerprint, printed_kpj = state
    if row.kpj and not printed_kpj:
        return QueueReason.KPJ
    if fingerprint != printed_fingerprint(row):
        return QueueReason.CHANGED
    return None


def card_queue(session: Session, *, region_code: str | None = None,
               reason: QueueReason | str | None = None) -> list[QueueEntry]:
    """Active participants who need a card, ordered by village then registration number."""
    query = (select(*ROW_COLUMNS, col(CardState.card_version), col(CardState.printed_fingerprint),
                    col(CardState.printed_kpj))
             .outerjoin(CardState, col(CardState.participant_id) == Participant.id)
             .where(col(Participant.status) == ParticipantStatus.ACTIVE.value, col(Participant.purged_at).is_(None))
             .order_by(col(Participant.village_code), col(Participant.registration_number)))
    if region_code:
        query = query.where(region_condition(region_code))
    requests = _pending_requests(session)
    wanted = QueueReason(reason) if reason else None
    entries = []
    for values in session.execute(query):
        row = CardRow(*values[:4 + len(PRINTED_FIELDS)])
        state = None if values[-3] is None else tuple(values[-3:])
        entry = _entry(row, state, requests.get(row.participant_id))
        if entry is not None and (wanted is None or entry.reason == wanted):
            entries.append(entry)
    return entries


def _entry(row: CardRow, state: tuple | None, request: CardReprintRequest | None) -> QueueEntry | None:
    reason = queue_reason(row, state, request)
    if reason is None:
        return None
    return QueueEntry(row.participant_id, row.registration_number, row.full_name, row.village_code, reason,
                      state[0] if state else 0, request.reason if request else None,
                      request.requested_by if request else None, request.requested_at if request else None)


def active_participant_ids(session: Session, region_code: str | None = None) -> list[int]:
    query = (select(col(Participant.id))
             .where(col(Participant.status) == ParticipantStatus.ACTIVE.value, col(Participant.purged_at).is_(None))
             .order_by(col(Participant.village_code), col(Participant.registration_number)))
    if region_code:
        query = query.where(region_condition(region_code))
    return list(session.scalars(query))


def request_reprint(ctx: AppContext, key: str, reason: ReprintReason | str) -> QueueEntry:
    """Queue a reprint (lost or damaged card); recorded in the participant's history."""
    try:
        reason = ReprintReason(str(reason).strip().lower())
    except ValueError:
        raise CardError("cards.reprint_reason", value=reason) from None
    ctx.require(Permission.REPRINT)
    with ctx.db.write() as session:
        participant = find_participant(session, key)
        _require_active(participant)
        audit.record(session, ctx.actor, "card.reprint_request", participant.registration_number,
                     reason=reason.value)
        now = utcnow()
        participant_id = saved_id(participant)
        session.add(CardReprintRequest(participant_id=participant_id, reason=reason.value,
                                       requested_by=ctx.actor, requested_at=now))
        session.add(ChangeHistory(participant_id=participant_id, at=now, by=ctx.actor, field="card_reprint",
                                  new_value=reason.value))
        state = session.get(CardState, participant_id)
        version = state.card_version if state else 0
        return QueueEntry(participant_id, participant.registration_number, participant.full_name,
                          participant.village_code, QueueReason.REPRINT if version else QueueReason.NEW, version,
                          reason.value, ctx.actor, now)


def _require_active(participant: Participant) -> None:
    if participant.purged_at is not None:  # personal data gone after the retention period: nothing to print
        raise CardError("cards.not_active", registration_number=participant.registration_number, status="purged")
    if participant.status != ParticipantStatus.ACTIVE:
        raise CardError("cards.not_active", registration_number=participant.registration_number,
                        status=participant.status)


def current_card_versions(session: Session, ids: Sequence[int]) -> dict[int, int]:
    versions: dict[int, int] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start:start + CHUNK])
        query = (select(col(CardState.participant_id), col(CardState.card_version))
                 .where(col(CardState.participant_id).in_(chunk)))
        versions.update(dict(session.execute(query).all()))
    return versions


def record_print_batch(session: Session, actor: str, layout: str, file_name: str, cards: Sequence[PrintedCard],
                       started_at: dt.datetime) -> int:
    """Log a finished PDF and bump the card versions, in the caller's write transaction.

    Refuses (nothing recorded) when another print of the same participant was recorded meanwhile.
    """
    _check_versions_unchanged(session, cards)
    now = utcnow()
    batch = CardPrintBatch(printed_at=now, printed_by=actor, layout=layout, card_count=len(cards),
                           file_name=file_name)
    session.add(batch)
    session.flush()
    batch_id = saved_id(batch)
    session.execute(insert(CardPrintItem), [
        {"batch_id": batch_id, "participant_uuid": c.uuid, "registration_number": c.registration_number,
         "card_version": c.card_version, "reason": c.reason} for c in cards])
    _upsert_states(session, batch_id, now, cards)
    _fulfil_requests(session, batch_id, started_at, [c.participant_id for c in cards])
    return batch_id


def _check_versions_unchanged(session: Session, cards: Sequence[PrintedCard]) -> None:
    current = current_card_versions(session, [c.participant_id for c in cards])
    for card in cards:
        if current.get(card.participant_id, 0) != card.card_version - 1:
            raise CardError("cards.concurrent_print", registration_number=card.registration_number)


def _upsert_states(session: Session, batch_id: int, now: dt.datetime, cards: Sequence[PrintedCard]) -> None:
    rows = [{"participant_id": c.participant_id, "card_version": c.card_version, "printed_fingerprint": c.fingerprint,
             "printed_kpj": c.kpj, "printed_at": now, "batch_id": batch_id} for c in cards]
    for start in range(0, len(rows), CHUNK):
        statement = upsert(session, CardState).values(rows[start:start + CHUNK])
        excluded = statement.excluded
        session.execute(statement.on_conflict_do_update(index_elements=[CardState.participant_id], set_={
            "card_version": excluded.card_version, "printed_fingerprint": excluded.printed_fingerprint,
            "printed_kpj": excluded.printed_kpj, "printed_at": excluded.printed_at, "batch_id": excluded.batch_id}))


def _fulfil_requests(session: Session, batch_id: int, started_at: dt.datetime, ids: list[int]) -> None:
    """Requests made before the run started are answered by it; later ones stay pending."""
    for start in range(0, len(ids), CHUNK):
        session.execute(update(CardReprintRequest)
                        .where(col(CardReprintRequest.participant_id).in_(ids[start:start + CHUNK]),
                               col(CardReprintRequest.fulfilled_batch_id).is_(None),
                               col(CardReprintRequest.requested_at) <= started_at)
                        .values(fulfilled_batch_id=batch_id))


def print_batches(session: Session, limit: int = 50) -> list[CardPrintBatch]:
    return list(session.scalars(select(CardPrintBatch).order_by(col(CardPrintBatch.id).desc()).limit(limit)))


def printed_cards(session: Session, batch_id: int) -> list[CardPrintItem]:
    return list(session.scalars(select(CardPrintItem).where(col(CardPrintItem.batch_id) == batch_id)
                                .order_by(col(CardPrintItem.id))))


def load_card_queue(ctx, region_code: str | None = None, reason: str | None = None) -> list[QueueEntry]:
    """The queue in one short unit of work (for the Kartu page's worker thread)."""
    with ctx.db.session() as session:
        return card_queue(session, region_code=region_code or None, reason=reason or None)
