"""(hub) The facts the duplicate search compares, read once for every active participant of every office, prepared
for scoring and held in columns (a few hundred bytes a record)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from pekerja_desktop.domain.likeness.facts import PersonFacts, Prepared, prepare
from pekerja_desktop.store.models import Participant, ParticipantStatus

READ_BATCH = 5_000


@dataclass
class Candidates:
    """Column i of each list is one participant."""
    uuids: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    offices: list[str] = field(default_factory=list)
    created: list[dt.datetime] = field(default_factory=list)
    prepared: list[Prepared] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.uuids)


def _columns():
    return (col(Participant.uuid), col(Participant.registration_number), col(Participant.office_code),
            col(Participant.created_at), col(Participant.nik), col(Participant.full_name), col(Participant.birth_date),
            col(Participant.sex), col(Participant.village_code), col(Participant.kk_number),
            col(Participant.mother_name))


def active_candidates(session: Session) -> Candidates:
    """Every active participant (an ended one costs nothing more; a draft is not finished), oldest first."""
    query = (select(*_columns()).where(col(Participant.status) == ParticipantStatus.ACTIVE.value,
                                       col(Participant.purged_at).is_(None))
             .order_by(col(Participant.id)).execution_options(yield_per=READ_BATCH))
    found = Candidates()
    villages: dict[str, str] = {}  # one string per village code, not one per participant
    for uuid, number, office, created, nik, name, birth, sex, village, kk, mother in session.execute(query):
        found.uuids.append(uuid)
        found.numbers.append(number)
        found.offices.append(office)
        found.created.append(created)
        village = villages.setdefault(village, village)
        found.prepared.append(prepare(PersonFacts(nik, name, birth, sex, village, kk or "", mother)))
    return found
