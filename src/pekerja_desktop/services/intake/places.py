"""What a list's desa and kecamatan cells mean, as desa offices write them: "Negeri Tulehu", "Desa Waai", "Ohoi
Ngilngof", "Kel. Nusaniwe", "Kec. Salahutu"; words joined or split ("Rumahtiga" for "Rumah Tiga"); one half of
an official name with a slash ("Hunuth" for "Hunuth/Durian Patah"); a former kecamatan name (packaged data); a
village code. Exact readings only: near spellings become candidates the clerk chooses from (`candidates.py`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from pekerja_desktop.domain.findings import Finding
from pekerja_desktop.domain.regions import REGENCY_LEVELS, VILLAGE_LEVELS, Region, RegionIndex
from pekerja_desktop.services.intake.cells import term
from pekerja_desktop.services.intake.messages import intake_error, intake_warning

VILLAGE_PREFIXES = {"negeri": None, "desa": "desa", "ds": "desa", "kelurahan": "kelurahan", "kel": "kelurahan",
                    "ohoi": None, "kampung": None}
DISTRICT_PREFIXES = ("kecamatan", "kec")
REGENCY_PREFIXES = ("kabupaten", "kab", "kota")


def compact(text: str) -> str:
    """Words folded and joined: 'Rumah  Tiga' and 'RUMAHTIGA' compare equal."""
    return term(text).replace(" ", "")


def _without_prefix(text: str, prefixes: Iterable[str]) -> tuple[str, str | None]:
    words = term(text).split()
    if len(words) > 1 and words[0] in prefixes:
        return " ".join(words[1:]), words[0]
    return term(text), None


def village_keys(text: str) -> list[tuple[str, str | None]]:
    """(compact key, level the prefix names) to try in order: the name as written, then without its prefix."""
    keys: list[tuple[str, str | None]] = [(compact(text), None)]
    rest, prefix = _without_prefix(text, VILLAGE_PREFIXES)
    if prefix is not None:
        keys.append((rest.replace(" ", ""), VILLAGE_PREFIXES[prefix]))
    return keys


def district_key(text: str) -> str:
    return _without_prefix(text, DISTRICT_PREFIXES)[0].replace(" ", "")


def regency_key(text: str) -> str:
    return _without_prefix(text, REGENCY_PREFIXES)[0].replace(" ", "")


def _halves(name: str) -> list[str]:
    parts = [p for p in name.split("/") if p.strip()]
    return [compact(p) for p in parts] if len(parts) > 1 else []


@dataclass(frozen=True)
class PlaceReading:
    code: str  # the village (or kecamatan) found, "" when none
    finding: Finding | None
    unresolved: bool = False


class PlaceIndex:
    """Villages, kecamatan and kabupaten/kota by compact name (former kecamatan names and slash halves included)."""

    def __init__(self, regions: RegionIndex, former_districts: Iterable[tuple[str, str]] = ()):
        self.regions = regions
        self.villages: dict[str, list[Region]] = defaultdict(list)
        self.districts: dict[str, list[Region]] = defaultdict(list)
        self.regencies: dict[str, list[Region]] = defaultdict(list)
        for region in regions.villages():
            for key in {compact(region.name), *_halves(region.name)}:
                self.villages[key].append(region)
        for region in self._all(regions):
            if region.level == "kecamatan":
                self.districts[compact(region.name)].append(region)
            elif region.level in REGENCY_LEVELS:
                self.regencies[regency_key(region.name)].append(region)
        for code, former in former_districts:
            renamed = regions.get(code)
            if renamed is not None and renamed not in self.districts[compact(former)]:
                self.districts[compact(former)].append(renamed)

    @staticmethod
    def _all(regions: RegionIndex) -> list[Region]:
        found: list[Region] = []
        for regency in regions.regencies():
            found.append(regency)
            found.extend(regions.children(regency.code))
        return found

    # --- kabupaten/kota and kecamatan ----------------------------------------------------------------

    def regency(self, text: str) -> Region | None:
        if not text:
            return None
        direct = self.regions.get(text) if text.replace(".", "").strip().isdigit() else None
        if direct is not None:
            return direct if direct.level in REGENCY_LEVELS else None
        found = self.regencies.get(regency_key(text), [])
        if len(found) > 1:  # "Kota Ambon" / "Kabupaten X": the prefix decides
            level = "kota" if term(text).startswith("kota") else "kabupaten"
            found = [r for r in found if r.level == level] or found
        return found[0] if len(found) == 1 else None

    def district(self, text: str, regency: Region | None) -> list[Region]:
        """Kecamatan for a name or code, those in `regency` when several share the name."""
        direct = self.regions.get(text) if text.replace(".", "").strip().isdigit() else None
        if direct is not None:
            return [direct] if direct.level == "kecamatan" else []
        found = list(self.districts.get(district_key(text), []))
        if len(found) > 1 and regency is not None:
            found = [r for r in found if r.parent_code == regency.code] or found
        return found

    # --- villages ---------------------------------------------------------------------------------------

    def villages_named(self, text: str) -> list[Region]:
        """Villages for a name or code as written: the whole name first, then without a prefix ("Negeri Lima" is a
        desa's own name; "Negeri Tulehu" is Tulehu), narrowed by the level a prefix names."""
        direct = self.regions.get(text) if text.replace(".", "").strip().isdigit() else None
        if direct is not None:
            return [direct] if direct.level in VILLAGE_LEVELS else []
        for key, level in village_keys(text):
            found = self.villages.get(key, [])
            if found and level:
                return [r for r in found if r.level == level] or list(found)
            if found:
                return list(found)
        return []

    def within(self, villages: list[Region], district: Region | None, regency: Region | None) -> list[Region]:
        if district is not None:
            return [v for v in villages if v.parent_code == district.code]
        if regency is not None:
            return [v for v in villages if self._regency_of(v) == regency.code]
        return villages

    def _regency_of(self, village: Region) -> str | None:
        above = self.regions.ancestors(village.code).get("kabupaten")
        return above.code if above else None

    def describe(self, region: Region) -> str:
        above = self.regions.ancestors(region.code)
        district, regency = above.get("kecamatan"), above.get("kabupaten")
        where = ", ".join(p for p in (f"Kec. {district.name}" if district else "", regency.name if regency else "")
                          if p)
        return f"{region.name} ({region.level}, {where}; {region.code})"

    def read_village(self, text: str, district: Region | None, regency: Region | None,
                     district_written: str = "") -> PlaceReading:
        """The village a row means, or why not (unresolved: the clerk settles it once for the file)."""
        named = self.villages_named(text)
        found = self.within(named, district, regency)
        if len(found) == 1:
            return PlaceReading(found[0].code, None)
        if not found and district is not None:  # a former or wrong kecamatan: unique in the kabupaten will do
            wider = self.within(named, None, regency or self.regions.get(district.parent_code))
            if len(wider) == 1:
                found_in = self.regions.get(wider[0].parent_code)
                return PlaceReading(wider[0].code, intake_warning(
                    "intake.village_other_district", "village_code", village=wider[0].name,
                    found=found_in.name if found_in else "?", written=district_written or district.name))
        if len(found) > 1:
            listed = "; ".join(self.describe(r) for r in found)
            return PlaceReading("", intake_error("intake.village_ambiguous", "village_code", name=text,
                                                 candidates=listed), unresolved=True)
        return PlaceReading("", intake_error("intake.village_unresolved", "village_code", text=text),
                            unresolved=True)
