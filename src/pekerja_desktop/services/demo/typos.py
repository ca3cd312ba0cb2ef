"""How a clerk types one person differently the second time: the typing-mistake models of the planted-duplicate
corpus (planted.py), each a pure function of a seeded random generator.

The models follow what district offices see: a NIK with one digit changed or two adjacent digits swapped (or two
digits wrong, or typed right), a name spelt another way (Yohanis / Johanis / Yohanes, Muhammad / Muhamad / Moh.,
a doubled letter, oe / u, dj / j), a title added, a second name dropped, words in another order, an initial, a
slip of the finger; a birth date with day and month swapped or one part off.
"""

from __future__ import annotations

import datetime as dt
import random

# Spelling swaps a clerk makes hearing or reading a Maluku name, both ways.
_SPELLINGS = (("y", "j"), ("j", "y"), ("e", "i"), ("i", "e"), ("u", "oe"), ("oe", "u"), ("j", "dj"), ("dj", "j"),
              ("c", "k"), ("k", "c"), ("f", "p"), ("ph", "f"), ("tt", "t"), ("t", "tt"), ("nn", "n"), ("ss", "s"),
              ("ll", "l"), ("h", ""), ("ch", "h"), ("kh", "h"))
_MUHAMMAD = ("Muhammad", "Muhamad", "Mohammad", "Moh.", "M.", "Muh.", "Mochammad")
_TITLES_BEFORE = ("Drs.", "H.", "Hj.", "Ir.", "Dr.")
_TITLES_AFTER = ("S.Pd", "S.E.", "A.Md", "S.Sos")
_KEYBOARD = "qwertyuiopasdfghjklzxcvbnm"


def nik_typo(rng: random.Random, nik: str) -> str:
    """One of: a digit changed (35 %), two adjacent digits swapped (30 %), two digits changed (10 %), as typed
    the first time (25 %: a person enrolled again by another office after moving)."""
    draw = rng.random()
    if draw < 0.25:
        return nik
    if draw < 0.60:
        return _changed_digit(rng, nik)
    if draw < 0.90:
        return _swapped_digits(rng, nik)
    return _changed_digit(rng, _changed_digit(rng, nik))


def _changed_digit(rng: random.Random, nik: str) -> str:
    position = rng.randrange(len(nik))
    digit = rng.choice([d for d in "0123456789" if d != nik[position]])
    return nik[:position] + digit + nik[position + 1:]


def _swapped_digits(rng: random.Random, nik: str) -> str:
    positions = [i for i in range(len(nik) - 1) if nik[i] != nik[i + 1]]
    if not positions:
        return _changed_digit(rng, nik)
    i = rng.choice(positions)
    return nik[:i] + nik[i + 1] + nik[i] + nik[i + 2:]


def name_variant(rng: random.Random, name: str) -> str:
    """As typed (30 %), or one of: another spelling, a title, a word dropped, words reordered, an initial, a slip."""
    draw = rng.random()
    if draw < 0.30:
        return name
    makers = (_spelt_otherwise, _spelt_otherwise, _spelt_otherwise, _with_title, _word_dropped, _reordered,
              _initial, _slip, _slip)
    return rng.choice(makers)(rng, name)


def _spelt_otherwise(rng: random.Random, name: str) -> str:
    words = name.split()
    if words[0].lower().startswith(("muh", "moh", "moch")):
        return " ".join([rng.choice(_MUHAMMAD), *words[1:]])
    for _ in range(8):
        old, new = rng.choice(_SPELLINGS)
        index = rng.randrange(len(words))
        word = words[index]
        at = word.lower().find(old, 1 if old in ("h",) else 0)
        if at >= 0:
            replaced = word[:at] + (new.upper() if at == 0 or word.isupper() else new) + word[at + len(old):]
            if len(replaced) > 1:
                words[index] = replaced[0].upper() + replaced[1:]
                return " ".join(words)
    return _slip(rng, name)


def _with_title(rng: random.Random, name: str) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(_TITLES_BEFORE)} {name}"
    return f"{name}, {rng.choice(_TITLES_AFTER)}"


def _word_dropped(rng: random.Random, name: str) -> str:
    words = name.split()
    if len(words) < 3:  # a two-word name keeps its family name: dropping it is another person's name
        return _spelt_otherwise(rng, name)
    del words[rng.randrange(1, len(words) - 1) if rng.random() < 0.7 else len(words) - 1]
    return " ".join(words)


def _reordered(rng: random.Random, name: str) -> str:
    words = name.split()
    return " ".join(words[1:] + words[:1]) if len(words) > 1 else _slip(rng, name)


def _initial(rng: random.Random, name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return _slip(rng, name)
    index = rng.randrange(len(words) - 1)  # a given name shortened, never the family name
    words[index] = words[index][0] + "."
    return " ".join(words)


def _slip(rng: random.Random, name: str) -> str:
    """One letter replaced, left out or doubled — never the first letter of the name."""
    position = rng.randrange(1, len(name))
    if not name[position].isalpha():
        return name[:position] + name[position + 1:] if position + 1 < len(name) else name + "a"
    kind = rng.random()
    if kind < 0.4:
        key = rng.choice(_KEYBOARD)
        return name[:position] + (key.upper() if name[position].isupper() else key) + name[position + 1:]
    if kind < 0.7:
        return name[:position] + name[position + 1:]
    return name[:position] + name[position] + name[position:]


def birth_typo(rng: random.Random, birth: dt.date) -> dt.date:
    """As typed (70 %), day and month swapped where both can be a month (10 %), else one part off."""
    draw = rng.random()
    if draw < 0.70:
        return birth
    if draw < 0.80 and birth.day <= 12 and birth.day != birth.month:
        return birth.replace(day=birth.month, month=birth.day)
    part = rng.randrange(3)
    try:
        if part == 0:
            return birth.replace(day=birth.day % 28 + 1)
        if part == 1:
            return birth.replace(month=birth.month % 12 + 1)
        return birth.replace(year=birth.year + rng.choice((-1, 1, -10, 10)))
    except ValueError:
        return birth
