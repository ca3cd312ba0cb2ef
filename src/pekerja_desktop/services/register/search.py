"""Searching the register: NIK prefix, registration number, or a name fragment (case- and
accent-insensitive, through the FTS5 trigram index), with filters, sorting and paging in SQL.

Every kind of query reaches its rows through an index, never by reading the participant table from end to end
(tests/services/register/test_search_plans.py holds the plans). A name alone, newest or oldest first, is answered
by the trigram index in id order, which stops once the page is full: common fragments cost what rare ones do."""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, func, select, text, union
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal
from sqlmodel import Session, and_, col, or_

from pekerja_desktop.domain.dates import local_day_bounds_utc
from pekerja_desktop.domain.identity.regnum import normalise_registration_number
from pekerja_desktop.domain.regions import dotted_code
from pekerja_desktop.domain.text import fold_for_search
from pekerja_desktop.store.dialect import is_postgresql
from pekerja_desktop.store.models import Participant
from pekerja_desktop.store.sync_models import SyncHubRecord, Verdict

SORTABLE = ("registration_number", "nik", "full_name", "birth_date", "village_code", "status",
            "occupation", "created_at", "id")

LIST_COLUMNS = tuple(col(column) for column in (
    Participant.id, Participant.uuid, Participant.registration_number, Participant.nik, Participant.full_name,
    Participant.birth_date, Participant.sex, Participant.village_code, Participant.occupation, Participant.status,
    Participant.kpj, Participant.office_code, Participant.created_at, Participant.version))


@dataclass(frozen=True)
class ParticipantQuery:
    text: str = ""
    region_code: str | None = None  # kabupaten/kota, kecamatan or desa code: everything under it
    status: str | None = None
    occupation: str | None = None
    created_from: dt.date | None = None
    created_to: dt.date | None = None
    sex: str | None = None  # L or P
    born_from: dt.date | None = None  # birth date range, both ends included (an age group)
    born_to: dt.date | None = None
    office_code: str | None = None  # the office that enrolled the person
    not_rejected_at_hub: bool = False  # (hub) leave out records the hub's verdict rejected
    sort: str = "id"
    descending: bool = False
    extra: dict = field(default_factory=dict)


def _prefix_range(column, prefix: str):
    """`column LIKE 'prefix%'` written as a range so the index is used whatever the collation."""
    return and_(column >= prefix, column < prefix + "\uffff")


