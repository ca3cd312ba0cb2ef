"""Register search latency at N participants: every kind of query, alone and with filters.

    python bench/bench_search.py --n 500000 --queries 60

Queries are drawn from stored participants, so that each finds at least its own person:

* text alone: 6–10 digit prefixes of their NIKs (`nik_prefix`), their registration numbers cut after 10–14
  characters (`registration_number`), 3–6 letter pieces of their names (`name_fragment`), and two-word fragments
  (the end of one word and the start of the next, 3–6 letters each: `two_words`);
* with filters, as the register's filter row and the dashboard's figures set them: a name fragment in the
  person's kabupaten/kota (`name_in_regency`) or kecamatan (`name_in_district`), a NIK prefix among the active
  (`nik_prefix_active`); filters alone: everyone in the person's kabupaten/kota (`regency`), the women of the
  person's kecamatan (`district_women`), the active born in the person's decade (`age_group`, a dashboard bar).

Each query runs through `search_participants(..., limit=50)` (the first page, oldest first as the service's
default) and, separately, `count_participants`. Alongside, the same first page of the text-alone kinds is read
with hand-written SQL on the same connection (`raw_<kind>_p95`, the anchor: what SQLite itself takes for the
query the issue profiled), and each kind's p95 is printed against it (`search_<kind>_vs_raw`). `register_<kind>`
is the same first page as the register screen reads it (`services/register/paging.register_page`, which walks the
table in id order instead when a number prefix matches many rows).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from collections.abc import Callable

from sqlalchemy import func, select, text

import _common
from pekerja_desktop.domain.text import fold_for_search
from pekerja_desktop.services.register.paging import register_page
from pekerja_desktop.services.register.search import ParticipantQuery, count_participants, search_participants
from pekerja_desktop.store.models import Participant

PAGE = 50
Person = tuple[str, str, str, str, dt.date]  # NIK, name, registration number, village code, birth date


def sample_people(session, rng: random.Random, count: int) -> list[Person]:
    highest = session.scalar(select(func.max(Participant.id))) or 0
    ids = [rng.randint(1, highest) for _ in range(count * 2)]
    rows = session.execute(select(Participant.nik, Participant.full_name, Participant.registration_number,
                                  Participant.village_code, Participant.birth_date)
                           .where(Participant.id.in_(ids))).all()
    return [tuple(row) for row in rows][:count]


def sample_names_and_niks(session, rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(NIK, name) of `count` stored people (bench_trust.py draws its queries with it)."""
    return [(nik, name) for nik, name, *_ in sample_people(session, rng, count)]


def nik_prefix(rng: random.Random, nik: str, _name: str, *_rest) -> str:
    return nik[:rng.randint(6, 10)]


def name_fragment(rng: random.Random, _nik: str, name: str, *_rest) -> str:
    word = max(name.split(), key=len)
    size = min(len(word), rng.randint(3, 6))
    start = rng.randint(0, len(word) - size)
    return word[start:start + size].lower()


def two_word_fragment(rng: random.Random, _nik: str, name: str, *_rest) -> str:
    """The end of one word and the start of the next, 3–6 letters each (less only if the word is shorter)."""
    words = name.split()
    if len(words) < 2:
        return name_fragment(rng, _nik, name)
    i = rng.randrange(len(words) - 1)
    first, second = words[i], words[i + 1]
    return f"{first[-rng.randint(3, 6):]} {second[:rng.randint(3, 6)]}".lower()


def registration_prefix(rng: random.Random, _nik: str, _name: str, number: str, *_rest) -> str:
    return number[:rng.randint(10, 14)]


KINDS = {"nik_prefix": nik_prefix, "name_fragment": name_fragment, "two_words": two_word_fragment}
TEXT_KINDS = {**KINDS, "registration_number": registration_prefix}


def _regency(village: str) -> str:
    return village[:5]


def _decade(born: dt.date) -> tuple[dt.date, dt.date]:
    first = born.year - born.year % 10
    return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)


