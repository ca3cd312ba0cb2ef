"""Closing a month's bill at the hub with N participants, all registered at BPJS (`report billing --close`).

    python bench/bench_billing_close.py --n 500000

The hub is built as in bench_dashboard.py (11 offices, hub verdicts, one in two hundred rejected); every
participant gets a KPJ and a coverage start by January 2027. Measured, each with the PDF of the bill:
- `billing_close_first`: closing January 2027, the first month ever closed (every participant billed gets
  its billing facts written);
- `billing_close_next`: closing February after --changes participants changed between the closes (half of
  them ended back-dated into January, half given a KPJ late), so the close carries their corrections;
- `billing_close_steady`: closing March with nothing changed.
Anchors, in the same run: `billing_compute` (the open month's figures, what `report billing` computes) and
`raw_copy` (copying the same N rows' bill columns with one INSERT … SELECT into a scratch table: the floor of
writing them).

With --repeat K the three closes run on K fresh copies of the prepared hub, one after the other; each figure is
then the median, and `billing_close_<close>_rounds` lists every round's (on this shared 2-core machine the same
close moved by a quarter between two runs minutes apart).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import _common
from bench_dashboard import prepare
from pekerja_desktop.services.billing.bill import close_month
from pekerja_desktop.services.billing.compute import compute_billing

JANUARY, FEBRUARY, MARCH = dt.date(2027, 1, 1), dt.date(2027, 2, 1), dt.date(2027, 3, 1)


def _execute(ctx, *statements: str) -> None:
    connection = ctx.db.raw_connection()
    try:
        connection.execute("BEGIN IMMEDIATE")
        for statement in statements:
            connection.execute(statement)
        connection.execute("COMMIT")
    finally:
        connection.close()


def registered_by_january(ctx, changes: int) -> None:
    """Every participant with a KPJ and covered from January at the latest, but `changes` // 2 without a KPJ."""
    _execute(ctx, "UPDATE participant SET kpj = printf('%011d', 10000000000 + id), "
                  "coverage_start = min(coalesce(coverage_start, '2027-01-01'), '2027-01-01'), "
                  "status = CASE WHEN status = 'draft' THEN 'active' ELSE status END, coverage_end = NULL",
             f"UPDATE participant SET kpj = NULL WHERE id % 1000 = 7 AND id <= {changes // 2 * 1000}")


def change_between_closes(ctx, changes: int) -> None:
    _execute(ctx, "UPDATE participant SET kpj = printf('%011d', 10000000000 + id) WHERE kpj IS NULL",
             f"UPDATE participant SET coverage_end = '2026-12-31', status = 'ended', end_reason = 'died' "
             f"WHERE id % 1000 = 3 AND id <= {changes // 2 * 1000}")


def raw_copy(ctx) -> float:
    connection = ctx.db.raw_connection()
    try:
        connection.execute("CREATE TEMP TABLE scratch (r TEXT, k TEXT, f TEXT, g TEXT, a INT, b INT)")
        seconds, _ = _common.timed(lambda: connection.execute(
            "INSERT INTO scratch SELECT registration_number, kpj, funding_source, substr(village_code, 1, 5), "
            "max(income / 100, 10000), 6800 FROM participant WHERE kpj IS NOT NULL AND status != 'draft'"))
        return seconds
    finally:
        connection.close()


@dataclass
class Round:
    first: float
    next: float
    steady: float
    compute: float
    copy: float


def one_round(root: Path, temp: Path, changes: int) -> tuple[Round, str]:
    """The three closes on the hub at `root` (prepared), with the anchors measured just before them."""
    with _common.context(root) as ctx:
        registered_by_january(ctx, changes)
        with ctx.db.session() as session:
            compute_billing(session, JANUARY)  # warm-up: pages in the cache
            compute, _ = _common.timed(lambda s=session: compute_billing(s, JANUARY))
        copy = raw_copy(ctx)
        first, bill = _common.timed(lambda: close_month(ctx, JANUARY, temp / "january.pdf"))
        change_between_closes(ctx, changes)
        after, february = _common.timed(lambda: close_month(ctx, FEBRUARY, temp / "february.pdf"))
        steady, _ = _common.timed(lambda: close_month(ctx, MARCH, temp / "march.pdf"))
    summary = (f"January: {bill.workers:,} workers billed; February: {len(february.corrections)} correction "
               f"lines, {february.correction_total:,} rupiah")
    return Round(first, after, steady, compute, copy), summary


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 500_000)
    parser.add_argument("--changes", type=int, default=1000, help="participants changed between closes")
    parser.add_argument("--repeat", type=int, default=1,
                        help="closes on this many fresh copies of the prepared hub; figures are medians (default 1)")
    args = parser.parse_args(argv)
    rounds: list[Round] = []
    with tempfile.TemporaryDirectory(prefix="pekerja-bench-") as temp:
        root = args.data_dir or Path(temp) / "hub"
        prepare(root, args.n, args.seed)
        repeat = max(1, args.repeat)
        for index in range(repeat):
            target = root if repeat == 1 else shutil.copytree(root, Path(temp) / f"round-{index + 1}")
            measured, summary = one_round(target, Path(temp), args.changes)
            rounds.append(measured)
            if target != root:
                shutil.rmtree(target)
    _common.note(summary)
    for name in ("first", "next", "steady"):
        seconds = [getattr(one, name) for one in rounds]
        _common.report(f"billing_close_{name}", _common.median(seconds) * 1000, "ms")
        if repeat > 1:
            print(f"billing_close_{name}_rounds: {' '.join(f'{value * 1000:.0f}' for value in seconds)} ms", flush=True)
    _common.report("billing_compute", _common.median([one.compute for one in rounds]) * 1000, "ms")
    _common.report("raw_copy", _common.median([one.copy for one in rounds]) * 1000, "ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
