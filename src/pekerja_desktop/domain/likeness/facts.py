"""What the score compares of a record, as plain values, and its prepared form (normalised once, compared often)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from pekerja_desktop.domain.identity.matching_keys import name_key
from pekerja_desktop.domain.identity.names import comparable_name

WORD_CACHE = 65_536
NAME_CACHE = 16_384  # the commonest names and mothers' names; more would cost the pass memory, not time


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """One record's identifying facts as typed (a registration's, a form's, a village list row's)."""
    nik: str
    full_name: str
    birth_date: dt.date | None = None
    sex: str | None = None  # L or P
    village_code: str = ""  # dotted Kemendagri code, e.g. 81.01.01.2001
    kk_number: str = ""
    mother_name: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """The facts normalised for comparison: titles stripped, folded, phonetic keys made."""
    nik: str
    name: str  # comparable_name: folded, without titles
    word_keys: tuple[str, ...]  # one phonetic key per word, in the name's order
    birth_date: dt.date | None
    sex: str
    village_code: str
    kk_number: str
    mother: str  # comparable_name of the mother's name ('' unknown)

    # Derived when asked rather than held: a pass holds half a million of these.
    @property
    def name_key(self) -> str:
        """The phonetic key of the whole name, words sorted (as matching_keys.name_key)."""
        return " ".join(sorted(self.word_keys))

    @property
    def mother_key(self) -> str:
        return " ".join(sorted(_word_keys(self.mother)))


@lru_cache(maxsize=WORD_CACHE)
def _word_key(word: str) -> str:
    """A word's phonetic key; an initial stays its letter (name_key reads a lone M as Muhammad; here it may
    stand for Merry as well). Cached: a province's names are made of a few thousand words."""
    letters = "".join(ch for ch in word if ch.isalpha())
    return letters if len(letters) == 1 else name_key(word)


def _word_keys(name: str) -> tuple[str, ...]:
    return tuple(key for key in (_word_key(word) for word in name.split()) if key)


@lru_cache(maxsize=NAME_CACHE)
def _comparable(name: str | None) -> str:
    return comparable_name(name)


def prepare(facts: PersonFacts) -> Prepared:
    name = _comparable(facts.full_name)
    word_keys = _word_keys(name)
    mother = _comparable(facts.mother_name) if facts.mother_name else ""
    return Prepared(facts.nik.strip(), name, word_keys, facts.birth_date, (facts.sex or "").strip().upper(),
                    facts.village_code.strip(), facts.kk_number.strip(), mother)
