"""Runtime assets bundled inside the package, found the same way from source, wheel or frozen build."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pekerja_desktop.domain.regions import Region, RegionIndex


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "pekerja_desktop" / "resources"
    return Path(__file__).resolve().parent / "resources"


def asset_path(name: str) -> Path:
    return resources_dir() / name


@cache
def packaged_reference_data() -> dict:
    with asset_path("reference_data.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def packaged_regions() -> list[Region]:
    with asset_path("maluku_wilayah.csv").open(encoding="utf-8", newline="") as handle:
        return [Region(row["code"], row["name"], row["level"], row["parent_code"] or None)
                for row in csv.DictReader(handle)]


@cache
def packaged_region_index() -> RegionIndex:
    return RegionIndex(packaged_regions())


@dataclass(frozen=True)
class PackagedDukcapil:
    code: int
    name: str
    rule: str
    programme_code: str | None
    note: str


def packaged_dukcapil_occupations() -> list[PackagedDukcapil]:
    """Dukcapil's 89 occupations and their initial mapping (resources/dukcapil_pekerjaan.csv)."""
    with asset_path("dukcapil_pekerjaan.csv").open(encoding="utf-8", newline="") as handle:
        return [PackagedDukcapil(int(row["code"]), row["name"], row["rule"], row["programme_code"] or None, row["note"])
                for row in csv.DictReader(handle)]


@cache
def packaged_former_district_names() -> tuple[tuple[str, str], ...]:
    """(kecamatan code, former name): names village lists still use (resources/maluku_wilayah_former_names.csv)."""
    with asset_path("maluku_wilayah_former_names.csv").open(encoding="utf-8", newline="") as handle:
        return tuple((row["code"], row["former_name"]) for row in csv.DictReader(handle))
