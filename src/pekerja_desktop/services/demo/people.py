"""Synthetic but plausible Maluku workers for demo data: pure functions of a seeded random generator.

Everything a record needs is made here, already in the canonical form `normalise_participant` gives,
and valid against the reference sets it was built from (no errors, no warnings). Storage is the
caller's business (`services.demo`).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from bisect import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from pekerja_desktop.assets import asset_path
from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.domain.participant import HeirData, ParticipantData
from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.domain.text import normalise_name
from pekerja_desktop.domain.validation import ReferenceSets

SHARE_MEN = 0.62  # fishers, farmers and drivers are mostly men
NIK_OWN_DISTRICT, NIK_SAME_REGENCY = 0.88, 0.96  # else a NIK first issued anywhere in Maluku
AGE_YOUNGEST, AGE_OLDEST, AGE_MODE = 18, 62, 38
MAX_NIK_SERIAL = 9999


@cache
def demo_material_file() -> dict:
    with asset_path("demo_people.json").open(encoding="utf-8") as handle:
        return json.load(handle)


class WeightedChoice:
    """Pick items with given weights, fast (one random number and a bisection)."""

    def __init__(self, items: Iterable, weights: Iterable[float]):
        pairs = [(item, weight) for item, weight in zip(items, weights, strict=True) if weight > 0]
        if not pairs:
            raise ValueError("nothing to choose from")
        self.items = [item for item, _ in pairs]
        self._cumulative = list(accumulate(weight for _, weight in pairs))
        self._total = self._cumulative[-1]

    def pick(self, rng: random.Random):
        return self.items[bisect(self._cumulative, rng.random() * self._total)]


@dataclass(frozen=True)
class Place:
    """A village people live in, with what the generator needs to know about it."""
    village_code: str  # dotted, e.g. 81.01.01.2001
    district: str  # kecamatan, 6 digits as in the NIK
    regency: str  # dotted kabupaten/kota code, e.g. 81.01
    name: str  # canonical, usable as a birth place
    urban: bool  # kelurahan


@dataclass(frozen=True)
class Material:
    """The demo material filtered by the office's current reference data."""
    places: WeightedChoice
    districts: dict[str, list[str]]  # regency → its kecamatan (6 digits)
    regencies: dict[str, dict]
    occupations: dict[str, WeightedChoice]  # by sex
    funding_sources: WeightedChoice
    relationships: frozenset[str]
    ages: tuple[int, int]
    names: dict


def build_material(ref: ReferenceSets, home_regency: str | None = None) -> Material:
    """`home_regency` (a field office's kabupaten/kota, e.g. "81.71"): its people live there, as an office's
    register would; without it (the hub) across the province."""
    raw = demo_material_file()
    regencies: list[str] = [home_regency] if home_regency and home_regency in raw["regencies"] \
        else list(raw["regencies"])
    places = _places(ref.regions, regencies)
    return Material(
        places=_population_weighted(places, raw["regencies"], raw["kelurahan_weight"]),
        districts=_districts_by_regency(places),
        regencies=raw["regencies"],
        occupations={sex: _choice_of(weights, ref.occupations) for sex, weights in raw["occupations"].items()},
        funding_sources=_choice_of(raw["funding_sources"], ref.funding_sources),
        relationships=ref.relationships,
        ages=(max(AGE_YOUNGEST, ref.age_min + 1), min(AGE_OLDEST, ref.age_max - 2)),
        names=raw,
    )


def _places(regions: RegionIndex, regency_codes: Iterable[str]) -> list[Place]:
    wanted = set(regency_codes)
    found = []
    for village in regions.villages():
        district = regions.get(village.parent_code)
        if district is None or district.parent_code not in wanted:
            continue
        name = normalise_name(village.name.split("/")[0])
        found.append(Place(village.code, district.plain_code, district.parent_code, name, village.level == "kelurahan"))
    return found


