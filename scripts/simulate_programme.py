"""A programme year in one command: offices take village lists and enrol, export; the hub imports and acks, sends
the BPJS upload file and takes KPJ numbers back; offices print cards; each month some participants die, move or
leave, the hub reports the changes to BPJS and closes the month's bill; the year ends with the renewal. Then the
year's invariants are checked from what it left behind and printed, `invariants: ok` last when all hold.

    python scripts/simulate_programme.py --offices N --workers N --months N [--seed S] [--keep DIR]
    python scripts/simulate_programme.py --check DIR     (the invariants of a world kept by --keep, again)

Everything runs in this process through the services the headless `pekerja-desktop` commands call, each site
signed in once (a process per command would spend most of the year starting up). The year simulated is the
current calendar year, from January: end dates and the renewal follow the budget year's rules of today.
Exit status: 0 when every invariant holds, 1 when one does not, 2 on a bad argument.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

from programme_year.invariants import check_invariants
from programme_year.ledger import Ledger
from programme_year.world import MAX_OFFICES, build_world, open_world
from programme_year.year import Plan, run_year

from pekerja_desktop.documents.formatting import number_text


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--offices", type=int, default=2, help=f"field offices, 1 … {MAX_OFFICES}")
    parser.add_argument("--workers", type=int, default=200, help="workers enrolled over the year, all offices")
    parser.add_argument("--months", type=int, default=3, help="months simulated from January, 1 … 12")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="keep the sites and files in DIR (must not exist); else a temporary folder")
    parser.add_argument("--check", type=Path, default=None, metavar="DIR",
                        help="check the invariants of a world kept with --keep, and stop")
    args = parser.parse_args(argv)
    if not 1 <= args.offices <= MAX_OFFICES:
        parser.error(f"--offices: 1 … {MAX_OFFICES}")
    if not 1 <= args.months <= 12:
        parser.error("--months: 1 … 12")
    if args.workers < args.offices:
        parser.error("--workers: at least one per office")
    if args.keep is not None and args.keep.exists():
        parser.error(f"--keep: {args.keep} exists already")
    return args


def say(line: str) -> None:
    print(line, flush=True)


def report(world, ledger: Ledger) -> int:
    verdicts = check_invariants(world, ledger)
    for verdict in verdicts:
        say(verdict.line())
    holds = all(verdict.holds for verdict in verdicts)
    say("invariants: ok" if holds else "invariants: FAILED")
    return 0 if holds else 1


def simulate(args: argparse.Namespace, root: Path) -> int:
    plan = Plan(dt.date.today().year, args.months, args.workers, args.seed)
    started = time.perf_counter()
    world = build_world(root, args.offices)
    try:
        n = number_text
        say(f"simulating {plan.year}: {args.offices} offices, {n(args.workers)} workers, {args.months} months, "
            f"seed {args.seed}, in {root} (set up in {time.perf_counter() - started:.1f} s)")
        ledger = run_year(world, plan, say)
        say(f"year done in {time.perf_counter() - started:.1f} s: {n(len(ledger.owner))} enrolled "
            f"({n(ledger.listed)} from {n(ledger.lists)} village lists), {n(len(ledger.registered))} KPJ, "
            f"{n(len(ledger.ended))} ended, {n(len(ledger.transfers))} moved, {n(ledger.cards)} cards; "
            f"{n(ledger.lookalikes)} look-alikes confirmed as different persons at the desk")
        ledger.save(root)
        return report(world, ledger)
    finally:
        world.close()


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.check is not None:
        world = open_world(args.check)
        try:
            return report(world, Ledger.load(args.check))
        finally:
            world.close()
    if args.keep is not None:
        return simulate(args, args.keep)
    root = Path(tempfile.mkdtemp(prefix="pekerja-year-"))
    try:
        return simulate(args, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
