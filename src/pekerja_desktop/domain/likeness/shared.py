"""The likeness of a typed record and another office's person as the hub shares it for matching: no NIK and no name
in clear — only which of the typed NIK's near variants its keyed hash matched (if any), the name's phonetic key,
birth date and sex. The reasons are the score's own codes (`parts.py`), read from what can be told:

- NIK: the matched variant's relation to the typed NIK; no variant matched → `nik_differs`;
- name (phonetic keys, word by word): equal → `name_sounds_same` (whether the spelling is the same cannot be told);
  every word of the shorter key alike a word of the other (the same, a typing slip away, or its initial) →
  `name_part` when a word is missing or written as an initial, else `name_similar`; else `name_differs`;
- birth date and sex as between two records; place, KK number and mother's name are not shared (no reason).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pekerja_desktop.domain.identity.matching_keys import name_key
from pekerja_desktop.domain.likeness import fuzzy as fuzz
from pekerja_desktop.domain.likeness.facts import PersonFacts, Prepared, prepare
from pekerja_desktop.domain.likeness.parts import WORD_SIMILAR, birth_relation, nik_relation, sex_relation
from pekerja_desktop.domain.likeness.score import Likeness, score_of


@dataclass(frozen=True, slots=True)
class SharedPerson:
    """Another office's person as a reference bundle carries it."""
    matched_nik: str | None  # the typed NIK's variant whose keyed hash is this person's (None: none matched)
    name_key: str
    birth_date: dt.date | None
    sex: str | None


def _alike(short: str, word: str) -> bool:
    if len(short) == 1 or len(word) == 1:  # an initial stands for a word starting with it
        return short[0] == word[0]
    return fuzz.ratio(short, word) >= WORD_SIMILAR


def _each_alike(short: list[str], long: list[str]) -> bool:
    """Every word of `short` alike a word of `long` of its own (the same word first)."""
    left = list(long)
    for word in short:
        match = word if word in left else next((w for w in left if _alike(word, w)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def name_key_relation(typed_key: str, shared_key: str) -> str | None:
    if not typed_key or not shared_key:
        return None
    if typed_key == shared_key:
        return "name_sounds_same"
    shorter, longer = sorted((typed_key.split(), shared_key.split()), key=len)
    if not _each_alike(shorter, longer):
        return "name_differs"
    initials = any(len(word) == 1 for word in shorter + longer)
    return "name_part" if len(shorter) < len(longer) or initials else "name_similar"


def _as_prepared(person: SharedPerson) -> Prepared:
    return Prepared("", "", tuple(person.name_key.split()), person.birth_date, (person.sex or "").upper(), "", "",
                    "")


def shared_likeness(typed: PersonFacts, person: SharedPerson) -> Likeness:
    """How likely `typed` and the shared `person` are one person, and why (the same weights as between records)."""
    mine, theirs = prepare(typed), _as_prepared(person)
    nik = nik_relation(mine.nik, person.matched_nik) if person.matched_nik else "nik_differs" if mine.nik else None
    codes = (nik, name_key_relation(name_key(typed.full_name), person.name_key), birth_relation(mine, theirs),
             sex_relation(mine, theirs))
    reasons = tuple(code for code in codes if code is not None)
    return Likeness(round(score_of(reasons), 4), reasons)
