"""Sync benchmark: export of N records (time, bytes per record), hub import against raw sqlite3 executemany of the
same rows, and 11 offices × N imported in sequence. Prints `name: value unit` lines.

    python bench/bench_sync.py [--n 35000] [--offices 11]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from _common import ADMIN, LOGIN
from pekerja_desktop.domain.nik import encode_nik
from pekerja_desktop.domain.participant import HeirData, ParticipantData
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.services.sync.bundle.read import decrypt_payload, iter_payload_lines, read_bundle
from pekerja_desktop.services.sync.bundle.records import heir_rows, history_rows, participant_columns
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.identity import load_age_identity
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.services.sync.trust import register_office, trust_hub, write_key_file
from pekerja_desktop.store.models import ChangeHistory, Heir, Participant

FIRST = ["Maria", "Yohanis", "Siti", "Abdul", "Ona", "Rudi", "Novi", "Hasan", "Lina", "Petrus", "Fransina", "Ahmad",
         "Yuliana", "Samuel", "Nurhayati", "Markus", "Halima", "Daniel", "Ester", "Rahman"]
LAST = ["Latuconsina", "Pattinama", "Tuanakotta", "Rumahorbo", "Wattimena", "Ohoiwutun", "Sahetapy", "Talaohu",
        "Ririmasse", "Souisa", "Matakena", "Lestaluhu", "Rahayaan", "Renwarin", "Kelirey", "Tanamal"]
STREETS = ["Jl. Sultan Hairun", "Jl. Pattimura", "Jl. AY Patty", "Jl. Diponegoro", "Jl. Said Perintah", "Lorong Pasar"]
VILLAGES = ["81.71.01.1007", "81.71.01.1001", "81.71.02.1003", "81.71.03.1002", "81.71.04.1005"]
OCCUPATIONS = ["NLY", "PTN", "PKB", "PDP", "OJK", "MTR", "BBG"]


def line(name: str, value, unit: str) -> None:
    print(f"{name}: {value} {unit}", flush=True)


def fake_enrolment(rng: random.Random, index: int, office_serial_base: int) -> PreparedEnrolment:
    sex = rng.choice("LP")
    birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 16000))
    nik = encode_nik("8171" + rng.choice(["01", "02", "03", "04"]), birth, sex, 1 + (office_serial_base + index) % 9999)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    heir = HeirData(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(["SUAMI", "ISTRI", "ANAK"]),
                    birth + dt.timedelta(days=rng.randrange(-3000, 3000)), f"08{rng.randrange(10**9, 10**10)}", None)
    data = ParticipantData(
        nik=nik, full_name=name.upper(), birth_place="AMBON", birth_date=birth, sex=sex,
        mother_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}".upper(),
        address=f"{rng.choice(STREETS)} No. {rng.randrange(1, 200)}", rt_rw=f"{rng.randrange(1, 20):03d}/"
        f"{rng.randrange(1, 9):03d}", village_code=rng.choice(VILLAGES), phone=f"+628{rng.randrange(10**9, 10**10)}",
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
        write_key_file(office.ctx if hasattr(office, "ctx") else office, base / "office.json")
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


def raw_executemany_seconds(base: Path, hub_setup_root: Path, bundle: Path) -> float:
    """The same rows (participants, heirs, history) with plain sqlite3 executemany into a fresh hub database."""
    ctx = open_context(hub_setup_root, *LOGIN)
    try:
        records = [r for _, r in iter_payload_lines(read_bundle(bundle), decrypt_payload(
            read_bundle(bundle), load_age_identity(ctx.layout))) if r["type"] == "participant"]  # not audit lines
    finally:
        ctx.close()
    people, heirs, history = [], [], []
    for pid, record in enumerate(records, start=1):
        columns = participant_columns(record, keep_kpj=False)
        people.append({"id": pid, **{k: _raw(v) for k, v in columns.items()}})
        heirs.extend({k: _raw(v) for k, v in row.items()} for row in heir_rows(record, pid))
        history.extend({k: _raw(v) for k, v in row.items()} for row in history_rows(record, pid))
    raw_root = make_site(base, "RAWHUB", "hub")
    ctx = open_context(raw_root, *LOGIN)
    connection = ctx.db.raw_connection()
    ctx.close()
    try:
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        for table, rows in ((Participant, people), (Heir, heirs), (ChangeHistory, history)):
            names = list(rows[0])
            sql = f"INSERT INTO {table.__tablename__} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            connection.executemany(sql, [tuple(r[n] for n in names) for r in rows])
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def _raw(value):
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=35_000)
    parser.add_argument("--offices", type=int, default=11)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        run(base, args.n, args.offices)
    return 0


def run(base: Path, n: int, offices: int) -> None:
    hub = make_site(base, "HUB", "hub")
    usb, acks = base / "usb", base / "acks"
    codes = [f"81{71 + i:02d}A" if i < 20 else f"X{i:03d}" for i in range(offices)]
    roots = []
    for index, code in enumerate(codes):
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
    started = time.perf_counter()
    import_one(hub, first, acks)
    import_seconds = time.perf_counter() - started
    raw_seconds = raw_executemany_seconds(base, hub, first)
    line("hub_import_time", f"{import_seconds:.2f}", "s")
    line("raw_executemany_time", f"{raw_seconds:.2f}", "s")
    line("hub_import_vs_raw", f"{import_seconds / raw_seconds:.2f}", "x")
    started = time.perf_counter()
    for root in roots[1:]:
        import_one(hub, export_one(root, usb), acks)
    total = time.perf_counter() - started + import_seconds
    line("offices_imported", offices, "offices")
    line("all_offices_import_time", f"{total:.1f}", "s (import only for the first; export + import for the rest)")
    started = time.perf_counter()
    import_one(hub, first, acks)
    line("duplicate_import_time", f"{time.perf_counter() - started:.2f}", "s")


if __name__ == "__main__":
    sys.exit(main())
