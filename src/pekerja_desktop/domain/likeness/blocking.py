"""Blocking keys: two records are scored only when they share a key of one family, so a pass over half a million
records compares thousands of pairs per record at most, never all pairs. A family is a function from a prepared
record to its keys; the families, together, catch the typing mistakes the score forgives:

- `nik_window_i` (i = 0…14): the NIK with digits i and i+1 left out — two NIKs one changed digit or one swap of
  adjacent digits apart share one such key;
- `word_birth`: each word of the name (phonetic key) with the birth date, day and month unordered — a name spelt
  another way, a word dropped, the day and month swapped;
- `name_month`, `name_day`: the whole phonetic name with the birth year and month, and with the year and day — a
  birth date with its day, or its month, typed wrong;
- `kk`: the KK number — a household's members, a NIK retyped from another card.
"""

from __future__ import annotations

from collections.abc import Callable

from pekerja_desktop.domain.identity.matching_keys import NIK_LENGTH
from pekerja_desktop.domain.likeness.facts import Prepared

Family = Callable[[Prepared], list[str]]
MIN_WORD_KEY = 2  # an initial alone would block half the province


class NikWindow:
    """The family `nik_window_<position>`; `of_all` makes the keys of many records at once (the pass's hot loop)."""

    def __init__(self, position: int):
        self.position = position
        self.__name__ = f"nik_window_{position}"

    def __call__(self, record: Prepared) -> list[str]:
        nik, cut = record.nik, self.position
        return [nik[:cut] + nik[cut + 2:]] if len(nik) == NIK_LENGTH else []

    def of_all(self, niks: list[str]) -> list[str]:
        """One key per NIK, in order ('' for a NIK that is not 16 characters long)."""
        cut, after = self.position, self.position + 2
        return [nik[:cut] + nik[after:] if len(nik) == NIK_LENGTH else "" for nik in niks]


def _birth_unordered(record: Prepared) -> str:
    birth = record.birth_date
    if birth is None:
        return ""
    low, high = sorted((birth.day, birth.month))
    return f"{birth.year}-{low:02d}-{high:02d}"


def word_birth(record: Prepared) -> list[str]:
    birth = _birth_unordered(record)
    if not birth:
        return []
    return [f"{word}|{birth}" for word in sorted(set(record.word_keys)) if len(word) >= MIN_WORD_KEY]


def name_month(record: Prepared) -> list[str]:
    birth = record.birth_date
    return [f"{record.name_key}|{birth.year}-{birth.month}"] if record.word_keys and birth is not None else []


def name_day(record: Prepared) -> list[str]:
    birth = record.birth_date
    return [f"{record.name_key}|{birth.year}--{birth.day}"] if record.word_keys and birth is not None else []


def kk(record: Prepared) -> list[str]:
    return [record.kk_number] if record.kk_number else []


FAMILIES: tuple[Family, ...] = (*(NikWindow(i) for i in range(NIK_LENGTH - 1)), word_birth, name_month, name_day, kk)


def worth_scoring(a: Prepared, b: Prepared) -> bool:
    """The pass's cheap test before the score, for pairs a NIK window joined: the same NIK, a word of the name in
    common, or names starting alike. A pair failing it has names that differ, and with a name that differs only an
    equal NIK reaches a score of 0.12 (score.py's weights) — the test leaves out nothing the threshold would show."""
    if a.nik == b.nik or a.name[:1] == b.name[:1]:
        return True
    return not set(a.word_keys).isdisjoint(b.word_keys)


def blocking_keys(record: Prepared) -> set[tuple[int, str]]:
    """Every key of every family (family index, key): two records sharing one are worth scoring."""
    return {(index, key) for index, family in enumerate(FAMILIES) for key in family(record)}
