"""(hub) `covered-list add|show|remove`: lists of people already covered by BPJS Ketenagakerjaan (through an
employer or another scheme), by DTSEN or otherwise, whom the programme should not enrol again.

A participant is flagged by a list while its NIK stands on it — a join, so a participant who arrives after the
list was added is flagged as well. A flagged participant is held out of the BPJS upload file (bpjs-export) until a
supervisor decides (`covered-list decide`): `release` (not covered after all: goes to BPJS) or `hold` (kept out,
e.g. until the participation is ended). Removing a list removes its entries and decisions with it."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Select, delete, exists, func, insert, select
from sqlmodel import Session, col

from pekerja_desktop.domain.characters import first_unsafe
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.matching.covered_file import read_covered_file
from pekerja_desktop.services.matching.errors import MatchingError
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.matching_models import CoveredDecision, CoveredEntry, CoveredFlag, CoveredKind, CoveredList
from pekerja_desktop.store.models import Participant, ParticipantStatus, utcnow

NAME_LENGTH = 100
CHUNK = 5000


@dataclass(frozen=True)
class AddedList:
    name: str
    kind: str
    entries: int
    skipped_rows: list[int]
    flagged: int  # participants whose NIK stands on the list


@dataclass(frozen=True)
class ListSummary:
    name: str
    kind: str
    entries: int
    added_at: dt.datetime
    added_by: str
    file_name: str
    flagged: int
    held: int  # flagged and not released


@dataclass(frozen=True)
class FlaggedPerson:
    registration_number: str
    office_code: str
    status: str
    list_name: str
    decision: str  # held or released
    note: str


def add_covered_list(ctx: AppContext, path: Path, name: str, kind: str = CoveredKind.BPJS.value) -> AddedList:
    require_hub(ctx)
    ctx.require(Permission.LIFECYCLE)
    name, kind = _checked_name(name), _checked_kind(kind)
    with ctx.db.session() as session:
        _require_free(session, name)
    read = read_covered_file(path)
    with ctx.db.write() as session:
        _require_free(session, name)
        row = CoveredList(uuid=uuid_module.uuid4().hex, name=name, kind=kind, file_name=read.path.name,
                          file_sha256=read.sha256, entries=len(read.people), added_by=ctx.actor)
        session.add(row)
        session.flush()
        entries = [{"list_id": row.id, "nik": p.nik, "full_name": p.full_name, "birth_date": p.birth_date}
                   for p in read.people]
        for start in range(0, len(entries), CHUNK):
            session.execute(insert(CoveredEntry), entries[start:start + CHUNK])
        flagged = _count(session, flagged_query().where(col(CoveredList.id) == row.id))
        audit.record(session, ctx.actor, "covered_list.add", name, kind=kind, entries=len(entries), flagged=flagged,
                  file_sha256=read.sha256)
    return AddedList(name, kind, len(read.people), read.skipped_rows, flagged)


def covered_lists(ctx: AppContext) -> list[ListSummary]:
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    with ctx.db.session() as session:
        lists = session.scalars(select(CoveredList).order_by(col(CoveredList.added_at))).all()
        return [_summary(session, row) for row in lists]


def flagged_people(ctx: AppContext, name: str | None = None) -> list[FlaggedPerson]:
    """The participants the lists (or list `name`) flag, by registration number."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    with ctx.db.session() as session:
        query = flagged_query()
        if name is not None:
            query = query.where(col(CoveredList.id) == _find(session, name).id)
        rows = session.execute(query.order_by(col(Participant.registration_number), col(CoveredList.name))).all()
    return [FlaggedPerson(number, office, status, list_name, decision or CoveredDecision.HELD.value, note or "")
            for number, office, status, list_name, decision, note, _ in rows]


def remove_covered_list(ctx: AppContext, name: str) -> int:
    """Remove list `name`, its entries and decisions; returns how many entries it held."""
    require_hub(ctx)
    ctx.require(Permission.LIFECYCLE)
    with ctx.db.write() as session:
        row = _find(session, name)
        session.execute(delete(CoveredFlag).where(col(CoveredFlag.list_id) == row.id))
        session.execute(delete(CoveredEntry).where(col(CoveredEntry.list_id) == row.id))
        session.delete(row)
        audit.record(session, ctx.actor, "covered_list.remove", row.name, entries=row.entries)
    return row.entries


