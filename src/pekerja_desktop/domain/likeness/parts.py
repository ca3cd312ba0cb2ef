"""Each fact of two prepared records compared on its own, giving one reason code (or none when a side is unknown).

The codes are the score's vocabulary (`reasons.py` words them, `score.py` weighs them):
NIK — `nik_same`, `nik_one_digit` (one digit changed), `nik_swapped` (two adjacent digits swapped),
`nik_two_digits` (two digits changed), `nik_differs`;
name — `name_same` (equal once titles are stripped and case folded), `name_sounds_same` (the same phonetic key:
spelling variants, word order), `name_part` (one name is the other with a word dropped or written as an initial),
`name_similar` (a typing slip away), `name_differs`;
birth date — `birth_same`, `birth_swapped` (day and month swapped), `birth_one_field` (day, month or year off),
`birth_differs`; sex — `sex_same`, `sex_differs`; place — `village_same`, `kecamatan_same`, `place_differs`;
KK number — `kk_same`, `kk_differs`; mother's name — `mother_same`, `mother_differs`.
"""

from __future__ import annotations

from collections.abc import Callable

from pekerja_desktop.domain.likeness import fuzzy as fuzz
from pekerja_desktop.domain.likeness.facts import Prepared

NAME_SIMILAR = 92  # rapidfuzz's 0–100, the whole name without spaces: words run together, one slip in a long name
WORD_SIMILAR = 75  # one word against another: one slip in a word of six letters or more (Wagola / Bagola)
MOTHER_SIMILAR = 85
KECAMATAN_PARTS = 3  # 81.01.01 of 81.01.01.2001


def nik_relation(a: str, b: str) -> str:
    if a == b:
        return "nik_same"
    if len(a) != len(b):
        return "nik_differs"
    differing = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differing) == 1:
        return "nik_one_digit"
    if len(differing) == 2:
        first, second = differing
        if second == first + 1 and a[first] == b[second] and a[second] == b[first]:
            return "nik_swapped"
        return "nik_two_digits"
    return "nik_differs"


def _initial_of(short: str, word: str) -> bool:
    return len(short) == 1 and word.startswith(short)


def _matched(short: tuple[str, ...], long: tuple[str, ...], alike: Callable[[str, str], bool]) -> int | None:
    """How many words of `short` are words of `long` themselves, when each of them is alike one of its own
    (None when one is not)."""
    left = list(long)
    whole = 0
    for word in short:
        match = next((w for w in left if w == word), None) or next((w for w in left if alike(word, w)), None)
        if match is None:
            return None
        whole += match == word
        left.remove(match)
    return whole


def _word_alike(a: str, b: str) -> bool:
    return len(a) > 1 and len(b) > 1 and fuzz.ratio(a, b) >= WORD_SIMILAR


def _either_way(a: tuple[str, ...], b: tuple[str, ...], alike: Callable[[str, str], bool]) -> int | None:
    """`_matched` with the shorter side first (both ways when they are as long)."""
    if len(a) > len(b):
        a, b = b, a
    found = _matched(a, b, alike)
    return _matched(b, a, alike) if found is None and len(a) == len(b) else found


def name_relation(a: Prepared, b: Prepared) -> str | None:
    if not a.name or not b.name:
        return None
    if a.name == b.name:
        return "name_same"
    if a.name_key and a.name_key == b.name_key:
        return "name_sounds_same"
    whole = _either_way(a.word_keys, b.word_keys, _initial_of)
    shorter = min(len(a.word_keys), len(b.word_keys))
    if whole and (len(a.word_keys) != len(b.word_keys) or whole < shorter):  # a word dropped, or an initial
        return "name_part"
    if _either_way(tuple(a.name.split()), tuple(b.name.split()), _word_alike) is not None or \
            fuzz.ratio(a.name.replace(" ", ""), b.name.replace(" ", "")) >= NAME_SIMILAR:
        return "name_similar"
    return "name_differs"


def birth_relation(a: Prepared, b: Prepared) -> str | None:
    x, y = a.birth_date, b.birth_date
    if x is None or y is None:
        return None
    if x == y:
        return "birth_same"
    if x.year == y.year and x.day == y.month and x.month == y.day:
        return "birth_swapped"
    if sum((x.year != y.year, x.month != y.month, x.day != y.day)) == 1:
        return "birth_one_field"
    return "birth_differs"


def sex_relation(a: Prepared, b: Prepared) -> str | None:
    if not a.sex or not b.sex:
        return None
    return "sex_same" if a.sex == b.sex else "sex_differs"


def place_relation(a: Prepared, b: Prepared) -> str | None:
    if not a.village_code or not b.village_code:
        return None
    if a.village_code == b.village_code:
        return "village_same"
    if a.village_code.split(".")[:KECAMATAN_PARTS] == b.village_code.split(".")[:KECAMATAN_PARTS]:
        return "kecamatan_same"
    return "place_differs"


def kk_relation(a: Prepared, b: Prepared) -> str | None:
    if not a.kk_number or not b.kk_number:
        return None
    return "kk_same" if a.kk_number == b.kk_number else "kk_differs"


def mother_relation(a: Prepared, b: Prepared) -> str | None:
    if not a.mother or not b.mother:
        return None
    if a.mother == b.mother or a.mother_key == b.mother_key:
        return "mother_same"
    # a mother named with one word on one card and in full on another is the same mother
    return "mother_same" if fuzz.token_set_ratio(a.mother, b.mother) >= MOTHER_SIMILAR else "mother_differs"


def nik_of(a: Prepared, b: Prepared) -> str | None:
    return nik_relation(a.nik, b.nik) if a.nik and b.nik else None


RELATIONS = (nik_of, name_relation, birth_relation, sex_relation, place_relation, kk_relation,
             mother_relation)