def _fts_phrase(words: list[str]) -> str:
    """Every word as a quoted trigram substring, all required."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


class _NameContains(ColumnElement[bool]):
    """Every word (≥ 3 letters) is in the folded name: through the FTS5 trigram table on SQLite, as
    LIKE '%word%' on PostgreSQL, where the pg_trgm index answers it (migration 0001).

    Untyped on purpose: a Boolean-typed clause is compared with 1 on SQLite (`id IN (…) = 1`), which no index
    serves, and the whole participant table was read for every name search."""
    inherit_cache = False

    def __init__(self, words: list[str], driving: bool = True):
        self.words = words
        self.driving = driving


def fts_matches(words: list[str]) -> Select:
    """The rowids of the names holding every word, from the trigram index (SQLite)."""
    return (select(text("rowid")).select_from(text("participant_fts")).where(text("participant_fts MATCH :q"))
            .params(q=_fts_phrase(words)))


@compiles(_NameContains)
def _name_contains_fts5(element: _NameContains, compiler, **kw) -> str:
    return compiler.process(_id_column(element.driving).in_(fts_matches(element.words)), **kw)


class _Unindexed(ColumnElement):
    """`+column` on SQLite: the same value, but never reached through that column's index. Written on the conditions
    that are not to drive the query: SQLite's planner, which keeps no statistics here, would otherwise walk the index
    of a column with a handful of values (status: 500,000 'active') and read every row it names."""
    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column):
        self.column = column
        self.type = column.type


@compiles(_Unindexed)
def _unindexed_sqlite(element: _Unindexed, compiler, **kw) -> str:
    return "+" + compiler.process(element.column, **kw)


@compiles(_Unindexed, "postgresql")
def _unindexed_elsewhere(element: _Unindexed, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(_NameContains, "postgresql")
def _name_contains_trigram(element: _NameContains, compiler, **kw) -> str:
    return compiler.process(and_(*(col(Participant.name_folded).like(f"%{w}%") for w in element.words)), **kw)


def _name_condition(folded: str, driving: bool = True):
    words = folded.split()
    long_words = [w for w in words if len(w) >= 3]
    conditions: list[ColumnElement[bool]] = [col(Participant.name_folded).like(f"%{w}%") for w in words
                                             if len(w) < 3]
    if long_words:
        conditions.append(_NameContains(long_words, driving))
    return and_(*conditions)


def has_filters(q: ParticipantQuery) -> bool:
    return any((q.region_code, q.status, q.occupation, q.created_from, q.created_to, q.sex, q.born_from,
                q.born_to, q.office_code, q.not_rejected_at_hub))


def _plain_name_words(q: ParticipantQuery) -> list[str] | None:
    """The words of a name-only query that the trigram index answers alone (no filters, every word ≥ 3)."""
    if has_filters(q) or not q.text.strip():
        return None
    cleaned = q.text.strip()
    if cleaned.replace(" ", "").replace(".", "").isdigit() or "-" in cleaned:
        return None
    words = fold_for_search(cleaned).split()
    return words if words and all(len(w) >= 3 for w in words) else None


def text_condition(raw: str, *, driving: bool = True, in_id_order: bool = False):
    """The rows the typed text matches: a NIK or registration-number prefix, or name words. Unless `driving`, the
    ranges reach SQLite as a set of ids looked up by id (`+id IN …`), not through their indexes; `in_id_order`
    gives them as that set too, walked in id order (a page sorted by id, whose filters are checked row by row,
    stops once it is full)."""
    cleaned = raw.strip()
    if not cleaned:
        return None
    compact = cleaned.replace(" ", "").replace(".", "")
    number = normalise_registration_number(cleaned)
    if compact.isdigit():
        ranges = [(Participant.nik, compact), (Participant.registration_number, compact)]
        if len(compact) == KK_LENGTH:  # a whole KK number lists the household (#12)
            ranges.append((Participant.kk_number, compact))
    elif any(ch.isdigit() for ch in number) and "-" in number:
        ranges = [(Participant.registration_number, number)]
    else:
        return _name_condition(fold_for_search(cleaned), driving)
    if driving and not in_id_order:
        return or_(*(_prefix_range(column, prefix) for column, prefix in ranges))
    return _matching_ids(ranges, driving)


def _matching_ids(ranges: list, driving: bool):
    """Prefix ranges as the ids they hold, each read from its own index alone (an index holds the row's id): SQLite
    keeps the set in id order, so a page sorted by id stops early instead of reading every matching row."""
    parts = [select(col(Participant.id)).where(_prefix_range(column, prefix)) for column, prefix in ranges]
    ids = parts[0] if len(parts) == 1 else union(*parts)
    return _id_column(driving).in_(ids)


def _id_column(driving: bool):
    return col(Participant.id) if driving else _Unindexed(col(Participant.id))


REGENCY_CODE_LENGTH = len("81.71")
KK_LENGTH = 16


def _driver(q: ParticipantQuery) -> str | None:
    """Which condition SQLite is to reach the rows by. A kecamatan or desa (a narrow range of the covering index that
    holds every other filter), else the typed text, else a kabupaten/kota; None lets SQLite choose among the
    filters' own indexes."""
    narrow_region = q.region_code and len(dotted_code(q.region_code)) > REGENCY_CODE_LENGTH
    if narrow_region or (q.region_code and not q.text.strip()):
        return "region"
    if q.text.strip():
        return "text"
    return None


def filtered_query(query: Select, q: ParticipantQuery) -> Select:
    driver = _driver(q)
    condition = text_condition(q.text, driving=driver == "text", in_id_order=has_filters(q))
    if condition is not None:
        query = query.where(condition)
    if q.region_code:
        query = query.where(_prefix_range(Participant.village_code, dotted_code(q.region_code)))
    free = driver is None  # a filter may drive only when neither region nor text does
    for column, compare, value in _filter_terms(q):
        query = query.where(compare(col(column) if free else _Unindexed(col(column)), value))
    if q.not_rejected_at_hub:
        query = query.where(_id_column(free).not_in(rejected_at_hub_ids()))
    return query


def _filter_terms(q: ParticipantQuery) -> list[tuple]:
    """(column, comparison, value) for every filter set besides the region and the text."""
    candidates = (
        (Participant.status, operator.eq, q.status),
        (Participant.occupation, operator.eq, q.occupation),
        (Participant.created_at, operator.ge, q.created_from and local_day_bounds_utc(q.created_from)[0]),
        (Participant.created_at, operator.lt, q.created_to and local_day_bounds_utc(q.created_to)[1]),
        (Participant.sex, operator.eq, q.sex),
        (Participant.birth_date, operator.ge, q.born_from),
        (Participant.birth_date, operator.le, q.born_to),
        (Participant.office_code, operator.eq, q.office_code),
    )
    return [term for term in candidates if term[2]]


def rejected_at_hub_ids() -> Select:
    """The ids of the records the hub's verdict rejected (a few: SQLite builds this set once per query)."""
    return (select(col(Participant.id)).join(SyncHubRecord, col(SyncHubRecord.uuid) == Participant.uuid)
            .where(col(SyncHubRecord.status) == Verdict.REJECTED.value))


def count_participants(session: Session, q: ParticipantQuery) -> int:
    words = None if is_postgresql(session) else _plain_name_words(q)
    if words is not None:  # counted inside the FTS5 index: no lookup of every matching row
        return session.scalar(text("SELECT count(*) FROM participant_fts WHERE participant_fts MATCH :q"),
                              {"q": _fts_phrase(words)}) or 0
    return session.scalar(filtered_query(select(func.count()).select_from(Participant), q)) or 0


def search_participants(session: Session, q: ParticipantQuery, *, offset: int = 0,
                        limit: int | None = 100) -> list:
    """Light rows (named tuples of LIST_COLUMNS), one page."""
    column = getattr(Participant, q.sort if q.sort in SORTABLE else "id")
    order = [column.desc() if q.descending else column.asc()]
    if q.sort != "id":
        order.append(col(Participant.id).desc() if q.descending else col(Participant.id).asc())
    if limit is not None and _ids_first(session, q):
        query = select(*LIST_COLUMNS).where(col(Participant.id).in_(_page_ids(q, order, offset + limit)))
    else:
        query = filtered_query(select(*LIST_COLUMNS), q)
    query = query.order_by(*order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.execute(query).all())


def _ids_first(session: Session, q: ParticipantQuery) -> bool:
    """(SQLite, pages in id order) Find the page's ids first, then read only their rows. Every row read costs a page
    of the encrypted file decrypted; the ids of the matches come from indexes (the trigram index, the text's ranges,
    the region's covering index), so only the rows shown are read."""
    return (q.sort if q.sort in SORTABLE else "id") == "id" and not is_postgresql(session) and \
        bool(q.text.strip() or has_filters(q))


def _page_ids(q: ParticipantQuery, order: list, count: int) -> Select:
    words = _plain_name_words(q)
    if words is not None:
        return _first_matches(words, q.descending, count)
    return filtered_query(select(col(Participant.id)), q).order_by(*order).limit(count)


def _first_matches(words: list[str], descending: bool, count: int) -> Select:
    """The first `count` rowids holding every word, in id order: FTS5 walks its lists in rowid order and stops."""
    return fts_matches(words).order_by(text("rowid DESC" if descending else "rowid")).limit(count)
