"""The closest candidates for a value a list wrote and nothing recognised, ranked for the clerk: string similarity
(rapidfuzz) over the reference names, the office's own kabupaten first, then the kecamatan or kabupaten the rows
name. Never applied by themselves: the clerk chooses (`choices.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from pekerja_desktop.domain.regions import Region
from pekerja_desktop.services.intake.cells import term
from pekerja_desktop.services.intake.places import PlaceIndex, district_key, village_keys

MAX_CANDIDATES = 5
POOL = 20  # the most similar names looked at before the bonuses reorder them
MIN_SCORE = 60.0
OFFICE_BONUS, CONTEXT_BONUS = 6.0, 10.0


@dataclass(frozen=True)
class Candidate:
    code: str
    label: str  # what the clerk reads: name, level, kecamatan, kabupaten/kota, code
    score: int  # 0–100: how similar the name is (the order also weighs where the rows point)


@dataclass(frozen=True)
class Context:
    """Where the rows of a group point: the office's kabupaten/kota and a kecamatan or kabupaten the rows name."""
    office_regency: str | None = None
    district: str | None = None
    regency: str | None = None


def _bonus(code: str, context: Context) -> float:
    bonus = OFFICE_BONUS if context.office_regency and code.startswith(context.office_regency + ".") else 0.0
    if context.district and code.startswith(context.district + "."):
        bonus += CONTEXT_BONUS
    elif context.regency and code.startswith(context.regency + "."):
        bonus += CONTEXT_BONUS / 2
    return bonus


def _best(query: str, keys: Sequence[str], regions: Sequence[Region], labels: Sequence[str],
          context: Context) -> list[Candidate]:
    """The most similar names, reordered by similarity plus the bonuses (the shown score is the similarity)."""
    ranked: dict[str, tuple[float, Candidate]] = {}
    for _key, score, index in process.extract(query, keys, scorer=fuzz.ratio, limit=POOL, score_cutoff=MIN_SCORE):
        code = regions[index].code
        rank = score + _bonus(code, context)
        if code not in ranked or ranked[code][0] < rank:
            ranked[code] = (rank, Candidate(code, labels[index], round(score)))
    ordered = sorted(ranked.values(), key=lambda item: (-item[0], item[1].label))
    return [candidate for _rank, candidate in ordered[:MAX_CANDIDATES]]


class PlaceCandidates:
    """Candidates for unknown village and kecamatan names; labels are made once per file."""

    def __init__(self, places: PlaceIndex):
        pairs = [(key, region) for key, regions in places.villages.items() for region in regions]  # halves too
        self.villages = [region for _key, region in pairs]
        self.village_keys = [key for key, _region in pairs]
        described = {v.code: places.describe(v) for v in places.regions.villages()}
        self.village_labels = [described[v.code] for v in self.villages]
        self.known = set(places.villages)
        self.districts = [r for rs in places.districts.values() for r in rs]
        self.district_keys = [k for k, rs in places.districts.items() for _ in rs]
        self.district_labels = [self._district_label(places, d) for d in self.districts]

    @staticmethod
    def _district_label(places: PlaceIndex, district: Region) -> str:
        regency = places.regions.get(district.parent_code)
        return f"{district.name} (kecamatan, {regency.name if regency else '?'}; {district.code})"

    def villages_for(self, text: str, context: Context) -> list[Candidate]:
        keys = village_keys(text) if text else [("", None)]
        query = keys[0][0] if keys[0][0] in self.known else keys[-1][0]  # "Kampung Baru" is a name, not a prefix
        return _best(query, self.village_keys, self.villages, self.village_labels, context) if query else []

    def districts_for(self, text: str, context: Context) -> list[Candidate]:
        query = district_key(text)
        return _best(query, self.district_keys, self.districts, self.district_labels, context) if query else []


def occupation_candidates(text: str, names: Sequence[tuple[str, str]]) -> list[Candidate]:
    """Candidates among (programme code, label) pairs — the programme's names and Dukcapil's mapped ones."""
    found: dict[str, Candidate] = {}
    keys = [term(label) for _code, label in names]
    for _key, score, index in process.extract(term(text), keys, scorer=fuzz.WRatio, limit=POOL,
                                              score_cutoff=MIN_SCORE):
        code, label = names[index]
        if code not in found or found[code].score < round(score):
            found[code] = Candidate(code, label, round(score))
    return sorted(found.values(), key=lambda c: (-c.score, c.label))[:MAX_CANDIDATES]
