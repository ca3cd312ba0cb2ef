"""Benefits paid (`report benefits --year YYYY --out FILE`): the JKM and JKK claims submitted and paid in a year
per kabupaten/kota (a participant's village decides), with every claim listed — every office at the hub, its own
records at an office."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col, or_

from pekerja_desktop.documents.report_files import write_report
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.lifecycle.benefits_sections import benefits_report
from pekerja_desktop.services.reports.files import check_report_path, report_masthead
from pekerja_desktop.services.sync.state import is_hub
from pekerja_desktop.store.lifecycle_models import BenefitClaim, ClaimKind
from pekerja_desktop.store.models import Participant, ParticipantStatus

UNKNOWN = "–"


@dataclass
class KindFigures:
    submitted: int = 0  # submitted in the year
    paid: int = 0  # paid in the year
    amount: int = 0  # rupiah paid in the year


@dataclass
class RegencyBenefits:
    code: str
    name: str
    kinds: dict[str, KindFigures] = field(default_factory=lambda: {k.value: KindFigures() for k in ClaimKind})

    @property
    def amount(self) -> int:
        return sum(figures.amount for figures in self.kinds.values())


@dataclass(frozen=True)
class ClaimLine:
    office_code: str
    registration_number: str
    full_name: str
    regency_name: str
    kind: str
    submitted_on: dt.date
    paid_on: dt.date | None
    amount: int | None


@dataclass
class Benefits:
    year: int
    hub: bool
    regencies: list[RegencyBenefits]
    claims: list[ClaimLine]

    def total(self, kind: str) -> KindFigures:
        figures = KindFigures()
        for regency in self.regencies:
            part = regency.kinds[kind]
            figures.submitted += part.submitted
            figures.paid += part.paid
            figures.amount += part.amount
        return figures


def _in_year(day: dt.date | None, year: int) -> bool:
    return day is not None and day.year == year


def benefits_of_year(ctx: AppContext, year: int) -> Benefits:
    ctx.require(Permission.HUB_REPORTS)
    hub = is_hub(ctx)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    query = (select(BenefitClaim, col(Participant.office_code), col(Participant.registration_number),
                    col(Participant.full_name), col(Participant.village_code))
             .join(Participant, col(Participant.id) == BenefitClaim.participant_id)
             .where(or_(col(BenefitClaim.submitted_on).between(first, last),
                        col(BenefitClaim.paid_on).between(first, last)))
             .order_by(col(Participant.village_code), col(BenefitClaim.submitted_on), col(BenefitClaim.id)))
    if not hub:
        query = query.where(col(Participant.office_code) == ctx.office.code,
                            col(Participant.status) != ParticipantStatus.TRANSFERRED.value)
    regions = ctx.reference.regions
    regencies: dict[str, RegencyBenefits] = {}
    claims = []
    with ctx.db.session() as session:
        for claim, office, number, name, village in session.execute(query):
            code = village[:5] if village else ""
            region = regions.get(code) if code else None
            regency = regencies.setdefault(code, RegencyBenefits(code, region.name if region else UNKNOWN))
            figures = regency.kinds[claim.kind]
            figures.submitted += _in_year(claim.submitted_on, year)
            if _in_year(claim.paid_on, year):
                figures.paid += 1
                figures.amount += claim.amount or 0
            claims.append(ClaimLine(office, number, name, regency.name, claim.kind, claim.submitted_on,
                                    claim.paid_on, claim.amount))
    return Benefits(year, hub, sorted(regencies.values(), key=lambda r: (r.code == "", r.code)), claims)


def write_benefits_report(ctx: AppContext, year: int, out: Path) -> Benefits:
    check_report_path(out)
    benefits = benefits_of_year(ctx, year)
    write_report(benefits_report(benefits, report_masthead(ctx)), out)
    ctx.audit("report.benefits", Path(out).name, year=year, claims=len(benefits.claims),
              paid=sum(r.amount for r in benefits.regencies))
    return benefits
