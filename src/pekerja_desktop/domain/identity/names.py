"""Names as the KTP writes them, and as people are compared.

Permendagri 73/2022: a name is written in full, at most 60 characters including spaces; academic and religious
titles may stand on the KTP/KK (H., Hj., Drs., S.Pd, …). They are stored as written and ignored when two names
are compared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pekerja_desktop.domain.text import fold_for_search

KTP_NAME_LENGTH = 60

# Titles as they stand before or after a name (folded, without the full stops).
_TITLES = frozenset({
    "h", "hj", "hi", "haji", "hajjah", "kh", "ust", "ustadz", "ustad", "ustadzah", "pdt", "pastor", "romo",
    "dr", "drs", "dra", "ir", "prof", "drg", "ns", "bidan",
    "sh", "se", "spd", "spdi", "sag", "sip", "sos", "ssos", "skm", "skep", "sked", "st", "skom", "sp", "ssi",
    "sth", "shi", "sfarm", "sik", "ssit", "amd", "amdkeb", "amdkep", "amk", "amkeb", "mm", "msi", "mpd", "mh",
    "mkes", "mt", "ma", "mag", "mth", "phd", "ba", "bsc", "msc", "mba", "ssy", "sgz", "stp", "spt", "shut",
})
_SPLIT = re.compile(r"[\s,]+")
_PUNCTUATION = re.compile(r"[.\-']")


def _bare(word: str) -> str:
    return _PUNCTUATION.sub("", word)


@lru_cache(maxsize=16_384)  # names share a few thousand words; the hub compares every record it receives
def _is_title(word: str) -> bool:
    return _bare(word) in _TITLES


def comparable_name(name: str | None) -> str:
    """The name without its titles, folded: 'Hj. Siti Aminah, S.Pd' and 'SITI AMINAH' compare equal."""
    words = [w for w in _SPLIT.split(fold_for_search(name)) if w]
    kept = [w for w in words if not _is_title(w)]
    return " ".join(kept or words)


def same_person_name(first: str | None, second: str | None) -> bool:
    return comparable_name(first) == comparable_name(second)
