"""Who is billed for a month and how much: the one rule, written twice — as SQL over the whole register (the
open bill, a month's closing) and in Python for the few participants a correction looks at again. The tests
hold the two to the same answers.

A participant is billed for a month when BPJS has registered it (KPJ known), its coverage started by the
month's last day and runs into the month (no `coverage_end`, or one on or after the month's first day: the
month in which coverage ends is billed in full), and its record is neither a draft nor rejected — by its office
or by the hub's verdict. An ended participation is billed up to its end; one marked ended without an end date
is not billed. Per programme the amount is the rate's `fixed_amount`, else `percent_bp` of the reported income
with a floor of `min_amount` (the rate valid on the month's first day; see compute.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import String, and_, case, cast, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from pekerja_desktop.store.models import ContributionRate, Participant, ParticipantStatus
from pekerja_desktop.store.sync_models import SyncHubRecord, Verdict

PROGRAMMES = ("JKK", "JKM")  # what a closed bill keeps per participant (every enrolment has both)
NEVER_BILLED = (ParticipantStatus.DRAFT.value, ParticipantStatus.REJECTED.value)
ENDED = ParticipantStatus.ENDED.value


@dataclass(frozen=True)
class Rate:
    """One programme's contribution rate, as a bill keeps it."""
    programme: str
    percent_bp: int = 0
    fixed_amount: int = 0
    min_amount: int = 0
    valid_from: dt.date | None = None

    @classmethod
    def of(cls, row: ContributionRate) -> Rate:
        return cls(row.programme, row.percent_bp, row.fixed_amount, row.min_amount, row.valid_from)

    def amount(self, income: int) -> int:
        if self.fixed_amount:
            return self.fixed_amount
        return max(income * self.percent_bp // 10_000, self.min_amount)

    def as_json(self) -> dict:
        return {"programme": self.programme, "percent_bp": self.percent_bp, "fixed_amount": self.fixed_amount,
                "min_amount": self.min_amount, "valid_from": self.valid_from.isoformat() if self.valid_from else None}

    @classmethod
    def from_json(cls, data: dict) -> Rate:
        valid_from = data.get("valid_from")
        return cls(str(data["programme"]), int(data.get("percent_bp", 0)), int(data.get("fixed_amount", 0)),
                   int(data.get("min_amount", 0)), dt.date.fromisoformat(valid_from) if valid_from else None)


# --- SQL ----------------------------------------------------------------------------------------------------

def rejected_by_hub():
    """The uuids the hub's verdict rejected (few: a subquery the database evaluates once)."""
    return select(col(SyncHubRecord.uuid)).where(col(SyncHubRecord.status) == Verdict.REJECTED.value)


def billed_conditions(first: dt.date, last: dt.date) -> tuple[ColumnElement[bool], ...]:
    """Billed from `first` to `last` (one month, or a run of months: billed in at one of them), leaving the hub's
    verdict aside (see `not_rejected_by_hub`)."""
    return (col(Participant.kpj).is_not(None), col(Participant.kpj) != "",
            col(Participant.coverage_start).is_not(None), col(Participant.coverage_start) <= last,
            or_(col(Participant.coverage_end) >= first,
                and_(col(Participant.coverage_end).is_(None), col(Participant.status) != ENDED)),
            col(Participant.status).not_in(NEVER_BILLED))


def not_rejected_by_hub() -> ColumnElement[bool]:
    return col(Participant.uuid).not_in(rejected_by_hub())


def regency_code() -> ColumnElement[str]:
    return func.substr(col(Participant.village_code), 1, 5)


def regency_of(village_code: str) -> str:
    """`regency_code` in Python, for a village code read as it is (never NULL: the column defaults to "")."""
    return village_code[:5]


def has_programme(programme: str) -> ColumnElement[bool]:
    return (literal(",") + col(Participant.programmes) + literal(",")).like(f"%,{programme},%")


def amount_sql(rate: Rate | None) -> ColumnElement[int]:
    """The participant's monthly amount for `rate`'s programme (0 without the programme or the rate)."""
    if rate is None:
        return literal(0)
    if rate.fixed_amount:
        amount: ColumnElement[int] = literal(rate.fixed_amount)
    else:
        share = col(Participant.income) * rate.percent_bp // 10_000
        amount = case((share > rate.min_amount, share), else_=literal(rate.min_amount))
    return case((has_programme(rate.programme), amount), else_=literal(0))


def facts_sql() -> ColumnElement[str]:
    """Everything the rule reads of a participant, as one text (store/billing_models.py, `bill_fact`)."""
    def text(column) -> ColumnElement[str]:
        return func.coalesce(cast(column, String), literal(""))
    parts = (text(col(Participant.kpj)), text(col(Participant.coverage_start)), text(col(Participant.coverage_end)),
             text(col(Participant.income)), text(col(Participant.programmes)), text(col(Participant.status)),
             case((col(Participant.uuid).in_(rejected_by_hub()), literal("R")), else_=literal("")))
    joined = parts[0]
    for part in parts[1:]:
        joined = joined + literal("|") + part
    return joined


# --- Python ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BillingFacts:
    """A participant as the rule sees it (read for the few a correction looks at again)."""
    participant_id: int
    registration_number: str
    kpj: str | None
    coverage_start: dt.date | None
    coverage_end: dt.date | None
    income: int
    programmes: str
    status: str
    rejected_by_hub: bool
    funding_source: str
    regency_code: str

    def billed_in(self, first: dt.date, last: dt.date) -> bool:
        if not self.kpj or self.coverage_start is None or self.coverage_start > last:
            return False
        if self.status in NEVER_BILLED or self.rejected_by_hub:
            return False
        if self.coverage_end is None:
            return self.status != ENDED
        return self.coverage_end >= first

    def amounts(self, rates: dict[str, Rate]) -> dict[str, int]:
        held = {p.strip() for p in (self.programmes or "").split(",")}
        return {programme: rates[programme].amount(self.income) if programme in held and programme in rates else 0
                for programme in PROGRAMMES}


def facts_columns() -> tuple:
    """The columns `BillingFacts` is read from, in its order."""
    rejected = case((col(Participant.uuid).in_(rejected_by_hub()), literal(1)), else_=literal(0))
    return (col(Participant.id), col(Participant.registration_number), col(Participant.kpj),
            col(Participant.coverage_start), col(Participant.coverage_end), col(Participant.income),
            col(Participant.programmes), col(Participant.status), rejected, col(Participant.funding_source),
            regency_code())


def facts_of(row) -> BillingFacts:
    return BillingFacts(int(row[0]), row[1], row[2], row[3], row[4], int(row[5] or 0), row[6] or "", row[7],
                        bool(row[8]), row[9] or "", row[10] or "")
