"""(hub) What the monthly change file must tell BPJS: for every participant BPJS has (written in an upload file
it did not refuse), the difference between what it was told (`bpjs_change`, in order) and the participant as of
the month's last day.

- addition: not yet reported, coverage started by the month's end (dated its coverage start);
- exit: reported as a member, coverage ended by the month's end (dated its last covered day, with the reason);
- reactivation: an exit reported, the end since undone (dated the day after the exit it undoes);
- correction: the NIK, name or birth date BPJS has differ from the participant's as of the month's end (dated
  the day it changed; the old value is the one BPJS has: the last one reported, else the one in the upload
  file, read back from the record's history); a reported exit whose date has changed is a correction too.
A change back-dated into a month already reported is still unreported, so it goes into the next file, with its
own date. Nothing is reported twice: once in a file, a change is part of what BPJS was told.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlmodel import Session, col

from pekerja_desktop.domain.months import month_bounds
from pekerja_desktop.store.hub_models import BpjsChange, BpjsChangeKind, BpjsSubmission
from pekerja_desktop.store.models import ChangeHistory, Participant

CORRECTED_FIELDS = ("nik", "full_name", "birth_date")
EXIT_DATE_FIELD = "coverage_end"
KIND_ORDER = {BpjsChangeKind.ADDITION.value: 0, BpjsChangeKind.CORRECTION.value: 1,
              BpjsChangeKind.REACTIVATION.value: 2, BpjsChangeKind.EXIT.value: 3}


@dataclass(frozen=True)
class Known:
    """A participant BPJS has, with the facts the change file compares."""
    participant_id: int
    uuid: str
    registration_number: str
    submitted_at: dt.datetime
    coverage_start: dt.date | None
    coverage_end: dt.date | None
    end_reason: str | None
    end_note: str
    values: dict[str, str]  # the corrected fields now, as text (dates ISO)


@dataclass
class Told:
    """What BPJS was told of one participant, replayed in order."""
    added: bool = False
    member: bool = False
    exit_date: dt.date | None = None
    fields: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    kind: str
    participant_id: int
    uuid: str
    registration_number: str
    date: dt.date
    field_name: str = ""  # a correction: which field
    old: str | None = None
    new: str | None = None
    reason: str = ""
    note: str = ""
    values: dict[str, str | None] = field(default_factory=dict)  # the corrected fields as of the month's end


def local_day_end(day: dt.date) -> dt.datetime:
    """The end of `day` on this laptop's clock, in UTC (as history times are read back)."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone().astimezone(dt.UTC)


def local_date(moment: dt.datetime) -> dt.date:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone().date()


def collect_changes(session: Session, month: dt.date) -> list[Change]:
    """Everything not yet reported that took effect by the end of `month`, ordered by registration number."""
    last = month_bounds(month)[1]
    cutoff = local_day_end(last)
    told = _told(session)
    history = _history(session)
    changes: list[Change] = []
    for known in _known(session):
        as_of_end = {name: _value_at(history[known.participant_id][name], cutoff, known.values[name])
                     for name in CORRECTED_FIELDS}
        said = told.get(known.uuid, Told())
        found = [*_membership(known, said, last), *_corrections(known, said, history[known.participant_id], cutoff)]
        changes.extend(replace(change, values=as_of_end) for change in found)
    return sorted(changes, key=lambda c: (c.registration_number, KIND_ORDER[c.kind], c.field_name))


def _known(session: Session) -> list[Known]:
    p = Participant
    rows = session.execute(
        select(col(p.id), col(p.uuid), col(p.registration_number), col(BpjsSubmission.submitted_at),
               col(p.coverage_start), col(p.coverage_end), col(p.end_reason), col(p.end_note), col(p.nik),
               col(p.full_name), col(p.birth_date))
        .join(BpjsSubmission, col(BpjsSubmission.uuid) == p.uuid)
        .where(col(BpjsSubmission.refused_at).is_(None)))
    return [Known(pid, uuid, number, submitted, start, end, reason, note or "",
                  {"nik": nik, "full_name": name, "birth_date": birth.isoformat() if birth else ""})
            for pid, uuid, number, submitted, start, end, reason, note, nik, name, birth in rows]


