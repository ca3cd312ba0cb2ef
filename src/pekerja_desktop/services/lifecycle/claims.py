"""Benefit claims (`claim REGISTRATION_NUMBER --kind jkm|jkk --submitted DATE [--paid DATE --amount N]`): recorded by
the office that holds the record, first when the heirs (JKM) or the worker (JKK) submit it at BPJS, again when it is
paid. A claim is part of the participant's record: each change is a new version with a history line, audited, and
travels to the hub inside the record's bundle line, where `report benefits` counts it.

One JKM claim per participant (a death is claimed once); a JKK claim per accident, told apart by its submission
date.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass

from sqlmodel import Session, col, select

from pekerja_desktop.documents.formatting import rupiah
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.lifecycle import EndReason
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.lifecycle.end import changeable, clean_note
from pekerja_desktop.services.lifecycle.errors import LifecycleError
from pekerja_desktop.services.lifecycle.record_changes import record
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.lifecycle_models import BenefitClaim, ClaimKind
from pekerja_desktop.store.models import Participant, saved_id, utcnow

CLAIM_FIELD = "claim"  # a history row: "JKM diajukan 05/03/2027", "JKM dibayar 20/03/2027 Rp42.000.000"
MAX_AMOUNT = 10_000_000_000


@dataclass(frozen=True)
class ClaimOutcome:
    registration_number: str
    kind: str
    submitted_on: dt.date
    paid_on: dt.date | None
    amount: int | None
    version: int
    new: bool  # a new claim, or the payment of one recorded before


def parse_kind(text: str) -> ClaimKind:
    try:
        return ClaimKind((text or "").strip().lower())
    except ValueError:
        raise LifecycleError("claim.bad_kind", value=text) from None


def claims_of(session: Session, participant_id: int) -> list[BenefitClaim]:
    return list(session.scalars(select(BenefitClaim).where(col(BenefitClaim.participant_id) == participant_id)
                                .order_by(col(BenefitClaim.submitted_on), col(BenefitClaim.id))))


def _check_dates(participant: Participant, kind: ClaimKind, submitted: dt.date, paid: dt.date | None,
                 amount: int | None, today: dt.date) -> None:
    if (paid is None) != (amount is None):
        raise LifecycleError("claim.paid_pair")
    if amount is not None and not 0 < amount <= MAX_AMOUNT:
        raise LifecycleError("claim.bad_amount", amount=amount)
    for day in (submitted, paid):
        if day is not None and day > today:
            raise LifecycleError("claim.future", date=format_date(day))
    if paid is not None and paid < submitted:
        raise LifecycleError("claim.paid_before", paid=format_date(paid), submitted=format_date(submitted))
    if kind == ClaimKind.JKM:
        if participant.end_reason != EndReason.DIED.value:
            raise LifecycleError("claim.not_died", registration_number=participant.registration_number)
        if participant.coverage_end is not None and submitted < participant.coverage_end:
            raise LifecycleError("claim.before_death", date=format_date(submitted),
                                 death=format_date(participant.coverage_end))
    elif participant.coverage_start is not None and submitted < participant.coverage_start:
        raise LifecycleError("claim.before_start", date=format_date(submitted),
                             start=format_date(participant.coverage_start))


def _existing(session: Session, participant_id: int, kind: ClaimKind, submitted: dt.date) -> BenefitClaim | None:
    query = select(BenefitClaim).where(col(BenefitClaim.participant_id) == participant_id,
                                       col(BenefitClaim.kind) == kind.value)
    if kind == ClaimKind.JKK:
        query = query.where(col(BenefitClaim.submitted_on) == submitted)
    return session.scalar(query.limit(1))


def _history_text(claim: BenefitClaim) -> str:
    text = f"{claim.kind.upper()} {format_date(claim.submitted_on)}"
    if claim.paid_on is not None:
        text += f" → {format_date(claim.paid_on)} {rupiah(claim.amount)}"
    return text


def record_claim(ctx: AppContext, key: str, kind: str | ClaimKind, submitted: dt.date, *, paid: dt.date | None = None,
                 amount: int | None = None, note: str = "", today: dt.date | None = None) -> ClaimOutcome:
    ctx.require(Permission.CLAIMS)
    kind = parse_kind(str(kind))
    note = clean_note(note)
    with ctx.db.write() as session:
        participant, at_hub = changeable(ctx, session, key)
        if at_hub:
            raise LifecycleError("claim.other_office", registration_number=participant.registration_number,
                                 office_code=participant.office_code)
        _check_dates(participant, kind, submitted, paid, amount, today or dt.date.today())
        participant_id = saved_id(participant)
        claim = _existing(session, participant_id, kind, submitted)
        new = claim is None
        before = None if claim is None else _history_text(claim)
        if claim is None:
            claim = BenefitClaim(uuid=uuid_module.uuid4().hex, participant_id=participant_id, kind=kind.value,
                                 submitted_on=submitted, recorded_by=ctx.actor, recorded_at=utcnow())
        claim.submitted_on, claim.paid_on, claim.amount = submitted, paid, amount
        claim.note = note or claim.note
        session.add(claim)
        after = _history_text(claim)
        if before != after:
            record(session, participant, [(CLAIM_FIELD, before, after)], ctx.actor)
        audit.record(session, ctx.actor, "claim.record", participant.registration_number, kind=kind.value,
                     submitted=submitted.isoformat(), paid=paid.isoformat() if paid else None, amount=amount)
        return ClaimOutcome(participant.registration_number, kind.value, submitted, paid, amount,
                            participant.version, new)


def load_claims(ctx: AppContext, key: str) -> list[BenefitClaim]:
    ctx.require(Permission.VIEW)
    with ctx.db.session() as session:
        return claims_of(session, saved_id(find_participant(session, key)))