def decide_covered(ctx: AppContext, registration_number: str, decision: str, note: str = "") -> list[str]:
    """(supervisor) `release` a flagged participant to the BPJS upload file, or `hold` it out; returns the lists
    the decision was recorded against."""
    require_hub(ctx)
    ctx.require(Permission.LIFECYCLE)
    decision = CoveredDecision(decision).value
    with ctx.db.write() as session:
        participant = session.scalar(select(Participant).where(
            col(Participant.registration_number) == registration_number.strip().upper()))
        if participant is None:
            raise MatchingError("covered.unknown_participant", key=registration_number)
        lists = session.execute(select(col(CoveredList.id), col(CoveredList.name)).join(
            CoveredEntry, col(CoveredEntry.list_id) == CoveredList.id).where(
            col(CoveredEntry.nik) == participant.nik)).all()
        if not lists:
            raise MatchingError("covered.not_flagged", key=registration_number)
        for list_id, _ in lists:
            _record_decision(session, participant.uuid, list_id, decision, ctx.actor, note)
        audit.record(session, ctx.actor, f"covered_list.{decision}", participant.registration_number,
                  lists=[name for _, name in lists], note=note)
    return [name for _, name in lists]


def held_lists(session: Session) -> dict[str, list[str]]:
    """The participants covered lists hold out of the BPJS upload file (flagged, not released): uuid → the lists."""
    held: dict[str, list[str]] = {}
    for _, _, _, list_name, _, _, uuid in session.execute(flagged_query().where(_not_released())).all():
        held.setdefault(uuid, []).append(list_name)
    return held


def held_count(session: Session) -> int:
    """How many active participants covered lists hold out of the BPJS upload file (the dashboard's tile)."""
    held = flagged_query().where(_not_released(), col(Participant.status) == ParticipantStatus.ACTIVE.value)
    return int(session.scalar(select(func.count(func.distinct(held.subquery().c.uuid)))) or 0)


def flagged_query() -> Select:
    """(registration number, office, status, list name, decision, note, uuid) of every flagged participant."""
    return (select(col(Participant.registration_number), col(Participant.office_code), col(Participant.status),
                   col(CoveredList.name), col(CoveredFlag.decision), col(CoveredFlag.note), col(Participant.uuid))
            .join(CoveredEntry, col(CoveredEntry.nik) == Participant.nik)
            .join(CoveredList, col(CoveredList.id) == CoveredEntry.list_id)
            .outerjoin(CoveredFlag, (col(CoveredFlag.participant_uuid) == Participant.uuid)
                       & (col(CoveredFlag.list_id) == CoveredList.id)))


def _not_released():
    return (col(CoveredFlag.decision).is_(None)) | (col(CoveredFlag.decision) != CoveredDecision.RELEASED.value)


def _record_decision(session: Session, uuid: str, list_id: int, decision: str, actor: str, note: str) -> None:
    flag = session.get(CoveredFlag, (uuid, list_id)) or CoveredFlag(participant_uuid=uuid, list_id=list_id)
    flag.decision, flag.decided_at, flag.decided_by, flag.note = decision, utcnow(), actor, note.strip()[:500]
    session.add(flag)


def _summary(session: Session, row: CoveredList) -> ListSummary:
    mine = flagged_query().where(col(CoveredList.id) == row.id)
    return ListSummary(row.name, row.kind, row.entries, row.added_at, row.added_by, row.file_name,
                       _count(session, mine), _count(session, mine.where(_not_released())))


def _count(session: Session, query: Select) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _find(session: Session, name: str) -> CoveredList:
    row = session.scalar(select(CoveredList).where(col(CoveredList.name) == (name or "").strip()))
    if row is None:
        raise MatchingError("covered.unknown_list", name=name)
    return row


def _require_free(session: Session, name: str) -> None:
    if session.scalar(select(exists().where(col(CoveredList.name) == name))):
        raise MatchingError("covered.name_taken", name=name)


def _checked_name(name: str | None) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > NAME_LENGTH or first_unsafe(name):
        raise MatchingError("covered.name_required")
    return name


def _checked_kind(kind: str | None) -> str:
    if kind not in {k.value for k in CoveredKind}:
        raise MatchingError("covered.kind", kind=kind)
    return str(kind)
