"""Hub bundle import on PostgreSQL against the embedded SQLite file, in the same run: two hubs, each fed by an
office holding the same N records (same seed), one full data bundle each; then a second office's bundle while
another connection keeps reading (the hub's dashboard, as a colleague would). Prints `name: value unit` lines,
the first bundle's PostgreSQL time over SQLite's among them (`import_postgresql_vs_sqlite`, goal ≤ 1.2), and the
CPU each first import took: this process's, and on PostgreSQL the server's too when it runs on this machine (its
backends' time read from /proc), so `import_postgresql_vs_sqlite_cpu` compares the work done whatever the load.

    python bench/bench_server_import.py [--n 35000] [--repeat 5] [--postgres-url postgresql://user:pw@host/postgres]

With --repeat K the whole comparison runs K times on fresh hubs, SQLite first in one round and PostgreSQL first in
the next (so a drift in the machine's speed weighs on both); each figure is then the median of the K rounds, and
`import_postgresql_vs_sqlite_rounds` lists every round's ratio (on this shared 2-core machine one round's ratio
moved between 1.11 and 1.46 for the same code).

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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from _common import ADMIN, LOGIN
from bench_sync import connect, export_one, seed
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.dashboard.figures import load_dashboard
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.services.sync.importing import import_bundle

HUB = OfficeSetup("MALUKU", "Disnakertrans Provinsi Maluku", "81.71", "hub")
LABELS = ("sqlite", "postgresql")


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


def backend_cpu(databases: ThrowawayDatabase) -> dict[int, float]:
    """CPU seconds of each server backend connected to the throwaway database, where /proc shows them (a server
    on this machine); empty elsewhere."""
    with databases.admin.connect() as connection:
        pids = connection.exec_driver_sql("SELECT pid FROM pg_stat_activity WHERE datname = %(name)s",
                                          {"name": databases.name}).scalars().all()
    seconds = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return seconds


@dataclass
class Timed:
    seconds: float
    reads: int = 0  # dashboard reads meanwhile
    client_cpu: float = 0.0  # this process's CPU seconds during the import
    server_cpu: float = 0.0  # the server backends' (a server on this machine; 0 else)


def timed_import(hub: Path, bundle: Path, acks: Path, reader: bool = False,
                 server_cpu: Callable[[], dict[int, float]] = dict) -> Timed:
    """import_bundle alone (the hub already open): its seconds, CPU, and how many dashboard reads ran meanwhile."""
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
        before, client = server_cpu(), time.process_time()
        started = time.perf_counter()
        import_bundle(ctx, bundle, acks)
        seconds = time.perf_counter() - started
        client, after = time.process_time() - client, server_cpu()  # before the hub's connections close
        server = sum(value - before.get(pid, 0.0) for pid, value in after.items())
        return Timed(seconds, reads[0], client, server)
    finally:
        done.set()
        if thread:
            thread.join()
        ctx.close()


@dataclass
class Round:
    first: Timed  # the first bundle, into an empty hub
    with_reader: Timed  # the second office's bundle while a colleague reads the dashboard


def one_round(base: Path, n: int, admin_url: str, labels: tuple[str, ...]) -> dict[str, Round]:
    """Both hubs fed the same bundles, in the order of `labels`; a throwaway PostgreSQL database of its own."""
    rounds: dict[str, Round] = {}
    databases = ThrowawayDatabase(admin_url)
    with databases as server_url:
        for label in labels:
            url = server_url if label == "postgresql" else None
            hub, offices = make_pair(base, label, n, url)
            one, two = (export_one(root, base / label / "usb") for root in offices)
            first = timed_import(hub, one, base / label / "acks",
                                 server_cpu=(lambda: backend_cpu(databases)) if url else dict)
            rounds[label] = Round(first, timed_import(hub, two, base / label / "acks", reader=True))
    return rounds


def report(rounds: list[dict[str, Round]], n: int) -> None:
    def middle(label: str, figure: Callable[[Round], float]) -> float:
        return median([figure(one[label]) for one in rounds])

    for label in LABELS:
        seconds = middle(label, lambda r: r.first.seconds)
        line(f"import_{label}_time", f"{seconds:.2f}", "s")
        line(f"import_{label}_rate", f"{n / seconds:.0f}", "records/s")
        line(f"import_{label}_client_cpu", f"{middle(label, lambda r: r.first.client_cpu):.2f}", "s")
        if label == "postgresql":
            line("import_postgresql_server_cpu", f"{middle(label, lambda r: r.first.server_cpu):.2f}",
                 "s (0 if the server is elsewhere)")
        line(f"import_{label}_with_reader_time", f"{middle(label, lambda r: r.with_reader.seconds):.2f}", "s")
        line(f"dashboard_reads_during_import_{label}", f"{middle(label, lambda r: r.with_reader.reads):.0f}",
             "reads")
    ratios = [one["postgresql"].first.seconds / one["sqlite"].first.seconds for one in rounds]
    line("import_postgresql_vs_sqlite", f"{median(ratios):.2f}",
         f"x (the first bundle, median of {len(rounds)} rounds; goal ≤ 1.2)")
    line("import_postgresql_vs_sqlite_rounds", " ".join(f"{ratio:.2f}" for ratio in ratios), "x")
    cpu = [(one["postgresql"].first.client_cpu + one["postgresql"].first.server_cpu)
           / max(one["sqlite"].first.client_cpu, 1e-6) for one in rounds]
    line("import_postgresql_vs_sqlite_cpu", f"{median(cpu):.2f}",
         "x (the first bundle's client and server CPU over SQLite's, median)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=35_000)
    parser.add_argument("--postgres-url", default=os.environ.get("PEKERJA_BENCH_POSTGRES_URL")
                        or os.environ.get("PEKERJA_TEST_POSTGRES_URL"))
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds, SQLite and PostgreSQL first in turn; figures are medians (default 1)")
    args = parser.parse_args(argv)
    if not args.postgres_url:
        print("no PostgreSQL server: give --postgres-url or set PEKERJA_BENCH_POSTGRES_URL", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        line("records_per_bundle", args.n, "records")
        rounds = []
        for index in range(max(1, args.repeat)):
            order = LABELS if index % 2 == 0 else LABELS[::-1]
            rounds.append(one_round(Path(tmp) / f"round-{index + 1}", args.n, args.postgres_url, order))
        report(rounds, args.n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
