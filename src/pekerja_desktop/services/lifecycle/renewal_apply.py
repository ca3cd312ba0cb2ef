"""Applying the renewal's answers (`apply_renewal`): every participant answered continued or ended in one write
transaction, or none when any answer is wrong (the error names the first rows, services/lifecycle/errors.py).

Built for a whole office at once (35,000 answers): the records and this year's earlier answers are read in chunks,
the answers checked in memory, then written in bulk (store/bulk.py) — a continued participant gets a `renewal`
line in its history, an ended one the end's fields and their history; both a new version, which the next data
bundle sends. Each answer is kept (`renewal_answer`); every end is audited, and the application as a whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import RowMapping, delete, select
from sqlmodel import Session, col

from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.identity.regnum import normalise_registration_number
from pekerja_desktop.domain.lifecycle import RenewalOutcome, end_date_problem, renewal_end_day
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.lifecycle.errors import Problem, RenewalRefused
from pekerja_desktop.services.lifecycle.renewal import (
    CONTINUED_TEXT,
    RENEWABLE,
    RENEWAL_FIELD,
    RENEWAL_NOTE,
    Answered,
    RenewalResult,
    check_office,
    check_year,
)
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.bulk import bulk_page_cache, chunks, insert_rows, update_rows
from pekerja_desktop.store.lifecycle_models import RenewalAnswer as AnswerRow
from pekerja_desktop.store.models import ChangeHistory, Participant, ParticipantStatus, table_of, utcnow

PERSON = tuple(col(c) for c in (Participant.id, Participant.registration_number, Participant.status,
                                Participant.coverage_start, Participant.coverage_end, Participant.end_reason,
                                Participant.end_note, Participant.birth_date, Participant.version))


def _text(value) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def _people(session: Session, numbers: list[str]) -> dict[str, RowMapping]:
    found: dict[str, RowMapping] = {}
    for chunk in chunks(sorted(set(numbers))):
        for row in session.execute(select(*PERSON).where(col(Participant.registration_number).in_(chunk))).mappings():
            found[row["registration_number"]] = row
    return found


def _stored(session: Session, year: int, ids: list[int]) -> dict[int, tuple[str, str | None]]:
    """This year's earlier answers: participant id → (outcome, end reason)."""
    found: dict[int, tuple[str, str | None]] = {}
    for chunk in chunks(sorted(ids)):
        query = select(col(AnswerRow.participant_id), col(AnswerRow.outcome), col(AnswerRow.end_reason)).where(
            col(AnswerRow.year) == year, col(AnswerRow.participant_id).in_(chunk))
        found.update((pid, (outcome, reason)) for pid, outcome, reason in session.execute(query))
    return found


