"""(hub) A budget year per funding source: its ceiling, the realisation month by month from the closed bills (the
month's contributions and the corrections on its bill, booked where the bill booked them), and a projection of
every month not yet closed with the participants active today.

Projected for a month: each participant active today (finished, not rejected — nor by the hub's verdict —, its
coverage not ended before today; with or without a KPJ, since a late KPJ is billed as arrears) whose coverage
runs in that month, at the rates valid that month. A known end (set ahead of time) stops the projection there.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlmodel import Session, col

from pekerja_desktop.domain.months import month_bounds, year_months
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.billing.closed import frozen_billing
from pekerja_desktop.services.billing.compute import Billing, Names, rates_for_month
from pekerja_desktop.services.billing.rules import ENDED, NEVER_BILLED, PROGRAMMES, Rate, not_rejected_by_hub
from pekerja_desktop.services.budget.ceilings import load_ceilings
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.state import is_hub, require_hub
from pekerja_desktop.store.billing_models import ClosedBill, Tranche
from pekerja_desktop.store.models import FundingSource, Participant


@dataclass(frozen=True)
class BudgetMonth:
    month: dt.date
    amount: int
    closed_at: dt.datetime | None  # None: projected


@dataclass
class BudgetSource:
    code: str
    name: str
    murni: int = 0
    perubahan: int = 0
    months: list[BudgetMonth] = field(default_factory=list)

    @property
    def ceiling(self) -> int:
        return self.murni + self.perubahan

    @property
    def realised(self) -> int:
        return sum(m.amount for m in self.months if m.closed_at is not None)

    @property
    def projected(self) -> int:
        """The year's end: what the closed months cost and the others will cost."""
        return sum(m.amount for m in self.months)

    @property
    def closed_months(self) -> int:
        return sum(1 for m in self.months if m.closed_at is not None)

    @property
    def over(self) -> bool:
        return self.ceiling > 0 and self.projected > self.ceiling

    @property
    def remaining(self) -> int:
        return self.ceiling - self.projected


@dataclass
class BudgetYear:
    year: int
    today: dt.date
    active_today: int
    sources: list[BudgetSource] = field(default_factory=list)

    @property
    def over(self) -> list[BudgetSource]:
        return [source for source in self.sources if source.over]

    def as_json(self) -> dict:
        return {"year": self.year, "today": self.today.isoformat(), "active_today": self.active_today,
                "sources": [{"funding_source": s.code, "name": s.name, "ceiling_murni": s.murni,
                             "ceiling_perubahan": s.perubahan, "ceiling": s.ceiling, "realised": s.realised,
                             "projected": s.projected, "remaining": s.remaining, "over": s.over,
                             "months": [{"month": m.month.strftime("%Y-%m"), "amount": m.amount,
                                         "closed": m.closed_at is not None} for m in s.months]}
                            for s in self.sources]}


@dataclass(frozen=True)
class _Group:
    """Participants active today who share everything the projection reads."""
    funding_source: str
    income: int
    programmes: str
    coverage_start: dt.date | None
    coverage_end: dt.date | None
    count: int

    def covered_in(self, first: dt.date, last: dt.date) -> bool:
        starts = self.coverage_start is None or self.coverage_start <= last
        return starts and (self.coverage_end is None or self.coverage_end >= first)

    def amount(self, rates: dict[str, Rate]) -> int:
        held = {p.strip() for p in self.programmes.split(",")}
        return self.count * sum(rates[p].amount(self.income) for p in PROGRAMMES if p in held and p in rates)


def _active_groups(session: Session, today: dt.date) -> list[_Group]:
    p = Participant
    columns = (col(p.funding_source), col(p.income), col(p.programmes), col(p.coverage_start), col(p.coverage_end))
    running = or_(col(p.coverage_end) >= today, and_(col(p.coverage_end).is_(None), col(p.status) != ENDED))
    rows = session.execute(select(*columns, func.count()).where(col(p.status).not_in(NEVER_BILLED), running,
                                                                not_rejected_by_hub()).group_by(*columns))
    return [_Group(funding or "", int(income or 0), programmes or "", start, end, int(count))
            for funding, income, programmes, start, end, count in rows]


def _realised(billing: Billing) -> dict[str, int]:
    by_source: dict[str, int] = defaultdict(int)
    for line in [*billing.lines, *billing.corrections]:
        by_source[line.funding_source] += line.total
    return by_source


def _projected(session: Session, month: dt.date, groups: list[_Group]) -> dict[str, int]:
    first, last = month_bounds(month)
    rates = rates_for_month(session, first)
    by_source: dict[str, int] = defaultdict(int)
    for group in groups:
        if group.covered_in(first, last):
            by_source[group.funding_source] += group.amount(rates)
    return by_source


def compute_budget_year(session: Session, year: int, today: dt.date) -> BudgetYear:
    closed = {row.month: row for row in session.scalars(
        select(ClosedBill).where(col(ClosedBill.month) >= dt.date(year, 1, 1),
                                 col(ClosedBill.month) <= dt.date(year, 12, 1)))}
    groups = _active_groups(session, today)
    per_month = []
    for month in year_months(year):
        row = closed.get(month)
        figures = _realised(frozen_billing(row)) if row else _projected(session, month, groups)
        per_month.append((month, figures, row.closed_at if row else None))
    ceilings = load_ceilings(session, year)
    active_sources = set(session.scalars(select(col(FundingSource.code)).where(col(FundingSource.active))))
    codes = active_sources | set(ceilings) | {code for _, figures, _ in per_month for code in figures}
    names = Names.read(session)
    result = BudgetYear(year, today, sum(g.count for g in groups if g.covered_in(today, today)))
    for code, _ in names.ordered([(code, "") for code in codes]):
        tranches = ceilings.get(code, {})
        result.sources.append(BudgetSource(
            code, names.funding(code), tranches.get(Tranche.MURNI, 0), tranches.get(Tranche.PERUBAHAN, 0),
            [BudgetMonth(month, figures.get(code, 0), closed_at) for month, figures, closed_at in per_month]))
    return result


def budget_year(ctx: AppContext, year: int, today: dt.date | None = None) -> BudgetYear:
    """The year's ceilings, realisation and projection, for a supervisor."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    with ctx.db.session() as session:
        return compute_budget_year(session, year, today or dt.date.today())


def budget_alerts(ctx: AppContext, today: dt.date | None = None) -> list[BudgetSource]:
    """(hub) The funding sources whose projection passes this year's ceiling, for the dashboard's warning: figures
    about money, no one's data, so any role at the hub sees them; an office has none."""
    if not is_hub(ctx):
        return []
    day = today or dt.date.today()
    with ctx.db.session() as session:
        return compute_budget_year(session, day.year, day).over
