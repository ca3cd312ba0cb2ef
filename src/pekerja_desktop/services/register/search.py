"""Searching the register: NIK prefix, registration number, or a name fragment (case- and
accent-insensitive, through the FTS5 trigram index), with filters, sorting and paging in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Boolean, ColumnElement, Select, func, select, text
from sqlalchemy.ext.compiler import compiles
from sqlmodel import Session, and_, col, or_

from pekerja_desktop.domain.dates import local_day_bounds_utc
from pekerja_desktop.domain.regions import dotted_code
from pekerja_desktop.domain.regnum import normalise_registration_number
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
    LIKE '%word%' on PostgreSQL, where the pg_trgm index answers it (migration 0001)."""
    type = Boolean()
    inherit_cache = False

    def __init__(self, words: list[str]):
        self.words = words


@compiles(_NameContains)
def _name_contains_fts5(element: _NameContains, compiler, **kw) -> str:
    subquery = (select(text("rowid")).select_from(text("participant_fts")).where(text("participant_fts MATCH :q"))
                .params(q=_fts_phrase(element.words)))
    return compiler.process(col(Participant.id).in_(subquery), **kw)


@compiles(_NameContains, "postgresql")
def _name_contains_trigram(element: _NameContains, compiler, **kw) -> str:
    return compiler.process(and_(*(col(Participant.name_folded).like(f"%{w}%") for w in element.words)), **kw)


def _name_condition(folded: str):
    words = folded.split()
    long_words = [w for w in words if len(w) >= 3]
    conditions: list[ColumnElement[bool]] = [col(Participant.name_folded).like(f"%{w}%") for w in words
                                             if len(w) < 3]
    if long_words:
        conditions.append(_NameContains(long_words))
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


def text_condition(raw: str):
    cleaned = raw.strip()
    if not cleaned:
        return None
    compact = cleaned.replace(" ", "").replace(".", "")
    if compact.isdigit():
        return or_(_prefix_range(Participant.nik, compact),
                   _prefix_range(Participant.registration_number, compact))
    number = normalise_registration_number(cleaned)
    if any(ch.isdigit() for ch in number) and "-" in number:
        return _prefix_range(Participant.registration_number, number)
    return _name_condition(fold_for_search(cleaned))


def filtered_query(query: Select, q: ParticipantQuery) -> Select:
    condition = text_condition(q.text)
    if condition is not None:
        query = query.where(condition)
    if q.region_code:
        code = dotted_code(q.region_code)
        query = query.where(or_(col(Participant.village_code) == code,
                                _prefix_range(Participant.village_code, code + ".")))
    if q.status:
        query = query.where(col(Participant.status) == q.status)
    if q.occupation:
        query = query.where(col(Participant.occupation) == q.occupation)
    if q.created_from:
        query = query.where(col(Participant.created_at) >= local_day_bounds_utc(q.created_from)[0])
    if q.created_to:
        query = query.where(col(Participant.created_at) < local_day_bounds_utc(q.created_to)[1])
    return _person_filters(query, q)


def _person_filters(query: Select, q: ParticipantQuery) -> Select:
    if q.sex:
        query = query.where(col(Participant.sex) == q.sex)
    if q.born_from:
        query = query.where(col(Participant.birth_date) >= q.born_from)
    if q.born_to:
        query = query.where(col(Participant.birth_date) <= q.born_to)
    if q.office_code:
        query = query.where(col(Participant.office_code) == q.office_code)
    if q.not_rejected_at_hub:
        query = query.where(col(Participant.id).not_in(rejected_at_hub_ids()))
    return query


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
    query = filtered_query(select(*LIST_COLUMNS), q).order_by(*order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.execute(query).all())
