"""A participation's lifecycle written onto its record, in the caller's write transaction: ended, reactivated or
handed to another office. Every changed field gets a history row; the record gets a new version unless the caller
keeps it (the hub's copy of another office's record: the office makes the new version when it applies the
hub's decision, services/sync/office/apply_decisions.py).

The meaning of the fields is shared with billing and BPJS's change file: `coverage_end` is the last covered day,
`end_reason` one of domain.lifecycle.EndReason; a reactivation clears all three.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from pekerja_desktop.store.models import ChangeHistory, Participant, ParticipantStatus, saved_id, utcnow

REACTIVATION_FIELD = "reactivation"  # a history row whose new value is the reason given
TRANSFER_FIELD = "office_code"

Change = tuple[str, str | None, str | None]


@dataclass(frozen=True)
class EndFields:
    coverage_end: dt.date
    end_reason: str
    end_note: str = ""


def _text(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _assign(participant: Participant, name: str, value, changes: list[Change]) -> None:
    old = getattr(participant, name)
    if old != value:
        changes.append((name, _text(old), _text(value)))
        setattr(participant, name, value)


def record(session: Session, participant: Participant, changes: list[Change], actor: str, *,
           new_version: bool = True, now: dt.datetime | None = None) -> bool:
    """History rows for `changes` and, with `new_version`, the record's next version. False when nothing changed."""
    if not changes:
        return False
    now = now or utcnow()
    participant_id = saved_id(participant)
    session.add_all(ChangeHistory(participant_id=participant_id, at=now, by=actor, field=name, old_value=old,
                                  new_value=new) for name, old, new in changes)
    if new_version:
        participant.version += 1
        participant.updated_by, participant.updated_at = actor, now
    session.add(participant)
    return True


def end_changes(participant: Participant, fields: EndFields) -> list[Change]:
    changes: list[Change] = []
    _assign(participant, "status", ParticipantStatus.ENDED.value, changes)
    _assign(participant, "coverage_end", fields.coverage_end, changes)
    _assign(participant, "end_reason", fields.end_reason, changes)
    _assign(participant, "end_note", fields.end_note, changes)
    return changes


def reactivation_changes(participant: Participant, reason: str) -> list[Change]:
    changes: list[Change] = []
    if participant.status == ParticipantStatus.ENDED.value:
        _assign(participant, "status", ParticipantStatus.ACTIVE.value, changes)
    _assign(participant, "coverage_end", None, changes)
    _assign(participant, "end_reason", None, changes)
    _assign(participant, "end_note", "", changes)
    if changes:
        changes.append((REACTIVATION_FIELD, None, reason))
    return changes


def transfer_changes(participant: Participant, to_office: str, *, leaving: bool) -> list[Change]:
    """The record now belongs to `to_office`; at the office it leaves (`leaving`) it is marked transferred."""
    changes: list[Change] = []
    _assign(participant, "office_code", to_office, changes)
    if leaving:
        _assign(participant, "status", ParticipantStatus.TRANSFERRED.value, changes)
    return changes


def set_ended(session: Session, participant: Participant, fields: EndFields, actor: str, *,
              new_version: bool = True) -> bool:
    return record(session, participant, end_changes(participant, fields), actor, new_version=new_version)


def set_reactivated(session: Session, participant: Participant, reason: str, actor: str, *,
                    new_version: bool = True) -> bool:
    return record(session, participant, reactivation_changes(participant, reason), actor, new_version=new_version)
