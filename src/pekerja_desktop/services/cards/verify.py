"""Verifying a scanned card: the issuing office's public key from the `office` table (found by the office code in
the registration number, or — for a participant the hub transferred — the office that holds the record now), the
current card version on record — this office's own prints, and at the hub the prints every office reported in its
data bundles (`sync_print_log`) — and whether the participation has ended. A genuinely signed card of another office
whose version the hub has not received yet is "not yet received", not forged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session, col

from pekerja_desktop.domain.card_qr import (
    CardCheck,
    CardStatus,
    ForgeryReason,
    PayloadError,
    check_card,
    parse_payload,
    public_key_from_hex,
)
from pekerja_desktop.store.card_models import CardState
from pekerja_desktop.store.models import Office, Participant, ParticipantStatus
from pekerja_desktop.store.sync_models import SyncPrintLog


@dataclass(frozen=True)
class Holder:
    """What this database knows of the card's participant."""
    card_version: int  # the version last printed (0 = never)
    office_code: str
    status: str
    coverage_end: dt.date | None
    end_reason: str | None


@dataclass(frozen=True)
class CardVerdict:
    check: CardCheck
    office: Office | None = None
    known_here: bool = False  # the participant is in this database
    holder: Holder | None = None

    @property
    def status(self) -> CardStatus:
        return self.check.status

    def as_dict(self) -> dict:
        claim = self.check.claim
        data: dict[str, object] = {"status": self.status.value}
        if self.check.reason is not None:
            data["reason"] = self.check.reason.value
        if claim is not None:
            data.update(registration_number=claim.registration_number, card_version=claim.card_version,
                        coverage_start=claim.coverage_start.isoformat() if claim.coverage_start else None,
                        office_code=claim.office_code)
        if self.office is not None:
            data.update(office_name=self.office.name, office_code=self.office.code)
        if self.status == CardStatus.ENDED and self.holder is not None:
            data.update(coverage_end=self.holder.coverage_end.isoformat() if self.holder.coverage_end else None,
                        end_reason=self.holder.end_reason)
        data["current_version"] = self.check.current_version
        data["known_here"] = self.known_here
        return data


def _office_key(office: Office | None):
    if office is None:
        return None
    try:
        return public_key_from_hex(office.public_key)
    except ValueError:
        return None


def holder_of(session: Session, registration_number: str) -> Holder | None:
    """None when the participant is not in this database."""
    row = session.execute(select(col(CardState.card_version), col(Participant.office_code), col(Participant.status),
                                 col(Participant.coverage_end), col(Participant.end_reason))
                          .select_from(Participant)
                          .outerjoin(CardState, col(CardState.participant_id) == Participant.id)
                          .where(col(Participant.registration_number) == registration_number)).first()
    reported = session.scalar(select(func.max(SyncPrintLog.card_version))
                              .where(col(SyncPrintLog.registration_number) == registration_number))
    if row is None:
        return None
    reported = _reported_version(session, registration_number)
    return Holder(max(row[0] or 0, reported or 0), *row[1:])


def _reported_version(session: Session, registration_number: str) -> int | None:
    """The newest version of this card the offices reported printing in their data bundles (at the hub)."""
    return session.scalar(select(func.max(SyncPrintLog.card_version))
                          .where(col(SyncPrintLog.registration_number) == registration_number))


def current_version_of(session: Session, registration_number: str) -> int | None:
    """The version last printed (0 if never), or None when the participant is not in this database and no print
    of it was reported."""
    holder = holder_of(session, registration_number)
    return holder.card_version if holder is not None else _reported_version(session, registration_number)


def _known_version(session: Session, holder: Holder | None, registration_number: str) -> int | None:
    """The card version to compare with; None (the signature alone decides) when nothing is known of the card here
    or the participant was handed to another office, which prints its cards now."""
    if holder is None:
        return _reported_version(session, registration_number)
    if holder.status == ParticipantStatus.TRANSFERRED.value:
        return None
    return holder.card_version


def _signed_by_holder(session: Session, payload, holder: Holder | None, check: CardCheck):
    """A transferred participant's cards are signed by the office that holds the record now."""
    if check.reason != ForgeryReason.BAD_SIGNATURE or holder is None \
            or holder.office_code == payload.claim.office_code:
        return None
    office = session.get(Office, holder.office_code)
    retry = check_card(payload, _office_key(office), _known_version(session, holder, payload.claim.registration_number))
    return (office, retry) if retry.reason not in (ForgeryReason.BAD_SIGNATURE, ForgeryReason.UNKNOWN_OFFICE) \
        else None


def verify_card(session: Session, payload_text: str) -> CardVerdict:
    try:
        payload = parse_payload(payload_text)
    except PayloadError:
        return CardVerdict(CardCheck(CardStatus.FORGED, reason=ForgeryReason.MALFORMED))
    office = session.get(Office, payload.claim.office_code)
    holder = holder_of(session, payload.claim.registration_number)
    known = _known_version(session, holder, payload.claim.registration_number)
    check = check_card(payload, _office_key(office), known)
    if check.reason == ForgeryReason.NOT_ISSUED and office is not None and not office.is_self:
        check = CardCheck(CardStatus.NOT_YET_RECEIVED, check.claim, current_version=check.current_version)
    office, check = _signed_by_holder(session, payload, holder, check) or (office, check)
    if holder is not None and holder.status == ParticipantStatus.ENDED.value \
            and check.status in (CardStatus.VALID, CardStatus.SUPERSEDED):
        check = CardCheck(CardStatus.ENDED, check.claim, current_version=check.current_version)
    return CardVerdict(check, office, holder is not None or known is not None, holder)