def _population_weighted(places: Sequence[Place], regencies: dict, urban_weight: float) -> WeightedChoice:
    """Each regency gets its population; within it, a kelurahan counts `urban_weight` desa."""
    shares: dict[str, float] = defaultdict(float)
    for place in places:
        shares[place.regency] += urban_weight if place.urban else 1
    weights = [regencies[p.regency]["population"] * (urban_weight if p.urban else 1) / shares[p.regency]
               for p in places]
    return WeightedChoice(places, weights)


def _districts_by_regency(places: Iterable[Place]) -> dict[str, list[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for place in places:
        found[place.regency].add(place.district)
    return {regency: sorted(districts) for regency, districts in found.items()}


def _choice_of(weights: dict[str, float], allowed: frozenset[str]) -> WeightedChoice:
    """Only codes still active in the reference data; if none of ours is, any active code."""
    usable = {code: weight for code, weight in weights.items() if code in allowed}
    if not any(usable.values()):
        usable = dict.fromkeys(sorted(allowed), 1)
    return WeightedChoice(usable.keys(), usable.values())


class QuickRandom(random.Random):
    """`random.Random` whose choice/randint/randrange cost one `random()` call each (several times cheaper
    than the exact ones; the bias, below 1e-15 for our small ranges, does not matter for demo data)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start) // step))


@dataclass(frozen=True)
class Household:
    muslim: bool
    group: str  # a family-name group of demo_people.json


class PersonFactory:
    """Makes one participant at a time; every NIK it hands out is added to `taken`."""

    def __init__(self, material: Material, seed: int | str, anchor: dt.date, taken: set[str]):
        self.m = material
        self.rng = QuickRandom(seed)
        self.anchor = anchor  # birth dates are counted from here, so a seed gives the same people all year
        self.taken = taken

    # --- the participant --------------------------------------------------------------------------

    def person(self, created_at: dt.datetime, today: dt.date) -> ParticipantData:
        rng, place = self.rng, self.m.places.pick(self.rng)
        sex = "L" if rng.random() < SHARE_MEN else "P"
        home = self._household(place.regency)
        birth = self._birth_date(int(rng.triangular(self.m.ages[0], self.m.ages[1] + 1, AGE_MODE)))
        district = self._nik_district(place)
        family = self.family_name(home)
        heirs, mother = self._heirs(sex, birth, home, family, district)
        return ParticipantData(
            nik=self.unique_nik(district, birth, sex), full_name=self.full_name(sex, home, family),
            birth_place=self._birth_place(place, home), birth_date=birth, sex=sex, mother_name=mother,
            address=self._address(place), rt_rw=self._rt_rw(place), village_code=place.village_code,
            phone=self.phone(0.85), occupation=self.m.occupations[sex].pick(rng),
            funding_source=self.m.funding_sources.pick(rng), coverage_start=coverage_start(created_at, today),
            consent_given=True, heirs=heirs)

    def _household(self, regency: str) -> Household:
        profile = self.m.regencies[regency]
        group = self.rng.choice(profile["families"])
        if self.rng.random() < 0.05:  # people move: a family name from elsewhere in Maluku
            group = self.rng.choice(sorted(self.m.names["families"]))
        return Household(self.rng.random() < profile["muslim_share"], group)

    def _nik_district(self, place: Place) -> str:
        draw = self.rng.random()
        if draw < NIK_OWN_DISTRICT:
            return place.district
        if draw < NIK_SAME_REGENCY:
            return self.rng.choice(self.m.districts[place.regency])
        return self.m.places.pick(self.rng).district

    def _birth_date(self, age: int) -> dt.date:
        """Born in the year `anchor.year - age`, never after the anchor."""
        start = dt.date(self.anchor.year - age, 1, 1)
        latest = min(364, (self.anchor - start).days)
        return start + dt.timedelta(days=self.rng.randint(0, latest))

    def unique_nik(self, district: str, birth: dt.date, sex: str) -> str:
        """Serials are small, as in a real kecamatan; the next free one on a clash."""
        draw = self.rng.random()
        serial = self.rng.randint(1, 9) if draw < 0.8 else self.rng.randint(10, 400) if draw < 0.98 \
            else self.rng.randint(401, MAX_NIK_SERIAL)
        for _ in range(MAX_NIK_SERIAL):
            nik = encode_nik(district, birth, sex, serial)
            if nik not in self.taken:
                self.taken.add(nik)
                return nik
            serial = serial % MAX_NIK_SERIAL + 1
        raise RuntimeError(f"no free NIK serial for {district} {birth} {sex}")

    # --- names ------------------------------------------------------------------------------------

    def given_name(self, sex: str, muslim: bool) -> str:
        pool = self.m.names["given_names"]["muslim" if muslim else "christian"][sex]
        first = self.rng.choice(pool)
        if self.rng.random() < 0.22:
            second = self.rng.choice(pool)
            if second != first and " " not in first + second:
                return f"{first} {second}"
        return first

    def family_name(self, home: Household) -> str | None:
        """None for migrants without a family name (Buton, Bugis, Javanese naming)."""
        groups = self.m.names["families"]
        pool = groups[home.group]["muslim" if home.muslim else "christian"]
        if not pool:
            return None
        return self.rng.choice(pool)

    def full_name(self, sex: str, home: Household, family: str | None) -> str:
        if family is None:
            return self.rng.choice(self.m.names["migrant_names"][sex])
        return f"{self.given_name(sex, home.muslim)} {family}"

    # --- heirs ------------------------------------------------------------------------------------

    def named(self, sex: str, home: Household, family: str | None) -> str:
        given = self.given_name(sex, home.muslim)
        return f"{given} {family}" if family else given

    def _heirs(self, sex: str, birth: dt.date, home: Household, family: str | None,
               district: str) -> tuple[list[HeirData], str]:
        """Spouse and children; else parents (the mother is the participant's mother) or siblings."""
        age = self.anchor.year - birth.year
        mother = self.named("P", home, self.family_name(home) if self.rng.random() < 0.7 else None)
        if self.rng.random() < _married_share(age):
            spouse, spouse_family = self._spouse(sex, age, home, family, district)
            assert spouse.birth_date is not None  # a generated spouse always has one
            mother_age = age if sex == "P" else self.anchor.year - spouse.birth_date.year
            heirs = [spouse, *self._children(home, family if sex == "L" else spouse_family, mother_age)]
        elif age < 45:
            heirs = self._parents(mother, home, family, age)
        else:
            heirs = [self._sibling(home, family, age) for _ in range(self.rng.randint(1, 2))]
        return [h for h in heirs if h.relationship in self.m.relationships], mother

    def _spouse(self, sex: str, age: int, home: Household, family: str | None,
                district: str) -> tuple[HeirData, str | None]:
        spouse_sex = "P" if sex == "L" else "L"
        gap = self.rng.randint(0, 7)
        birth = self._birth_date(max(AGE_YOUNGEST - 1, age - gap if sex == "L" else age + gap))
        spouse_family: str | None
        if spouse_sex == "P" and family and self.rng.random() < 0.7:
            spouse_family = family  # a wife known by her husband's family name
            name = self.named("P", home, family)
        else:
            spouse_family = self.family_name(home)
            name = self.full_name(spouse_sex, home, spouse_family)
        nik = self.unique_nik(district, birth, spouse_sex) if self.rng.random() < 0.35 else None
        relationship = "ISTRI" if spouse_sex == "P" else "SUAMI"
        return HeirData(name, relationship, birth, self.phone(0.3), nik), spouse_family

    def _children(self, home: Household, family: str | None, mother_age: int) -> list[HeirData]:
        """Oldest first, each with a name of their own, born when the mother was 19 to 42."""
        room = min(4, max(0, (mother_age - 19) // 3))
        children: dict[str, HeirData] = {}
        for _ in range(self.rng.randint(0, room)):
            child_age = mother_age - self.rng.randint(19, min(mother_age, 42))
            name = self.named("L" if self.rng.random() < 0.5 else "P", home, family)
            children.setdefault(name, HeirData(name, "ANAK", self._birth_date(child_age), None, None))
        return sorted(children.values(), key=lambda child: child.birth_date or dt.date.min)  # all have one

    def _parents(self, mother: str, home: Household, family: str | None, age: int) -> list[HeirData]:
        heirs = [HeirData(mother, "IBU", self._birth_date(age + self.rng.randint(20, 35)), self.phone(0.4), None)]
        if self.rng.random() < 0.6:
            father_birth = self._birth_date(age + self.rng.randint(23, 40))
            heirs.append(HeirData(self.named("L", home, family), "AYAH", father_birth, None, None))
        if self.rng.random() < 0.2:
            heirs.append(self._sibling(home, family, age))
        return heirs

    def _sibling(self, home: Household, family: str | None, age: int) -> HeirData:
        sex = "L" if self.rng.random() < 0.5 else "P"
        birth = self._birth_date(max(AGE_YOUNGEST, age + self.rng.randint(-8, 8)))
        return HeirData(self.named(sex, home, family), "SAUDARA", birth, self.phone(0.5), None)

    # --- contact and address ----------------------------------------------------------------------

    def phone(self, share: float) -> str | None:
        if self.rng.random() >= share:
            return None
        prefix = self.rng.choice(self.m.names["phone_prefixes"])
        digits = 8 if self.rng.random() < 0.8 else 7
        return f"{prefix}{self.rng.randrange(10 ** (digits - 1), 10 ** digits)}"

    def _birth_place(self, place: Place, home: Household) -> str:
        draw = self.rng.random()
        if (home.group == "migrant" and draw < 0.7) or draw >= 0.85:
            return self.rng.choice(self.m.names["birth_places_elsewhere"])
        if draw < 0.55:
            return place.name
        return self.rng.choice(self.m.regencies[place.regency]["towns"])

    def _address(self, place: Place) -> str:
        names = self.m.names
        if place.urban and self.rng.random() < 0.25:
            return f"{self.rng.choice(names['urban_lanes'])} No. {self.rng.randint(1, 60)}"
        if place.urban or self.rng.random() < 0.3:
            return f"{self.rng.choice(names['streets'])} No. {self.rng.randint(1, 120)}"
        return self.rng.choice(names["hamlets"])

    def _rt_rw(self, place: Place) -> str:
        rt = self.rng.randint(1, 20 if place.urban else 8)
        rw = self.rng.randint(1, 8 if place.urban else 4)
        return f"{rt:03d}/{rw:03d}"


def _married_share(age: int) -> float:
    return 0.2 if age < 22 else 0.5 if age < 26 else 0.7 if age < 30 else 0.85


def coverage_start(created_at: dt.datetime, today: dt.date) -> dt.date:
    """The first of the month after the enrolment, or the enrolment day itself while that is still ahead."""
    created = created_at.astimezone(WIT).date()
    next_month = (created.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return next_month if next_month <= today else created


WIT = dt.timezone(dt.timedelta(hours=9), "WIT")  # Maluku time
OFFICE_OPENS, OFFICE_MINUTES = dt.time(8, 0), 7 * 60 + 30


def creation_times(seed: int | str, count: int, today: dt.date, days: int = 180) -> list[dt.datetime]:
    """`count` enrolment moments (UTC, ascending) on the office days of the last `days` days before today."""
    rng = QuickRandom(seed)
    times = []
    for _ in range(count):
        day = today - dt.timedelta(days=rng.randint(1, days))
        if day.weekday() >= 5 and rng.random() < 0.9:  # weekends: mostly the Friday before
            day -= dt.timedelta(days=day.weekday() - 4)
        minute = rng.randrange(OFFICE_MINUTES)
        local = dt.datetime.combine(day, OFFICE_OPENS, WIT) + dt.timedelta(minutes=minute, seconds=rng.randrange(60))
        times.append(local.astimezone(dt.UTC))
    times.sort()
    return times
