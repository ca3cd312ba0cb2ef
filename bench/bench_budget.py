"""The budget report at the hub with N participants (`report budget --year YYYY`).

    python bench/bench_budget.py --n 500000

The hub is built as in bench_billing_close.py (11 offices, hub verdicts, everyone registered by January 2027);
January to March 2027 are closed and each funding source gets a ceiling. Measured: `budget_compute` (ceilings,
realisation from the closed bills, projection of the nine open months with today's active participants; median
of --runs) and the whole `report budget` as PDF and XLSX. Anchor, in the same run: `billing_compute` (the open
month's bill, the computation the dashboard's neighbours already pay).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

import _common
from bench_billing_close import registered_by_january
from bench_dashboard import prepare
from pekerja_desktop.services.billing.bill import close_month
from pekerja_desktop.services.billing.compute import compute_billing
from pekerja_desktop.services.budget.ceilings import save_ceiling
from pekerja_desktop.services.budget.output import write_budget_report
from pekerja_desktop.services.budget.year import compute_budget_year

YEAR = 2027
TODAY = dt.date(YEAR, 4, 10)
CLOSED = (dt.date(YEAR, 1, 1), dt.date(YEAR, 2, 1), dt.date(YEAR, 3, 1))


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 500_000)
    parser.add_argument("--runs", type=int, default=5, help="timed computations (default 5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pekerja-bench-") as temp:
        root = args.data_dir or Path(temp) / "hub"
        prepare(root, args.n, args.seed)
        with _common.context(root) as ctx:
            registered_by_january(ctx, 0)
            for month in CLOSED:
                close_month(ctx, month, Path(temp) / f"{month:%Y-%m}.pdf")
            for source in ("APBD_PROV", "APBD_KAB", "APBDES", "CSR"):
                save_ceiling(ctx, YEAR, source, "murni", 2_000_000_000)
            with ctx.db.session() as session:
                compute_budget_year(session, YEAR, TODAY)  # warm-up: pages in the cache
                runs = [_common.timed(lambda s=session: compute_budget_year(s, YEAR, TODAY))[0]
                        for _ in range(args.runs)]
                year = compute_budget_year(session, YEAR, TODAY)
                anchor, _ = _common.timed(lambda s=session: compute_billing(s, dt.date(YEAR, 4, 1)))
            pdf, _ = _common.timed(lambda: write_budget_report(ctx, YEAR, Path(temp) / "budget.pdf", today=TODAY))
            xlsx, _ = _common.timed(lambda: write_budget_report(ctx, YEAR, Path(temp) / "budget.xlsx", today=TODAY))
    _common.note(f"{year.active_today:,} active on {TODAY}; projected to December "
                 f"{sum(s.projected for s in year.sources):,} rupiah; over: {[s.code for s in year.over]}")
    _common.report("budget_compute", _common.median(runs) * 1000, "ms")
    _common.report("budget_compute_max", max(runs) * 1000, "ms")
    _common.report("budget_report_pdf", pdf * 1000, "ms")
    _common.report("budget_report_xlsx", xlsx * 1000, "ms")
    _common.report("billing_compute", anchor * 1000, "ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
