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
from pekerja_desktop.services.duplicates.records import Candidates, active_candidates
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store.bulk import chunks
from pekerja_desktop.store.duplicate_models import DuplicateVerdict
from pekerja_desktop.store.models import Participant


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


def decided_pairs(session: Session) -> set[tuple[str, str]]:
    return {(a, b) for a, b in session.execute(select(col(DuplicateVerdict.uuid_a), col(DuplicateVerdict.uuid_b)))}


def _skip_decided(found: Candidates, decided: set[tuple[str, str]]) -> Callable[[int, int], bool] | None:
    if not decided:
        return None
    uuids = found.uuids
    return lambda i, j: (min(uuids[i], uuids[j]), max(uuids[i], uuids[j])) in decided


def _pair(found: Candidates, i: int, j: int, score: float, reasons: tuple[str, ...]) -> LikelyPair:
    if (found.created[j], found.numbers[j]) < (found.created[i], found.numbers[i]):
        i, j = j, i
    return LikelyPair(found.numbers[i], found.numbers[j], score, reasons, found.offices[i], found.offices[j],
                      found.uuids[i], found.uuids[j])


def _with_names(session: Session, pairs: list[LikelyPair]) -> list[LikelyPair]:
    names: dict[str, str] = {}
    for chunk in chunks(sorted({p.uuid_a for p in pairs} | {p.uuid_b for p in pairs})):
        names.update(session.execute(select(col(Participant.uuid), col(Participant.full_name))
                                     .where(col(Participant.uuid).in_(chunk))).all())
    return [LikelyPair(**{**p.__dict__, "name_a": names.get(p.uuid_a, ""), "name_b": names.get(p.uuid_b, "")})
            for p in pairs]


def find_likely_duplicates(session: Session, min_score: float) -> SearchResult:
    found = active_candidates(session)
    counts = PassCounts()
    pairs = [_pair(found, i, j, likeness.score, likeness.reasons) for i, j, likeness in likely_pairs(
        found.prepared, min_score, counts=counts, skip=_skip_decided(found, decided_pairs(session)))]
    pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    return SearchResult(_with_names(session, pairs), len(found), counts.compared, min_score)


def possible_duplicates(ctx: AppContext, min_score: float | str | None = None) -> SearchResult:
    """(hub, supervisor) The likely duplicates across all offices at or above `min_score` (the tuned default
    without it), best first."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    threshold = check_min_score(min_score)
    with ctx.db.session() as session:
        return find_likely_duplicates(session, threshold)
