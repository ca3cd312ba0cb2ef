"""(hub) `possible-duplicates`: every pair of active participants, across all offices, that the likeness score
(domain/likeness/) rates at least the threshold — pairs a supervisor already judged are left out.

A pair is given as `a` (the earlier enrolled, kept by default) and `b` (the later one, which `resolve-duplicate
a b --same` ends), with its score and reasons. Two records with the same NIK are pairs too (reason `nik_same`);
the exact-NIK review list (services/sync/hub/verdicts.py) holds them as well.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from pekerja_desktop.domain.likeness.score import DEFAULT_MIN_SCORE
from pekerja_desktop.domain.likeness.search import PassCounts, likely_pairs
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.duplicates.errors import DuplicatesError
from pekerja_desktop.services.duplicates.records import (
    Candidates,
    Shown,
    active_candidates,
    ids_of,
    ids_of_numbers,
    shown,
)
from pekerja_desktop.services.matching.pair_travel import different_pairs
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store.duplicate_models import DuplicateVerdict


@dataclass(frozen=True)
class LikelyPair:
    a: str  # registration number of the earlier enrolled
    b: str  # … of the later enrolled
    score: float
    reasons: tuple[str, ...]
    office_a: str
    office_b: str
    uuid_a: str
    uuid_b: str
    name_a: str = ""
    name_b: str = ""


@dataclass(frozen=True)
class SearchResult:
    pairs: list[LikelyPair]
    participants: int
    compared: int
    min_score: float


def check_min_score(value: float | str | None) -> float:
    if value is None:
        return DEFAULT_MIN_SCORE
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        raise DuplicatesError("duplicates.min_score", value=value) from None
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise DuplicatesError("duplicates.min_score", value=value)
    return number


def _decided_ids(session: Session) -> set[tuple[int, int]]:
    """The pairs a supervisor judged, and those a desk judged different persons, as (smaller id, larger id)."""
    pairs = list(session.execute(select(col(DuplicateVerdict.uuid_a), col(DuplicateVerdict.uuid_b))))
    ids = ids_of(session, [uuid for pair in pairs for uuid in pair])
    decided = {(min(ids[a], ids[b]), max(ids[a], ids[b])) for a, b in pairs if a in ids and b in ids}
    by_number = different_pairs(session)
    numbered = ids_of_numbers(session, [number for pair in by_number for number in pair])
    decided |= {(min(numbered[a], numbered[b]), max(numbered[a], numbered[b])) for a, b in by_number
                if a in numbered and b in numbered}
    return decided


def _skip_decided(found: Candidates, decided: set[tuple[int, int]]) -> Callable[[int, int], bool] | None:
    if not decided:
        return None
    ids = found.ids
    return lambda i, j: (min(ids[i], ids[j]), max(ids[i], ids[j])) in decided


def _pair(first: Shown, second: Shown, score: float, reasons: tuple[str, ...]) -> LikelyPair:
    if (second.created_at, second.registration_number) < (first.created_at, first.registration_number):
        first, second = second, first
    return LikelyPair(first.registration_number, second.registration_number, score, reasons, first.office_code,
                      second.office_code, first.uuid, second.uuid, first.full_name, second.full_name)


def find_likely_duplicates(session: Session, min_score: float) -> SearchResult:
    found = active_candidates(session)
    counts = PassCounts()
    hits = [(found.ids[i], found.ids[j], likeness) for i, j, likeness in likely_pairs(
        found.prepared, min_score, counts=counts, skip=_skip_decided(found, _decided_ids(session)))]
    participants = len(found)
    del found
    sides = shown(session, [pid for a, b, _ in hits for pid in (a, b)])
    pairs = [_pair(sides[a], sides[b], likeness.score, likeness.reasons) for a, b, likeness in hits]
    pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    return SearchResult(pairs, participants, counts.compared, min_score)


def possible_duplicates(ctx: AppContext, min_score: float | str | None = None) -> SearchResult:
    """(hub, supervisor) The likely duplicates across all offices at or above `min_score` (the tuned default
    without it), best first."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    threshold = check_min_score(min_score)
    with ctx.db.session() as session:
        return find_likely_duplicates(session, threshold)
