"""(field office) The desk's duplicate check for a whole village list at once: the same question as
`desk_check.likely_duplicates`, asked of thousands of rows without a query per row.

The office's own records and the hub's reference people are read once into dictionaries of the keys that are
cheap to probe in bulk — the name's phonetic key with the birth date (and the row's day and month swapped), the
KK number, and for reference people the keyed hash of the very NIK. A row's NIK typed one digit off is then found
through its name and birth date; the form's check (one record) also probes every near variant of the NIK.
Candidates are scored exactly as at the form.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlmodel import Session, col

from pekerja_desktop.domain.identity.matching_keys import keyed_nik_hash, name_key
from pekerja_desktop.domain.likeness.facts import PersonFacts
from pekerja_desktop.domain.likeness.score import DEFAULT_MIN_SCORE, likeness
from pekerja_desktop.domain.likeness.shared import SharedPerson, shared_likeness
from pekerja_desktop.services.matching.desk_check import (
    CANDIDATE_STATUSES,
    DeskMatch,
    DeskRecord,
    swapped_births,
    typed_facts,
)
from pekerja_desktop.services.matching.hub_key import received_key
from pekerja_desktop.store.bulk import chunks
from pekerja_desktop.store.matching_models import MatchPerson
from pekerja_desktop.store.models import Participant

READ_BATCH = 10_000
NameBirth = tuple[str, dt.date]


class _Index:
    """Key → the ids (own records) or registration numbers (reference people) holding it."""

    def __init__(self) -> None:
        self.by_name_birth: dict[NameBirth, list] = defaultdict(list)
        self.by_other: dict[str, list] = defaultdict(list)  # the KK number (own), the NIK hash (reference)

    def candidates(self, phonetic: str, births: list[dt.date], other: str) -> set:
        found = {holder for birth in births for holder in self.by_name_birth.get((phonetic, birth), ())}
        return found | set(self.by_other.get(other, ())) if other else found


def _own_index(session: Session) -> _Index:
    index = _Index()
    query = (select(col(Participant.id), col(Participant.name_key), col(Participant.birth_date),
                    col(Participant.kk_number)).where(col(Participant.status).in_(CANDIDATE_STATUSES),
                                                      col(Participant.purged_at).is_(None))
             .execution_options(yield_per=READ_BATCH))
    for pid, phonetic, birth, kk in session.execute(query):
        if phonetic and birth is not None:
            index.by_name_birth[(phonetic, birth)].append(pid)
        if kk:
            index.by_other[kk].append(pid)
    return index


def _shared_index(session: Session) -> _Index:
    index = _Index()
    query = select(MatchPerson).execution_options(yield_per=READ_BATCH)
    for person in session.scalars(query):
        if person.name_key and person.birth_date is not None:
            index.by_name_birth[(person.name_key, person.birth_date)].append(person.registration_number)
        index.by_other[person.nik_hash].append(person.registration_number)
    return index


def _own_rows(session: Session, ids: set[int]) -> dict[int, tuple]:
    rows: dict[int, tuple] = {}
    for chunk in chunks(sorted(ids)):
        rows.update((row[0], tuple(row[1:])) for row in session.execute(select(
            col(Participant.id), col(Participant.registration_number), col(Participant.office_code),
            col(Participant.nik), col(Participant.full_name), col(Participant.birth_date), col(Participant.sex),
            col(Participant.village_code), col(Participant.kk_number), col(Participant.mother_name))
            .where(col(Participant.id).in_(chunk))))
    return rows


def _shared_rows(session: Session, numbers: set[str]) -> dict[str, MatchPerson]:
    found: dict[str, MatchPerson] = {}
    for chunk in chunks(sorted(numbers)):
        found.update((p.registration_number, p) for p in session.scalars(
            select(MatchPerson).where(col(MatchPerson.registration_number).in_(chunk))))
    return found


def likely_duplicates_many(session: Session, records: Sequence[DeskRecord],
                           min_score: float = DEFAULT_MIN_SCORE) -> list[list[DeskMatch]]:
    """For each record, its likely duplicates, best first (records not yet saved: none is excluded)."""
    own, key = _own_index(session), received_key(session)
    shared = _shared_index(session) if key is not None else _Index()
    wanted_own: list[set[int]] = []
    wanted_shared: list[set[str]] = []
    hashes: list[str] = []
    for record in records:
        phonetic = name_key(record.full_name)
        births = [record.birth_date, *swapped_births(record.birth_date)] if record.birth_date else []
        wanted_own.append(own.candidates(phonetic, births, record.kk_number or ""))
        nik_hash = keyed_nik_hash(key, record.nik) if key is not None and record.nik else ""
        wanted_shared.append(shared.candidates(phonetic, births, nik_hash))
        hashes.append(nik_hash)
    own_rows = _own_rows(session, set().union(*wanted_own))
    shared_rows = _shared_rows(session, set().union(*wanted_shared))
    return [_scored(record, nik_hash, ids, numbers, own_rows, shared_rows, min_score)
            for record, nik_hash, ids, numbers in zip(records, hashes, wanted_own, wanted_shared, strict=True)]


def _scored(record: DeskRecord, nik_hash: str, ids: set[int], numbers: set[str], own_rows: dict[int, tuple],
            shared_rows: dict[str, MatchPerson], min_score: float) -> list[DeskMatch]:
    typed = typed_facts(record)
    matches = []
    for pid in ids:
        number, office, nik, name, birth, sex, village, kk, mother = own_rows[pid]
        if nik != record.nik:  # the same NIK is the error nik.duplicate (intake: already present)
            found = likeness(typed, PersonFacts(nik, name, birth, sex, village, kk or "", mother))
            matches.append(DeskMatch(number, office, found.score, found.reasons, True))
    for number in numbers:
        person = shared_rows[number]
        matched = record.nik if nik_hash and person.nik_hash == nik_hash else None
        found = shared_likeness(typed, SharedPerson(matched, person.name_key, person.birth_date, person.sex))
        matches.append(DeskMatch(number, person.office_code, found.score, found.reasons, False))
    kept = [m for m in matches if m.score >= min_score]
    return sorted(kept, key=lambda m: (-m.score, m.registration_number))
