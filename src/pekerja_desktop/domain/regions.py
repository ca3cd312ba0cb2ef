"""Maluku regions (Kemendagri codes, the ones in NIK digits 1–6), indexed for lookups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from pekerja_desktop.domain.text import fold_for_search

PROVINCE_MALUKU = "81"
VILLAGE_LEVELS = ("desa", "kelurahan")
REGENCY_LEVELS = ("kabupaten", "kota")


@dataclass(frozen=True)
class Region:
    code: str  # dotted, e.g. 81.01.01.2001
    name: str
    level: str  # provinsi, kabupaten, kota, kecamatan, kelurahan, desa
    parent_code: str | None

    @property
    def plain_code(self) -> str:
        return self.code.replace(".", "")


def plain_code(code: str) -> str:
    return code.replace(".", "")


def dotted_code(code: str) -> str:
    """'8101012001' or '81.01.01.2001' → '81.01.01.2001'."""
    digits = plain_code(code.strip())
    parts = [digits[0:2], digits[2:4], digits[4:6], digits[6:]]
    return ".".join(p for p in parts if p)


def _strip_prefix(name: str) -> str:
    folded = fold_for_search(name)
    for prefix in ("kabupaten ", "kab. ", "kab ", "kota "):
        if folded.startswith(prefix):
            return folded[len(prefix):]
    return folded


class RegionIndex:
    """All regions in memory (about 1,400 rows): lookups by code, parent and name."""

    def __init__(self, regions: Iterable[Region]):
        self._by_code: dict[str, Region] = {}
        self._children: dict[str, list[Region]] = defaultdict(list)
        self._by_name: dict[str, list[Region]] = defaultdict(list)
        for region in regions:
            self._by_code[region.code] = region
            if region.parent_code:
                self._children[region.parent_code].append(region)
            self._by_name[_strip_prefix(region.name)].append(region)
        for children in self._children.values():
            children.sort(key=lambda r: r.code)
        self._district_prefixes = {r.plain_code for r in self._by_code.values() if r.level == "kecamatan"}
        # codes as stored (dotted) found without rewriting them: the hub looks up every record's village
        self._dotted = {code: region for code, region in self._by_code.items() if dotted_code(code) == code}

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str | None) -> Region | None:
        if not code:
            return None
        found = self._dotted.get(code)
        return found if found is not None else self._by_code.get(dotted_code(code))

    def children(self, code: str) -> list[Region]:
        return list(self._children.get(code, ()))

    def regencies(self) -> list[Region]:
        return sorted((r for r in self._by_code.values() if r.level in REGENCY_LEVELS), key=lambda r: r.code)

    def villages(self) -> list[Region]:
        return sorted((r for r in self._by_code.values() if r.level in VILLAGE_LEVELS), key=lambda r: r.code)

    def is_village(self, code: str | None) -> bool:
        region = self.get(code)
        return region is not None and region.level in VILLAGE_LEVELS

    def knows_district_prefix(self, prefix6: str) -> bool:
        return prefix6 in self._district_prefixes

    def ancestors(self, code: str) -> dict[str, Region]:
        """{'kecamatan': …, 'kabupaten': …} for a village (the regency key is 'kabupaten' for kota too)."""
        found: dict[str, Region] = {}
        region = self.get(code)
        while region is not None and region.parent_code:
            region = self._by_code.get(region.parent_code)
            if region is None:
                break
            key = "kabupaten" if region.level in REGENCY_LEVELS else region.level
            found[key] = region
        return found

    def find_by_name(self, name: str, levels: tuple[str, ...]) -> list[Region]:
        return [r for r in self._by_name.get(_strip_prefix(name), ()) if r.level in levels]

    def resolve_village(self, village: str, district: str | None = None,
                        regency: str | None = None) -> list[Region]:
        """Villages matching a name or code, narrowed by kecamatan and kabupaten/kota names or codes."""
        direct = self.get(village) if village.replace(".", "").isdigit() else None
        if direct is not None:
            return [direct] if direct.level in VILLAGE_LEVELS else []
        candidates = self.find_by_name(village, VILLAGE_LEVELS)
        if district:
            candidates = [c for c in candidates if self._matches(c.parent_code, district)]
        if regency:
            candidates = [c for c in candidates if self._matches(self._parent(c.parent_code), regency)]
        return candidates

    def _parent(self, code: str | None) -> str | None:
        region = self._by_code.get(code) if code else None
        return region.parent_code if region else None

    def _matches(self, code: str | None, name_or_code: str) -> bool:
        region = self._by_code.get(code) if code else None
        if region is None:
            return False
        wanted = name_or_code.strip()
        if wanted.replace(".", "").isdigit():
            return region.plain_code == plain_code(wanted)
        return _strip_prefix(region.name) == _strip_prefix(wanted)

    def search(self, text: str, levels: tuple[str, ...], parent_code: str | None = None,
               limit: int = 50) -> list[Region]:
        """Type-ahead: name fragment or code prefix."""
        folded = fold_for_search(text)
        digits = plain_code(text.strip())
        pool = self.children(parent_code) if parent_code else self._by_code.values()
        hits = [r for r in pool if r.level in levels
                and (folded in fold_for_search(r.name) or (digits.isdigit() and r.plain_code.startswith(digits)))]
        return sorted(hits, key=lambda r: (not fold_for_search(r.name).startswith(folded), r.name))[:limit]
