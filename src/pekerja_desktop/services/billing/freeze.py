"""(hub) Freezing a month's bill, inside the caller's write transaction.

The month's own lines are written by one INSERT … SELECT over the register (the rule of rules.py, in SQL), the
corrections of earlier closed months beside them (corrections.py); the participants billed, and those looked at
again, get their billing facts recorded; the printed figures are summed from the items just written, so the
bill and its list of participants cannot disagree. Months close in order: the first close may be any month,
then each next month in turn; a closed month is never closed again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Date, delete, func, insert, literal, select
from sqlmodel import Session, col

from pekerja_desktop.domain.months import month_bounds, next_month
from pekerja_desktop.services.billing.closed import ClosedMonth, closed_months, load_closed, summary_of
from pekerja_desktop.services.billing.compute import Billing, BillingLine, CorrectionLine, Names, rates_for_month
from pekerja_desktop.services.billing.corrections import CorrectionItem, find_corrections
from pekerja_desktop.services.billing.errors import BillingError
from pekerja_desktop.services.billing.rules import (
    PROGRAMMES,
    Rate,
    amount_sql,
    billed_conditions,
    facts_sql,
    not_rejected_by_hub,
    regency_code,
)
from pekerja_desktop.store.billing_models import BillFact, ClosedBill, ClosedBillItem
from pekerja_desktop.store.bulk import bulk_page_cache, chunks, insert_rows
from pekerja_desktop.store.dialect import upsert
from pekerja_desktop.store.models import Participant, table_of

ITEM_COLUMNS = ("month", "registration_number", "for_month", "kpj", "funding_source", "regency_code", "jkk", "jkm")


@dataclass(frozen=True)
class Frozen:
    billing: Billing
    row: ClosedBill
    items_text: str  # the items in their canonical order, one tab-separated line each (closed_bill.digest)


def month_text(month: dt.date) -> str:
    return month.strftime("%m/%Y")


def require_closable(session: Session, month: dt.date, closed: list[ClosedMonth]) -> None:
    existing = load_closed(session, month)
    if existing is not None:
        raise BillingError("close.already", month=month_text(month), date=existing.closed_at.strftime("%d/%m/%Y"),
                           by=existing.closed_by)
    if not closed:
        return
    last = closed[-1].month
    if month < last:
        raise BillingError("close.before_last", month=month_text(month), last=month_text(last))
    if month > next_month(last):
        raise BillingError("close.gap", next=month_text(next_month(last)), last=month_text(last))


def freeze_month(session: Session, month: dt.date, actor: str) -> Frozen:
    """Close `month` (its first day): write its items, its corrections and its figures; nothing is committed."""
    closed = closed_months(session)
    require_closable(session, month, closed)
    rates = _rates(session, month)
    corrections = find_corrections(session, closed)
    with bulk_page_cache(session.connection()):
        _insert_month(session, month, rates)
        _insert_corrections(session, month, corrections.items)
        _refresh_facts(session, month, corrections.looked_at)
    billing = _figures(session, month, rates)
    text, count = canonical_items(session, month)
    row = ClosedBill(month=month, closed_by=actor, workers=billing.workers, regular_total=billing.regular_total,
                     correction_total=billing.correction_total, item_count=count,
                     digest=hashlib.sha256(text.encode("utf-8")).hexdigest(), summary=json.dumps(summary_of(billing)))
    session.add(row)
    session.flush()
    billing.closed_at, billing.closed_by = row.closed_at, actor
    return Frozen(billing, row, text)


def _rates(session: Session, month: dt.date) -> dict[str, Rate]:
    rates = rates_for_month(session, month)
    for programme in PROGRAMMES:
        if programme not in rates:
            raise BillingError("close.no_rate", programme=programme, month=month_text(month))
    return {programme: rates[programme] for programme in PROGRAMMES}


def _insert_month(session: Session, month: dt.date, rates: dict[str, Rate]) -> None:
    first, last = month_bounds(month)
    billed = select(literal(month, Date), col(Participant.registration_number), literal(month, Date),
                    col(Participant.kpj), col(Participant.funding_source), regency_code(),
                    amount_sql(rates["JKK"]), amount_sql(rates["JKM"])
                    ).where(*billed_conditions(first, last), not_rejected_by_hub())
    session.execute(insert(ClosedBillItem).from_select(list(ITEM_COLUMNS), billed))


def _insert_corrections(session: Session, month: dt.date, items: list[CorrectionItem]) -> None:
    insert_rows(session.connection(), table_of(ClosedBillItem), [
        {"month": month, "registration_number": item.registration_number, "for_month": item.for_month,
         "kpj": item.kpj, "funding_source": item.funding_source, "regency_code": item.regency_code,
         "jkk": item.amounts["JKK"], "jkm": item.amounts["JKM"]} for item in items])


def _refresh_facts(session: Session, month: dt.date, looked_at: list[int]) -> None:
    """The participants looked at again keep today's facts; those billed for the first time get theirs."""
    facts = select(col(Participant.id), facts_sql())
    for chunk in chunks(looked_at):
        session.execute(delete(BillFact).where(col(BillFact.participant_id).in_(chunk)))
        session.execute(insert(BillFact).from_select(["participant_id", "facts"],
                                                     facts.where(col(Participant.id).in_(chunk))))
    first, last = month_bounds(month)
    newly_billed = facts.where(*billed_conditions(first, last), not_rejected_by_hub())
    session.execute(upsert(session, BillFact).from_select(["participant_id", "facts"], newly_billed)
                    .on_conflict_do_nothing())


