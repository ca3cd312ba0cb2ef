"""(hub) Corrections of closed months: what a closed month would bill today, against what the closed bills
charged for it, per participant — the difference goes onto the next bill closed, as arrears or a refund.

Only participants whose billing facts changed since the closed bills last billed them (`bill_fact`), or who
were never billed but would be billed in a closed month today (a KPJ that came late), can need a correction;
they are the few looked at here. Each is billed for each closed month by the rule of rules.py, at the rates that
month was closed with. A refund is booked under the funding source and kabupaten/kota it was last charged
under; arrears under today's.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import Session, and_, col, or_

from pekerja_desktop.domain.months import month_bounds
from pekerja_desktop.services.billing.closed import ClosedMonth
from pekerja_desktop.services.billing.rules import (
    PROGRAMMES,
    BillingFacts,
    billed_conditions,
    facts_columns,
    facts_of,
    facts_sql,
)
from pekerja_desktop.store.billing_models import BillFact, ClosedBillItem
from pekerja_desktop.store.bulk import chunks
from pekerja_desktop.store.models import Participant


@dataclass(frozen=True)
class CorrectionItem:
    registration_number: str
    for_month: dt.date
    kpj: str
    funding_source: str
    regency_code: str
    amounts: dict[str, int]  # programme → rupiah, negative for a refund


@dataclass
class Corrections:
    items: list[CorrectionItem] = field(default_factory=list)
    looked_at: list[int] = field(default_factory=list)  # participant ids whose facts are to be written again


@dataclass
class _Charged:
    """What the closed bills charged one participant for one month, and under what it was last charged."""
    amounts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PROGRAMMES, 0))
    last_bill: dt.date | None = None
    kpj: str = ""
    funding_source: str = ""
    regency_code: str = ""


def find_corrections(session: Session, closed: list[ClosedMonth], through: dt.date | None = None) -> Corrections:
    """The corrections the next bill carries for the closed months (none before the first close). With `through`
    (the month being closed), those never billed who are billed in it are looked at too — they have no
    correction, but their facts are then recorded in the same pass (freeze.py)."""
    if not closed:
        return Corrections()
    people = _looked_at(session, closed[0].month, month_bounds(through or closed[-1].month)[1])
    charged = _charged(session, [p.registration_number for p in people], [c.month for c in closed])
    items = [item for person in people for month in closed
             if (item := _correction(person, month, charged.get((person.registration_number, month.month))))]
    return Corrections(items, [person.participant_id for person in people])


def _looked_at(session: Session, first: dt.date, last: dt.date) -> list[BillingFacts]:
    """Participants whose facts changed since last billed, and those never billed who are billed today in a
    month from `first` to `last` (the closed months)."""
    fact = col(BillFact.participant_id)
    query = (select(*facts_columns()).select_from(Participant)
             .outerjoin(BillFact, fact == Participant.id)
             .where(or_(and_(fact.is_(None), *billed_conditions(first, last)),
                        and_(fact.is_not(None), col(BillFact.facts) != facts_sql()))))
    return [facts_of(row) for row in session.execute(query)]


def _charged(session: Session, numbers: list[str], months: list[dt.date]) -> dict[tuple[str, dt.date], _Charged]:
    found: dict[tuple[str, dt.date], _Charged] = defaultdict(_Charged)
    item = ClosedBillItem
    for chunk in chunks(numbers):
        rows = session.execute(select(col(item.registration_number), col(item.for_month), col(item.month),
                                      col(item.kpj), col(item.funding_source), col(item.regency_code),
                                      col(item.jkk), col(item.jkm))
                               .where(col(item.month).in_(months), col(item.registration_number).in_(chunk)))
        for number, for_month, bill, kpj, funding, regency, jkk, jkm in rows:
            entry = found[(number, for_month)]
            entry.amounts["JKK"] += jkk
            entry.amounts["JKM"] += jkm
            if entry.last_bill is None or bill > entry.last_bill:
                entry.last_bill, entry.kpj, entry.funding_source, entry.regency_code = bill, kpj, funding, regency
    return found


def _correction(person: BillingFacts, month: ClosedMonth, charged: _Charged | None) -> CorrectionItem | None:
    first, last = month_bounds(month.month)
    due = person.amounts(month.rates) if person.billed_in(first, last) else dict.fromkeys(PROGRAMMES, 0)
    before = charged.amounts if charged else dict.fromkeys(PROGRAMMES, 0)
    difference = {programme: due[programme] - before[programme] for programme in PROGRAMMES}
    if not any(difference.values()):
        return None
    refund = charged is not None and not any(due.values())
    source = charged if refund and charged else person
    return CorrectionItem(person.registration_number, month.month, person.kpj or (charged.kpj if charged else ""),
                          source.funding_source, source.regency_code, difference)
