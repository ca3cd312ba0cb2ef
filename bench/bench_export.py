"""A field office's data export at growing sizes: time per record, against reading the same rows with plain SQL.

    python bench/bench_export.py --n 200000 --small 10000
    python bench/bench_export.py --sizes 10000,50000,200000

An office trusting a hub is filled with the smallest size's demo participants (heirs and history included) and
exported (`export_bundles`, a full bundle: every record not acknowledged); it is then topped up to each next size
and exported again, all its records. Each export is timed beside its anchor, measured in the same run right after
it: the same participant, heir and history rows read with hand-written SQL on a connection with the same key
(`raw_read_*`). `export_per_record_growth` is the per-record time at the largest size divided by that at the
smallest (goal ≤ 1.2: linear), `raw_read_per_record_growth` the same for the anchor; `peak_rss` is the process's
peak resident memory (demo data generation included).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import _common
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.trust import register_office, trust_hub, write_key_file

HUB = OfficeSetup("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub")
RAW_READ = ("SELECT p.*, (SELECT count(*) FROM heir h WHERE h.participant_id = p.id), "
            "(SELECT count(*) FROM change_history c WHERE c.participant_id = p.id) FROM participant p ORDER BY p.id")


def trusting_office(base: Path) -> Path:
    """An office (the benchmarks' own) and a hub that know each other's keys."""
    office_root, hub_root = base / "office", base / "hub"
    setup_office(office_root, _common.OFFICE, _common.ADMIN)
    setup_office(hub_root, HUB, _common.ADMIN)
    office, hub = open_context(office_root, *_common.LOGIN), open_context(hub_root, *_common.LOGIN)
    try:
        write_key_file(office, base / "office.json")
        write_key_file(hub, base / "hub.json")
        register_office(hub, base / "office.json")
        trust_hub(office, base / "hub.json")
    finally:
        hub.close()
        office.close()
    return office_root


def raw_read_seconds(ctx) -> float:
    """Every participant with its heirs' and history's rows, read with plain SQL (the anchor)."""
    connection = ctx.db.raw_connection()
    try:
        started = time.perf_counter()
        for _ in connection.execute(RAW_READ):
            pass
        for table in ("heir", "change_history"):
            for _ in connection.execute(f"SELECT * FROM {table} ORDER BY participant_id"):
                pass
        return time.perf_counter() - started
    finally:
        connection.close()


def export_once(root: Path, usb: Path, count: int) -> tuple[float, float, int]:
    """(export seconds, anchor seconds, bundle bytes) for the office holding `count` participants."""
    with _common.context(root) as ctx:
        _common.fill(ctx, count)
        started = time.perf_counter()
        (result,) = export_bundles(ctx, usb)
        seconds = time.perf_counter() - started
        if result.records != count:
            raise SystemExit(f"error: exported {result.records} records, expected {count}")
        return seconds, raw_read_seconds(ctx), result.size


def report(count: int, seconds: float, raw: float, size: int) -> tuple[float, float]:
    per_record = seconds / count * 1e6
    _common.report(f"export_{count}", seconds, "s")
    _common.report(f"export_{count}_per_record", per_record, "µs")
    _common.report(f"raw_read_{count}", raw, "s")
    _common.report(f"export_{count}_vs_raw_read", seconds / raw, "x")
    _common.report(f"bundle_{count}_bytes_per_record", size / count, "bytes")
    return per_record, raw / count * 1e6


def sizes(args) -> list[int]:
    if args.sizes:
        return sorted({int(size) for size in args.sizes.split(",")})
    return sorted({min(args.small, args.n), args.n})


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 200_000)
    parser.add_argument("--small", type=int, default=10_000, help="the first, small export (default 10000)")
    parser.add_argument("--sizes", help="comma-separated sizes, exported in turn (instead of --small and --n)")
    args = parser.parse_args(argv)
    if args.data_dir is not None:
        parser.error("--data-dir: this benchmark sets up an office and a hub of its own")
    with tempfile.TemporaryDirectory(prefix="pekerja-bench-") as temp:
        base = Path(temp)
        root = trusting_office(base)
        per_record = [report(count, *export_once(root, base / "usb", count)) for count in sizes(args)]
    _common.report("export_per_record_growth", per_record[-1][0] / per_record[0][0], "x")
    _common.report("raw_read_per_record_growth", per_record[-1][1] / per_record[0][1], "x")
    _common.report("peak_rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
