"""(field office) The desk's duplicate check before a record is saved: who, among the office's own records and the
other offices' people the hub shared, is likely the person being typed — `duplicate.likely`.

It never compares all pairs. The office's own candidates come from three indexed look-ups:
- the typed NIK's near variants (one digit changed, two adjacent digits swapped), exactly (`participant.nik`; the
  same NIK is the error `nik.duplicate`, not a likeness);
- the name's phonetic key with the birth date, and with its day and month swapped (`ix_participant_name_key_birth`,
  migration 0016);
- the KK number (`participant.kk_number`);
the other offices' people from `lookup.matches_in` (keyed NIK hashes, name key + birth date, birth + sex + region).
Every candidate is scored with `domain.likeness`; those at or above the tuned threshold are kept, best first. The
record being edited never matches itself, and a pair judged "different persons" (at a desk or at the hub) is left
out for good.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, or_, select

from pekerja_desktop.domain.identity.matching_keys import NIK_LENGTH, keyed_nik_hash, name_key, nik_variants
from pekerja_desktop.domain.likeness.facts import PersonFacts
from pekerja_desktop.domain.likeness.score import DEFAULT_MIN_SCORE, Likeness, likeness
from pekerja_desktop.domain.likeness.shared import SharedPerson, shared_likeness
from pekerja_desktop.services.matching.hub_key import received_key
from pekerja_desktop.services.matching.lookup import TypedRecord, matches_in
from pekerja_desktop.store.duplicate_models import DifferentPair
from pekerja_desktop.store.matching_models import MatchPerson
from pekerja_desktop.store.models import Participant, ParticipantStatus

CANDIDATE_STATUSES = (ParticipantStatus.DRAFT.value, ParticipantStatus.ACTIVE.value)
MAX_PER_KEY = 50  # a KK number or a name and birth date shared by more is no person's key


class DeskRecord(TypedRecord, Protocol):
    """What the check reads of the typed record besides the look-ups' fields."""
    kk_number: str
    mother_name: str | None


def typed_facts(record: DeskRecord) -> PersonFacts:
    """The typed record as the score compares it."""
    return PersonFacts(record.nik, record.full_name, record.birth_date, record.sex, record.village_code or "",
                       record.kk_number or "", record.mother_name)


@dataclass(frozen=True)
class DeskMatch:
    registration_number: str
    office_code: str
    score: float
    reasons: tuple[str, ...]
    own: bool  # one of this office's records (the form can open it); else another office's, as the hub shared it


def likely_duplicates(session: Session, record: DeskRecord, *, exclude_id: int | None = None,
                      own_number: str = "", min_score: float = DEFAULT_MIN_SCORE) -> list[DeskMatch]:
    """The likely duplicates of `record`, best first (`exclude_id`/`own_number`: the record being edited)."""
    typed = typed_facts(record)
    found = _own_matches(session, record, typed, exclude_id) + _shared_matches(session, record, typed)
    judged = _judged_different(session, own_number, [m.registration_number for m in found])
    kept = [m for m in found if m.score >= min_score and m.registration_number not in judged
            and m.registration_number != own_number]
    return sorted(kept, key=lambda m: (-m.score, m.registration_number))


# --- the office's own records ------------------------------------------------------------------------------------

def _own_columns():
    return (col(Participant.id), col(Participant.registration_number), col(Participant.office_code),
            col(Participant.nik), col(Participant.full_name), col(Participant.birth_date), col(Participant.sex),
            col(Participant.village_code), col(Participant.kk_number), col(Participant.mother_name),
            col(Participant.status), col(Participant.purged_at))


def _own_matches(session: Session, record: DeskRecord, typed: PersonFacts,
                 exclude_id: int | None) -> list[DeskMatch]:
    rows: dict[int, tuple] = {}
    for condition in _own_conditions(record):
        # the key's index alone: status and the rest are read from the few rows it gives (a condition on status
        # would tempt the planner to an index on status, which reads every active record)
        rows.update((row[0], tuple(row)) for row in session.execute(
            select(*_own_columns()).where(condition).limit(MAX_PER_KEY)))
    matches = []
    for pid, number, office, nik, name, birth, sex, village, kk, mother, status, purged in rows.values():
        if pid == exclude_id or status not in CANDIDATE_STATUSES or purged is not None or nik == record.nik:
            continue  # the same NIK is the error nik.duplicate
        found = likeness(typed, PersonFacts(nik, name, birth, sex, village, kk or "", mother))
        matches.append(_match(number, office, found, own=True))
    return matches


def _own_conditions(record: DeskRecord) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    variants = nik_variants(record.nik)[1:] if len(record.nik) == NIK_LENGTH else []
    if variants:
        conditions.append(col(Participant.nik).in_(variants))
    phonetic = name_key(record.full_name)
    if phonetic and record.birth_date is not None:
        births = {record.birth_date, *swapped_births(record.birth_date)}
        conditions.append((col(Participant.name_key) == phonetic) & col(Participant.birth_date).in_(sorted(births)))
    if record.kk_number:
        conditions.append(col(Participant.kk_number) == record.kk_number)
    return conditions


def swapped_births(birth: dt.date) -> list[dt.date]:
    """The birth date with its day and month swapped, when that is another date."""
    try:
        return [dt.date(birth.year, birth.day, birth.month)] if birth.day <= 12 and birth.day != birth.month else []
    except ValueError:
        return []


def _match(number: str, office: str, found: Likeness, *, own: bool) -> DeskMatch:
    return DeskMatch(number, office, found.score, found.reasons, own)


# --- the other offices' people (the hub's reference bundles) ------------------------------------------------------

def _shared_matches(session: Session, record: DeskRecord, typed: PersonFacts) -> list[DeskMatch]:
    candidates = matches_in(session, record)
    key = received_key(session)
    if not candidates or key is None:
        return []
    variants = {keyed_nik_hash(key, nik): nik for nik in nik_variants(record.nik)} if record.nik else {}
    numbers = [c.registration_number for c in candidates]
    people = session.scalars(select(MatchPerson).where(col(MatchPerson.registration_number).in_(numbers)))
    return [_match(p.registration_number, p.office_code, shared_likeness(
        typed, SharedPerson(variants.get(p.nik_hash), p.name_key, p.birth_date, p.sex)), own=False) for p in people]


# --- pairs judged different --------------------------------------------------------------------------------------

def pair_key(first: str, second: str) -> tuple[str, str]:
    low, high = sorted((first, second))
    return low, high


def _judged_different(session: Session, own_number: str, numbers: list[str]) -> set[str]:
    if not own_number or not numbers:
        return set()
    rows = session.execute(select(DifferentPair.registration_a, DifferentPair.registration_b).where(or_(
        (col(DifferentPair.registration_a) == own_number) & col(DifferentPair.registration_b).in_(numbers),
        (col(DifferentPair.registration_b) == own_number) & col(DifferentPair.registration_a).in_(numbers))))
    return {b if a == own_number else a for a, b in rows}
