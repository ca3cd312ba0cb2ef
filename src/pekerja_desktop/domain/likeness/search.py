"""The pass over many records: every pair sharing a blocking key is scored once, one family of keys at a time (the
memory held is one family's index, not every key of every record), and the pairs at or above a threshold come out.

Blocks larger than `MAX_BLOCK` (a key thousands of records share — none of the families makes such keys from real
names and NIKs) are left out and counted, so one odd value cannot turn the pass quadratic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pekerja_desktop.domain.likeness.blocking import FAMILIES, Family
from pekerja_desktop.domain.likeness.facts import Prepared
from pekerja_desktop.domain.likeness.score import Likeness, compare

MAX_BLOCK = 400


@dataclass
class PassCounts:
    compared: int = 0  # pairs scored (each pair once, however many keys it shares)
    found: int = 0  # at or above the threshold
    oversized_blocks: int = 0  # left out (more than MAX_BLOCK records)


def _blocks(records: Sequence[Prepared], family: Family) -> Iterator[list[int]]:
    """The records sharing a key of `family`, key by key (a list is made only for a key met twice)."""
    first: dict[str, int] = {}
    shared: dict[str, list[int]] = {}
    for position, record in enumerate(records):
        for key in family(record):
            earlier = first.setdefault(key, position)
            if earlier != position:
                shared.setdefault(key, [earlier]).append(position)
    del first
    yield from shared.values()


def likely_pairs(records: Sequence[Prepared], min_score: float, *, counts: PassCounts | None = None,
                 skip: Callable[[int, int], bool] | None = None) -> Iterator[tuple[int, int, Likeness]]:
    """(i, j, likeness) with i < j for every blocked pair scoring at least `min_score`; `skip(i, j)` leaves a pair
    out unscored (a pair already judged "different")."""
    counts = counts if counts is not None else PassCounts()
    seen: set[int] = set()
    size = len(records)
    for family in FAMILIES:
        for members in _blocks(records, family):
            if len(members) > MAX_BLOCK:
                counts.oversized_blocks += 1
                continue
            for offset, i in enumerate(members):
                for j in members[offset + 1:]:
                    pair = i * size + j
                    if pair in seen or (skip is not None and skip(i, j)):
                        continue
                    seen.add(pair)
                    counts.compared += 1
                    likeness = compare(records[i], records[j])
                    if likeness.score >= min_score:
                        counts.found += 1
                        yield i, j, likeness