class _Batch:
    """One application of answers: what it will write, the problems found, the counts."""

    def __init__(self, ctx: AppContext, session: Session, year: int, source: str, items: Sequence[Answered]):
        self.ctx, self.session, self.year, self.source = ctx, session, year, source
        self.result = RenewalResult(year)
        self.problems: list[Problem] = []
        self.now = utcnow()
        self.people = _people(session, [normalise_registration_number(item.key) for item in items])
        self.stored = _stored(session, year, [row["id"] for row in self.people.values()])
        self.seen: dict[int, Answered] = {}
        self.continued: list[dict] = []  # participant updates
        self.ended: list[dict] = []
        self.history: list[dict] = []
        self.answers: list[dict] = []
        self.ends: list[tuple[str, str, dt.date]] = []  # (registration number, reason, last covered day): audited
        self.position = 0  # the answer's place in the list, named when it has no row of a file

    # --- checking each answer --------------------------------------------------------------------------

    def apply(self, item: Answered) -> None:
        person = self._person(item)
        if person is None:
            return
        answer = item.answer
        given = (answer.outcome.value, answer.end_reason.value if answer.end_reason else None)
        earlier = self.stored.get(person["id"])
        if earlier == given:
            self.result.unchanged += 1
        elif person["status"] not in RENEWABLE:
            code = "renewal.ended_already" if earlier is not None and answer.outcome == RenewalOutcome.CONTINUE \
                else "renewal.not_active"
            self._refuse(item, code, status=person["status"])
        elif answer.outcome == RenewalOutcome.CONTINUE:
            self._continue(item, person)
        else:
            self._end(item, person)

    def _person(self, item: Answered) -> RowMapping | None:
        person = self.people.get(normalise_registration_number(item.key))
        if person is None:
            self._refuse(item, "renewal.unknown")
            return None
        earlier = self.seen.get(person["id"])
        if earlier is not None:
            self._refuse(item, "renewal.twice", other=earlier.row)
            return None
        self.seen[person["id"]] = item
        return person

    def _continue(self, item: Answered, person: RowMapping) -> None:
        self._history(person, [(RENEWAL_FIELD, None, render({"t": CONTINUED_TEXT}, "t", {"year": self.year}))])
        self.continued.append(self._version(person))
        self._keep(person, item, None)
        self.result.continued += 1

    def _end(self, item: Answered, person: RowMapping) -> None:
        end = renewal_end_day(item.answer, self.year, person["birth_date"], self.ctx.reference.age_max)
        # the renewal decides the year it is for: an end may fall within it (the age limit reached in June)
        problem = end_date_problem(end, person["coverage_start"], max(dt.date.today(), dt.date(self.year, 1, 1)))
        if problem is not None:
            self._refuse(item, problem, registration_number=person["registration_number"], date=format_date(end),
                         start=format_date(person["coverage_start"]),
                         year_end=format_date(dt.date(self.year, 12, 31)))
            return
        reason = item.answer.end_reason
        assert reason is not None
        values = {"status": ParticipantStatus.ENDED.value, "coverage_end": end, "end_reason": reason.value,
                  "end_note": item.note or render({"t": RENEWAL_NOTE}, "t", {"year": self.year})}
        self._history(person, [(name, _text(person[name]), _text(value)) for name, value in values.items()
                               if person[name] != value])
        self.ended.append({**self._version(person), **values})
        self._keep(person, item, end)
        self.ends.append((person["registration_number"], reason.value, end))
        self.result.ended += 1
        self.result.ended_numbers.append(person["registration_number"])

    def _version(self, person: RowMapping) -> dict:
        return {"id": person["id"], "version": person["version"] + 1, "updated_by": self.ctx.actor,
                "updated_at": self.now}

    def _history(self, person: RowMapping, changes: list[tuple[str, str | None, str | None]]) -> None:
        self.history.extend({"participant_id": person["id"], "at": self.now, "by": self.ctx.actor, "field": name,
                             "old_value": old, "new_value": new} for name, old, new in changes)

    def _keep(self, person: RowMapping, item: Answered, end: dt.date | None) -> None:
        answer = item.answer
        self.answers.append({
            "participant_id": person["id"], "year": self.year, "still_living_here": answer.still_living_here,
            "still_informal": answer.still_informal, "under_age_limit": answer.under_age_limit,
            "outcome": answer.outcome.value, "end_reason": answer.end_reason.value if answer.end_reason else None,
            "end_date": end, "answered_by": self.ctx.actor, "answered_at": self.now, "source": self.source})

    def _refuse(self, item: Answered, code: str, **params) -> None:
        self.problems.append((item.row or self.position, item.key, code, params))

    # --- writing ---------------------------------------------------------------------------------------------

    def refuse_if_any(self) -> None:
        if self.problems:
            raise RenewalRefused(self.year, self.problems)

    def write(self) -> None:
        connection = self.session.connection()
        with bulk_page_cache(connection):
            update_rows(connection, table_of(Participant), "id", self.continued)
            update_rows(connection, table_of(Participant), "id", self.ended)
            insert_rows(connection, table_of(ChangeHistory), self.history)
            for chunk in chunks([row["participant_id"] for row in self.answers]):
                self.session.execute(delete(AnswerRow).where(col(AnswerRow.year) == self.year,
                                                             col(AnswerRow.participant_id).in_(chunk)))
            insert_rows(connection, table_of(AnswerRow), self.answers)
        for number, reason, end in self.ends:
            audit.record(self.session, self.ctx.actor, "participant.end", number, reason=reason,
                         coverage_end=end.isoformat(), renewal=self.year, source=self.source)


class _Checked(Exception):
    def __init__(self, result: RenewalResult):
        super().__init__("dry run")
        self.result = result


def apply_renewal(ctx: AppContext, year: int, answers: Sequence[Answered], *, source: str = "window",
                  dry_run: bool = False) -> RenewalResult:
    """Continue or end every participant answered, in one transaction; any problem refuses them all (the error
    lists the first rows). `dry_run` checks and counts without keeping anything."""
    check_office(ctx)
    ctx.require(Permission.LIFECYCLE)
    check_year(year)
    try:
        with ctx.db.write() as session:
            batch = _Batch(ctx, session, year, source, answers)
            for position, item in enumerate(answers, start=1):
                batch.position = position
                batch.apply(item)
            batch.refuse_if_any()
            if dry_run:
                raise _Checked(batch.result)  # leaves the transaction without keeping anything
            batch.write()
            audit.record(session, ctx.actor, "renewal.apply", str(year), source=source,
                         continued=batch.result.continued, ended=batch.result.ended,
                         unchanged=batch.result.unchanged)
            return batch.result
    except _Checked as checked:
        return checked.result