def _figures(session: Session, month: dt.date, rates: dict[str, Rate]) -> Billing:
    item = ClosedBillItem
    sums = (func.count(), func.sum(col(item.jkk)), func.sum(col(item.jkm)))
    regular = session.execute(select(col(item.funding_source), col(item.regency_code), *sums)
                              .where(col(item.month) == month, col(item.for_month) == month)
                              .group_by(col(item.funding_source), col(item.regency_code))).all()
    corrected = session.execute(select(col(item.for_month), col(item.funding_source), col(item.regency_code), *sums)
                                .where(col(item.month) == month, col(item.for_month) != month)
                                .group_by(col(item.for_month), col(item.funding_source), col(item.regency_code))).all()
    names = Names.read(session)
    by_key = {(funding, regency): (count, jkk, jkm) for funding, regency, count, jkk, jkm in regular}
    lines = [BillingLine(f, names.funding(f), r, names.regency(r), by_key[(f, r)][0],
                         {"JKK": int(by_key[(f, r)][1]), "JKM": int(by_key[(f, r)][2])})
             for f, r in names.ordered(by_key)]
    return Billing(month, list(PROGRAMMES), rates, lines, correction_lines(corrected, names))


def correction_lines(rows, names: Names) -> list[CorrectionLine]:
    """The bill's correction lines from (month corrected, funding source, kabupaten/kota, participants, JKK, JKM)."""
    per_month: dict[dt.date, dict[tuple[str, str], tuple]] = defaultdict(dict)
    for for_month, funding, regency, count, jkk, jkm in rows:
        per_month[for_month][(funding, regency)] = (count, int(jkk), int(jkm))
    return [CorrectionLine(f, names.funding(f), r, names.regency(r), figures[0],
                           {"JKK": figures[1], "JKM": figures[2]}, for_month)
            for for_month in sorted(per_month) for f, r in names.ordered(per_month[for_month])
            for figures in (per_month[for_month][(f, r)],)]


def canonical_items(session: Session, month: dt.date) -> tuple[str, int]:
    """The bill's items, ordered by registration number and month paid for, as text lines (and how many)."""
    item = ClosedBillItem
    rows = session.execute(select(col(item.registration_number), col(item.for_month), col(item.kpj),
                                  col(item.funding_source), col(item.regency_code), col(item.jkk), col(item.jkm))
                           .where(col(item.month) == month)
                           .order_by(col(item.registration_number), col(item.for_month))).all()
    lines = [f"{n}\t{f.isoformat()}\t{k}\t{s}\t{r}\t{a}\t{b}\n" for n, f, k, s, r, a, b in rows]
    return "".join(lines), len(lines)
