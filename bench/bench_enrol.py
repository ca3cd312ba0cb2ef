"""Enrolments saved one at a time through `services.enrolment.enrol`, as the form saves them.

    python bench/bench_enrol.py --n 500 --base 10000

Each save is validation + duplicate check + registration number + history + one durable commit
(WAL, synchronous=FULL), over a database already holding --base demo participants.
"""

from __future__ import annotations

import datetime as dt
import sys

from sqlalchemy import select

import _common
from pekerja_desktop.services.demo.people import PersonFactory, build_material
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.store.models import Participant


def new_people(ctx, count: int, seed: int) -> list:
    """Valid people whose NIKs are not in the database yet."""
    with ctx.db.session() as session:
        taken = set(session.scalars(select(Participant.nik)))
    today = dt.date.today()
    factory = PersonFactory(build_material(ctx.reference), seed, dt.date(today.year, 1, 1), taken)
    now = dt.datetime.now(dt.UTC)
    return [factory.person(now, today) for _ in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 500)
    parser.add_argument("--base", type=int, default=10_000, help="demo participants already stored (default 10000)")
    args = parser.parse_args(argv)
    with _common.data_dir(args.data_dir) as root, _common.context(root) as ctx:
        _common.fill(ctx, args.base, args.seed)
        people = new_people(ctx, args.n, args.seed + 1)
        enrol(ctx, people.pop(), final=True)  # warm-up: reference sets loaded, statements compiled
        timings = [_common.timed(lambda person=person: enrol(ctx, person, final=True))[0] for person in people]
    _common.report("enrol_per_s", len(timings) / sum(timings), "/s")
    _common.report("enrol_ms_median", _common.median(timings) * 1000, "ms")
    _common.report("enrol_ms_p95", _common.percentile(timings, 0.95) * 1000, "ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