FILTERED: dict[str, Callable[[random.Random, Person], ParticipantQuery]] = {
    "name_in_regency": lambda rng, p: ParticipantQuery(text=name_fragment(rng, *p), region_code=_regency(p[3])),
    "name_in_district": lambda rng, p: ParticipantQuery(text=name_fragment(rng, *p), region_code=p[3][:8]),
    "nik_prefix_active": lambda rng, p: ParticipantQuery(text=nik_prefix(rng, *p), status="active"),
    "regency": lambda rng, p: ParticipantQuery(region_code=_regency(p[3])),
    "district_women": lambda rng, p: ParticipantQuery(region_code=p[3][:8], sex="P"),
    "age_group": lambda rng, p: ParticipantQuery(status="active", born_from=_decade(p[4])[0],
                                                 born_to=_decade(p[4])[1]),
}

RAW_COLUMNS = ("id, uuid, registration_number, nik, full_name, birth_date, sex, village_code, occupation, status, "
               "kpj, office_code, created_at, version")


def raw_first_page(connection, kind: str, typed: str) -> list:
    """The first page as hand-written SQL (the anchor): index ranges and the trigram index, sorted by id."""
    where = {
        "nik_prefix": "nik >= :p AND nik < :p || char(65535) OR registration_number >= :p AND "
                      "registration_number < :p || char(65535)",
        "registration_number": "registration_number >= :p AND registration_number < :p || char(65535)",
    }.get(kind, "id IN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH :p)")
    if kind in ("name_fragment", "two_words"):
        typed = " AND ".join(f'"{word}"' for word in fold_for_search(typed).split())
    sql = f"SELECT {RAW_COLUMNS} FROM participant WHERE {where} ORDER BY id LIMIT {PAGE}"
    return connection.execute(text(sql), {"p": typed.upper() if kind == "registration_number" else typed}).all()


def measure(session, queries: list[ParticipantQuery]) -> tuple[list[float], list[float], list[float], int]:
    searches, counts, pages, hits = [], [], [], 0
    for query in queries:
        seconds, rows = _common.timed(lambda query=query: search_participants(session, query, limit=PAGE))
        searches.append(seconds)
        hits += bool(rows)
        counts.append(_common.timed(lambda query=query: count_participants(session, query))[0])
        pages.append(_common.timed(lambda query=query: register_page(session, query, limit=PAGE))[0])
    return searches, counts, pages, hits


def measure_raw(session, kind: str, texts: list[str]) -> list[float]:
    connection = session.connection()
    return [_common.timed(lambda typed=typed: raw_first_page(connection, kind, typed))[0] for typed in texts]


def report_kind(kind: str, searches: list[float], counts: list[float], pages: list[float],
                raw: list[float] | None) -> None:
    _common.report_latencies(f"search_{kind}", searches)
    _common.report_latencies(f"count_{kind}", counts)
    _common.report_latencies(f"register_{kind}", pages)
    if raw is not None:
        _common.report(f"raw_{kind}_p95", _common.percentile(raw, 0.95) * 1000, "ms")
        _common.report(f"search_{kind}_vs_raw", _common.percentile(searches, 0.95) / _common.percentile(raw, 0.95),
                       "x")


def run_kinds(session, rng: random.Random, people: list[Person]) -> None:
    for kind, make in TEXT_KINDS.items():
        texts = [make(rng, *p) for p in people]
        raw = measure_raw(session, kind, texts)
        searches, counts, pages, hits = measure(session, [ParticipantQuery(text=t) for t in texts])
        report_kind(kind, searches, counts, pages, raw)
        _note_misses(kind, hits, len(people))
    for kind, build in FILTERED.items():
        searches, counts, pages, hits = measure(session, [build(rng, p) for p in people])
        report_kind(kind, searches, counts, pages, None)
        _note_misses(kind, hits, len(people))


def _note_misses(kind: str, hits: int, asked: int) -> None:
    if hits < asked:
        _common.note(f"{kind}: {asked - hits} of {asked} queries found nothing")


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 200_000)
    parser.add_argument("--queries", type=int, default=60, help="queries of each kind (default 60)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with _common.data_dir(args.data_dir) as root, _common.context(root) as ctx:
        _common.fill(ctx, args.n, args.seed)
        with ctx.db.session() as session:
            people = sample_people(session, rng, args.queries)
            warm = [dataclasses.replace(ParticipantQuery(), text=name_fragment(rng, *p)) for p in people[:10]]
            measure(session, warm)  # pages in the cache
            run_kinds(session, rng, people)
    return 0


if __name__ == "__main__":
    sys.exit(main())
