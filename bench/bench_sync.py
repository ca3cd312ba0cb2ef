"""Sync benchmark: a field office's export of N records, then the hub's import of that bundle — every record
re-checked against the desk's rules, one pass, bounded memory — against raw SQLCipher `executemany` of the same
rows (participants, heirs, history) into a fresh hub database, in the same run; the import's peak memory; then
the other offices' bundles imported one after another, and the first bundle again (a no-op).

    python bench/bench_sync.py [--n 35000] [--offices 11] [--repeat 3]

The import runs as `pekerja-desktop import` would, in a process of its own: its time is the import call alone
(after sign-in; wall, and CPU beside it: the waits for the disk and for other processes are in the wall time
only), its peak memory the highest resident size during that call (Linux: VmHWM, reset after sign-in;
elsewhere the process's whole peak). The raw baseline gets the same 64 MiB page cache as the import's bulk path.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ADMIN, LOGIN, note
from pekerja_desktop.assets import packaged_region_index
from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.domain.participant import HeirData, ParticipantData
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.services.sync.bundle.payload import parse_line, payload_lines
from pekerja_desktop.services.sync.bundle.read import read_bundle
from pekerja_desktop.services.sync.bundle.records import heir_rows, history_rows, participant_parts
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.services.sync.office_keys import office_keys
from pekerja_desktop.services.sync.trust import register_office, trust_hub, write_key_file
from pekerja_desktop.store.models import ChangeHistory, Heir, Participant

FIRST = ["Maria", "Yohanis", "Siti", "Abdul", "Ona", "Rudi", "Novi", "Hasan", "Lina", "Petrus", "Fransina", "Ahmad",
         "Yuliana", "Samuel", "Nurhayati", "Markus", "Halima", "Daniel", "Ester", "Rahman"]
LAST = ["Latuconsina", "Pattinama", "Tuanakotta", "Rumahorbo", "Wattimena", "Ohoiwutun", "Sahetapy", "Talaohu",
        "Ririmasse", "Souisa", "Matakena", "Lestaluhu", "Rahayaan", "Renwarin", "Kelirey", "Tanamal"]
STREETS = ["Jl. Sultan Hairun", "Jl. Pattimura", "Jl. AY Patty", "Jl. Diponegoro", "Jl. Said Perintah", "Lorong Pasar"]
VILLAGES = sorted(r.code for r in packaged_region_index().villages() if r.code.startswith("81.71."))  # Kota Ambon
OCCUPATIONS = ["NLY", "PTN", "PKB", "PDP", "OJK", "MTR", "BBG"]
BULK_CACHE = "PRAGMA cache_size=-65536"  # store/bulk.py's bulk page cache, for the raw baseline too
IMPORT_CHILD = """
import json, sys, time
from pathlib import Path
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.sync.importing import import_bundle

def peak_mb():
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

root, bundle, acks, user, password = sys.argv[1:6]
ctx = open_context(Path(root), user, password)
try:
    Path("/proc/self/clear_refs").write_text("5")  # the peak from here on (Linux)
except OSError:
    pass
