"""The monthly contribution bill (Rekap Iuran) at the hub with N participants, all registered at BPJS.

    python bench/bench_billing.py --n 500000

The hub is built as in bench_dashboard.py (11 offices, hub verdicts); every participant then gets a KPJ
number. Measured: the computation alone (median of --runs), and the whole `report billing` as PDF and XLSX; beside
it, in the same run, `billing_raw`: the scale table's anchor (bench_scale.py: the billed workers counted and summed
per funding source and village in one `GROUP BY`, median of --runs) and their ratio.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

import _common
from bench_dashboard import prepare
from pekerja_desktop.services.billing.bill import write_billing_report
from pekerja_desktop.services.billing.compute import compute_billing

# README's scale table's anchor (bench_scale.py): the billed workers counted and summed in one GROUP BY
BILLING_ANCHOR = ("SELECT funding_source, village_code, count(*), sum(income) FROM participant WHERE status = "
                  "'active' AND kpj IS NOT NULL GROUP BY funding_source, village_code")


def raw_seconds(ctx, sql: str) -> float:
    """One plain-SQL statement through a raw connection, all rows fetched."""
    connection = ctx.db.raw_connection()
    try:
        started = time.perf_counter()
        connection.execute(sql).fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()


def give_everyone_a_kpj(ctx) -> None:
    connection = ctx.db.raw_connection()
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE participant SET kpj = printf('%011d', 10000000000 + id) WHERE kpj IS NULL")
        connection.execute("COMMIT")
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 500_000)
    parser.add_argument("--runs", type=int, default=5, help="timed computations (default 5)")
    args = parser.parse_args(argv)
    month = dt.date.today().replace(day=1)
    with tempfile.TemporaryDirectory(prefix="pekerja-bench-") as temp:
        root = args.data_dir or Path(temp) / "hub"
        prepare(root, args.n, args.seed)
        with _common.context(root) as ctx:
            give_everyone_a_kpj(ctx)
            with ctx.db.session() as session:
                compute_billing(session, month)  # warm-up: pages in the cache
                runs = [_common.timed(lambda s=session: compute_billing(s, month))[0] for _ in range(args.runs)]
                workers = compute_billing(session, month).workers
            raw = [raw_seconds(ctx, BILLING_ANCHOR) for _ in range(args.runs)]
            pdf, _ = _common.timed(lambda: write_billing_report(ctx, month, Path(temp) / "bill.pdf"))
            xlsx, _ = _common.timed(lambda: write_billing_report(ctx, month, Path(temp) / "bill.xlsx"))
    _common.note(f"{workers:,} workers billed for {month:%Y-%m}")
    _common.report("billing_compute", _common.median(runs) * 1000, "ms")
    _common.report("billing_compute_max", max(runs) * 1000, "ms")
    _common.report("billing_raw", _common.median(raw) * 1000, "ms")
    _common.report("billing_compute_vs_raw", _common.median(runs) / _common.median(raw), "x")
    _common.report("billing_report_pdf", pdf * 1000, "ms")
    _common.report("billing_report_xlsx", xlsx * 1000, "ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
