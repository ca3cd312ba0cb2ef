"""A field office applying the hub's verdicts: an ack for N records, then a reference bundle bringing their N KPJ
numbers (each a new version of the record and a line of its change history).

    python bench/bench_office_ack.py --n 35000

An office with N records (as bench_sync.py seeds them) exports; the hub imports and acknowledges them, then takes
a KPJ number for each from BPJS's return file (`kpj-import`) and writes the office's reference bundle. Each bundle
is imported at two copies of the office: with the outcomes applied in bulk (what `import` does) and one record at
a time (`apply_outcomes(batch=1)`: a read of the item, the record and its version per line, and a flush of each
record before the next read, as the office did before), in the same run. Printed: both times, per record, and
their ratio.
"""

from __future__ import annotations

import csv
import functools
import shutil
import sys
import tempfile
import time
from pathlib import Path

import _common
from bench_sync import connect, export_one, import_one, make_site, seed
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.hub.kpj_import import import_kpj
from pekerja_desktop.services.sync.hub.reference_bundle import export_reference
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.services.sync.office import apply_outcomes
from pekerja_desktop.services.sync.office import import_bundle as office_import
from pekerja_desktop.store.models import Participant

CODE = "8171A"


def kpj_return_file(hub: Path, path: Path) -> None:
    """BPJS's return file: a KPJ number for every participant the hub holds."""
    ctx = open_context(hub, *_common.LOGIN)
    try:
        with ctx.db.session() as session, path.open("w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow(["NIK", "KPJ"])
            for index, (nik,) in enumerate(session.execute(Participant.__table__.select()
                                                           .with_only_columns(Participant.__table__.c.nik))):
                out.writerow([nik, f"{20_000_000_000 + index:011d}"])
        import_kpj(ctx, path)
    finally:
        ctx.close()


def reference_for_office(hub: Path, usb: Path) -> Path:
    ctx = open_context(hub, *_common.LOGIN)
    try:
        (result,) = export_reference(ctx, usb, office=CODE)
        return result.path
    finally:
        ctx.close()


def timed_import(office: Path, copy: Path, bundle: Path, batch: int | None) -> tuple[float, dict]:
    """Import `bundle` into a fresh copy of the office; `batch` None is the shipped bulk path."""
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(office, copy)
    original = office_import.apply_outcomes
    if batch is not None:
        office_import.apply_outcomes = functools.partial(apply_outcomes.apply_outcomes, batch=batch)
    ctx = open_context(copy, *_common.LOGIN)
    try:
        started = time.perf_counter()
        result = import_bundle(ctx, bundle)
        return time.perf_counter() - started, result.counts
    finally:
        office_import.apply_outcomes = original
        ctx.close()


def measure(name: str, office: Path, scratch: Path, bundle: Path, n: int) -> None:
    bulk, counts = timed_import(office, scratch / "bulk", bundle, None)
    one, one_counts = timed_import(office, scratch / "one", bundle, 1)
    if counts != one_counts:
        raise SystemExit(f"{name}: bulk {counts} differs from one at a time {one_counts}")
    _common.note(f"{name}: {counts}")
    _common.report(f"{name}_bulk", bulk, "s")
    _common.report(f"{name}_one_at_a_time", one, "s")
    _common.report(f"{name}_bulk_per_record", bulk / n * 1000, "ms")
    _common.report(f"{name}_one_at_a_time_per_record", one / n * 1000, "ms")
    _common.report(f"{name}_bulk_vs_one_at_a_time", bulk / one, "x")


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 35_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pekerja-bench-") as temp:
        base = Path(temp)
        usb, acks = base / "usb", base / "acks"
        hub, office = make_site(base, "HUB", "hub"), make_site(base, CODE, "field")
        connect(base, hub, office)
        seed(office, CODE, args.n, args.seed)
        ack = import_one(hub, export_one(office, usb), acks).ack_path
        measure("office_ack", office, base / "copies", ack, args.n)
        import_one(office, ack, acks)  # the office as it is once the ack is in
        kpj_return_file(hub, base / "kpj.csv")
        measure("office_kpj", office, base / "copies", reference_for_office(hub, usb), args.n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
