"""The year's invariants, computed from what it left behind — the hub's participant rows (coverage periods, KPJ),
its contribution rates, its closed bills and their items, its transfer decisions, the change files written for
BPJS — never by calling the billing or change-file code again. Each is printed with its figures.

1. bills = coverage × rates: the closed bills' totals equal the participant-months of coverage (a participant
   with a KPJ, from the month its coverage started to the month it ended) times the month's rates;
2. nobody is billed for a month after the one their coverage ended in (nor before it started);
3. a transfer is never billed twice: no NIK is billed under two numbers, nor twice, for one month;
4. every exit reached BPJS's change files exactly once (none that is not an exit, none not yet due);
5. every office's audit chain verifies at the hub;
6. the hub and the offices hold what the year did (the simulation's own ledger): every participant at the office
   that owns it now, with its KPJ, and every end with its date — so that a change lost on the way cannot make the
   hub's figures agree with themselves.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from pekerja_desktop.documents.formatting import number_text, rupiah
from pekerja_desktop.services.audit.verify import verify_trail
from pekerja_desktop.store.billing_models import ClosedBill, ClosedBillItem
from pekerja_desktop.store.lifecycle_models import DecisionKind, HubDecision
from pekerja_desktop.store.models import ContributionRate, Participant

from .ledger import Ledger
from .world import World

EXIT_LINE, KIND_HEADER, NUMBER_HEADER = "KURANG", "JENIS PERUBAHAN", "NO REGISTRASI"
NOT_BILLED = ("draft", "rejected")


@dataclass(frozen=True)
class Person:
    number: str
    nik: str
    office: str
    kpj: str | None
    start: dt.date | None
    end: dt.date | None
    status: str
    income: int
    programmes: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    name: str
    holds: bool
    figures: str

    def line(self) -> str:
        return f"{self.name}: {'ok' if self.holds else 'FAILED'} — {self.figures}"


def month_end(month: dt.date) -> dt.date:
    following = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


class Facts:
    """Everything the invariants read, read once from the hub and the files."""

    def __init__(self, world: World):
        with world.hub.ctx.db.session() as session:
            self.people = {p.number: p for p in _people(session)}
            self.rates = list(session.scalars(select(ContributionRate)))
            self.bills = list(session.scalars(select(ClosedBill).order_by(ClosedBill.month)))
            self.items = session.execute(select(ClosedBillItem.registration_number, ClosedBillItem.for_month,
                                                ClosedBillItem.jkk + ClosedBillItem.jkm)).all()
            self.correction_amounts = list(session.scalars(select(ClosedBillItem.jkk + ClosedBillItem.jkm).where(
                ClosedBillItem.for_month != ClosedBillItem.month)))
            self.transfers = list(session.scalars(select(HubDecision.registration_number)
                                                  .where(HubDecision.kind == DecisionKind.TRANSFER.value)))
        self.months = [bill.month for bill in self.bills]
        self.change_files = sorted(world.bpjs.glob("perubahan-*.csv"))

    def rate_amount(self, programme: str, month: dt.date, income: int) -> int:
        valid = [r for r in self.rates if r.programme == programme and r.valid_from <= month
                 and (r.valid_to is None or r.valid_to >= month)]
        if not valid:
            return 0
        rate = max(valid, key=lambda r: (r.valid_from, r.id or 0))
        return rate.fixed_amount or max(income * rate.percent_bp // 10_000, rate.min_amount)

    def covered_months(self, person: Person) -> list[dt.date]:
        if not person.kpj or person.status in NOT_BILLED or person.start is None:
            return []
        if person.status == "ended" and person.end is None:
            return []
        return [m for m in self.months if person.start <= month_end(m) and (person.end is None or person.end >= m)]


def _people(session) -> list[Person]:
    p = Participant
    rows = session.execute(select(p.registration_number, p.nik, p.office_code, p.kpj, p.coverage_start,
                                  p.coverage_end, p.status, p.income, p.programmes))
    return [Person(number, nik, office, kpj or None, start, end, status, income or 0,
                   tuple(x.strip() for x in (programmes or "").split(",") if x.strip()))
            for number, nik, office, kpj, start, end, status, income, programmes in rows]


def bills_equal_coverage(facts: Facts) -> Verdict:
    person_months = expected = 0
    for person in facts.people.values():
        for month in facts.covered_months(person):
            person_months += 1
            expected += sum(facts.rate_amount(programme, month, person.income) for programme in person.programmes)
    regular = sum(bill.regular_total for bill in facts.bills)
    corrections = sum(bill.correction_total for bill in facts.bills)
    items = sum(amount for _number, _month, amount in facts.items)
    holds = bool(facts.bills) and expected == regular + corrections == items
    arrears = [amount for amount in facts.correction_amounts if amount > 0]
    refunds = [amount for amount in facts.correction_amounts if amount < 0]
    return Verdict("bills = participant-months × rates", holds,
                   f"{number_text(person_months)} participant-months × rates = {rupiah(expected)}; "
                   f"{len(facts.bills)} closed bills {rupiah(regular + corrections)} (corrections "
                   f"{rupiah(corrections)}: {number_text(len(arrears))} arrears {rupiah(sum(arrears))}, "
                   f"{number_text(len(refunds))} refunds {rupiah(sum(refunds))}); their items {rupiah(items)}")


def _net_billed(facts: Facts) -> dict[tuple[str, dt.date], int]:
    net: dict[tuple[str, dt.date], int] = defaultdict(int)
    for number, for_month, amount in facts.items:
        net[number, for_month] += amount
    return {key: amount for key, amount in net.items() if amount}


def nobody_billed_outside_coverage(facts: Facts) -> Verdict:
    billed = _net_billed(facts)
    after = before = unknown = 0
    for number, month in billed:
        person = facts.people.get(number)
        if person is None:
            unknown += 1
        elif person.end is not None and month > person.end:
            after += 1
        elif person.start is None or person.start > month_end(month):
            before += 1
    ended = sum(1 for p in facts.people.values() if p.end is not None)
    return Verdict("nobody billed after coverage ended", after == before == unknown == 0,
                   f"{number_text(len(billed))} billed participant-months, {number_text(ended)} coverages ended; "
                   f"billed after the end {after}, before the start {before}, unknown numbers {unknown}")


def transfers_billed_once(facts: Facts) -> Verdict:
    billed = _net_billed(facts)
    per_nik: dict[tuple[str, dt.date], list[str]] = defaultdict(list)
    for number, month in billed:
        person = facts.people.get(number)
        per_nik[person.nik if person else number, month].append(number)
    twice = sum(1 for numbers in per_nik.values() if len(numbers) > 1)
    moved = set(facts.transfers)
    over = 0
    for (number, month), amount in billed.items():
        person = facts.people.get(number)
        if number in moved and person is not None:
            one = sum(facts.rate_amount(programme, month, person.income) for programme in person.programmes)
            over += amount > one
    moved_months = sum(1 for number, _month in billed if number in moved)
    return Verdict("a transfer is never billed twice", twice == over == 0,
                   f"{number_text(len(moved))} participants moved, {number_text(moved_months)} of their months "
                   f"billed; NIK-months billed under two numbers {twice}, a moved participant's month billed more "
                   f"than once {over}")


def _exit_lines(paths: list[Path]) -> Counter:
    found: Counter = Counter()
    for path in paths:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get(KIND_HEADER) == EXIT_LINE:
                    found[row[NUMBER_HEADER]] += 1
    return found


def exits_reported_once(facts: Facts) -> Verdict:
    last = month_end(facts.months[-1]) if facts.months else dt.date.min
    due = {p.number for p in facts.people.values() if p.kpj and p.status == "ended" and p.end and p.end <= last}
    later = sum(1 for p in facts.people.values() if p.status == "ended" and p.end and p.end > last)
    lines = _exit_lines(facts.change_files)
    missing = sum(1 for number in due if lines[number] == 0)
    repeated = sum(1 for number in due if lines[number] > 1)
    stray = sum(1 for number in lines if number not in due)
    return Verdict("every exit in BPJS's change files exactly once", missing == repeated == stray == 0,
                   f"{number_text(len(due))} exits due by {last:%d/%m/%Y}, {number_text(sum(lines.values()))} exit "
                   f"lines in {len(facts.change_files)} files; missing {missing}, repeated {repeated}, not an exit "
                   f"due {stray}; {number_text(later)} exits dated later, not yet reported")


def audit_chains_verify(world: World) -> Verdict:
    reports = {site.code: verify_trail(world.hub.ctx, site.code) for site in world.offices}
    broken = sorted(code for code, report in reports.items() if not report.ok or report.events == 0)
    events = sum(report.events for report in reports.values())
    return Verdict("every office's audit chain verifies at the hub", not broken,
                   f"{len(reports)} offices, {number_text(events)} events received"
                   + (f"; broken or empty: {', '.join(broken)}" if broken else ""))


def _office_holdings(world: World) -> dict[str, str]:
    """Registration number → the office whose register holds it as its own (not handed over)."""
    held: dict[str, str] = {}
    for site in world.offices:
        with site.ctx.db.session() as session:
            held.update((number, site.code) for number in session.scalars(
                select(Participant.registration_number).where(Participant.status != "transferred",
                                                              Participant.purged_at.is_(None))))
    return held


def sites_hold_the_year(world: World, facts: Facts, ledger: Ledger) -> Verdict:
    hub = facts.people
    wrong_office = sum(1 for number, office in ledger.owner.items()
                       if number not in hub or hub[number].office != office)
    no_kpj = sum(1 for number in ledger.registered if number not in hub or not hub[number].kpj)
    wrong_end = sum(1 for number, person in hub.items()
                    if (person.end, person.status == "ended") != ((ledger.ended[number][0], True)
                                                                   if number in ledger.ended else (None, False)))
    held = _office_holdings(world)
    misplaced = sum(1 for number, office in ledger.owner.items() if held.get(number) != office)
    extra = len(hub) - len(ledger.owner)
    holds = wrong_office == no_kpj == wrong_end == misplaced == extra == 0
    return Verdict("the hub and the offices hold what the year did", holds,
                   f"{number_text(len(ledger.owner))} enrolled, {number_text(len(ledger.ended))} ended, "
                   f"{number_text(len(ledger.transfers))} moves; at the hub: another office {wrong_office}, no KPJ "
                   f"{no_kpj}, another end {wrong_end}, records the year did not make {extra}; at the offices: "
                   f"not where they belong {misplaced}")


def check_invariants(world: World, ledger: Ledger) -> list[Verdict]:
    facts = Facts(world)
    return [bills_equal_coverage(facts), nobody_billed_outside_coverage(facts), transfers_billed_once(facts),
            exits_reported_once(facts), audit_chains_verify(world), sites_hold_the_year(world, facts, ledger)]
