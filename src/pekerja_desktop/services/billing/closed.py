"""(hub) Closed bills as they were frozen: which months are closed, and a closed bill's figures, read back from
the `summary` it stored so that it prints the same forever after (store/billing_models.py)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlmodel import Session, col, select

from pekerja_desktop.domain.months import next_month
from pekerja_desktop.services.billing.compute import Billing, BillingLine, CorrectionLine
from pekerja_desktop.services.billing.rules import Rate
from pekerja_desktop.store.billing_models import ClosedBill


@dataclass(frozen=True)
class ClosedMonth:
    month: dt.date
    rates: dict[str, Rate]
    closed_at: dt.datetime
    closed_by: str


def closed_months(session: Session) -> list[ClosedMonth]:
    """Every closed month, the oldest first, with the rates it was billed at."""
    rows = session.execute(select(col(ClosedBill.month), col(ClosedBill.summary), col(ClosedBill.closed_at),
                                  col(ClosedBill.closed_by)).order_by(col(ClosedBill.month))).all()
    return [ClosedMonth(month, _rates(json.loads(summary)), closed_at, closed_by)
            for month, summary, closed_at, closed_by in rows]


def month_to_close(closed: list[ClosedMonth]) -> dt.date | None:
    """The one month that may be closed next (months close in order), or None before the first close."""
    return next_month(closed[-1].month) if closed else None


def load_closed(session: Session, month: dt.date) -> ClosedBill | None:
    return session.get(ClosedBill, month.replace(day=1))


def summary_of(billing: Billing) -> dict:
    """What a closed bill prints, as stored in `closed_bill.summary`."""
    return {"programmes": billing.programmes,
            "rates": [rate.as_json() for rate in billing.rates.values()],
            "lines": [_line_json(line) for line in billing.lines],
            "corrections": [{**_line_json(line), "for_month": line.for_month.isoformat()}
                            for line in billing.corrections]}


def frozen_billing(row: ClosedBill) -> Billing:
    """A closed bill's figures exactly as they were when it was closed."""
    summary = json.loads(row.summary)
    return Billing(row.month, list(summary["programmes"]), _rates(summary),
                   [BillingLine(*_line_fields(line)) for line in summary["lines"]],
                   [CorrectionLine(*_line_fields(line), dt.date.fromisoformat(line["for_month"]))
                    for line in summary["corrections"]],
                   closed_at=row.closed_at, closed_by=row.closed_by)


def _rates(summary: dict) -> dict[str, Rate]:
    return {rate.programme: rate for rate in map(Rate.from_json, summary["rates"])}


def _line_json(line: BillingLine) -> dict:
    return {"funding_source": line.funding_source, "funding_name": line.funding_name,
            "regency_code": line.regency_code, "regency_name": line.regency_name, "workers": line.workers,
            "amounts": dict(line.amounts)}


def _line_fields(line: dict) -> tuple[str, str, str, str, int, dict[str, int]]:
    return (line["funding_source"], line["funding_name"], line["regency_code"], line["regency_name"],
            int(line["workers"]), {str(p): int(a) for p, a in line["amounts"].items()})
