"""What security costs: login time with the field argon2id parameters, and SQLCipher's overhead on an
enrolment save and on register search, against plain SQLite in the same run.

    python bench/bench_trust.py --n 200000 --saves 200 --queries 60

The plain database is an exact copy of the encrypted one made with `sqlcipher_export`, opened through
the same engine settings (WAL, synchronous=FULL) without a key; saves and searches alternate between
the two in rounds, so both see the same machine load.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

import _common
from bench_enrol import new_people
from bench_search import KINDS, sample_names_and_niks
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.kdf import FIELD_PARAMS
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.register.search import ParticipantQuery, search_participants
from pekerja_desktop.store.db import Database, _make_engine, connect_file

ROUNDS = 5


def login_seconds(root: Path, tries: int = 5) -> list[float]:
    layout = DataLayout(root)
    return [_common.timed(lambda: unlock_key(layout, *_common.LOGIN))[0] for _ in range(tries)]


def plain_copy(ctx: AppContext, target: Path) -> Path:
    """The encrypted database decrypted into `target` (SQLCipher's documented export)."""
    target.unlink(missing_ok=True)
    connection = connect_file(ctx.db.path, ctx.db.key)
    try:
        connection.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
        connection.execute("SELECT sqlcipher_export('plaintext')")
        connection.execute("DETACH DATABASE plaintext")
    finally:
        connection.close()
    return target


def plain_context(ctx: AppContext, path: Path) -> AppContext:
    return AppContext(ctx.layout, Database(path, _make_engine(path, None), None), ctx.office, ctx.operator,
                      load_reference=ctx.load_reference)


def save_latencies(contexts: dict[str, AppContext], people: dict[str, list]) -> dict[str, list[float]]:
    timings = {name: [] for name in contexts}
    per_round = len(next(iter(people.values()))) // ROUNDS
    for round_index in range(ROUNDS):
        for name, ctx in contexts.items():
            batch = people[name][round_index * per_round:(round_index + 1) * per_round]
            timings[name] += [_common.timed(lambda p=p, c=ctx: enrol(c, p, final=True))[0] for p in batch]
    return timings


def search_latencies(contexts: dict[str, AppContext], texts: list[str]) -> dict[str, list[float]]:
    timings = {name: [] for name in contexts}
    sessions = {name: ctx.db.session() for name, ctx in contexts.items()}
    try:
        for session in sessions.values():  # warm-up: pages in the cache
            for text in texts[:10]:
                search_participants(session, ParticipantQuery(text=text), limit=50)
        for text in texts:
            for name, session in sessions.items():
                started = time.perf_counter()
                search_participants(session, ParticipantQuery(text=text), limit=50)
                timings[name].append(time.perf_counter() - started)
    finally:
        for session in sessions.values():
            session.close()
    return timings


def overhead(encrypted: list[float], plain: list[float]) -> float:
    return (statistics.median(encrypted) / statistics.median(plain) - 1) * 100


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 200_000)
    parser.add_argument("--saves", type=int, default=200, help="enrolment saves per database (default 200)")
    parser.add_argument("--queries", type=int, default=60, help="search queries of each kind (default 60)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with _common.data_dir(args.data_dir) as root:
        logins = login_seconds(root)
        _common.note(f"argon2id parameters: {FIELD_PARAMS}")
        _common.report("login_median", statistics.median(logins) * 1000, "ms")
        with _common.context(root) as ctx:
            _common.fill(ctx, args.n, args.seed)
            plain = plain_context(ctx, plain_copy(ctx, root.parent / f"plain-{root.name}.sqlite"))
            try:
                contexts = {"sqlcipher": ctx, "plain": plain}
                fresh = new_people(ctx, args.saves * 2, args.seed + 7)
                people = {"sqlcipher": fresh[:args.saves], "plain": fresh[args.saves:]}
                saves = save_latencies(contexts, people)
                for name, values in saves.items():
                    _common.report(f"enrol_{name}_median", statistics.median(values) * 1000, "ms")
                _common.report("enrol_sqlcipher_overhead", overhead(saves["sqlcipher"], saves["plain"]), "%")
                with ctx.db.session() as session:
                    sample = sample_names_and_niks(session, rng, args.queries)
                for kind, make in KINDS.items():
                    found = search_latencies(contexts, [make(rng, *p) for p in sample])
                    for name, values in found.items():
                        _common.report(f"search_{kind}_{name}_p95", _common.percentile(values, 0.95) * 1000, "ms")
                    _common.report(f"search_{kind}_sqlcipher_overhead", overhead(found["sqlcipher"], found["plain"]),
                                   "%")
            finally:
                plain.db.close()
                plain.db.path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
