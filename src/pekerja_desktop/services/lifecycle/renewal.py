"""The yearly renewal: before a new budget year each office re-verifies its participants desa by desa — still
living here, still an informal worker, under the age limit — and continues or ends them in bulk.

This module lists who is to be re-verified (per desa, with this year's answers). The answers come from the window
(ticks) or from the returned list (`renewal-import`, renewal_file.py); `apply_renewal` (renewal_apply.py) takes
them all in one write transaction, or none when any is wrong.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import case, func
from sqlmodel import Session, col, or_, select

from pekerja_desktop.domain.identity.nik import mask_nik
from pekerja_desktop.domain.lifecycle import (
    END_REASONS,
    RenewalAnswer,
    age_on_year_end,
    reaches_limit_in,
)
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.lifecycle.errors import LifecycleError
from pekerja_desktop.services.sync.state import require_field
from pekerja_desktop.store.lifecycle_models import RenewalAnswer as AnswerRow
from pekerja_desktop.store.models import Participant, ParticipantStatus

RENEWAL_FIELD = "renewal"  # a history row: "2027: lanjut"
RENEWABLE = (ParticipantStatus.ACTIVE.value, ParticipantStatus.REJECTED.value)
CONTINUED_TEXT = {"id": "{year}: lanjut", "en": "{year}: continued"}
RENEWAL_NOTE = {"id": "pembaruan {year}", "en": "renewal {year}"}


@dataclass(frozen=True)
class RenewalEntry:
    """One participant on a desa's re-verification list."""
    participant_id: int
    registration_number: str
    full_name: str
    masked_nik: str
    birth_date: dt.date | None
    age_at_year_end: int | None
    over_limit: bool  # over the age limit before the renewal year ends
    village_code: str
    status: str
    answer: AnswerRow | None  # this year's answer, once given


@dataclass(frozen=True)
class Answered:
    """An answer for one participant, by registration number, and where it came from (a file's row)."""
    key: str
    answer: RenewalAnswer
    row: int = 0
    note: str = ""


@dataclass
class RenewalResult:
    year: int
    continued: int = 0
    ended: int = 0
    unchanged: int = 0  # answered the same way before
    unanswered: int = 0  # (a file) rows with no answer at all
    ended_numbers: list[str] = field(default_factory=list)


def check_office(ctx: AppContext) -> None:
    """Each field office renews its own participants (the hub decides on single records: end, transfer)."""
    require_field(ctx)


def check_year(year: int, today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    if year not in (today.year, today.year + 1):
        raise LifecycleError("renewal.bad_year", year=year, this=today.year, next=today.year + 1)
    return year


def _listed(year: int):
    """Those to re-verify: every participant in the programme, and those this year's renewal already answered."""
    answered = select(AnswerRow.participant_id).where(col(AnswerRow.year) == year)
    return or_(col(Participant.status).in_(RENEWABLE), col(Participant.id).in_(answered))


def renewal_villages(session: Session, year: int) -> list[tuple[str, int, int]]:
    """(village code, participants, answered) for every desa with someone to re-verify, in code order."""
    answered = select(AnswerRow.participant_id).where(col(AnswerRow.year) == year)
    done = func.sum(case((col(Participant.id).in_(answered), 1), else_=0))
    rows = session.execute(select(Participant.village_code, func.count(), done)
                           .where(_listed(year), col(Participant.purged_at).is_(None))
                           .group_by(col(Participant.village_code)).order_by(col(Participant.village_code))).all()
    return [(code, count, int(answered_count or 0)) for code, count, answered_count in rows]


def renewal_entries(session: Session, year: int, age_max: int, village_code: str | None = None) -> list[RenewalEntry]:
    query = (select(Participant, AnswerRow)
             .outerjoin(AnswerRow, (col(AnswerRow.participant_id) == Participant.id) & (col(AnswerRow.year) == year))
             .where(_listed(year), col(Participant.purged_at).is_(None))
             .order_by(col(Participant.village_code), col(Participant.full_name), col(Participant.id)))
    if village_code:
        query = query.where(col(Participant.village_code) == village_code)
    entries = []
    for participant, answer in session.execute(query):
        born = participant.birth_date
        entries.append(RenewalEntry(
            participant.id, participant.registration_number, participant.full_name, mask_nik(participant.nik), born,
            age_on_year_end(born, year), reaches_limit_in(born, age_max, year), participant.village_code,
            participant.status, answer))
    return entries


def load_renewal(ctx: AppContext, year: int, village_code: str | None = None) -> list[RenewalEntry]:
    """One desa's list (every desa without `village_code`), read in one short unit of work."""
    ctx.require(Permission.VIEW)
    with ctx.db.session() as session:
        return renewal_entries(session, check_year(year), ctx.reference.age_max, village_code)


def load_renewal_villages(ctx: AppContext, year: int) -> list[tuple[str, int, int]]:
    ctx.require(Permission.VIEW)
    with ctx.db.session() as session:
        return renewal_villages(session, check_year(year))


def reason_choices() -> str:
    return ", ".join(END_REASONS)
