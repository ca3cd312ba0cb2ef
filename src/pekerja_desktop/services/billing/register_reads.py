"""(hub) What closing a month reads of the register, read beside what it writes.

A close writes the month's items and billing facts on its write connection (freeze.py). What it reads of the
register — the corrections of the closed months (corrections.py) and the month's figures per funding source and
kabupaten/kota — does not depend on those writes. On SQLite these reads run on a second connection, on a thread
of their own, while the close writes: the close holds the database's write lock, so the register they read is the
one the close bills (a WAL reader sees the last commit, and nothing else can commit meanwhile), and SQLite
releases Python's lock while it works, so the reads can use the other core. At 500,000 participants the reads
take about 2 s alone, but beside the writes both sides run 1.3–2× slower than alone on this 2-core machine: the
close went from 5.7–6.2 s to 4.2–5.1 s (README). On PostgreSQL, where another workstation may commit in between,
they run in the close's own transaction, in turn.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlmodel import Session, col

from pekerja_desktop.domain.months import month_bounds
from pekerja_desktop.services.billing.closed import ClosedMonth
from pekerja_desktop.services.billing.corrections import Corrections, find_corrections
from pekerja_desktop.services.billing.rules import (
    Rate,
    amount_sql,
    billed_conditions,
    facts_sql,
    not_rejected_by_hub,
    regency_of,
)
from pekerja_desktop.store.billing_models import BillFact
from pekerja_desktop.store.bulk import bulk_page_cache
from pekerja_desktop.store.dialect import is_postgresql
from pekerja_desktop.store.models import Participant

MonthSums = dict[tuple[str, str], tuple[int, int, int]]  # (funding source, kabupaten/kota) → participants, JKK, JKM


@dataclass(frozen=True)
class RegisterReads:
    """The reads, as futures, in the order the close needs them: the corrections (their facts are written), at a
    first close read beside it the facts of everyone billed (None: the close writes them with one INSERT … SELECT),
    and the month's figures last."""
    corrections: Future[Corrections]
    first_facts: Future[list[tuple[int, str]] | None]
    month_sums: Future[MonthSums]


def first_billed_facts(session: Session, month: dt.date) -> Select:
    """(participant id, facts) of everyone billed for `month` who has no facts yet, in id order (a first close;
    the NOT EXISTS only when some participant has facts: on a hub that never closed, it would probe for nothing).
    Those the hub's verdict rejected get facts too (billed nothing, their facts say why): otherwise every next
    close would look at them again as never billed (corrections.py)."""
    first, last = month_bounds(month)
    query = select(col(Participant.id), facts_sql()).where(*billed_conditions(first, last))
    if session.scalar(select(col(BillFact.participant_id)).limit(1)) is not None:
        known = select(col(BillFact.participant_id)).where(col(BillFact.participant_id) == Participant.id)
        query = query.where(~known.exists())
    return query.order_by(col(Participant.id))


def month_sums(session: Session, month: dt.date, rates: dict[str, Rate]) -> MonthSums:
    """The month's own bill summed from the register by the rule freeze.py writes its items with. Grouped by the
    covering index's leading columns (status, funding source, village), which its order serves without a sort, then
    folded into kabupaten/kota here (a few thousand groups; by kabupaten/kota in SQL, half a million rows sorted)."""
    first, last = month_bounds(month)
    by_index = (col(Participant.status), col(Participant.funding_source), col(Participant.village_code))
    rows = session.execute(select(*by_index, func.count(), func.sum(amount_sql(rates["JKK"])),
                                  func.sum(amount_sql(rates["JKM"])))
                           .where(*billed_conditions(first, last), not_rejected_by_hub()).group_by(*by_index))
    sums: dict[tuple[str, str], list[int]] = {}
    for _status, funding, village, count, jkk, jkm in rows:
        entry = sums.setdefault((funding, regency_of(village)), [0, 0, 0])
        entry[0] += count
        entry[1] += jkk
        entry[2] += jkm
    return {key: (count, jkk, jkm) for key, (count, jkk, jkm) in sums.items()}


@contextlib.contextmanager
def reading_register(session: Session, open_reader: Callable[[], Session] | None, closed: list[ClosedMonth],
                     month: dt.date, rates: dict[str, Rate]) -> Iterator[RegisterReads]:
    """The close's reads of the register, beside the close on SQLite when `open_reader` gives a second session."""
    reads = RegisterReads(Future(), Future(), Future())
    if open_reader is None or is_postgresql(session):
        reads.corrections.set_result(find_corrections(session, closed, through=month))
        reads.first_facts.set_result(None)
        reads.month_sums.set_result(month_sums(session, month, rates))
        yield reads
        return
    thread = threading.Thread(target=_read_beside, args=(open_reader, closed, month, rates, reads),
                              name="close-register-reads", daemon=True)
    thread.start()
    try:
        yield reads
    finally:
        thread.join()  # the reader's connection goes back to the pool before the close commits or fails


def _read_beside(open_reader: Callable[[], Session], closed: list[ClosedMonth], month: dt.date,
                 rates: dict[str, Rate], reads: RegisterReads) -> None:
    """On the reader's thread, its session opened and closed there, each read in the order the close needs it."""
    try:
        with open_reader() as reader, bulk_page_cache(reader.connection()):
            reads.corrections.set_result(find_corrections(reader, closed, through=month))
            reads.first_facts.set_result(None if closed else
                                         list(map(tuple, reader.execute(first_billed_facts(reader, month)))))
            reads.month_sums.set_result(month_sums(reader, month, rates))
    except BaseException as exc:  # handed to the close, which raises it where it waits
        for future in (reads.corrections, reads.first_facts, reads.month_sums):
            if not future.done():
                future.set_exception(exc)
