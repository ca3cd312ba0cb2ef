"""(hub) Freezing a month's bill, inside the caller's write transaction.

The month's own lines are written by one INSERT … SELECT over the register (the rule of rules.py, in SQL), the
corrections of earlier closed months beside them (corrections.py); the participants billed, and those looked at
again, get their billing facts recorded; the printed figures are summed from the register by the same rule and
checked against the items just written, so the bill and its list of participants cannot disagree. Months close
in order: the first close may be any month, then each next month in turn; a closed month is never closed again.

What a close costs is a few passes over the register's covering index and the month's items, all in SQL: after
the first close, the one pass that compares every participant's facts (corrections.py) also finds those billed
for the first time, and the whole close runs with a page cache large enough to hold the facts it probes (with
SQLite's default 8 MB, the probes in participant order re-read and re-decrypted pages: 3.5 s of a 9 s close at
200,000 participants, 1.3 s with the larger cache). On SQLite the reads of the register — the corrections, the
figures and, at a first close, everyone's facts — run on a second connection while the items are written
(register_reads.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Date, delete, insert, literal, select, text
from sqlmodel import Session, col

from pekerja_desktop.domain.months import month_bounds, next_month
from pekerja_desktop.services.billing.closed import ClosedMonth, closed_months, load_closed, summary_of
from pekerja_desktop.services.billing.compute import Billing, BillingLine, CorrectionLine, Names, rates_for_month
from pekerja_desktop.services.billing.corrections import CorrectionItem
from pekerja_desktop.services.billing.errors import BillingError
from pekerja_desktop.services.billing.register_reads import MonthSums, first_billed_facts, reading_register
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
from pekerja_desktop.store.dialect import is_postgresql
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


def freeze_month(session: Session, month: dt.date, actor: str,
                 open_reader: Callable[[], Session] | None = None) -> Frozen:
    """Close `month` (its first day): write its items, its corrections and its figures; nothing is committed.
    With `open_reader` (a second session on the same database), the register is read beside the writes
    (register_reads.py)."""
    closed = closed_months(session)
    require_closable(session, month, closed)
    rates = _rates(session, month)
    with bulk_page_cache(session.connection()), \
            reading_register(session, open_reader, closed, month, rates) as register:
        _insert_month(session, month, rates)
        corrections = register.corrections.result()
        _insert_corrections(session, month, corrections.items)
        _refresh_facts(session, month, corrections.looked_at, register.first_facts.result(), first_close=not closed)
        lines, count, written = canonical_items(session, month)
        billing = _figures(session, month, rates, corrections.items, written, register.month_sums.result())
    row = ClosedBill(month=month, closed_by=actor, workers=billing.workers, regular_total=billing.regular_total,
                     correction_total=billing.correction_total, item_count=count,
                     digest=hashlib.sha256(lines.encode("utf-8")).hexdigest(), summary=json.dumps(summary_of(billing)))
    session.add(row)
    session.flush()
    billing.closed_at, billing.closed_by = row.closed_at, actor
    return Frozen(billing, row, lines)


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
    # in key order: the table's rows then lie in the order the bill is read back (canonical_items)
    session.execute(insert(ClosedBillItem).from_select(list(ITEM_COLUMNS),
                                                       billed.order_by(col(Participant.registration_number))))


def _insert_corrections(session: Session, month: dt.date, items: list[CorrectionItem]) -> None:
    insert_rows(session.connection(), table_of(ClosedBillItem), [
        {"month": month, "registration_number": item.registration_number, "for_month": item.for_month,
         "kpj": item.kpj, "funding_source": item.funding_source, "regency_code": item.regency_code,
         "jkk": item.amounts["JKK"], "jkm": item.amounts["JKM"]} for item in items])


def _refresh_facts(session: Session, month: dt.date, looked_at: list[int], first_facts: list[tuple[int, str]] | None,
                   *, first_close: bool) -> None:
    """The participants looked at again keep today's facts. After the first close they include everyone billed
    for the first time (corrections.py looks through the month being closed); at the first close, everyone billed
    gets facts — read beside the close (`first_facts`, register_reads.py) or by one INSERT … SELECT."""
    facts = select(col(Participant.id), facts_sql())
    for chunk in chunks(looked_at):
        session.execute(delete(BillFact).where(col(BillFact.participant_id).in_(chunk)))
        session.execute(insert(BillFact).from_select(["participant_id", "facts"],
                                                     facts.where(col(Participant.id).in_(chunk))))
    if not first_close:
        return
    if first_facts is None:
        session.execute(insert(BillFact).from_select(["participant_id", "facts"], first_billed_facts(session, month)))
        return
    cursor = session.connection().connection.cursor()  # SQLite (the reads beside a close): rows as they are
    try:
        cursor.executemany("INSERT INTO bill_fact (participant_id, facts) VALUES (?, ?)", first_facts)
    finally:
        cursor.close()


def _figures(session: Session, month: dt.date, rates: dict[str, Rate], items: list[CorrectionItem],
             written: ItemSums, sums: MonthSums) -> Billing:
    """The month's lines as summed from the register, checked against the items just written (their totals, read
    with their digest), so the bill and the list of participants it seals cannot disagree; the corrections'
    lines."""
    names = Names.read(session)
    lines = [BillingLine(funding, names.funding(funding), regency, names.regency(regency), sums[key][0],
                         {"JKK": sums[key][1], "JKM": sums[key][2]})
             for key in names.ordered(sums) for funding, regency in (key,)]
    billing = Billing(month, list(PROGRAMMES), rates, lines)
    figures = ItemSums(billing.workers, billing.programme_total("JKK"), billing.programme_total("JKM"))
    if figures != written:
        raise RuntimeError(f"closing {month}: the bill's figures {figures} differ from its items {written}")
    billing.corrections = correction_lines(group_corrections(items), names)
    return billing


def group_corrections(items: list[CorrectionItem]) -> list[tuple]:
    """(month corrected, refund?, funding source, kabupaten/kota, participants, JKK, JKM) of the correction items:
    arrears and refunds apart, so that neither hides the other."""
    sums: dict[tuple, list[int]] = {}
    for item in items:
        refund = sum(item.amounts.values()) < 0
        entry = sums.setdefault((item.for_month, refund, item.funding_source, item.regency_code), [0, 0, 0])
        entry[0] += 1
        entry[1] += item.amounts["JKK"]
        entry[2] += item.amounts["JKM"]
    return [(*key, *values) for key, values in sums.items()]


def correction_lines(rows, names: Names) -> list[CorrectionLine]:
    """The bill's correction lines, by month corrected, arrears before refunds, then in the bill's order."""
    groups: dict[tuple[dt.date, bool], dict[tuple[str, str], tuple]] = defaultdict(dict)
    for for_month, refund, funding, regency, count, jkk, jkm in rows:
        groups[(for_month, refund)][(funding, regency)] = (count, int(jkk), int(jkm))
    return [CorrectionLine(f, names.funding(f), r, names.regency(r), figures[0],
                           {"JKK": figures[1], "JKM": figures[2]}, for_month)
            for for_month, refund in sorted(groups) for f, r in names.ordered(groups[(for_month, refund)])
            for figures in (groups[(for_month, refund)][(f, r)],)]


@dataclass(frozen=True)
class ItemSums:
    """The month's own items: how many, and their JKK and JKM."""
    workers: int
    jkk: int
    jkm: int


