"""Records and lists as the desk shows them: each call is one short unit of work (its own session) and
returns plain values that carry no database state, so the ui can run it on a worker thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import col, select

from pekerja_desktop.domain.findings import Finding
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.enrol import assess
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, history_of, to_data
from pekerja_desktop.services.intake.messages import findings_from_json
from pekerja_desktop.services.reference.data import funding_sources, heir_relationships, occupations
from pekerja_desktop.services.register.household import HeirLink, heir_of, heirs_enrolled
from pekerja_desktop.services.register.search import ParticipantQuery, search_participants
from pekerja_desktop.store.models import DukcapilOccupation, Participant, saved_id

Choice = tuple[str, str]  # (code, label)


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime  # UTC
    by: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class DuplicateInfo:
    registration_number: str
    full_name: str
    office_code: str


@dataclass(frozen=True)
class CheckResult:
    findings: list[Finding]
    duplicate: DuplicateInfo | None


@dataclass(frozen=True)
class LoadedRecord:
    id: int
    registration_number: str
    version: int
    status: str
    office_code: str
    kpj: str | None
    confirmed: frozenset[str]
    data: ParticipantData
    history: list[HistoryEntry]
    list_findings: tuple[Finding, ...] = ()  # what a village list left to settle on this draft
    household: tuple[tuple[str, str], ...] = ()  # (registration number, name) of the others on the same KK
    coverage_end: dt.date | None = None  # the last covered day of an ended participation
    end_reason: str | None = None
    heirs_enrolled: tuple[HeirLink, ...] = ()  # this participant's heirs who are participants themselves
    heir_of: tuple[HeirLink, ...] = ()  # the participants who name this one as their heir


@dataclass(frozen=True)
class ChoiceLists:
    occupations: list[Choice]
    funding_sources: list[Choice]
    relationships: list[Choice]
    dukcapil: dict[int, str] = field(default_factory=dict)  # Dukcapil occupation names, for the KTP's occupation


def check(ctx: AppContext, data: ParticipantData, exclude_id: int | None) -> CheckResult:
    with ctx.db.session() as session:
        assessment = assess(session, ctx.reference, data, final=True, exclude_id=exclude_id)
        duplicate = assessment.duplicate
        info = (DuplicateInfo(duplicate.registration_number, duplicate.full_name, duplicate.office_code)
                if duplicate is not None else None)
    return CheckResult(list(assessment.findings), info)


def load_record(ctx: AppContext, key: str) -> LoadedRecord:
    with ctx.db.session() as session:
        participant = find_participant(session, key)
        participant_id = saved_id(participant)
        data = to_data(participant, heirs_of(session, participant_id))
        history = [HistoryEntry(h.at, h.by, h.field, h.old_value, h.new_value)
                   for h in history_of(session, participant_id)]
        return LoadedRecord(participant_id, participant.registration_number, participant.version,
                            participant.status, participant.office_code, participant.kpj,
                            frozenset(c for c in participant.confirmed_warnings.split(",") if c), data, history,
                            tuple(findings_from_json(participant.intake_findings)),
                            household(session, participant.kk_number, participant_id),
                            participant.coverage_end, participant.end_reason,
                            tuple(heirs_enrolled(session, participant)), tuple(heir_of(session, participant)))


HOUSEHOLD_SHOWN = 20


def household(session, kk_number: str, exclude_id: int) -> tuple[tuple[str, str], ...]:
    """The others registered on the same Kartu Keluarga (a household), by registration number."""
    if not kk_number:
        return ()
    rows = session.execute(select(Participant.registration_number, Participant.full_name)
                           .where(col(Participant.kk_number) == kk_number, col(Participant.id) != exclude_id)
                           .order_by(col(Participant.registration_number)).limit(HOUSEHOLD_SHOWN)).all()
    return tuple((number, name) for number, name in rows)


def choice_lists(ctx: AppContext, language: str) -> ChoiceLists:
    """Active occupations, funding sources and heir relationships as (code, label) in `language`."""
    def label(row) -> str:
        return row.name_id if language == "id" else row.name_en

    with ctx.db.session() as session:
        return ChoiceLists(
            occupations=[(o.code, label(o)) for o in occupations(session)],
            funding_sources=[(f.code, label(f)) for f in funding_sources(session)],
            relationships=[(r.code, label(r)) for r in heir_relationships(session)],
            dukcapil={code: name for code, name in session.execute(
                select(DukcapilOccupation.code, DukcapilOccupation.name))},
        )


def find_rows(ctx: AppContext, query: ParticipantQuery, limit: int) -> list:
    """A first page of the register (light rows) for a pick-a-person dialog."""
    with ctx.db.session() as session:
        return search_participants(session, query, limit=limit)
