"""(hub, supervisor) `resolve-duplicate A B --same|--different`: a supervisor's verdict on a likely pair.

- same: the later-enrolled record (or the other one, when `keep` names it) ends with reason `duplicate` — through
  the lifecycle's end (services/lifecycle/end.py): on another office's record a hub decision that reaches the office
  in its next ack — and the pair is remembered;
- different: the pair is remembered and never shown again by `possible-duplicates`.

Verdict, end, audit events and the exact-NIK review list's row (when the NIKs are equal) change in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import Session, col, or_, select

from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.lifecycle import EndReason
from pekerja_desktop.domain.likeness.facts import PersonFacts
from pekerja_desktop.domain.likeness.score import Likeness, likeness
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.duplicates.errors import DuplicatesError, verdict_words
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.lifecycle.end import changeable, check_end, clean_note
from pekerja_desktop.services.lifecycle.record_changes import EndFields, set_ended
from pekerja_desktop.services.matching.pair_travel import remember_hub_verdict
from pekerja_desktop.services.sync.hub.decisions import decide
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.duplicate_models import DuplicateVerdict, PairVerdict
from pekerja_desktop.store.lifecycle_models import DecisionKind
from pekerja_desktop.store.models import Participant, ParticipantStatus, utcnow
from pekerja_desktop.store.sync_models import SyncDuplicate


@dataclass(frozen=True)
class Resolution:
    a: str
    b: str
    verdict: str  # PairVerdict
    score: float
    reasons: tuple[str, ...]
    kept: str = ""
    ended: str = ""
    ended_office: str = ""
    decided_at_hub: bool = False  # the end is a hub decision: its office applies it from the next ack


def pair_likeness(first: Participant, second: Participant) -> Likeness:
    return likeness(*(PersonFacts(p.nik, p.full_name, p.birth_date, p.sex, p.village_code, p.kk_number,
                                  p.mother_name) for p in (first, second)))


def _active(participant: Participant) -> Participant:
    if participant.status != ParticipantStatus.ACTIVE.value:
        raise DuplicatesError("duplicates.not_active", registration_number=participant.registration_number,
                              status=participant.status)
    return participant


def _pair(session: Session, key_a: str, key_b: str) -> tuple[Participant, Participant]:
    first, second = _active(find_participant(session, key_a)), _active(find_participant(session, key_b))
    if first.uuid == second.uuid:
        raise DuplicatesError("duplicates.same_record", registration_number=first.registration_number)
    return first, second


def _not_yet_decided(session: Session, first: Participant, second: Participant) -> None:
    low, high = sorted((first.uuid, second.uuid))
    earlier = session.scalar(select(DuplicateVerdict).where(col(DuplicateVerdict.uuid_a) == low,
                                                            col(DuplicateVerdict.uuid_b) == high))
    if earlier is not None:
        raise DuplicatesError("duplicates.already_decided", a=first.registration_number,
                              b=second.registration_number, verdict=verdict_words(earlier.verdict),
                              by=earlier.decided_by, date=format_date(earlier.decided_at.date()))


def _to_end(session: Session, first: Participant, second: Participant,
            keep: str | None) -> tuple[Participant, Participant]:
    """(kept, ended): the later enrolled ends unless `keep` names it."""
    if keep is None:
        kept, ended = sorted((first, second), key=lambda p: (p.created_at, p.registration_number))
        return kept, ended
    named = find_participant(session, keep)
    if named.uuid not in (first.uuid, second.uuid):
        raise DuplicatesError("duplicates.keep_outside", keep=keep, a=first.registration_number,
                              b=second.registration_number)
    return (first, second) if named.uuid == first.uuid else (second, first)


def _end_duplicate(ctx: AppContext, session: Session, ended: Participant, end_date: dt.date, note: str) -> bool:
    """The lifecycle's end with reason duplicate; True when it is a hub decision on another office's record."""
    participant, at_hub = changeable(ctx, session, ended.registration_number)
    fields = EndFields(end_date, EndReason.DUPLICATE.value, note)
    check_end(participant, fields, dt.date.today())
    if at_hub:
        decide(session, ctx.actor, participant, DecisionKind.END, fields=fields)
    else:
        set_ended(session, participant, fields, ctx.actor)
    audit.record(session, ctx.actor, "participant.end", participant.registration_number,
                 reason=fields.end_reason, coverage_end=end_date.isoformat(), decided_at_hub=at_hub)
    return at_hub


def _close_exact_pair(session: Session, first: Participant, second: Participant, resolution: str) -> None:
    """The exact-NIK review list's row of the pair, if the NIKs are equal, is resolved by the same verdict."""
    low, high = sorted((first.uuid, second.uuid))
    session.execute(update(SyncDuplicate).where(
        col(SyncDuplicate.resolved_at).is_(None), or_(
            (col(SyncDuplicate.uuid_a) == low) & (col(SyncDuplicate.uuid_b) == high),
            (col(SyncDuplicate.uuid_a) == high) & (col(SyncDuplicate.uuid_b) == low)))
        .values(resolved_at=utcnow(), resolution=resolution))


def _remember(session: Session, actor: str, first: Participant, second: Participant, outcome: Resolution,
              note: str) -> None:
    low, high = sorted((first, second), key=lambda p: p.uuid)
    session.add(DuplicateVerdict(uuid_a=low.uuid, uuid_b=high.uuid, registration_a=low.registration_number,
                                 registration_b=high.registration_number, verdict=outcome.verdict,
                                 score=outcome.score, reasons=",".join(outcome.reasons), kept=outcome.kept,
                                 ended=outcome.ended, note=note, decided_by=actor))
    audit.record(session, actor, "duplicate.resolve", f"{outcome.a} {outcome.b}", verdict=outcome.verdict,
                 score=outcome.score, reasons=",".join(outcome.reasons), kept=outcome.kept, ended=outcome.ended)


def resolve_duplicate(ctx: AppContext, key_a: str, key_b: str, *, same: bool, keep: str | None = None,
                      note: str = "", end_date: dt.date | None = None) -> Resolution:
    """Record a supervisor's verdict on the pair A, B (registration numbers or uuids)."""
    require_hub(ctx)
    ctx.require(Permission.LIFECYCLE)
    if keep is not None and not same:
        raise DuplicatesError("duplicates.keep_with_different")
    note = clean_note(note)
    with ctx.db.write() as session:
        first, second = _pair(session, key_a, key_b)
        _not_yet_decided(session, first, second)
        found = pair_likeness(first, second)
        if not same:
            outcome = Resolution(first.registration_number, second.registration_number, PairVerdict.DIFFERENT.value,
                                 found.score, found.reasons)
            _close_exact_pair(session, first, second, "different")
            remember_hub_verdict(session, ctx.office.code, ctx.actor, first.registration_number,
                                 second.registration_number)
        else:
            kept, ended = _to_end(session, first, second, keep)
            at_hub = _end_duplicate(ctx, session, ended, end_date or dt.date.today(), note)
            outcome = Resolution(first.registration_number, second.registration_number, PairVerdict.SAME.value,
                                 found.score, found.reasons, kept.registration_number, ended.registration_number,
                                 ended.office_code, at_hub)
            _close_exact_pair(session, first, second, f"same: {ended.registration_number} ended")
        _remember(session, ctx.actor, first, second, outcome, note)
        return outcome
