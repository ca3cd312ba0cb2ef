"""Participants reaching the scheme's age limit, listed ahead of time: the dashboard's counts for the coming
months and `report ending --month YYYY-MM` (PDF or XLSX), which also lists anyone already past the limit and still
active. The limit is the setting `age_max` (65: the participation ends the day before the 66th birthday,
domain/lifecycle.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.documents.report_files import write_report
from pekerja_desktop.domain.identity.nik import mask_nik
from pekerja_desktop.domain.lifecycle import (
    age_limit_day,
    born_on_or_before_limit,
    born_range_reaching_limit,
    last_day_under_limit,
    month_after,
    month_bounds,
)
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.lifecycle.ending_sections import ending_report
from pekerja_desktop.services.register.search import ParticipantQuery, count_participants, filtered_query
from pekerja_desktop.services.reports.files import check_report_path, report_masthead
from pekerja_desktop.services.sync.state import is_hub
from pekerja_desktop.store.models import Participant, ParticipantStatus

MONTHS_AHEAD = 6


@dataclass(frozen=True)
class EndingRow:
    registration_number: str
    full_name: str
    masked_nik: str
    birth_date: dt.date
    village_code: str
    village_name: str
    office_code: str
    limit_day: dt.date  # the birthday on which the participant is over the limit
    last_day: dt.date  # the last covered day when the participation ends for the age limit


@dataclass(frozen=True)
class EndingList:
    month: dt.date  # its first day
    age_max: int
    hub: bool
    reaching: list[EndingRow]  # the limit day falls in the month
    overdue: list[EndingRow]  # past the limit before the month began, still active


@dataclass(frozen=True)
class AgeLimitFigure:
    """How many active participants reach the limit in a month (`month` None: already past it today)."""
    month: dt.date | None
    count: int
    query: ParticipantQuery


def _base(hub: bool) -> ParticipantQuery:
    return ParticipantQuery(status=ParticipantStatus.ACTIVE.value, not_rejected_at_hub=hub, sort="birth_date")


def age_limit_figures(session: Session, age_max: int, today: dt.date, hub: bool,
                      months: int = MONTHS_AHEAD) -> list[AgeLimitFigure]:
    """Already past the limit, then this month and the next ones: each count with the register query behind it."""
    base = _base(hub)
    first = today.replace(day=1)
    overdue = dataclasses.replace(base, born_to=born_on_or_before_limit(today, age_max))
    figures = [AgeLimitFigure(None, count_participants(session, overdue), overdue)]
    for offset in range(months):
        month = month_after(first, offset)
        born_from, born_to = born_range_reaching_limit(month, age_max)
        query = dataclasses.replace(base, born_from=born_from, born_to=born_to)
        figures.append(AgeLimitFigure(month, count_participants(session, query), query))
    return figures


def _rows(session: Session, ctx: AppContext, query: ParticipantQuery, age_max: int) -> list[EndingRow]:
    columns = tuple(col(c) for c in (Participant.registration_number, Participant.full_name, Participant.nik,
                                     Participant.birth_date, Participant.village_code, Participant.office_code))
    ordered = filtered_query(select(*columns), query).order_by(
        col(Participant.village_code), col(Participant.birth_date), col(Participant.full_name))
    regions = ctx.reference.regions
    rows = []
    for number, name, nik, born, village, office in session.execute(ordered):
        region = regions.get(village)
        rows.append(EndingRow(number, name, mask_nik(nik), born, village, region.name if region else village, office,
                              age_limit_day(born, age_max), last_day_under_limit(born, age_max)))
    return rows


def ending_list(ctx: AppContext, month: dt.date) -> EndingList:
    ctx.require(Permission.HUB_REPORTS)
    age_max, hub = ctx.reference.age_max, is_hub(ctx)
    first, _ = month_bounds(month)
    born_from, born_to = born_range_reaching_limit(first, age_max)
    base = _base(hub)
    with ctx.db.session() as session:
        reaching = _rows(session, ctx, dataclasses.replace(base, born_from=born_from, born_to=born_to), age_max)
        overdue = _rows(session, ctx, dataclasses.replace(
            base, born_to=born_on_or_before_limit(first - dt.timedelta(days=1), age_max)), age_max)
    return EndingList(first, age_max, hub, reaching, overdue)


def write_ending_report(ctx: AppContext, month: dt.date, out: Path) -> EndingList:
    check_report_path(out)
    listing = ending_list(ctx, month)
    write_report(ending_report(listing, report_masthead(ctx)), out)
    ctx.audit("report.ending", Path(out).name, month=listing.month.isoformat()[:7], reaching=len(listing.reaching),
              overdue=len(listing.overdue))
    return listing
