"""The keys two records of one person share although they were typed differently, used to find likely duplicates
without comparing every pair and without handing names or NIKs to another office:

- a NIK's near variants: the NIK itself, every one-digit change and every swap of two adjacent digits — the typing
  mistakes a clerk makes (`nik_variants`);
- a NIK's keyed hash (HMAC-SHA-256 under a key the hub holds and sends inside its encrypted reference bundles), so
  an office can look a typed NIK and its variants up among other offices' people without learning their NIKs;
- a name's phonetic key: titles dropped, old and new spellings made one (Dj/J, J/Y, Tj/C, Oe/U, Ph/F, Th/T,
  Kh/Ch/H, C/K), the usual ways of writing Muhammad made one, h, vowels and doubled letters dropped after a word's
  first letter, words sorted — 'Yohanis', 'Johanis', 'Yohanes' share one; so do 'Muhammad Rumra', 'Moh. Rumra'
  and 'Rumra Muhamad', 'Achmad' and 'Ahmad', 'Latuconsina' and 'Latukonsina'.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from functools import lru_cache

from pekerja_desktop.domain.identity.names import comparable_name

NIK_LENGTH = 16
KEYED_HASH_HEX = 32  # 128 bits of the HMAC: collisions among a province's NIKs are out of reach

# Spellings that name one sound, the older (Van Ophuijsen, Soewandi, Dutch) first; applied in this order.
_SPELLINGS = (("dj", "j"), ("j", "y"), ("tj", "c"), ("ty", "c"), ("sy", "s"), ("ny", "n"), ("oe", "u"),
              ("ph", "f"), ("th", "t"), ("kh", "h"), ("ch", "h"), ("c", "k"), ("q", "k"), ("x", "ks"), ("z", "s"),
              ("v", "f"))
# Ways of writing Muhammad (and its abbreviations) as they stand on KTPs.
_MUHAMMAD = frozenset({"muhammad", "muhamad", "muhammmad", "mohammad", "mohamad", "mohammed", "muhammed",
                       "mochammad", "mochamad", "mohamat", "muhamat", "moh", "muh", "mhd", "mochd", "moch", "md", "m"})
_VOWELS = re.compile(r"[aeiouh]")  # and h: silent or dropped after a word's first letter (Yohanis / Yoanis)
_DOUBLED = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z]")


def nik_variants(nik: str) -> list[str]:
    """The NIK first, then every NIK one typing mistake away: one digit changed, two adjacent digits swapped."""
    if len(nik) != NIK_LENGTH or not nik.isdigit():
        return [nik]
    found = [nik]
    seen = {nik}
    for position in range(NIK_LENGTH):
        for digit in "0123456789":
            if digit != nik[position]:
                _add(found, seen, nik[:position] + digit + nik[position + 1:])
    for position in range(NIK_LENGTH - 1):
        if nik[position] != nik[position + 1]:
            _add(found, seen, nik[:position] + nik[position + 1] + nik[position] + nik[position + 2:])
    return found


def _add(found: list[str], seen: set[str], candidate: str) -> None:
    if candidate not in seen:
        seen.add(candidate)
        found.append(candidate)


def keyed_nik_hash(key: bytes, nik: str) -> str:
    """The NIK under the hub's matching key: equal NIKs give equal hashes; the hash alone does not give the NIK."""
    return hmac.new(key, nik.encode("ascii", "replace"), hashlib.sha256).hexdigest()[:KEYED_HASH_HEX]


def name_key(full_name: str | None) -> str:
    """The name's phonetic key: one sorted word key per word of the name without its titles ('' for no name)."""
    words = [_word_key(word) for word in comparable_name(full_name).split()]
    return " ".join(sorted(word for word in words if word))


@lru_cache(maxsize=16_384)  # a province's names share a few thousand words; the hub keys every record it receives
def _word_key(word: str) -> str:
    letters = _NOT_LETTER.sub("", word)
    if not letters:
        return ""
    if letters in _MUHAMMAD:
        return "mhmd"
    for old, new in _SPELLINGS:
        letters = letters.replace(old, new)
    skeleton = _DOUBLED.sub(r"\1", letters[0] + _VOWELS.sub("", letters[1:]))
    return skeleton[:-1] if len(skeleton) > 1 and skeleton.endswith("y") else skeleton  # Latuhery / Latuheru
