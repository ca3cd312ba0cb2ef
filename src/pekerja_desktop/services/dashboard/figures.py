"""The dashboard (Dasbor): coverage against target per kabupaten/kota, enrolments per day and week, by
occupation, sex and age group, who reaches the age limit in the coming months, and the bundles each office sent
(hub) or this office's export state.

Every figure carries the register query (`ParticipantQuery`) listing exactly the people it counts, so the
window can open the list behind any number. All figures count the same population (see
`counts.py`): finished enrolments, at the hub without those its verdict rejected. A record's
kabupaten/kota is the one of its village; its day is the local day its record was created.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.dashboard import counts
from pekerja_desktop.services.dashboard.messages import FIGURE_LABELS
from pekerja_desktop.services.dashboard.targets import Targets, read_targets
from pekerja_desktop.services.lifecycle.ending import AgeLimitFigure, age_limit_figures
from pekerja_desktop.services.matching.covered_lists import held_count
from pekerja_desktop.services.register.search import ParticipantQuery
from pekerja_desktop.services.sync import history
from pekerja_desktop.services.sync.overview import warning_days
from pekerja_desktop.services.sync.state import is_hub, registered_offices
from pekerja_desktop.store.models import Occupation, Office, ParticipantStatus

DAYS = 30
WEEKS = 12


@dataclass(frozen=True)
class Figure:
    """One number and who is behind it (`query` None: a number no register filter can list)."""
    key: str
    label: str
    count: int
    query: ParticipantQuery | None


@dataclass(frozen=True)
class RegencyCoverage:
    code: str
    name: str
    enrolled: int
    target: int
    query: ParticipantQuery

    @property
    def percent(self) -> float | None:
        return 100 * self.enrolled / self.target if self.target else None


@dataclass(frozen=True)
class OfficeActivity:
    """(hub) An office: its enrolments held here, the data bundles it sent, days since the last one."""
    code: str
    name: str
    enrolled: int
    bundles: int
    last_bundle_at: dt.datetime | None  # UTC
    days_since: int | None
    query: ParticipantQuery

    def late(self, limit: int) -> bool:
        """Nothing received for more than `limit` days, or never."""
        return self.days_since is None or self.days_since > limit


@dataclass(frozen=True)
class ExportState:
    """(field office) How far the hub is behind this office."""
    days_since_export: int | None  # None: never exported
    warning_days: int
    not_exported: int
    not_acknowledged: int

    @property
    def overdue(self) -> bool:
        return self.days_since_export is None or self.days_since_export > self.warning_days


@dataclass(frozen=True)
class DashboardData:
    hub: bool
    office_code: str
    office_name: str
    today: dt.date
    total: Figure
    targets: Targets
    coverage: list[RegencyCoverage]
    per_day: list[Figure]  # the last DAYS days, oldest first, today included
    per_week: list[Figure]  # the last WEEKS ISO weeks, oldest first, this week included
    by_occupation: list[Figure]
    by_sex: list[Figure]
    by_age: list[Figure]
    warning_days: int  # an office that sent nothing for longer is late (setting export_warning_days)
    offices: list[OfficeActivity] = field(default_factory=list)
    export: ExportState | None = None
    age_max: int = 65  # the setting: the age limit the next figures count against
    age_limit: list[AgeLimitFigure] = field(default_factory=list)  # past it, then this month and the next five
    covered_held: int = 0  # (hub) active participants a list of people already covered holds out of BPJS's file

    @property
    def target_total(self) -> int:
        return sum(row.target for row in self.coverage)

    @property
    def progress(self) -> float | None:
        """Percent of the target reached by the enrolments in the regencies that have one (at an office: its own)."""
        covered = sum(row.enrolled for row in self.coverage if row.target)
        return 100 * covered / self.target_total if self.target_total else None


def load_dashboard(ctx, today: dt.date | None = None) -> DashboardData:
    """Every figure, read in one short unit of work (run it off the GUI thread)."""
    ctx.require(Permission.VIEW)
    today = today or dt.date.today()
    hub = is_hub(ctx)
    base = ParticipantQuery(status=ParticipantStatus.ACTIVE.value, not_rejected_at_hub=hub, sort="id", descending=True)
    with ctx.db.session() as session:
        tally = counts.tally(session, hub, today, tallied_days(today))
        targets = read_targets(session)
        occupation_names = _occupation_names(session)
        offices = _offices(session, tally.people, base, today) if hub else []
        late_after = warning_days(session)
        export = None if hub else _export_state(session, today)
        age_limit = age_limit_figures(session, ctx.reference.age_max, today, hub)
        covered_held = held_count(session) if hub else 0
    people = tally.people
    return DashboardData(
        hub, ctx.office.code, ctx.office.name, today, Figure("total", "", people.total, base), targets,
        coverage=_coverage(ctx, people, targets, base, hub),
        per_day=_per_day(tally.days, today, base), per_week=_per_week(tally.days, today, base),
        by_occupation=_by_occupation(people, occupation_names, base), by_sex=_by_sex(people, base),
        by_age=_by_age(people.total, tally.ages, today, base), warning_days=late_after, offices=offices,
        export=export, age_max=ctx.reference.age_max, age_limit=age_limit, covered_held=covered_held)


def tallied_days(today: dt.date) -> list[dt.date]:
    """Every day of the last WEEKS weeks (Monday first), which holds the last DAYS days too."""
    first = week_start(today) - dt.timedelta(weeks=WEEKS - 1)
    return [first + dt.timedelta(days=n) for n in range((today - first).days + 1)]


def _label(code: str, **params) -> str:
    return render(FIGURE_LABELS, code, params)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _coverage(ctx, people: counts.PersonCounts, targets: Targets, base: ParticipantQuery,
              hub: bool) -> list[RegencyCoverage]:
    """Every regency at the hub; at an office its own (with its target) and any other its people live in
    (without: another office answers for that target)."""
    regions = ctx.reference.regions
    own, enrolled = ctx.office.region_code, people.by_regency
    codes = [] if hub else [own]
    codes += [r.code for r in regions.regencies() if r.code not in codes and (hub or enrolled[r.code])]
    codes += sorted(code for code, count in enrolled.items() if count and code not in codes)
    rows = []
    for code in codes:
        region = regions.get(code) if code else None
        rows.append(RegencyCoverage(code, region.name if region else (code or _label("unknown")),
                                    enrolled[code], targets.of(code) if hub or code == own else 0,
                                    dataclasses.replace(base, region_code=code or None)))
    return rows


def _per_day(days: dict[dt.date, int], today: dt.date, base: ParticipantQuery) -> list[Figure]:
    figures = []
    for back in range(DAYS - 1, -1, -1):
        day = today - dt.timedelta(days=back)
        figures.append(Figure(day.isoformat(), format_date(day), days.get(day, 0),
                              dataclasses.replace(base, created_from=day, created_to=day)))
    return figures


def _per_week(days: dict[dt.date, int], today: dt.date, base: ParticipantQuery) -> list[Figure]:
    figures = []
    for back in range(WEEKS - 1, -1, -1):
        start = week_start(today) - dt.timedelta(weeks=back)
        end = start + dt.timedelta(days=6)
        total = sum(count for day, count in days.items() if start <= day <= end)
        label = _label("week", week=start.isocalendar().week, start=start.strftime("%d/%m"),
                       end=end.strftime("%d/%m"))
        figures.append(Figure(f"{start.isocalendar().year}-W{start.isocalendar().week:02d}", label, total,
                              dataclasses.replace(base, created_from=start, created_to=end)))
    return figures


def _occupation_names(session: Session) -> list[tuple[str, str]]:
    column = Occupation.name_en if current_language() == "en" else Occupation.name_id
    rows = session.execute(select(Occupation.code, column).order_by(col(Occupation.sort_order), col(Occupation.code)))
    return [(code, name) for code, name in rows]


def _by_occupation(people: counts.PersonCounts, names: list[tuple[str, str]],
                   base: ParticipantQuery) -> list[Figure]:
    known = dict(names)
    figures = [Figure(code, known.get(code) or code or _label("unknown"), count,
                      dataclasses.replace(base, occupation=code) if code else None)
               for code, count in people.by_occupation.items() if count]
    order = {code: index for index, (code, _) in enumerate(names)}
    return sorted(figures, key=lambda f: (-f.count, order.get(f.key, len(order)), f.key))


def _by_sex(people: counts.PersonCounts, base: ParticipantQuery) -> list[Figure]:
    figures = [Figure(sex, _label(f"sex.{sex}"), people.by_sex[sex], dataclasses.replace(base, sex=sex))
               for sex in ("L", "P")]
    other = people.total - sum(f.count for f in figures)
    return figures + ([Figure("unknown", _label("unknown"), other, None)] if other else [])


def _by_age(total: int, ages: list[int], today: dt.date, base: ParticipantQuery) -> list[Figure]:
    figures = [Figure(f"age.{group}", _label(f"age.{group}"), ages[group],
                      dataclasses.replace(base, born_from=born_from, born_to=born_to))
               for group, (born_from, born_to) in enumerate(counts.age_bounds(today))]
    unknown = total - sum(ages)  # no birth date
    return figures + ([Figure("unknown", _label("unknown"), unknown, None)] if unknown else [])


def days_between(moment: dt.datetime | None, today: dt.date) -> int | None:
    return None if moment is None else (today - moment.astimezone().date()).days


def _offices(session: Session, people: counts.PersonCounts, base: ParticipantQuery,
             today: dt.date) -> list[OfficeActivity]:
    """Every registered office, and any other office whose records the hub holds (its own included)."""
    bundles = counts.bundles_received(session)
    names = {office.code: office.name for office, _ in registered_offices(session)}
    codes = sorted(set(names) | {code for code, count in people.by_office.items() if count})
    other_names = dict(session.execute(select(Office.code, Office.name).where(col(Office.code).in_(codes))).all())
    rows = []
    for code in codes:
        received = bundles.get(code)
        last = received.last_at if received else None
        rows.append(OfficeActivity(code, names.get(code) or other_names.get(code, code), people.by_office[code],
                                   received.count if received else 0, last, days_between(last, today),
                                   dataclasses.replace(base, office_code=code)))
    return rows


def _export_state(session: Session, today: dt.date) -> ExportState:
    return ExportState(history.days_since_last_export(session, today), warning_days(session),
                       history.count_not_exported(session), history.count_not_acknowledged(session))
