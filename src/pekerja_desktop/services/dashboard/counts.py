"""The dashboard's aggregate queries: plain counts keyed by plain values, each a single scan of an index.

Every count is over the same population, the enrolments that count towards coverage: finished
(`status = active`) and, at the hub, not rejected by the hub's verdict. `services.dashboard` turns these
counts into figures, each with the register query that lists the people behind it (the same conditions,
in `services.search`).

At the hub the finished records the hub rejected (a few, reached from `sync_hub_record.status`) are counted
in one more pass and subtracted: a NOT IN test on every one of 500,000 rows would cost more than the rest
of the dashboard together.

- people by regency, occupation, sex and office: one pass over `ix_participant_dashboard` (status, village,
  occupation, sex, office), grouped in index order so SQLite streams it without sorting;
- age groups and days: one statement of range counts over `ix_participant_status_birth_date` and
  `ix_participant_status_created_at` (age groups are birth-date ranges, days are local-day ranges);
- `bundles_received`: (hub) the data bundles imported from each office.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Select, case, func, select
from sqlmodel import Session, and_, col

from pekerja_desktop.domain.dates import local_day_bounds_utc
from pekerja_desktop.store.bulk import chunks
from pekerja_desktop.store.models import Participant, ParticipantStatus
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncHubRecord, Verdict

AGE_LIMITS = (20, 30, 40, 50, 60)  # the groups: <20, 20–29, 30–39, 40–49, 50–59, 60+
DateRange = tuple[dt.date | None, dt.date | None]  # both ends included, None: open


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier (29 February → 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def age_bounds(today: dt.date) -> list[DateRange]:
    """Birth-date ranges of the age groups at `today`, youngest first."""
    limits = [years_before(today, age) for age in AGE_LIMITS]  # born on or before limit k: aged ≥ AGE_LIMITS[k]
    after = [limit + dt.timedelta(days=1) for limit in limits]
    return [(after[0], None), *((after[k + 1], limits[k]) for k in range(len(limits) - 1)), (None, limits[-1])]


def regency_of(village_code: str) -> str:
    """'81.01.01.2001' → '81.01' (what `region_code='81.01'` matches in the register)."""
    return village_code[:5] if len(village_code) == 5 or village_code[5:6] == "." else village_code


def _finished(query: Select) -> Select:
    return query.where(col(Participant.status) == ParticipantStatus.ACTIVE.value)


PERSON_KEYS = (col(Participant.village_code), col(Participant.occupation), col(Participant.sex),
               col(Participant.office_code))


@dataclass
class PersonCounts:
    total: int = 0
    by_village: Counter = field(default_factory=Counter)
    by_occupation: Counter = field(default_factory=Counter)
    by_sex: Counter = field(default_factory=Counter)
    by_office: Counter = field(default_factory=Counter)

    def add_rows(self, rows, sign: int = 1) -> None:
        """Rows of (village, occupation, sex, office, count)."""
        village, occupation, sex, office = self.by_village, self.by_occupation, self.by_sex, self.by_office
        for village_code, occupation_code, sex_code, office_code, count in rows:
            count *= sign
            self.total += count
            village[village_code or ""] += count
            occupation[occupation_code or ""] += count
            sex[sex_code or ""] += count
            office[office_code or ""] += count

    @property
    def by_regency(self) -> Counter[str]:
        regencies: Counter[str] = Counter()
        for village, count in self.by_village.items():
            regencies[regency_of(village)] += count
        return regencies


@dataclass
class Tally:
    """Everything the dashboard counts: people by regency, occupation, sex and office; by age group and by day."""
    people: PersonCounts
    ages: list[int]  # per range of `age_bounds(today)`
    days: dict[dt.date, int]


def tally(session: Session, hub: bool, today: dt.date, days: list[dt.date]) -> Tally:
    ranges = [_birth_conditions(born) for born in age_bounds(today)] + _day_conditions(days)
    people = PersonCounts()
    people.add_rows(session.execute(_finished(select(*PERSON_KEYS, func.count())).group_by(*PERSON_KEYS)))
    in_ranges = _range_counts(session, ranges)
    if hub:
        _subtract_rejected(session, ranges, people, in_ranges)
    ages = len(AGE_LIMITS) + 1
    return Tally(people, in_ranges[:ages], dict(zip(days, in_ranges[ages:], strict=True)))


def _range_counts(session: Session, ranges: list[list]) -> list[int]:
    """How many finished records meet each list of conditions: an index range each, in one statement."""
    columns = [_finished(select(func.count()).select_from(Participant)).where(*conditions).scalar_subquery()
               for conditions in ranges]
    return list(session.execute(select(*columns)).one())


def _subtract_rejected(session: Session, ranges: list[list], people: PersonCounts, in_ranges: list[int]) -> None:
    """Take out the records the hub rejected, all figures from one pass over them. They are few: they are found
    first and their participants looked up by uuid — a join lets SQLite (without statistics) walk every active
    participant instead (10 s at 500,000)."""
    meeting = [func.count(case((and_(*conditions), 1))) for conditions in ranges]
    rejected = list(session.scalars(select(col(SyncHubRecord.uuid)).where(
        col(SyncHubRecord.kind) == "participant", col(SyncHubRecord.status) == Verdict.REJECTED.value)))
    rows: list = []
    for chunk in chunks(rejected):
        # `status || ''`: not an index term, so the uuid's unique index finds the rows (else SQLite walks the
        # dashboard index's whole `status = active` range)
        query = select(*PERSON_KEYS, func.count(), *meeting).where(
            col(Participant.uuid).in_(chunk), col(Participant.status).concat("") == ParticipantStatus.ACTIVE.value)
        rows.extend(session.execute(query.group_by(*PERSON_KEYS)).all())
    people.add_rows((row[:5] for row in rows), sign=-1)
    for row in rows:
        for index, value in enumerate(row[5:]):
            in_ranges[index] -= value


def _birth_conditions(born: DateRange) -> list:
    born_from, born_to = born
    conditions = [col(Participant.birth_date) >= born_from] if born_from else []
    return conditions + ([col(Participant.birth_date) <= born_to] if born_to else [])


def _day_conditions(days: list[dt.date]) -> list[list]:
    """Records created on each local day (as the register's `created_from/created_to` days)."""
    bounds = [local_day_bounds_utc(day) for day in days]
    return [[col(Participant.created_at) >= start, col(Participant.created_at) < end] for start, end in bounds]


@dataclass(frozen=True)
class BundlesFrom:
    count: int
    last_at: dt.datetime  # UTC


def bundles_received(session: Session) -> dict[str, BundlesFrom]:
    query = (select(col(SyncBundle.sender_code), func.count(), func.max(col(SyncBundle.recorded_at)))
             .where(col(SyncBundle.direction) == Direction.IN.value, col(SyncBundle.kind) == "data")
             .group_by(col(SyncBundle.sender_code)))
    return {code: BundlesFrom(count, _as_utc(last)) for code, count, last in session.execute(query)}


def _as_utc(moment: dt.datetime) -> dt.datetime:
    """SQLite hands stored UTC timestamps back naive."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
