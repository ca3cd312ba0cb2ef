"""Ending a participation and undoing an end by mistake (`end`, `reactivate`; supervisor).

At the office that owns the record, the change is a new version of it: history, audit, and the next data bundle
sends it. At the hub, on a record another office owns, it is a hub decision (services/sync/hub/decisions.py): the
hub's copy changes at once and the owning office applies it from its next ack or reference bundle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.lifecycle import (
    END_REASONS,
    EndReason,
    budget_year_end,
    end_date_problem,
    end_reason_label,
    parse_end_reason,
)
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.lifecycle.errors import HandedOver, LifecycleError
from pekerja_desktop.services.lifecycle.record_changes import EndFields, set_ended, set_reactivated
from pekerja_desktop.services.sync.hub.decisions import decide
from pekerja_desktop.services.sync.state import is_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.lifecycle_models import DecisionKind
from pekerja_desktop.store.models import Participant, ParticipantStatus

MAX_NOTE = 500


@dataclass(frozen=True)
class LifecycleOutcome:
    """What a lifecycle change left on the record (`show` reads the same fields)."""
    registration_number: str
    status: str
    version: int
    office_code: str
    coverage_end: dt.date | None
    end_reason: str | None
    decided_at_hub: bool  # the owning office applies it from its next ack or reference bundle


def _outcome(participant: Participant, at_hub: bool) -> LifecycleOutcome:
    return LifecycleOutcome(participant.registration_number, participant.status, participant.version,
                            participant.office_code, participant.coverage_end, participant.end_reason, at_hub)


def require_reason(text: str | EndReason | None) -> EndReason:
    reason = parse_end_reason(str(text) if text is not None else None)
    if reason is None:
        raise LifecycleError("end.bad_reason", value=text or "", choices=", ".join(END_REASONS))
    return reason


def clean_note(text: str | None) -> str:
    note = " ".join((text or "").split())
    if len(note) > MAX_NOTE:
        raise LifecycleError("end.note_long", max=MAX_NOTE)
    return note


def changeable(ctx: AppContext, session: Session, key: str) -> tuple[Participant, bool]:
    """The record, and whether the change is a hub decision (the hub, on another office's record)."""
    participant = find_participant(session, key)
    number = participant.registration_number
    if participant.purged_at is not None:
        raise LifecycleError("record.purged", registration_number=number)
    if participant.status == ParticipantStatus.TRANSFERRED.value:
        raise HandedOver(number, participant.office_code)
    if participant.status == ParticipantStatus.DRAFT.value:
        raise LifecycleError("end.draft", registration_number=number)
    return participant, is_hub(ctx) and participant.office_code != ctx.office.code


def check_end(participant: Participant, fields: EndFields, today: dt.date) -> None:
    number = participant.registration_number
    if participant.status == ParticipantStatus.ENDED.value:
        raise LifecycleError("end.already_ended", registration_number=number,
                             date=format_date(participant.coverage_end),
                             reason=end_reason_label(participant.end_reason))
    problem = end_date_problem(fields.coverage_end, participant.coverage_start, today)
    if problem is not None:
        raise LifecycleError(problem, registration_number=number, date=format_date(fields.coverage_end),
                             start=format_date(participant.coverage_start),
                             year_end=format_date(budget_year_end(today)))


def end_participation(ctx: AppContext, key: str, reason: str | EndReason, end_date: dt.date, note: str = "", *,
                      today: dt.date | None = None) -> LifecycleOutcome:
    """Coverage ends on `end_date` (its last covered day) for `reason`; the status becomes `ended`."""
    ctx.require(Permission.LIFECYCLE)
    fields = EndFields(end_date, require_reason(reason).value, clean_note(note))
    with ctx.db.write() as session:
        participant, at_hub = changeable(ctx, session, key)
        check_end(participant, fields, today or dt.date.today())
        if at_hub:
            decide(session, ctx.actor, participant, DecisionKind.END, fields=fields)
        else:
            set_ended(session, participant, fields, ctx.actor)
        audit.record(session, ctx.actor, "participant.end", participant.registration_number,
                     reason=fields.end_reason, coverage_end=end_date.isoformat(), decided_at_hub=at_hub)
        return _outcome(participant, at_hub)


def reactivate_participation(ctx: AppContext, key: str, reason: str) -> LifecycleOutcome:
    """Undo an end made by mistake: the record is active again and the end's three fields are cleared."""
    ctx.require(Permission.LIFECYCLE)
    reason = clean_note(reason)
    if not reason:
        raise LifecycleError("reactivate.reason_required")
    with ctx.db.write() as session:
        participant, at_hub = changeable(ctx, session, key)
        if participant.status != ParticipantStatus.ENDED.value:
            raise LifecycleError("end.not_ended", registration_number=participant.registration_number,
                                 status=participant.status)
        previous = (participant.coverage_end, participant.end_reason)
        if at_hub:
            decide(session, ctx.actor, participant, DecisionKind.REACTIVATE, reason=reason)
        else:
            set_reactivated(session, participant, reason, ctx.actor)
        audit.record(session, ctx.actor, "participant.reactivate", participant.registration_number, reason=reason,
                     previous_end=format_date(previous[0]), previous_reason=previous[1], decided_at_hub=at_hub)
        return _outcome(participant, at_hub)
