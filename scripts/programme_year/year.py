"""The programme year, month by month, through the services the headless commands call:

1. offices enrol the month's workers (the first month most of them; later months the rest, in tranches);
2. from the second month, some participants leave (recorded at their office);
3. offices export, the hub imports and acks;
4. the hub moves some participants between offices, uploads its new participants to BPJS and imports the KPJ
   numbers BPJS returns;
5. a second exchange brings the numbers and the hub's decisions to the offices, which print the cards;
6. in the last month, the offices run next year's renewal and send its answers;
7. the hub writes the month's change file for BPJS and closes the month's bill.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from pekerja_desktop.documents.formatting import number_text, rupiah
from pekerja_desktop.services.billing.bill import close_month
from pekerja_desktop.services.hub.bpjs_change_file import write_change_file

from .enrolment import enrol_tranche
from .events import end_some, renew, transfer_some
from .exchange import bpjs_round, exchange, print_cards
from .ledger import Ledger
from .people import Population
from .world import World

FIRST_TRANCHE = 0.8  # of the year's workers, enrolled in the first month (APBD murni); the rest later
LIST_SHARE = 0.25  # of each tranche, from a village list


@dataclass(frozen=True)
class Plan:
    year: int
    months: int
    workers: int
    seed: int

    def month(self, index: int) -> dt.date:
        return dt.date(self.year, index + 1, 1)

    def tranche(self, index: int) -> int:
        """Workers enrolled in month `index` (0-based), all offices together."""
        first = self.workers if self.months == 1 else round(self.workers * FIRST_TRANCHE)
        if index == 0:
            return first
        rest, later = self.workers - first, self.months - 1
        return rest // later + (1 if index - 1 < rest % later else 0)


def office_shares(total: int, offices: int) -> list[int]:
    return [total // offices + (1 if i < total % offices else 0) for i in range(offices)]


def run_year(world: World, plan: Plan, say: Callable[[str], None]) -> Ledger:
    ledger, rng = Ledger(), random.Random(plan.seed)
    population = Population(plan.seed, plan.year)
    for index in range(plan.months):
        started = time.perf_counter()
        line = _month(world, plan, index, population, ledger, rng)
        say(f"{plan.month(index):%Y-%m}: {line} ({time.perf_counter() - started:.1f} s)")
    return ledger


class Phases:
    """Seconds spent in each phase of a month, printed after the month's line."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def run(self, name: str, work: Callable, *args):
        started = time.perf_counter()
        try:
            return work(*args)
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    def text(self) -> str:
        return ", ".join(f"{name} {seconds:.1f}" for name, seconds in self.seconds.items())


def _month(world: World, plan: Plan, index: int, population: Population, ledger: Ledger,
           rng: random.Random) -> str:
    month, phases, last = plan.month(index), Phases(), index == plan.months - 1
    enrolled = phases.run("enrol", _enrol, world, plan, index, population, ledger)
    ended = phases.run("end", end_some, world, month, ledger, rng) if index else 0
    phases.run("sync", exchange, world)
    moved = phases.run("transfer", transfer_some, world, ledger, rng) if index else 0
    numbers = phases.run("bpjs", bpjs_round, world, month, ledger)
    phases.run("sync", exchange, world)
    cards = sum(phases.run("cards", print_cards, site, month, world) for site in world.offices)
    ledger.cards += cards
    renewed_out = phases.run("renewal", renew, world, plan.year, ledger, rng) if last else 0
    if last:
        phases.run("sync", exchange, world)
    changes = phases.run("changes", write_change_file, world.hub.ctx, month,
                         world.bpjs / f"perubahan-{month:%Y-%m}.csv")
    bill = phases.run("close", close_month, world.hub.ctx, month, world.bills / f"tagihan-{month:%Y-%m}.pdf")
    n = number_text
    return (f"{n(enrolled)} enrolled, {n(ended)} ended, {n(moved)} moved, {n(numbers)} KPJ, {n(cards)} cards"
            + (f", {n(renewed_out)} not renewed for {plan.year + 1}" if renewed_out else "")
            + f"; change file {n(changes.rows)} lines; bill {rupiah(bill.total)} for {n(bill.workers)} workers"
            + f" [{phases.text()}]")


def _enrol(world: World, plan: Plan, index: int, population: Population, ledger: Ledger) -> int:
    month = plan.month(index)
    enrolled = 0
    for site, count in zip(world.offices, office_shares(plan.tranche(index), len(world.offices)), strict=True):
        people = [population.person(site.ctx, month) for _ in range(count)]
        enrolled += enrol_tranche(site, people, round(count * LIST_SHARE), month, world.lists, ledger)
    return enrolled