started, cpu_started = time.perf_counter(), time.process_time()
result = import_bundle(ctx, Path(bundle), Path(acks))
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
ctx.close()
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb(), "counts": result.counts}))
"""


def line(name: str, value, unit: str) -> None:
    print(f"{name}: {value} {unit}", flush=True)


def fake_enrolment(rng: random.Random, index: int, office_serial_base: int) -> PreparedEnrolment:
    sex = rng.choice("LP")
    birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 16000))
    nik = encode_nik("8171" + rng.choice(["01", "02", "03", "04"]), birth, sex,
                     1 + (office_serial_base + index) % 9999)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    heir = HeirData(f"{rng.choice(FIRST)} {rng.choice(LAST)}".upper(), rng.choice(["SUAMI", "ISTRI", "ANAK"]),
                    birth + dt.timedelta(days=rng.randrange(-3000, 3000)), f"08{rng.randrange(10**9, 10**10)}", None)
    data = ParticipantData(
        nik=nik, full_name=name.upper(), birth_place="AMBON", birth_date=birth, sex=sex,
        mother_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}".upper(),
        address=f"{rng.choice(STREETS)} No. {rng.randrange(1, 200)}", rt_rw=f"{rng.randrange(1, 20):03d}/"
        f"{rng.randrange(1, 9):03d}", village_code=rng.choice(VILLAGES), phone=f"08{rng.randrange(10**9, 10**10)}",
        occupation=rng.choice(OCCUPATIONS), funding_source="APBD_PROV", coverage_start=dt.date(2026, 11, 1),
        consent_given=True, heirs=[heir])
    return PreparedEnrolment(data, status="active", source="bench")


def seed(site_root: Path, code: str, n: int, seed_value: int) -> None:
    ctx = open_context(site_root, *LOGIN)
    rng = random.Random(seed_value)
    try:
        for start in range(0, n, 5000):
            batch = [fake_enrolment(rng, i, seed_value * 100_000) for i in range(start, min(n, start + 5000))]
            with ctx.db.write() as session:
                insert_prepared(session, code, "bench", batch)
    finally:
        ctx.close()


def make_site(base: Path, code: str, role: str, region: str = "81.71"):
    root = base / code
    setup_office(root, OfficeSetup(code, f"Kantor {code}", region, role), ADMIN)
    return root


def connect(base: Path, hub_root: Path, office_root: Path) -> None:
    hub, office = open_context(hub_root, *LOGIN), open_context(office_root, *LOGIN)
    try:
        write_key_file(office, base / "office.json")
        write_key_file(hub, base / "hub.json")
        register_office(hub, base / "office.json")
        trust_hub(office, base / "hub.json")
    finally:
        hub.close()
        office.close()


def export_one(root: Path, usb: Path) -> Path:
    ctx = open_context(root, *LOGIN)
    try:
        (result,) = export_bundles(ctx, usb)
        return result.path
    finally:
        ctx.close()


def import_one(root: Path, bundle: Path, acks: Path):
    ctx = open_context(root, *LOGIN)
    try:
        return import_bundle(ctx, bundle, acks)
    finally:
        ctx.close()


def measured_import(root: Path, bundle: Path, acks: Path) -> dict:
    """The import in a process of its own, as the command runs it: seconds, peak MiB, counts."""
    done = subprocess.run([sys.executable, "-c", IMPORT_CHILD, str(root), str(bundle), str(acks), *LOGIN],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "the import failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bundle_rows(hub_root: Path, bundle: Path) -> dict[str, list[tuple]]:
    """The participant, heir and history rows the bundle carries, as the driver stores them (audit lines and
    print batches are not rows of these tables)."""
    ctx = open_context(hub_root, *LOGIN)
    try:
        opened = read_bundle(bundle)
        records = (parse_line(opened, n, raw) for n, raw in payload_lines(opened, office_keys(ctx).age))
        rows: dict[str, list] = {"participant": [], "heir": [], "change_history": []}
        for pid, parts in enumerate((participant_parts(r) for r in records if r["type"] == "participant"), start=1):
            rows["participant"].append({"id": pid, "kpj": None, **parts.row(keep_kpj=False)})
            rows["heir"].extend(heir_rows(parts, pid))
            rows["change_history"].extend(history_rows(parts, pid))
        return {name: [{key: _raw(value) for key, value in row.items()} for row in table] for name, table in
                rows.items()}
    finally:
        ctx.close()


def raw_executemany_seconds(base: Path, rows: dict[str, list[dict]], code: str = "RAWHUB") -> tuple[float, float]:
    """The rows with plain executemany on a fresh hub database (same SQLCipher key handling, same settings):
    wall and CPU seconds."""
    raw_root = make_site(base, code, "hub")
    ctx = open_context(raw_root, *LOGIN)
    connection = ctx.db.raw_connection()
    ctx.close()
    try:
        connection.execute(BULK_CACHE)
        started, cpu_started = time.perf_counter(), time.process_time()
        connection.execute("BEGIN IMMEDIATE")
        for table in (Participant, Heir, ChangeHistory):
            table_rows = rows[table.__tablename__]
            names = list(table_rows[0])
            sql = f"INSERT INTO {table.__tablename__} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            connection.executemany(sql, [tuple(r[n] for n in names) for r in table_rows])
        connection.execute("COMMIT")
        return time.perf_counter() - started, time.process_time() - cpu_started
    finally:
        connection.close()


def _ratio_lines(pairs: list[tuple[dict, float, float]]) -> dict:
    """The figures of the median pair by the wall ratio (of one pair when run once), and every pair's ratios."""
    ordered = sorted(pairs, key=lambda pair: pair[0]["seconds"] / pair[1])
    measured, raw_seconds, raw_cpu = ordered[len(ordered) // 2]
    line("hub_import_time", f"{measured['seconds']:.2f}", "s (every record re-checked)")
    line("raw_executemany_time", f"{raw_seconds:.2f}", "s (same rows, same run)")
    line("hub_import_vs_raw", f"{measured['seconds'] / raw_seconds:.2f}", "x (goal ≤ 2)")
    line("hub_import_cpu", f"{measured['cpu']:.2f}", "s (CPU of the import call, every thread)")
    line("raw_executemany_cpu", f"{raw_cpu:.2f}", "s")
    line("hub_import_cpu_vs_raw", f"{measured['cpu'] / raw_cpu:.2f}", "x (less moved by other work on the machine)")
    if len(pairs) > 1:
        line("hub_import_vs_raw_each", ",".join(f"{m['seconds'] / r:.2f}" for m, r, _ in pairs), "x (wall, in order)")
        line("hub_import_cpu_vs_raw_each", ",".join(f"{m['cpu'] / c:.2f}" for m, _, c in pairs), "x (CPU, in order)")
    return measured


def _raw(value):
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=35_000, help="records per office (default 35000)")
    parser.add_argument("--offices", type=int, default=11, help="offices, each with N records (default 11)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="import the first bundle into this many copies of the hub, each followed by the anchor; "
                             "the figures are the median pair's (default 1)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pekerja-bench-sync-") as tmp:
        run(Path(tmp), args.n, args.offices, max(1, args.repeat))
    return 0


