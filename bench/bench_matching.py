"""An office's store of the hub's matching data (#12): replacing it with N shared people, the size of their lines
in a reference bundle, and the desk's look-up of one typed record among them.

    python bench/bench_matching.py --n 200000

The lines are made as the hub makes them (`services/matching/hub_lines.py`: keyed NIK hash, phonetic name key,
birth date, sex, kabupaten/kota, registration number, office) for N synthetic people spread over Maluku's
kabupaten/kota, then applied to a fresh office's store (`apply_matching`, one transaction, the whole store
replaced). `store_replace_per_person` is beside its anchor measured in the same run: the same rows inserted with
hand-written SQL (`raw_insert_per_person`). `line_bytes_gzip` is what one person adds to a reference bundle. The desk's
look-up (`matches_in`: the NIK and its ~150 near variants by keyed hash, name key + birth date, birth date + sex +
kabupaten/kota) is timed for `--queries` typed records, half of them stored people with one digit mistyped, beside
one indexed look-up of a keyed hash with hand-written SQL (`raw_hash_lookup`).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
import secrets
import time

from sqlalchemy import delete

import _common
from pekerja_desktop.domain.identity.matching_keys import keyed_nik_hash, name_key
from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.domain.identity.regnum import format_registration_number
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.services.matching.lookup import matches_in
from pekerja_desktop.services.matching.office_store import apply_matching
from pekerja_desktop.services.sync.bundle.matching_lines import key_line, person_line
from pekerja_desktop.store.matching_models import MatchPerson

DISTRICTS = ("817101", "817102", "817103", "810101", "810201", "810301", "810401", "810501", "810601", "810801",
             "817201")
FIRST = ("Maria", "Yohanis", "Siti", "Abdul", "Ona", "Rudi", "Novi", "Hasan", "Lina", "Petrus", "Agus", "Fatima")
LAST = ("Latuconsina", "Pattinama", "Tuanakotta", "Rumahorbo", "Wattimena", "Ohoiwutun", "Sahetapy", "Talaohu",
        "Rumra", "Renwarin", "Tanamal", "Lewerissa")


def people(n: int, seed: int) -> list[ParticipantData]:
    rng = random.Random(seed)
    made = []
    for index in range(n):
        district, sex = DISTRICTS[index % len(DISTRICTS)], rng.choice("LP")
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(16000))
        made.append(ParticipantData(nik=encode_nik(district, birth, sex, 1 + index // len(DISTRICTS) % 9999),
                                    full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", birth_date=birth, sex=sex,
                                    village_code=f"{district[:2]}.{district[2:4]}.{district[4:]}.2001"))
    return made


def lines(key: bytes, persons: list[ParticipantData]) -> list[dict]:
    made = [key_line(key, 1)]
    for index, p in enumerate(persons, start=1):
        made.append(person_line({"registration_number": format_registration_number("8172A", 2026, index),
                                 "office_code": "8172A", "nik_hash": keyed_nik_hash(key, p.nik),
                                 "name_key": name_key(p.full_name), "birth_date": p.birth_date, "sex": p.sex,
                                 "regency_code": p.village_code[:5]}, 1))
    return made


def raw_insert_seconds(ctx, records: list[dict]) -> float:
    rows = [(r["registration_number"], r["office_code"], r["nik_hash"], r["name_key"], r["birth_date"], r["sex"],
             r["regency_code"]) for r in records if r["type"] == "match_person"]
    with ctx.db.write() as session:
        session.execute(delete(MatchPerson))
    connection = ctx.db.raw_connection()
    try:
        connection.execute("SELECT count(*) FROM match_person").fetchone()  # the key derived before timing
        started = time.perf_counter()
        connection.execute("BEGIN")  # one transaction, as apply_matching's
        connection.execute("DELETE FROM match_person")
        connection.executemany("INSERT INTO match_person (registration_number, office_code, nik_hash, name_key, "
                               "birth_date, sex, regency_code) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        connection.commit()
        return time.perf_counter() - started
    finally:
        connection.close()


def mistyped(person: ParticipantData, rng: random.Random) -> ParticipantData:
    position = rng.randrange(12, 16)
    digit = str((int(person.nik[position]) + 1 + rng.randrange(8)) % 10)
    return ParticipantData(nik=person.nik[:position] + digit + person.nik[position + 1:], full_name=person.full_name,
                           birth_date=person.birth_date, sex=person.sex, village_code=person.village_code)


def lookup_seconds(ctx, typed: list[ParticipantData]) -> tuple[list[float], int]:
    seconds, found = [], 0
    for record in typed:
        with ctx.db.session() as session:
            started = time.perf_counter()
            found += bool(matches_in(session, record))
            seconds.append(time.perf_counter() - started)
    return seconds, found


def raw_lookup_seconds(ctx, hashes: list[str]) -> list[float]:
    connection = ctx.db.raw_connection()
    try:
        connection.execute("SELECT count(*) FROM match_person").fetchone()
        seconds = []
        for digest in hashes:
            started = time.perf_counter()
            connection.execute("SELECT registration_number FROM match_person WHERE nik_hash = ?", (digest,)).fetchall()
            seconds.append(time.perf_counter() - started)
        return seconds
    finally:
        connection.close()


def main() -> int:
    parser = _common.parser(__doc__.splitlines()[0], 20_000)
    parser.add_argument("--queries", type=int, default=200, help="typed records looked up (default 200)")
    args = parser.parse_args()
    key, rng = secrets.token_bytes(32), random.Random(args.seed)
    persons = people(args.n, args.seed)
    records = lines(key, persons)
    encoded = "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in records[1:]).encode()
    _common.report("line_bytes_gzip", len(gzip.compress(encoded)) / args.n, "bytes")
    with _common.data_dir(args.data_dir) as root, _common.context(root) as ctx:
        raw = raw_insert_seconds(ctx, records)
        with ctx.db.write() as session:
            replace, _ = _common.timed(lambda: apply_matching(session, records))
        _common.report("store_replace_per_person", replace / args.n * 1e6, "µs")
        _common.report("raw_insert_per_person", raw / args.n * 1e6, "µs")
        sample = [rng.choice(persons) for _ in range(args.queries)]
        typed = [mistyped(p, rng) if i % 2 else p for i, p in enumerate(sample)]
        seconds, found = lookup_seconds(ctx, typed)
        _common.report_latencies("desk_lookup", seconds)
        _common.report_latencies("raw_hash_lookup", raw_lookup_seconds(ctx, [keyed_nik_hash(key, p.nik)
                                                                             for p in sample]))
        _common.report("desk_lookup_found_share", 100 * found / len(typed), "%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
