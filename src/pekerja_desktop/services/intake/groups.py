"""The values of a list nothing recognised, grouped for the clerk: each occupation text, village and kecamatan with
how many rows write it and its closest candidates (the office's own kabupaten first). The clerk settles a group
once for the whole file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pekerja_desktop.services.intake.candidates import (
    Candidate,
    Context,
    PlaceCandidates,
    occupation_candidates,
)
from pekerja_desktop.services.intake.choices import DISTRICT, OCCUPATION, VILLAGE, choice_key

KIND_ORDER = {DISTRICT: 0, VILLAGE: 1, OCCUPATION: 2}


@dataclass
class Group:
    kind: str  # occupation, village, district
    text: str  # as the list writes it (the first spelling met); "" for rows without any village
    key: str  # as compared: the choice made for the group applies to every row with this key
    row_numbers: list[int] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.row_numbers)


@dataclass(frozen=True)
class GroupedRow:
    row_number: int
    unresolved: Sequence[tuple[str, str]]
    district: str | None  # a kecamatan the row names (recognised), for ranking its village's candidates
    regency: str | None


def collect_groups(rows: Iterable[GroupedRow]) -> tuple[list[Group], dict[tuple[str, str], Counter]]:
    groups: dict[tuple[str, str], Group] = {}
    contexts: dict[tuple[str, str], Counter] = {}
    for row in rows:
        for kind, text in row.unresolved:
            key = (kind, choice_key(kind, text))
            group = groups.setdefault(key, Group(kind, text, key[1]))
            group.row_numbers.append(row.row_number)
            contexts.setdefault(key, Counter())[(row.district, row.regency)] += 1
    ordered = sorted(groups.values(), key=lambda g: (KIND_ORDER[g.kind], -g.count, g.key))
    return ordered, contexts


def add_candidates(groups: list[Group], contexts: dict[tuple[str, str], Counter], places: PlaceCandidates,
                   occupations: Sequence[tuple[str, str]], office_regency: str | None) -> None:
    """The closest candidates of every group, ranked with the rows' most common kecamatan/kabupaten."""
    for group in groups:
        (district, regency), _count = contexts[(group.kind, group.key)].most_common(1)[0]
        context = Context(office_regency, district, regency)
        if group.kind == VILLAGE:
            group.candidates = places.villages_for(group.text, context)
        elif group.kind == DISTRICT:
            group.candidates = places.districts_for(group.text, context)
        else:
            group.candidates = occupation_candidates(group.text, occupations)
