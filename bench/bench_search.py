"""Register search latency at N participants: NIK prefixes, name fragments and two-word fragments.

    python bench/bench_search.py --n 200000 --queries 60

Queries are drawn from stored participants: 6–10 digit prefixes of their NIKs, 3–6 letter pieces of
their names, and two-word fragments (the end of one word and the start of the next, 3–6 letters each). Each query runs
through `search_participants(..., limit=50)` (the first page) and, separately, `count_participants`.
"""

from __future__ import annotations

import random
import sys

from sqlalchemy import func, select

import _common
from pekerja_desktop.services.register.search import ParticipantQuery, count_participants, search_participants
from pekerja_desktop.store.models import Participant

PAGE = 50


def sample_names_and_niks(session, rng: random.Random, count: int) -> list[tuple[str, str]]:
    highest = session.scalar(select(func.max(Participant.id))) or 0
    ids = [rng.randint(1, highest) for _ in range(count * 2)]
    rows = session.execute(select(Participant.nik, Participant.full_name).where(Participant.id.in_(ids))).all()
    return [(nik, name) for nik, name in rows][:count]


def nik_prefix(rng: random.Random, nik: str, _name: str) -> str:
    return nik[:rng.randint(6, 10)]


def name_fragment(rng: random.Random, _nik: str, name: str) -> str:
    word = max(name.split(), key=len)
    size = min(len(word), rng.randint(3, 6))
    start = rng.randint(0, len(word) - size)
    return word[start:start + size].lower()


def two_word_fragment(rng: random.Random, _nik: str, name: str) -> str:
    """The end of one word and the start of the next, 3–6 letters each (less only if the word is shorter)."""
    words = name.split()
    if len(words) < 2:
        return name_fragment(rng, _nik, name)
    i = rng.randrange(len(words) - 1)
    first, second = words[i], words[i + 1]
    return f"{first[-rng.randint(3, 6):]} {second[:rng.randint(3, 6)]}".lower()


KINDS = {"nik_prefix": nik_prefix, "name_fragment": name_fragment, "two_words": two_word_fragment}


def measure(session, texts: list[str]) -> tuple[list[float], list[float], int]:
    searches, counts, hits = [], [], 0
    for text in texts:
        query = ParticipantQuery(text=text)
        seconds, rows = _common.timed(lambda query=query: search_participants(session, query, limit=PAGE))
        searches.append(seconds)
        hits += bool(rows)
        counts.append(_common.timed(lambda query=query: count_participants(session, query))[0])
    return searches, counts, hits


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 200_000)
    parser.add_argument("--queries", type=int, default=60, help="queries of each kind (default 60)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with _common.data_dir(args.data_dir) as root, _common.context(root) as ctx:
        _common.fill(ctx, args.n, args.seed)
        with ctx.db.session() as session:
            people = sample_names_and_niks(session, rng, args.queries)
            measure(session, [name_fragment(rng, *p) for p in people[:10]])  # warm-up: pages in the cache
            for kind, make in KINDS.items():
                searches, counts, hits = measure(session, [make(rng, *p) for p in people])
                _common.report_latencies(f"search_{kind}", searches)
                _common.report_latencies(f"count_{kind}", counts)
                if hits < len(people):
                    _common.note(f"{kind}: {len(people) - hits} of {len(people)} queries found nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
