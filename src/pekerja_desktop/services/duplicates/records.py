"""(hub) The facts the duplicate search compares, read once for every active participant of every office and
prepared for scoring — only the participant's id beside them (a pass holds half a million); what a found pair
shows (registration numbers, offices, enrolment time, names) is read afterwards for those pairs alone."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import Session, col

from pekerja_desktop.domain.likeness.facts import PersonFacts, Prepared, prepare
from pekerja_desktop.store.bulk import chunks
from pekerja_desktop.store.models import Participant, ParticipantStatus

READ_BATCH = 5_000


@dataclass
class Candidates:
    """Participant `ids[i]` has the prepared facts `prepared[i]`."""
    ids: array = field(default_factory=lambda: array("q"))
    prepared: list[Prepared] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class Shown:
    """What a found pair shows of one side."""
    uuid: str
    registration_number: str
    office_code: str
    created_at: dt.datetime
    full_name: str


def _columns():
    return (col(Participant.id), col(Participant.nik), col(Participant.full_name), col(Participant.birth_date),
            col(Participant.sex), col(Participant.village_code), col(Participant.kk_number),
            col(Participant.mother_name))


def active_candidates(session: Session) -> Candidates:
    """Every active participant (an ended one costs nothing more; a draft is not finished), oldest first."""
    query = (select(*_columns()).where(col(Participant.status) == ParticipantStatus.ACTIVE.value,
                                       col(Participant.purged_at).is_(None))
             .order_by(col(Participant.id)).execution_options(yield_per=READ_BATCH))
    found = Candidates()
    shared: dict = {}  # one object per village code and birth date, not one per participant
    for pid, nik, name, birth, sex, village, kk, mother in session.execute(query):
        found.ids.append(pid)
        found.prepared.append(prepare(PersonFacts(nik, name, shared.setdefault(birth, birth), sex,
                                                  shared.setdefault(village, village), kk or "", mother)))
    return found


def shown(session: Session, ids: Iterable[int]) -> dict[int, Shown]:
    found: dict[int, Shown] = {}
    for chunk in chunks(sorted(set(ids))):
        rows = session.execute(select(col(Participant.id), col(Participant.uuid), col(Participant.registration_number),
                                      col(Participant.office_code), col(Participant.created_at),
                                      col(Participant.full_name)).where(col(Participant.id).in_(chunk)))
        found.update((pid, Shown(*rest)) for pid, *rest in rows)
    return found


def ids_of(session: Session, uuids: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunks(sorted(set(uuids))):
        found.update(session.execute(select(col(Participant.uuid), col(Participant.id))
                                     .where(col(Participant.uuid).in_(chunk))).all())
    return found


def ids_of_numbers(session: Session, numbers: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunks(sorted(set(numbers))):
        found.update(session.execute(select(col(Participant.registration_number), col(Participant.id))
                                     .where(col(Participant.registration_number).in_(chunk))).all())
    return found
