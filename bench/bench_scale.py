"""README's scale table: export, search, dashboard, billing and database size at growing numbers of participants,
each timed beside a hand-written SQL anchor measured in the same run.

    python bench/bench_scale.py --sizes 10000,50000,200000,500000

Two databases grow from size to size with demo participants (heirs and history): a field office that trusts a hub
(its export: every record not acknowledged, as the first bundle) and a hub built as in bench_dashboard.py (eleven
offices, the hub's verdicts, everyone with a KPJ) for search, the dashboard, the monthly bill and the file's size.
At each size, per figure, the anchor is what SQLite alone takes for the core of the same work:

* export: reading the same participant, heir and history rows with plain SQL (bench_export.py);
* search, first page of 50 (`search_<kind>_p95`, `--queries` per kind): the same page as hand-written SQL through the
  same indexes (bench_search.py);
* dashboard (`load_dashboard`, median of `--runs`): its main tally as one GROUP BY over the active participants;
* billing (`compute_billing`, median of `--runs`): the billed workers counted and summed per funding source and
  village in one GROUP BY;
* size: bytes per participant after a WAL checkpoint and VACUUM (no anchor).

The hub import's row of the table comes from bench_sync.py (the import is measured there against its own anchor).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

import _common
import bench_export
from bench_billing import BILLING_ANCHOR, give_everyone_a_kpj, raw_seconds
from bench_dashboard import prepare
from bench_search import TEXT_KINDS, measure, measure_raw, sample_people
from pekerja_desktop.services.billing.compute import compute_billing
from pekerja_desktop.services.dashboard.figures import load_dashboard
from pekerja_desktop.services.register.search import ParticipantQuery

KINDS = ("nik_prefix", "name_fragment", "two_words")
DASHBOARD_ANCHOR = ("SELECT village_code, occupation, sex, count(*) FROM participant WHERE status = 'active' "
                    "GROUP BY village_code, occupation, sex")


def median_of(runs: int, action) -> float:
    action()  # warm-up: pages in the cache
    return _common.median([_common.timed(action)[0] for _ in range(runs)])


def export_figures(office: Path, usb: Path, size: int) -> None:
    seconds, raw, _ = bench_export.export_once(office, usb, size)
    _common.report(f"scale_{size}_export_per_record", seconds / size * 1e6, "µs")
    _common.report(f"scale_{size}_export_raw_read_per_record", raw / size * 1e6, "µs")
    _common.report(f"scale_{size}_export_vs_raw", seconds / raw, "x")


def search_figures(ctx, size: int, queries: int) -> None:
    rng = random.Random(size)
    with ctx.db.session() as session:
        people = sample_people(session, rng, queries)
        for kind in KINDS:
            texts = [TEXT_KINDS[kind](rng, *person) for person in people]
            raw = measure_raw(session, kind, texts)
            searches, *_ = measure(session, [ParticipantQuery(text=t) for t in texts])
            p95, raw_p95 = _common.percentile(searches, 0.95), _common.percentile(raw, 0.95)
            _common.report(f"scale_{size}_search_{kind}_p95", p95 * 1000, "ms")
            _common.report(f"scale_{size}_raw_{kind}_p95", raw_p95 * 1000, "ms")
            _common.report(f"scale_{size}_search_{kind}_vs_raw", p95 / raw_p95, "x")


def hub_figures(ctx, size: int, runs: int) -> None:
    dashboard = median_of(runs, lambda: load_dashboard(ctx))
    dashboard_raw = median_of(runs, lambda: raw_seconds(ctx, DASHBOARD_ANCHOR))
    _common.report(f"scale_{size}_dashboard", dashboard * 1000, "ms")
    _common.report(f"scale_{size}_dashboard_raw", dashboard_raw * 1000, "ms")
    _common.report(f"scale_{size}_dashboard_vs_raw", dashboard / dashboard_raw, "x")
    month = dt.date.today().replace(day=1)
    with ctx.db.session() as session:
        billing = median_of(runs, lambda: compute_billing(session, month))
    billing_raw = median_of(runs, lambda: raw_seconds(ctx, BILLING_ANCHOR))
    _common.report(f"scale_{size}_billing", billing * 1000, "ms")
    _common.report(f"scale_{size}_billing_raw", billing_raw * 1000, "ms")
    _common.report(f"scale_{size}_billing_vs_raw", billing / billing_raw, "x")


def checkpoint(ctx, then: str | None = None) -> None:
    connection = ctx.db.raw_connection()
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if then:
            connection.execute(then)
    finally:
        connection.close()


def size_figure(ctx, size: int) -> None:
    checkpoint(ctx, then="VACUUM")
    _common.report(f"scale_{size}_db_bytes_per_participant", ctx.db.path.stat().st_size / size, "bytes")


def one_size(office: Path, hub: Path, usb: Path, size: int, args) -> None:
    _common.note(f"— {size:,} participants")
    export_figures(office, usb, size)
    prepare(hub, size, args.seed)
    with _common.context(hub) as ctx:
        give_everyone_a_kpj(ctx)
        checkpoint(ctx)  # as a hub's WAL is after a quiet moment: the KPJ update is not left in it to read through
        search_figures(ctx, size, args.queries)
        hub_figures(ctx, size, args.runs)
        ctx.db.engine.dispose()  # no pooled connection holds the WAL while VACUUM rewrites the file
        size_figure(ctx, size)


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 200_000)
    parser.add_argument("--sizes", default=None,
                        help="comma-separated numbers of participants (default: 10000,50000,200000,500000 up to --n)")
    parser.add_argument("--queries", type=int, default=60, help="search queries of each kind (default 60)")
    parser.add_argument("--runs", type=int, default=5, help="timed dashboards and bills per size (default 5)")
    args = parser.parse_args(argv)
    if args.data_dir is not None:
        parser.error("--data-dir: this benchmark grows an office and a hub of its own")
    sizes = sorted({int(s) for s in args.sizes.split(",")}) if args.sizes else \
        [s for s in (10_000, 50_000, 200_000, 500_000) if s < args.n] + [args.n]
    with tempfile.TemporaryDirectory(prefix="pekerja-bench-") as temp:
        base = Path(temp)
        office = bench_export.trusting_office(base)
        for size in sizes:
            one_size(office, base / "scale-hub", base / "usb", size, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
