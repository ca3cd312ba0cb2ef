"""Pages for the register (Peserta) screen: newest first, quick whatever a NIK or number prefix matches.

For a NIK or registration-number prefix, `search_participants` lets SQLite take the prefix's index,
collect every match and sort them all by id before returning the first page: quick for a few matches,
slow for many ("81" or "8171A-26" match every row: 0.1–0.5 s at 200,000 rows). When a prefix matches many
rows, walking the table in id order and stopping once the page is full is far quicker; a short probe
through the index (at most `DENSE` matches) tells which case applies, and a walk reads at most WALK_ROWS rows
before it leaves the page to the sorted matches (the many matches may all be old ones). Name searches, other
filters and other sort orders go to `search_participants` unchanged: they are quick there.
"""

from __future__ import annotations

from sqlalchemy import Select, func
from sqlmodel import Session, col, select

from pekerja_desktop.services.register.search import (
    LIST_COLUMNS,
    ParticipantQuery,
    count_participants,
    filtered_query,  # the search's own filter semantics
    search_participants,
)
from pekerja_desktop.services.register.stoppable import Stoppable
from pekerja_desktop.store.models import Participant

DENSE = 10_000  # from this many matches on, a walk in id order beats sorting the matches
WALK_ROWS = 20_000  # the newest (or oldest) rows a walk reads at most before it gives way to the sorted matches


def register_page(session: Session, q: ParticipantQuery, *, offset: int = 0, limit: int = 200) -> list:
    """One page of light rows (named tuples of `LIST_COLUMNS`): the rows `search_participants` gives."""
    if q.sort == "id" and is_number_search(q.text) and _text_matches_at_least(session, q.text, DENSE):
        rows = _walk(session, filtered_query(select(Participant.id), q), q.descending, offset, limit)
        if rows is not None:
            return rows
    return search_participants(session, q, offset=offset, limit=limit)


def is_number_search(text: str) -> bool:
    """A NIK or registration-number prefix (names carry no digits)."""
    return any(ch.isdigit() for ch in text)


def _text_matches_at_least(session: Session, text: str, count: int) -> bool:
    """Whether the prefix alone matches `count` rows, counted in its indexes. The filters are left out: they can only
    make the matches fewer, and checking them reads each match's row (a kecamatan's NIK prefix among the active took
    50–110 ms at 500,000, twice the page itself); a walk that does not fill its page gives way anyway."""
    matching = filtered_query(select(Participant.id), ParticipantQuery(text=text))
    probe = select(func.count()).select_from(matching.limit(count).subquery())
    return (session.scalar(probe) or 0) >= count


def _walk(session: Session, matching: Select, descending: bool, offset: int, limit: int) -> list | None:
    """The page from a walk over the newest (oldest) WALK_ROWS rows; None when they do not fill it. Many matches are
    not always spread evenly: "8171A-26-0" names the first 100,000 registrations, none of them among the newest."""
    hidden = func.coalesce(matching.whereclause, False)  # no index can serve it: SQLite goes by id
    ids = col(Participant.id)
    if descending:
        window = ids > (session.scalar(select(func.max(ids))) or 0) - WALK_ROWS
    else:
        window = ids < (session.scalar(select(func.min(ids))) or 0) + WALK_ROWS
    query = select(*LIST_COLUMNS).where(window, hidden).order_by(ids.desc() if descending else ids.asc())
    rows = list(session.execute(query.offset(offset).limit(limit)).all())
    return rows if len(rows) == limit else None


def read_register_rows(ctx, query: ParticipantQuery, offset: int, limit: int,
                       stoppable: Stoppable | None = None) -> list:
    """One page in its own short unit of work; `stoppable.stop()` from another thread ends it early."""
    stoppable = stoppable or Stoppable()
    with ctx.db.session() as session, stoppable.running(session):
        return register_page(session, query, offset=offset, limit=limit)


def count_register_rows(ctx, query: ParticipantQuery, stoppable: Stoppable | None = None) -> int:
    stoppable = stoppable or Stoppable()
    with ctx.db.session() as session, stoppable.running(session):
        return count_participants(session, query)
