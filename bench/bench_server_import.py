"""Hub bundle import on PostgreSQL against the embedded SQLite file, in the same run: two hubs, each fed by an
office holding the same N records (same seed), one full data bundle each; then a second office's bundle while
another connection keeps reading (the hub's dashboard, as a colleague would). Prints `name: value unit` lines,
the first bundle's PostgreSQL time over SQLite's among them (`import_postgresql_vs_sqlite`, goal ≤ 1.2).

    python bench/bench_server_import.py [--n 35000] [--postgres-url postgresql://user:pw@host/postgres]

The URL names a role that may create databases (default: PEKERJA_BENCH_POSTGRES_URL, else
PEKERJA_TEST_POSTGRES_URL); a throwaway database is created and dropped.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from _common import ADMIN, LOGIN
from bench_sync import connect, export_one, seed
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.dashboard.figures import load_dashboard
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.services.sync.importing import import_bundle

HUB = OfficeSetup("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub")


def line(name: str, value, unit: str) -> None:
    print(f"{name}: {value} {unit}", flush=True)


class ThrowawayDatabase:
    def __init__(self, admin_url: str):
        self.admin = create_engine(make_url(admin_url).set(drivername="postgresql+psycopg"),
                                   isolation_level="AUTOCOMMIT")
        self.name = f"pekerja_bench_{uuid.uuid4().hex[:10]}"
        self.url = make_url(admin_url).set(database=self.name).render_as_string(hide_password=False)

    def __enter__(self) -> str:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {self.name}")
        return self.url

    def __exit__(self, *_exc) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
        self.admin.dispose()


def make_pair(base: Path, label: str, n: int, database_url: str | None) -> tuple[Path, list[Path]]:
    """A hub (on `database_url`, else its file) and two offices that trust it, each holding n records."""
    hub = base / label / "hub"
    setup_office(hub, HUB, ADMIN, database_url=database_url)
    offices = []
    for index, code in enumerate(("8171A", "8172A")):
        root = base / label / code
        setup_office(root, OfficeSetup(code, f"Kantor {code}", f"81.{71 + index}", "field"), ADMIN)
        connect(base / label, hub, root)
        seed(root, code, n, index + 1)  # the same seed for both hubs: the same records
        offices.append(root)
    return hub, offices


def timed_import(hub: Path, bundle: Path, acks: Path, reader: bool = False) -> tuple[float, int]:
    """Seconds for import_bundle alone (the hub already open), and how many dashboard reads ran meanwhile."""
    ctx = open_context(hub, *LOGIN)
    reads, done, signed_in = [0], threading.Event(), threading.Event()

    def keep_reading():
        with open_context(hub, *LOGIN) as colleague:  # its sign-in writes the audit trail: before the import
            signed_in.set()
            while not done.is_set():
                load_dashboard(colleague)
                reads[0] += 1

    thread = threading.Thread(target=keep_reading) if reader else None
    try:
        if thread:
            thread.start()
            signed_in.wait(timeout=60)
            time.sleep(0.5)
        started = time.perf_counter()
        import_bundle(ctx, bundle, acks)
        return time.perf_counter() - started, reads[0]
    finally:
        done.set()
        if thread:
            thread.join()
        ctx.close()


def run(base: Path, n: int, admin_url: str) -> None:
    first_import: dict[str, float] = {}
    with ThrowawayDatabase(admin_url) as server_url:
        for label, url in (("sqlite", None), ("postgresql", server_url)):
            hub, offices = make_pair(base, label, n, url)
            first, second = (export_one(root, base / label / "usb") for root in offices)
            seconds, _ = timed_import(hub, first, base / label / "acks")
            first_import[label] = seconds
            line(f"import_{label}_time", f"{seconds:.2f}", "s")
            line(f"import_{label}_rate", f"{n / seconds:.0f}", "records/s")
            seconds, reads = timed_import(hub, second, base / label / "acks", reader=True)
            line(f"import_{label}_with_reader_time", f"{seconds:.2f}", "s")
            line(f"dashboard_reads_during_import_{label}", reads, "reads")
    line("import_postgresql_vs_sqlite", f"{first_import['postgresql'] / first_import['sqlite']:.2f}",
         "x (the first bundle; goal ≤ 1.2)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=35_000)
    parser.add_argument("--postgres-url", default=os.environ.get("PEKERJA_BENCH_POSTGRES_URL")
                        or os.environ.get("PEKERJA_TEST_POSTGRES_URL"))
    args = parser.parse_args(argv)
    if not args.postgres_url:
        print("no PostgreSQL server: give --postgres-url or set PEKERJA_BENCH_POSTGRES_URL", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        line("records_per_bundle", args.n, "records")
        run(Path(tmp), args.n, args.postgres_url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
