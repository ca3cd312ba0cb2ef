"""The planted-duplicate corpus: demo people across the province's offices, some of them enrolled a second time —
by the same office or by another after a move — with a clerk's typing mistakes (typos.py), and twins (same KK,
mother, birth date and village, NIKs one serial apart, names of their own) that are two people however alike.

Deterministic for a seed; the truth (which pairs are one person) travels with it, so the precision and recall of
the duplicate search can be measured on it (tests/services/duplicates/, bench/bench_duplicates.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.domain.validation import ReferenceSets
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.demo.people import (
    MAX_NIK_SERIAL,
    Material,
    PersonFactory,
    build_material,
    creation_times,
)
from pekerja_desktop.services.demo.typos import birth_typo, name_variant, nik_typo
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.store.models import ParticipantStatus

SHARE_DUPLICATES, SHARE_TWINS = 0.02, 0.01  # of the corpus's records
SHARE_WITH_KK = 0.6  # forms do not always carry the KK number; village lists do
SAME_VILLAGE, SAME_KECAMATAN = 0.55, 0.75  # else the person moved elsewhere in Maluku (another office)


@dataclass(frozen=True)
class PlantedRecord:
    office_code: str  # the field office of the record's kabupaten/kota, e.g. 8171A
    data: ParticipantData
    created_at: dt.datetime


@dataclass
class PlantedCorpus:
    records: list[PlantedRecord] = field(default_factory=list)
    same: set[frozenset[int]] = field(default_factory=set)  # pairs of indexes into `records`: one person twice
    twins: set[frozenset[int]] = field(default_factory=set)  # pairs that are two people, however alike


def office_of(village_code: str) -> str:
    """The field office of a village's kabupaten/kota: 81.71.01.1001 → 8171A."""
    return village_code[:5].replace(".", "") + "A"


class _Planter:
    def __init__(self, material: Material, seed: int, today: dt.date):
        self.taken: set[str] = set()
        self.factory = PersonFactory(material, f"planted-{seed}", dt.date(today.year, 1, 1), self.taken)
        self.rng = self.factory.rng
        self.today = today

    def base(self, created_at: dt.datetime) -> PlantedRecord:
        data = self.factory.person(created_at, self.today)
        if self.rng.random() < SHARE_WITH_KK:
            data = dataclasses.replace(data, kk_number=data.nik[:6] + f"{self.rng.randrange(10 ** 10):010d}")
        return PlantedRecord(office_of(data.village_code), data, created_at)

    def again(self, first: PlantedRecord, created_at: dt.datetime) -> PlantedRecord:
        """The same person enrolled a second time, typed by another hand."""
        rng, data = self.rng, first.data
        village = self._village_near(data.village_code)
        nik = nik_typo(rng, data.nik)
        while nik != data.nik and nik in self.taken:
            nik = nik_typo(rng, data.nik)
        self.taken.add(nik)
        assert data.birth_date is not None
        mother = data.mother_name if rng.random() < 0.7 else (
            name_variant(rng, data.mother_name) if data.mother_name and rng.random() < 0.67 else None)
        sex = data.sex if rng.random() < 0.99 else ("P" if data.sex == "L" else "L")
        second = dataclasses.replace(
            data, nik=nik, full_name=name_variant(rng, data.full_name), birth_date=birth_typo(rng, data.birth_date),
            sex=sex, village_code=village, mother_name=mother,
            kk_number=data.kk_number if rng.random() < 0.7 else "")
        return PlantedRecord(office_of(village), second, created_at)

    def twin(self, first: PlantedRecord, created_at: dt.datetime) -> PlantedRecord:
        """A twin brother or sister: everything shared but the given name (and perhaps the sex)."""
        data = first.data
        assert data.birth_date is not None
        sex = "L" if self.rng.random() < 0.5 else "P"
        serial = int(data.nik[12:]) % MAX_NIK_SERIAL + 1
        nik = encode_nik(data.nik[:6], data.birth_date, sex, serial)
        while nik in self.taken:
            serial = serial % MAX_NIK_SERIAL + 1
            nik = encode_nik(data.nik[:6], data.birth_date, sex, serial)
        self.taken.add(nik)
        family = data.full_name.split()[-1] if len(data.full_name.split()) > 1 else ""
        given = self.factory.given_name(sex, self.rng.random() < 0.5)
        while given.split()[0] == data.full_name.split()[0]:
            given = self.factory.given_name(sex, self.rng.random() < 0.5)
        twin = dataclasses.replace(data, nik=nik, sex=sex, full_name=f"{given} {family}".strip())
        return PlantedRecord(first.office_code, twin, created_at)

    def _village_near(self, village: str) -> str:
        draw = self.rng.random()
        if draw < SAME_VILLAGE:
            return village
        places = self.factory.m.places
        if draw < SAME_KECAMATAN:
            for _ in range(40):
                place = places.pick(self.rng)
                if place.village_code[:8] == village[:8] and place.village_code != village:
                    return place.village_code
            return village
        return places.pick(self.rng).village_code


def planted_corpus(ref: ReferenceSets, count: int, *, seed: int = 1, today: dt.date | None = None,
                   share_duplicates: float = SHARE_DUPLICATES, share_twins: float = SHARE_TWINS) -> PlantedCorpus:
    """`count` records across Maluku, of which about `share_duplicates` are a second enrolment of an earlier one
    and `share_twins` a twin of one."""
    today = today or dt.date.today()
    planter = _Planter(build_material(ref), seed, today)
    duplicates, twins = round(count * share_duplicates), round(count * share_twins)
    moments = creation_times(f"planted-created-{seed}", count, today)
    corpus = PlantedCorpus()
    bases = count - duplicates - twins
    corpus.records.extend(planter.base(moments[i]) for i in range(bases))
    chosen = planter.rng.sample(range(bases), duplicates + twins)
    for step, index in enumerate(chosen):
        first, moment = corpus.records[index], moments[bases + step]
        pairs = corpus.same if step < duplicates else corpus.twins
        make = planter.again if step < duplicates else planter.twin
        corpus.records.append(make(first, max(moment, first.created_at + dt.timedelta(hours=1))))
        pairs.add(frozenset((index, len(corpus.records) - 1)))
    return corpus


def store_planted(ctx: AppContext, corpus: PlantedCorpus, *, chunk: int = 20_000) -> list[str]:
    """Insert the corpus as active participants of their offices (in the hub's database), one write transaction a
    chunk; returns the registration numbers in the corpus's order."""
    numbers = [""] * len(corpus.records)
    for start in range(0, len(corpus.records), chunk):
        by_office: dict[str, list[int]] = defaultdict(list)
        for index in range(start, min(start + chunk, len(corpus.records))):
            by_office[corpus.records[index].office_code].append(index)
        with ctx.db.write() as session:
            for office, indexes in sorted(by_office.items()):
                batch = [PreparedEnrolment(corpus.records[i].data, status=ParticipantStatus.ACTIVE.value,
                                           source="planted", created_at=corpus.records[i].created_at)
                         for i in indexes]
                for index, number in zip(indexes, insert_prepared(session, office, ctx.actor, batch), strict=True):
                    numbers[index] = number
    return numbers