def _told(session: Session) -> dict[str, Told]:
    told: dict[str, Told] = defaultdict(Told)
    rows = session.execute(select(col(BpjsChange.uuid), col(BpjsChange.kind), col(BpjsChange.field),
                                  col(BpjsChange.new_value), col(BpjsChange.effective_date))
                           .order_by(col(BpjsChange.id)))
    for uuid, kind, name, new, effective in rows:
        said = told[uuid]
        if kind in (BpjsChangeKind.ADDITION.value, BpjsChangeKind.REACTIVATION.value):
            said.added = said.member = True
        elif kind == BpjsChangeKind.EXIT.value:
            said.member, said.exit_date = False, effective
        elif name == EXIT_DATE_FIELD:
            said.exit_date = dt.date.fromisoformat(new) if new else said.exit_date
        else:
            said.fields[name] = new
    return told


def _history(session: Session) -> dict[int, dict[str, list[tuple[dt.datetime, str | None, str | None]]]]:
    """participant id → corrected field → its changes (time, old, new), oldest first, for participants BPJS has."""
    found: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    h = ChangeHistory
    rows = session.execute(
        select(col(h.participant_id), col(h.field), col(h.at), col(h.old_value), col(h.new_value))
        .join(Participant, col(Participant.id) == h.participant_id)
        .join(BpjsSubmission, col(BpjsSubmission.uuid) == Participant.uuid)
        .where(col(h.field).in_(CORRECTED_FIELDS), col(h.at) > BpjsSubmission.submitted_at)
        .order_by(col(h.participant_id), col(h.at), col(h.id)))
    for pid, name, at, old, new in rows:
        found[pid][name].append((at, old, new))
    return found


def _value_at(changes: list, moment: dt.datetime, current: str | None) -> str | None:
    """The field's value at `moment`: the old value of its first change after it, else today's."""
    for at, old, _new in changes:
        if at > moment:
            return old
    return current


def _membership(known: Known, said: Told, last: dt.date) -> list[Change]:
    found = []
    member = said.member
    if not said.added:
        started = known.coverage_start or known.submitted_at.date()
        if started > last:
            return []
        found.append(_change(known, BpjsChangeKind.ADDITION, started))
        member = True
    exited = known.coverage_end is not None and known.coverage_end <= last
    if member and exited and known.coverage_end is not None:
        found.append(_change(known, BpjsChangeKind.EXIT, known.coverage_end, reason=known.end_reason or "",
                             note=known.end_note))
    elif not member and not exited and said.exit_date is not None:
        found.append(_change(known, BpjsChangeKind.REACTIVATION, said.exit_date + dt.timedelta(days=1)))
    elif not member and exited and known.coverage_end is not None and said.exit_date != known.coverage_end:
        found.append(_change(known, BpjsChangeKind.CORRECTION, known.coverage_end, field_name=EXIT_DATE_FIELD,
                             old=said.exit_date.isoformat() if said.exit_date else None,
                             new=known.coverage_end.isoformat()))
    return found


def _corrections(known: Known, said: Told, history: dict[str, list], cutoff: dt.datetime) -> list[Change]:
    found = []
    for name in CORRECTED_FIELDS:
        changes = history[name]
        now = _value_at(changes, cutoff, known.values[name])
        before = said.fields[name] if name in said.fields else _value_at(changes, known.submitted_at,
                                                                          known.values[name])
        if before == now:
            continue
        moments = [at for at, _old, _new in changes if at <= cutoff]
        found.append(_change(known, BpjsChangeKind.CORRECTION, local_date(moments[-1]) if moments
                             else local_date(cutoff - dt.timedelta(seconds=1)), field_name=name, old=before, new=now))
    return found


def _change(known: Known, kind: BpjsChangeKind, day: dt.date, **extra) -> Change:
    return Change(kind.value, known.participant_id, known.uuid, known.registration_number, day, **extra)
