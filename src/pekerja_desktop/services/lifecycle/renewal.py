"""The yearly renewal: before a new budget year each office re-verifies its participants desa by desa — still
living here, still an informal worker, under the age limit — and continues or ends them in bulk.

Answers come from the window (ticks) or from the returned list (`renewal-import`, services/lifecycle/renewal_file.py);
`apply_renewal` takes them all in one write transaction, or none when any is wrong. A continued participant gets a
`renewal` line in its history, an ended one the end's fields with its reason; both are new versions that the next
data bundle sends, each answer is kept (`renewal_answer`) and every end is audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import case, func
from sqlmodel import Session, col, or_, select

from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.lifecycle import (
    END_REASONS,
    RenewalAnswer,
    RenewalOutcome,
    age_on_year_end,
    end_date_problem,
    reaches_limit_in,
    renewal_end_day,
)
from pekerja_desktop.domain.nik import mask_nik
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.lifecycle.errors import LifecycleError, Problem, RenewalRefused
from pekerja_desktop.services.lifecycle.record_changes import EndFields, end_changes, record
from pekerja_desktop.services.sync.state import require_field
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.lifecycle_models import RenewalAnswer as AnswerRow
from pekerja_desktop.store.models import Participant, ParticipantStatus, saved_id, utcnow

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


# --- applying answers ------------------------------------------------------------------------------------

class _Batch:
    """One application of answers: the records, the problems found, the counts."""

    def __init__(self, ctx: AppContext, session: Session, year: int, source: str):
        self.ctx, self.session, self.year, self.source = ctx, session, year, source
        self.result = RenewalResult(year)
        self.problems: list[Problem] = []
        self.seen: dict[int, Answered] = {}
        self.now = utcnow()
        self.position = 0  # the answer's place in the list, named when it has no row of a file

    def apply(self, item: Answered) -> None:
        participant = self._participant(item)
        if participant is None:
            return
        existing = self.session.get(AnswerRow, (saved_id(participant), self.year))
        if existing is not None and existing.outcome == item.answer.outcome.value \
                and existing.end_reason == (item.answer.end_reason.value if item.answer.end_reason else None):
            self.result.unchanged += 1
            return
        if item.answer.outcome == RenewalOutcome.CONTINUE:
            self._continue(item, participant, existing)
        else:
            self._end(item, participant, existing)

    def _participant(self, item: Answered) -> Participant | None:
        participant = self.session.scalar(select(Participant).where(
            col(Participant.registration_number) == item.key.strip().upper()))
        if participant is None:
            self._refuse(item, "renewal.unknown")
            return None
        earlier = self.seen.get(saved_id(participant))
        if earlier is not None:
            self._refuse(item, "renewal.twice", other=earlier.row)
            return None
        self.seen[saved_id(participant)] = item
        return participant

    def _continue(self, item: Answered, participant: Participant, existing: AnswerRow | None) -> None:
        if participant.status not in RENEWABLE:
            code = "renewal.ended_already" if existing is not None else "renewal.not_active"
            self._refuse(item, code, status=participant.status)
            return
        text = render({"t": CONTINUED_TEXT}, "t", {"year": self.year})
        record(self.session, participant, [(RENEWAL_FIELD, None, text)], self.ctx.actor, now=self.now)
        self._keep(participant, item, None)
        self.result.continued += 1

    def _end(self, item: Answered, participant: Participant, existing: AnswerRow | None) -> None:
        if participant.status not in RENEWABLE:
            self._refuse(item, "renewal.not_active", status=participant.status)
            return
        end = renewal_end_day(item.answer, self.year, participant.birth_date, self.ctx.reference.age_max)
        # the renewal decides the year it is for: an end may fall within it (the age limit reached in June)
        problem = end_date_problem(end, participant.coverage_start, max(dt.date.today(), dt.date(self.year, 1, 1)))
        if problem is not None:
            self._refuse(item, problem, registration_number=participant.registration_number, date=format_date(end),
                         start=format_date(participant.coverage_start),
                         year_end=format_date(dt.date(self.year, 12, 31)))
            return
        reason = item.answer.end_reason
        assert reason is not None
        fields = EndFields(end, reason.value, item.note or render({"t": RENEWAL_NOTE}, "t", {"year": self.year}))
        record(self.session, participant, end_changes(participant, fields), self.ctx.actor, now=self.now)
        self._keep(participant, item, end)
        audit.record(self.session, self.ctx.actor, "participant.end", participant.registration_number,
                     reason=reason.value, coverage_end=end.isoformat(), renewal=self.year, source=self.source)
        self.result.ended += 1
        self.result.ended_numbers.append(participant.registration_number)

    def _keep(self, participant: Participant, item: Answered, end: dt.date | None) -> None:
        answer = item.answer
        row = self.session.get(AnswerRow, (saved_id(participant), self.year)) or AnswerRow(
            participant_id=saved_id(participant), year=self.year, still_living_here=True, still_informal=True,
            under_age_limit=True, outcome="", answered_by=self.ctx.actor)
        row.still_living_here, row.still_informal = answer.still_living_here, answer.still_informal
        row.under_age_limit, row.outcome = answer.under_age_limit, answer.outcome.value
        row.end_reason = answer.end_reason.value if answer.end_reason else None
        row.end_date, row.answered_by, row.answered_at, row.source = end, self.ctx.actor, self.now, self.source
        self.session.add(row)

    def _refuse(self, item: Answered, code: str, **params) -> None:
        self.problems.append((item.row or self.position, item.key, code, params))

    def refuse_if_any(self) -> None:
        if self.problems:
            raise RenewalRefused(self.year, self.problems)


def apply_renewal(ctx: AppContext, year: int, answers: Sequence[Answered], *, source: str = "window",
                  dry_run: bool = False) -> RenewalResult:
    """Continue or end every participant answered, in one transaction; any problem refuses them all (the error
    lists the first rows). `dry_run` checks and counts without keeping anything."""
    check_office(ctx)
    ctx.require(Permission.LIFECYCLE)
    check_year(year)
    try:
        with ctx.db.write() as session:
            batch = _Batch(ctx, session, year, source)
            for item in answers:
                batch.apply(item)
            batch.refuse_if_any()
            if dry_run:
                raise _Checked(batch.result)  # leaves the transaction without keeping anything
            audit.record(session, ctx.actor, "renewal.apply", str(year), source=source,
                         continued=batch.result.continued, ended=batch.result.ended,
                         unchanged=batch.result.unchanged)
            return batch.result
    except _Checked as checked:
        return checked.result


class _Checked(Exception):
    def __init__(self, result: RenewalResult):
        super().__init__("dry run")
        self.result = result


def reason_choices() -> str:
    return ", ".join(END_REASONS)
