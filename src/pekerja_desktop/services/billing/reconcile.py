"""(hub) `billing-reconcile --month YYYY-MM FILE --out REPORT`: a closed bill against the invoice or participant
list BPJS sends for that month.

Ours: each participant on the closed bill with what the bill charges for it (the month's contribution and any
correction on that bill). Theirs: the file's rows (reconcile_file.py), summed per participant. A row is matched
by KPJ when it has one that the bill knows, else by NIK. Outcomes: matched (the same amount), amounts that
differ, only ours, only theirs, and their rows that could not be read (no NIK/KPJ, no amount). Only a closed month
can be reconciled: an open bill may still change.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session, col

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.billing.closed import load_closed
from pekerja_desktop.services.billing.errors import BillingError
from pekerja_desktop.services.billing.freeze import month_text
from pekerja_desktop.services.billing.reconcile_file import TheirRow, read_invoice
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store.billing_models import ClosedBillItem
from pekerja_desktop.store.models import Participant

OUTCOMES = ("matched", "different", "ours_only", "theirs_only", "unreadable")


@dataclass(frozen=True)
class Ours:
    registration_number: str
    kpj: str
    nik: str
    name: str
    amount: int


@dataclass(frozen=True)
class Line:
    """One participant (or one unreadable row of theirs) and what became of it."""
    outcome: str
    ours: Ours | None
    theirs: list[TheirRow]

    @property
    def our_amount(self) -> int:
        return self.ours.amount if self.ours else 0

    @property
    def their_amount(self) -> int:
        return sum(row.amount or 0 for row in self.theirs)


@dataclass
class Reconciliation:
    month: dt.date
    source: str  # their file's name
    lines: list[Line] = field(default_factory=list)

    def of(self, outcome: str) -> list[Line]:
        return [line for line in self.lines if line.outcome == outcome]

    def count(self, outcome: str) -> int:
        return len(self.of(outcome))

    @property
    def our_total(self) -> int:
        return sum(line.our_amount for line in self.lines)

    @property
    def their_total(self) -> int:
        return sum(line.their_amount for line in self.lines)


def our_participants(session: Session, month: dt.date) -> list[Ours]:
    item = ClosedBillItem
    rows = session.execute(
        select(col(item.registration_number), func.max(col(item.kpj)), func.sum(col(item.jkk) + col(item.jkm)),
               func.max(col(Participant.nik)), func.max(col(Participant.full_name)))
        .outerjoin(Participant, col(Participant.registration_number) == item.registration_number)
        .where(col(item.month) == month).group_by(col(item.registration_number))
        .order_by(col(item.registration_number)))
    return [Ours(number, kpj or "", nik or "", name or "", int(amount)) for number, kpj, amount, nik, name in rows]


def match(month: dt.date, source: str, ours: list[Ours], theirs: list[TheirRow]) -> Reconciliation:
    by_kpj = {o.kpj: o for o in ours if o.kpj}
    by_nik: dict[str, Ours] = {}
    for o in ours:
        by_nik.setdefault(o.nik, o)
    found: dict[str, list[TheirRow]] = defaultdict(list)
    strangers: dict[str, list[TheirRow]] = defaultdict(list)
    result = Reconciliation(month, source)
    for row in theirs:
        if row.problem:
            result.lines.append(Line("unreadable", None, [row]))
            continue
        mine = by_kpj.get(row.kpj) if row.kpj else None
        mine = mine or (by_nik.get(row.nik) if row.nik else None)
        if mine is None:
            strangers[row.kpj or row.nik].append(row)
        else:
            found[mine.registration_number].append(row)
    for o in ours:
        rows = found.get(o.registration_number, [])
        outcome = "ours_only" if not rows else ("matched" if sum(r.amount or 0 for r in rows) == o.amount
                                                else "different")
        result.lines.append(Line(outcome, o, rows))
    result.lines.extend(Line("theirs_only", None, rows) for rows in strangers.values())
    return result


def reconcile_month(ctx: AppContext, month: dt.date, invoice: Path) -> Reconciliation:
    """The closed bill of `month` against BPJS's file, by a supervisor (nothing is changed)."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    month = month.replace(day=1)
    with ctx.db.session() as session:
        if load_closed(session, month) is None:
            raise BillingError("closed.not_closed", month=month_text(month), key=month.strftime("%Y-%m"))
        ours = our_participants(session, month)
    return match(month, Path(invoice).name, ours, read_invoice(Path(invoice)))
