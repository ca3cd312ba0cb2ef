"""Verifying a scanned card: the issuing office's public key from the `office` table (found by the office code in
the registration number) and the current card version on record — this office's own prints, and at the hub the
prints every office reported in its data bundles (`sync_print_log`). A genuinely signed card of another office
whose version the hub has not received yet is "not yet received", not forged."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, func, select

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
from pekerja_desktop.store.models import Office, Participant
from pekerja_desktop.store.sync_models import SyncPrintLog


@dataclass(frozen=True)
class CardVerdict:
    check: CardCheck
    office: Office | None = None
    known_here: bool = False  # the participant is in this database

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
            data["office_name"] = self.office.name
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


def current_version_of(session: Session, registration_number: str) -> int | None:
    """The version last printed (0 if never), or None when the participant is not in this database and no print
    of it was reported."""
    row = session.execute(select(Participant.id, CardState.card_version)
                          .outerjoin(CardState, col(CardState.participant_id) == Participant.id)
                          .where(col(Participant.registration_number) == registration_number)).first()
    reported = session.scalar(select(func.max(SyncPrintLog.card_version))
                              .where(col(SyncPrintLog.registration_number) == registration_number))
    if row is None:
        return reported
    return max(row[1] or 0, reported or 0)


def verify_card(session: Session, payload_text: str) -> CardVerdict:
    try:
        payload = parse_payload(payload_text)
    except PayloadError:
        return CardVerdict(CardCheck(CardStatus.FORGED, reason=ForgeryReason.MALFORMED))
    office = session.get(Office, payload.claim.office_code)
    current = current_version_of(session, payload.claim.registration_number)
    check = check_card(payload, _office_key(office), current)
    if check.reason == ForgeryReason.NOT_ISSUED and office is not None and not office.is_self:
        check = CardCheck(CardStatus.NOT_YET_RECEIVED, check.claim, current_version=check.current_version)
    return CardVerdict(check, office, current is not None)