_LINE = ("registration_number || {tab} || {month_text} || {tab} || kpj || {tab} || funding_source || {tab} || "
         "regency_code || {tab} || jkk || {tab} || jkm")
_SQLITE_ITEMS = (f"SELECT group_concat({_LINE.format(tab='char(9)', month_text='for_month')}, char(10) "
                 "ORDER BY registration_number, for_month), {sums} FROM closed_bill_item WHERE month = :month")
_POSTGRESQL_ITEMS = (f"SELECT string_agg({_LINE.format(tab='chr(9)', month_text='CAST(for_month AS TEXT)')}, "
                     "chr(10) ORDER BY registration_number, for_month), {sums} FROM closed_bill_item "
                     "WHERE month = :month")
_SUMS = ("count(*), sum(CASE WHEN for_month = month THEN 1 ELSE 0 END), "
         "sum(CASE WHEN for_month = month THEN jkk ELSE 0 END), sum(CASE WHEN for_month = month THEN jkm ELSE 0 END)")


def canonical_items(session: Session, month: dt.date) -> tuple[str, int, ItemSums]:
    """The bill's items ordered by registration number and month paid for, as tab-separated lines, read in one
    statement (at 500,000 items, a row at a time through Python costs seconds); how many; and the sums of the
    month's own items."""
    sql = _POSTGRESQL_ITEMS if is_postgresql(session) else _SQLITE_ITEMS
    lines, count, workers, jkk, jkm = session.execute(text(sql.format(sums=_SUMS)), {"month": month}).one()
    return (lines + "\n" if lines else ""), int(count), ItemSums(int(workers or 0), int(jkk or 0), int(jkm or 0))
