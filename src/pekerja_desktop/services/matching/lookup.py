"""(field office) The desk's questions to the store of the hub's matching data: which of the other offices' people
share a key with the record being typed, and on which lists of people already covered its NIK stands.

Three keys find another office's person (each answered by an index of `match_person`):
- `nik`: the typed NIK's keyed hash — `nik_variant` when it is one of the NIK's near variants (one digit changed,
  two adjacent digits swapped) that matched;
- `name_birth`: the name's phonetic key with the birth date;
- `birth_sex_region`: birth date, sex and kabupaten/kota.
What the desk then makes of a match (a score, a warning) is its caller's business; this says only what matched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlmodel import Session, col, select

from pekerja_desktop.domain.identity.matching_keys import keyed_nik_hash, name_key, nik_variants
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.matching.hub_key import received_key
from pekerja_desktop.store.matching_models import CoveredEntry, CoveredList, MatchCovered, MatchPerson

NIK, NIK_VARIANT, NAME_BIRTH, BIRTH_SEX_REGION = "nik", "nik_variant", "name_birth", "birth_sex_region"
KEY_ORDER = (NIK, NIK_VARIANT, NAME_BIRTH, BIRTH_SEX_REGION)
REGENCY_LENGTH = 5
CHUNK = 500


class TypedRecord(Protocol):
    """What the look-ups read of a record (domain.participant.ParticipantData has it)."""
    nik: str
    full_name: str
    birth_date: dt.date | None
    sex: str | None
    village_code: str


@dataclass(frozen=True)
class SharedMatch:
    registration_number: str
    office_code: str
    keys: tuple[str, ...]  # from KEY_ORDER, in that order


@dataclass(frozen=True)
class CoveredMatch:
    list_name: str
    list_kind: str


def shared_matches(ctx: AppContext, record: TypedRecord) -> list[SharedMatch]:
    """Other offices' people sharing a key with `record` ([] before the hub's first reference bundle)."""
    with ctx.db.session() as session:
        return matches_in(session, record)


def covered_lists_of(ctx: AppContext, nik: str) -> list[CoveredMatch]:
    """The lists of people already covered on which `nik` stands (exactly: a list is an official record)."""
    with ctx.db.session() as session:
        return covered_in(session, nik)


def covered_among(ctx: AppContext, people: list[tuple[str, str]]) -> frozenset[str]:
    """Of `people` ((registration number, NIK), a register page), those whose NIK stands on a covered list."""
    with ctx.db.session() as session:
        listed = covered_niks(session, [nik for _, nik in people])
    return frozenset(number for number, nik in people if nik in listed)


def covered_niks(session: Session, niks: Iterable[str]) -> dict[str, list[str]]:
    """Of `niks`, those on a covered list, with the lists' names: at the hub by the lists themselves, at an office
    by the keyed hashes its reference bundles brought (a few queries for a whole page or village list)."""
    wanted = sorted({nik for nik in niks if nik})
    found: dict[str, list[str]] = {}
    key = received_key(session)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        rows: list[tuple[str, str]] = [(nik, name) for nik, name in session.execute(
            select(CoveredEntry.nik, CoveredList.name).join(CoveredList, col(CoveredList.id) == CoveredEntry.list_id)
            .where(col(CoveredEntry.nik).in_(chunk)))]
        if key is not None:
            hashes = {keyed_nik_hash(key, nik): nik for nik in chunk}
            rows += [(hashes[digest], name) for digest, name in session.execute(
                select(MatchCovered.nik_hash, MatchCovered.list_name)
                .where(col(MatchCovered.nik_hash).in_(list(hashes))))]
        for nik, name in rows:
            found.setdefault(nik, []).append(name)
    return found


def matches_in(session: Session, record: TypedRecord) -> list[SharedMatch]:
    key = received_key(session)
    if key is None:
        return []
    found: dict[str, tuple[str, set[str]]] = {}
    for number, office, kind in _by_nik(session, key, record.nik):
        _note(found, number, office, kind)
    for number, office, kind in _by_name_and_birth(session, record) + _by_birth_sex_region(session, record):
        _note(found, number, office, kind)
    return [SharedMatch(number, office, tuple(k for k in KEY_ORDER if k in keys))
            for number, (office, keys) in sorted(found.items())]


def covered_in(session: Session, nik: str) -> list[CoveredMatch]:
    key = received_key(session)
    if key is None or not nik:
        return []
    rows = session.execute(select(MatchCovered.list_name, MatchCovered.list_kind)
                           .where(col(MatchCovered.nik_hash) == keyed_nik_hash(key, nik))
                           .order_by(col(MatchCovered.list_name))).all()
    return [CoveredMatch(name, kind) for name, kind in rows]


def _note(found: dict[str, tuple[str, set[str]]], number: str, office: str, kind: str) -> None:
    found.setdefault(number, (office, set()))[1].add(kind)


def _by_nik(session: Session, key: bytes, nik: str) -> list[tuple[str, str, str]]:
    if not nik:
        return []
    hashes = {keyed_nik_hash(key, variant): variant == nik for variant in nik_variants(nik)}
    rows = session.execute(select(MatchPerson.registration_number, MatchPerson.office_code, MatchPerson.nik_hash)
                           .where(col(MatchPerson.nik_hash).in_(list(hashes)))).all()
    return [(number, office, NIK if hashes[digest] else NIK_VARIANT) for number, office, digest in rows]


def _by_name_and_birth(session: Session, record: TypedRecord) -> list[tuple[str, str, str]]:
    phonetic = name_key(record.full_name)
    if not phonetic or record.birth_date is None:
        return []
    rows = session.execute(select(MatchPerson.registration_number, MatchPerson.office_code)
                           .where(col(MatchPerson.name_key) == phonetic,
                                  col(MatchPerson.birth_date) == record.birth_date)).all()
    return [(number, office, NAME_BIRTH) for number, office in rows]


def _by_birth_sex_region(session: Session, record: TypedRecord) -> list[tuple[str, str, str]]:
    regency = (record.village_code or "")[:REGENCY_LENGTH]
    if record.birth_date is None or not record.sex or len(regency) < REGENCY_LENGTH:
        return []
    rows = session.execute(select(MatchPerson.registration_number, MatchPerson.office_code)
                           .where(col(MatchPerson.birth_date) == record.birth_date,
                                  col(MatchPerson.sex) == record.sex,
                                  col(MatchPerson.regency_code) == regency)).all()
    return [(number, office, BIRTH_SEX_REGION) for number, office in rows]
