"""The heirs' claim checklist (`claim-letter REGISTRATION_NUMBER --out FILE.pdf`), once a participation ended because
the participant died: the participant's KPJ and coverage dates, the heirs on record, the JKM benefits (amounts from
the settings), whether the scholarship's condition of years of membership is met — computed from every coverage
period of the same NIK held here — the documents to bring, and the BPJS office to go to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.domain.lifecycle import EndReason, Membership, membership
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.cards.render import check_output_path
from pekerja_desktop.services.cards.settings import load_card_settings
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of
from pekerja_desktop.services.lifecycle.claim_letter_pdf import write_claim_letter_pdf
from pekerja_desktop.services.lifecycle.claim_settings import ClaimSettings, load_claim_settings
from pekerja_desktop.services.lifecycle.claims import claims_of
from pekerja_desktop.services.lifecycle.errors import LifecycleError
from pekerja_desktop.services.reference.data import heir_relationships
from pekerja_desktop.store.lifecycle_models import BenefitClaim
from pekerja_desktop.store.models import Heir, Participant, ParticipantStatus, saved_id


@dataclass(frozen=True)
class ClaimLetter:
    """Everything the checklist prints."""
    participant: Participant
    heirs: list[Heir]
    relationships: dict[str, str]
    membership: Membership
    periods: int  # coverage periods of the same NIK counted
    settings: ClaimSettings
    claims: list[BenefitClaim]
    office_name: str
    office_address: str
    bpjs_contact: str
    village_name: str
    prepared_by: str
    full_nik: bool


@dataclass(frozen=True)
class ClaimLetterResult:
    path: Path
    registration_number: str
    pages: int
    scholarship_met: bool


def coverage_periods(session: Session, nik: str) -> list[tuple[dt.date, dt.date | None]]:
    """Every coverage period of this NIK held here (a worker enrolled again after moving away counts both)."""
    rows = session.execute(select(col(Participant.coverage_start), col(Participant.coverage_end)).where(
        col(Participant.nik) == nik, col(Participant.coverage_start).is_not(None),
        col(Participant.status) != ParticipantStatus.DRAFT.value)).all()
    return [(start, end) for start, end in rows]


def _letter(session: Session, ctx: AppContext, key: str, full_nik: bool, language: str) -> ClaimLetter:
    participant = find_participant(session, key)
    if participant.end_reason != EndReason.DIED.value or participant.coverage_end is None:
        raise LifecycleError("claim.not_died", registration_number=participant.registration_number)
    settings = load_claim_settings(session, language)
    periods = coverage_periods(session, participant.nik)
    regions = ctx.reference.regions
    village = regions.get(participant.village_code)
    card = load_card_settings(session, ctx.office, regions)
    relationships = {r.code: (r.name_en if language == "en" else r.name_id) for r in heir_relationships(session)}
    participant_id = saved_id(participant)
    return ClaimLetter(participant, heirs_of(session, participant_id), relationships,
                       membership(periods, participant.coverage_end, settings.scholarship_min_years),
                       max(1, len(periods)), settings,
                       claims_of(session, participant_id), ctx.office.name, card.office_address, card.bpjs_contact,
                       village.name if village else participant.village_code,
                       ctx.operator.display_name or ctx.actor, full_nik)


def write_claim_letter(ctx: AppContext, key: str, out: Path, *, full_nik: bool = False,
                       language: str | None = None) -> ClaimLetterResult:
    language = language or current_language()
    out = check_output_path(Path(out))
    ctx.require(Permission.PRINT)
    with ctx.db.session() as session:
        letter = _letter(session, ctx, key, full_nik, language)
    number = letter.participant.registration_number
    if full_nik and not ctx.can(Permission.SEE_FULL_NIK):
        ctx.require(Permission.REVEAL_NIK)
        ctx.audit("nik.reveal", number, where="claim letter")
    pages = write_claim_letter_pdf(letter, out, language)
    ctx.audit("claim.letter", number, full_nik=full_nik, scholarship_met=letter.membership.scholarship_met)
    return ClaimLetterResult(out, number, pages, letter.membership.scholarship_met)