def run(base: Path, n: int, offices: int, repeat: int = 1) -> None:
    hub = make_site(base, "HUB", "hub")
    usb, acks = base / "usb", base / "acks"
    codes = [f"81{71 + i:02d}A" if i < 20 else f"X{i:03d}" for i in range(offices)]
    roots = []
    for index, code in enumerate(codes):
        note(f"office {code}: {n:,} records…")
        root = make_site(base, code, "field")
        connect(base, hub, root)
        seed(root, code, n, index + 1)
        roots.append(root)
    started = time.perf_counter()
    first = export_one(roots[0], usb)
    export_seconds = time.perf_counter() - started
    line("export_records", n, "records")
    line("export_time", f"{export_seconds:.2f}", "s")
    line("bundle_bytes", first.stat().st_size, "bytes")
    line("bundle_bytes_per_record", f"{first.stat().st_size / n:.1f}", "bytes/record")
    rows = bundle_rows(hub, first)
    copies = [shutil.copytree(hub, base / f"HUB-{index}") for index in range(1, repeat)]  # as before the import
    pairs = []
    for target in [hub, *copies]:  # the import and the anchor one after the other, `repeat` times
        measured = measured_import(target, first, acks)
        if measured["counts"]["new"] != n:
            note(f"warning: {measured['counts']['new']:,} of {n:,} records accepted: {measured['counts']}")
        pairs.append((measured, *raw_executemany_seconds(base, rows, f"RAWHUB{len(pairs)}")))
    measured = _ratio_lines(pairs)
    line("hub_import_rate", f"{n / measured['seconds']:.0f}", "records/s")
    line("hub_import_peak_memory", f"{measured['peak_mb']:.0f}", "MiB (goal < 300 at 200,000)")
    started = time.perf_counter()
    for root in roots[1:]:
        import_one(hub, export_one(root, usb), acks)
    total = time.perf_counter() - started + measured["seconds"]
    line("offices_imported", offices, "offices")
    line("all_offices_import_time", f"{total:.1f}", "s (import only for the first; export + import for the rest)")
    started = time.perf_counter()
    import_one(hub, first, acks)
    line("duplicate_import_time", f"{time.perf_counter() - started:.2f}", "s")


if __name__ == "__main__":
    sys.exit(main())
