"""The enrolment recap (Rekap Pendaftaran): participants per office and per kabupaten/kota → kecamatan →
desa/kelurahan, counted by status and by sex, with totals.

A record's status is the one its office gave it, except that a record the hub has rejected counts as
rejected at the hub (its office hears of it with the next ack). At a field office only its own records count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Case, case, func, select
from sqlmodel import Session, col

from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.store.models import Office, Participant, ParticipantStatus
from pekerja_desktop.store.sync_models import SyncHubRecord, Verdict

STATUSES = (ParticipantStatus.DRAFT.value, ParticipantStatus.ACTIVE.value, ParticipantStatus.REJECTED.value,
            ParticipantStatus.ENDED.value)
SEXES = ("L", "P")
UNKNOWN = ""  # the key of a region or sex that is not known


@dataclass
class Counts:
    status: Counter = field(default_factory=Counter)
    sex: Counter = field(default_factory=Counter)  # L, P, or UNKNOWN for a draft without it

    @property
    def total(self) -> int:
        return sum(self.status.values())

    def add(self, status: str, sex: str, count: int) -> None:
        self.status[status] += count
        self.sex[sex if sex in SEXES else UNKNOWN] += count


@dataclass
class OfficeCount:
    code: str
    name: str
    counts: Counts = field(default_factory=Counts)


@dataclass
class RegionCount:
    """A kabupaten/kota, kecamatan or desa/kelurahan (code UNKNOWN: not in the region list), with its parts."""
    code: str
    name: str
    counts: Counts = field(default_factory=Counts)
    parts: dict[str, RegionCount] = field(default_factory=dict)

    @property
    def children(self) -> list[RegionCount]:
        return sorted(self.parts.values(), key=lambda r: (r.code == UNKNOWN, r.code))

    def part(self, code: str, name: str) -> RegionCount:
        return self.parts.setdefault(code, RegionCount(code, name))


@dataclass
class Recap:
    office_code: str | None  # None: every office (the hub)
    offices: list[OfficeCount]
    regencies: list[RegionCount]
    total: Counts

    @property
    def has_unknown_sex(self) -> bool:
        return self.total.sex[UNKNOWN] > 0


def _effective_status() -> Case[str]:
    return case((col(SyncHubRecord.status) == Verdict.REJECTED.value, ParticipantStatus.REJECTED.value),
                else_=col(Participant.status))


def _grouped_counts(session: Session, office_code: str | None) -> list[tuple]:
    status = _effective_status()
    office, village, sex = col(Participant.office_code), col(Participant.village_code), col(Participant.sex)
    query = (select(office, village, status, sex, func.count())
             .outerjoin(SyncHubRecord, col(SyncHubRecord.uuid) == col(Participant.uuid))
             .group_by(office, village, status, sex))
    if office_code is not None:
        query = query.where(office == office_code)
    return [tuple(row) for row in session.execute(query)]


def _region_path(regions: RegionIndex, village_code: str | None) -> list[tuple[str, str]]:
    """[(code, name)] of the kabupaten/kota, kecamatan and desa of a village; UNKNOWN where not found."""
    village = regions.get(village_code) if regions.is_village(village_code) else None
    if village is None:
        return [(UNKNOWN, "")] * 3
    above = regions.ancestors(village.code)
    regency, district = above.get("kabupaten"), above.get("kecamatan")
    return [(regency.code, regency.name) if regency else (UNKNOWN, ""),
            (district.code, district.name) if district else (UNKNOWN, ""), (village.code, village.name)]


def compute_recap(session: Session, regions: RegionIndex, office_code: str | None = None) -> Recap:
    """Counts of every participant (hub) or of `office_code`'s participants (field office)."""
    names: dict[str, str] = dict(session.execute(select(col(Office.code), col(Office.name))).all())
    offices: dict[str, OfficeCount] = {}
    root = RegionCount(UNKNOWN, "")
    total = Counts()
    paths: dict[str | None, list[tuple[str, str]]] = {}
    for office, village_code, status, sex, count in _grouped_counts(session, office_code):
        office_count = offices.setdefault(office, OfficeCount(office, names.get(office, "")))
        path = paths.get(village_code) or paths.setdefault(village_code, _region_path(regions, village_code))
        node = root
        for code, name in path:
            node = node.part(code, name)
            node.counts.add(status, sex, count)
        office_count.counts.add(status, sex, count)
        total.add(status, sex, count)
    return Recap(office_code, sorted(offices.values(), key=lambda o: o.code), root.children, total)
