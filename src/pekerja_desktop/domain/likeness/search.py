"""The pass over many records: every pair sharing a blocking key is scored once, one family of keys at a time (the
memory held is one family's index, not every key of every record), and the pairs at or above a threshold come out.

Blocks larger than `MAX_BLOCK` (a key thousands of records share — none of the families makes such keys from real
names and NIKs) are left out and counted, so one odd value cannot turn the pass quadratic.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pekerja_desktop.domain.likeness.blocking import FAMILIES, Family, NikWindow, worth_scoring
from pekerja_desktop.domain.likeness.facts import Prepared
from pekerja_desktop.domain.likeness.score import Likeness, compare

MAX_BLOCK = 400


@dataclass
class PassCounts:
    compared: int = 0  # pairs scored (each pair once, however many keys it shares)
    found: int = 0  # at or above the threshold
    oversized_blocks: int = 0  # left out (more than MAX_BLOCK records)


def _keys(records: Sequence[Prepared], niks: list[str], family: Family) -> tuple[list[str], array | None]:
    """Every key of `family` and the record it belongs to (None: the i-th key is the i-th record's)."""
    if isinstance(family, NikWindow):
        return family.of_all(niks), None
    keys: list[str] = []
    owners = array("l")
    for position, record in enumerate(records):
        for key in family(record):
            keys.append(key)
            owners.append(position)
    return keys, owners


def _blocks(records: Sequence[Prepared], niks: list[str], family: Family) -> Iterator[list[int]]:
    """The records sharing a key of `family`, key by key (counted first: lists only for keys met twice)."""
    keys, owners = _keys(records, niks, family)
    shared = {key for key, count in Counter(keys).items() if count > 1 and key}
    if not shared:
        return
    members: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key in shared:
            members.setdefault(key, []).append(owners[index] if owners is not None else index)
    del keys, owners, shared
    for group in members.values():
        unique = sorted(set(group))  # a record with two words alike has the key twice
        if len(unique) > 1:
            yield unique


def likely_pairs(records: Sequence[Prepared], min_score: float, *, counts: PassCounts | None = None,
                 skip: Callable[[int, int], bool] | None = None) -> Iterator[tuple[int, int, Likeness]]:
    """(i, j, likeness) with i < j for every blocked pair scoring at least `min_score`; `skip(i, j)` leaves a pair
    out unscored (a pair already judged "different")."""
    counts = counts if counts is not None else PassCounts()
    seen: set[int] = set()
    size = len(records)
    niks = [record.nik for record in records]
    for family in FAMILIES:
        for members in _blocks(records, niks, family):
            if len(members) > MAX_BLOCK:
                counts.oversized_blocks += 1
                continue
            check = isinstance(family, NikWindow)  # the other families' keys already hold a name or a KK
            for offset, i in enumerate(members):
                for j in members[offset + 1:]:
                    pair = i * size + j
                    if pair in seen or (skip is not None and skip(i, j)):
                        continue
                    if check and not worth_scoring(records[i], records[j]):
                        continue
                    seen.add(pair)
                    counts.compared += 1
                    likeness = compare(records[i], records[j])
                    if likeness.score >= min_score:
                        counts.found += 1
                        yield i, j, likeness
