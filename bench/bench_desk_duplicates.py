"""The desk's duplicate check on save (#12): the look-up of one typed record among the office's own records and
the other offices' people the hub shared, scored — as the enrolment form and `enrol` run it before saving.

    python bench/bench_desk_duplicates.py --n 200000   # goal: desk_check_p95 < 50 ms

A field office is set up in a temporary folder and filled from the planted-duplicate corpus of
services/demo/planted.py (the one bench_duplicates.py uses): `--n` records, every other one the office's own
participant, the rest the hub's reference people (keyed NIK hash, name key, birth date, sex, kabupaten/kota, as a
reference bundle leaves them). Held out of the store and typed at the desk: 300 second enrolments of a stored
person (the typing mistakes the corpus plants) and 100 new people. Reported: the check's median and p95, what it
found of the planted duplicates (`desk_recall`: warned, or refused as `nik.duplicate` when the office's own record
has the very NIK) and how often it warned of a new person (`new_people_warned`);
the anchor, in the same run and the same way (a session per look-up): one indexed exact-NIK look-up
(`exact_nik_*`), what the check did before #12.
"""

from __future__ import annotations

import os
import sys

from sqlalchemy import select
from sqlmodel import col

import _common
from pekerja_desktop.domain.identity.matching_keys import keyed_nik_hash, name_key
from pekerja_desktop.services.demo.planted import PlantedCorpus, planted_corpus
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.enrolment.likely import likely_check, matched_numbers
from pekerja_desktop.services.matching.office_store import apply_matching
from pekerja_desktop.services.sync.bundle.matching_lines import MATCH_PERSON, MATCHING_KEY
from pekerja_desktop.store.models import Participant, ParticipantStatus

PROBES_AGAIN, PROBES_NEW = 300, 100
CHUNK = 20_000


def held_out(corpus: PlantedCorpus) -> tuple[list[tuple[int, int]], list[int]]:
    """(first, again) index pairs of planted duplicates typed at the desk, and new people typed there."""
    pairs = sorted(tuple(sorted(pair)) for pair in corpus.same)[:PROBES_AGAIN]
    partners = {i for pair in corpus.same | corpus.twins for i in pair}
    fresh = [i for i in range(len(corpus.records) - 1, -1, -1) if i not in partners][:PROBES_NEW]
    return pairs, fresh


def _person_line(number: str, record, key: bytes) -> dict:
    data = record.data
    return {"type": MATCH_PERSON, "registration_number": number, "office_code": record.office_code,
            "nik_hash": keyed_nik_hash(key, data.nik), "name_key": name_key(data.full_name),
            "birth_date": data.birth_date.isoformat() if data.birth_date else None, "sex": data.sex,
            "regency_code": data.village_code[:5]}


def fill(ctx, corpus: PlantedCorpus, skip: set[int]) -> dict[int, str]:
    """Every other record the office's own, the rest reference people; returns index → registration number."""
    key = os.urandom(32)
    numbers: dict[int, str] = {}
    own = [i for i in range(0, len(corpus.records), 2) if i not in skip]
    for start in range(0, len(own), CHUNK):
        part = own[start:start + CHUNK]
        batch = [PreparedEnrolment(corpus.records[i].data, status=ParticipantStatus.ACTIVE.value, source="planted",
                                   created_at=corpus.records[i].created_at) for i in part]
        with ctx.db.write() as session:
            numbers.update(zip(part, insert_prepared(session, ctx.office.code, ctx.actor, batch), strict=True))
    lines: list[dict] = [{"type": MATCHING_KEY, "key": key.hex()}]
    for i in range(1, len(corpus.records), 2):
        if i not in skip:
            numbers[i] = f"{corpus.records[i].office_code}-25-{i:06d}-0"
            lines.append(_person_line(numbers[i], corpus.records[i], key))
    with ctx.db.write() as session:
        apply_matching(session, lines)
    return numbers


def desk_checks(ctx, corpus: PlantedCorpus, indexes: list[int]) -> tuple[list[float], list[list[str]]]:
    seconds, found = [], []
    for index in indexes:
        data = corpus.records[index].data
        with ctx.db.session() as session:
            took, finding = _common.timed(lambda data=data, session=session: likely_check(session, data, None))
        seconds.append(took)
        found.append(matched_numbers(finding) if finding is not None else [])
    return seconds, found


def exact_lookups(ctx, corpus: PlantedCorpus, indexes: list[int]) -> list[float]:
    seconds = []
    for index in indexes:
        nik = corpus.records[index].data.nik
        with ctx.db.session() as session:
            took, _ = _common.timed(lambda nik=nik, session=session: session.execute(
                select(col(Participant.id)).where(col(Participant.nik) == nik)).first())
        seconds.append(took)
    return seconds


def _refused_as_same_nik(corpus: PlantedCorpus, first: int, again: int) -> bool:
    """The office's own record with the very NIK typed: the form refuses it (`nik.duplicate`) rather than warns."""
    return first % 2 == 0 and corpus.records[first].data.nik == corpus.records[again].data.nik


def main(argv: list[str] | None = None) -> int:
    parser = _common.parser(__doc__.splitlines()[0], 200_000)
    args = parser.parse_args(argv)
    with _common.data_dir(args.data_dir) as root, _common.context(root) as ctx:
        _common.note(f"planting {args.n:,} records…")
        corpus = planted_corpus(ctx.reference, args.n, seed=args.seed)
        pairs, fresh = held_out(corpus)
        typed = [again for _first, again in pairs] + fresh
        seconds, numbers = _common.timed(lambda: fill(ctx, corpus, set(typed)))
        _common.note(f"  stored in {seconds:.1f} s")
        desk_checks(ctx, corpus, typed[:20])  # warm the page cache as a clerk's first minutes do
        checks, found = desk_checks(ctx, corpus, typed)
        anchor = exact_lookups(ctx, corpus, typed)
    hits = sum(numbers[first] in found[k] or _refused_as_same_nik(corpus, first, again)
               for k, (first, again) in enumerate(pairs))
    _common.report("participants", args.n - len(typed), "records (half own, half the hub's reference people)")
    _common.report("desk_check_p50", _common.median(checks) * 1000, "ms")
    _common.report("desk_check_p95", _common.percentile(checks, 0.95) * 1000, "ms")
    _common.report("exact_nik_p50", _common.median(anchor) * 1000, "ms")
    _common.report("exact_nik_p95", _common.percentile(anchor, 0.95) * 1000, "ms")
    _common.report("desk_recall", 100 * hits / max(1, len(pairs)), f"% of {len(pairs)} planted duplicates")
    _common.report("new_people_warned", sum(bool(f) for f in found[len(pairs):]), f"of {len(fresh)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
