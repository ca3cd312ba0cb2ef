"""Driver-level bulk writes for imports and bulk enrolment, in the caller's transaction.

Values are converted by the columns' own bind processors, so they are stored exactly as the ORM stores
them. On SQLite, rows go to the driver's executemany, and participants are staged in a temporary table
and copied with one INSERT … SELECT (the FTS5 name index flushes at every statement; one statement per
row is ~3× slower). On PostgreSQL, rows are streamed with COPY (store/pg_copy.py; no trigger to feed there:
the trigram index is an ordinary index).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence

from sqlalchemy import Connection, Table
from sqlalchemy.sql import sqltypes
from sqlmodel.sql.sqltypes import UTCDateTime

from pekerja_desktop.store.dialect import is_postgresql
from pekerja_desktop.store.pg_copy import copy_rows

STAGING = "temp.bulk_staging"
CHUNK = 900  # host parameters per IN (…) query stay under SQLite's limit
_BULK_CACHE_KIB = 65_536  # SQLite page cache while a bulk write runs: index pages stay in memory


def _quoted(connection: Connection, names: Sequence[str]) -> str:
    quote = connection.dialect.identifier_preparer.quote
    return ", ".join(quote(name) for name in names)


def _marks(connection: Connection, count: int) -> str:
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    return ", ".join([mark] * count)


_SQLITE_DATETIME = "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
_SQLITE_DATE = "%(year)04d-%(month)02d-%(day)02d"


def _processor(connection: Connection, column) -> Callable | None:
    impl = column.type.dialect_impl(connection.dialect)
    process = impl.bind_processor(connection.dialect)
    if process is None:
        return None
    slow: Callable = lambda value: None if value is None else process(value)  # noqa: E731
    return (_fast_postgresql(impl, slow) if is_postgresql(connection) else _fast_sqlite(impl, slow)) or slow


def _fast_postgresql(impl, slow: Callable) -> Callable | None:
    """SQLModel's aware timestamps already in UTC passed on as they are (its processor would convert each to UTC
    again: a third of a million calls in a 35,000-record import)."""
    if type(impl) is UTCDateTime:
        return lambda value: value if type(value) is dt.datetime and value.tzinfo is dt.UTC else slow(value)
    return None


def _fast_sqlite(impl, slow: Callable) -> Callable | None:
    """SQLite's text for dates, timestamps and booleans made by the C methods (an import converts hundreds of
    thousands): the same text SQLAlchemy's processors write (tests/store/test_bulk.py holds them equal)."""
    if getattr(impl, "_reg", None) is not None:
        return None
    storage = getattr(impl, "_storage_format", None)
    # a timestamp's text is its ISO form up to the microseconds, the offset cut off (no copy without it made)
    if type(impl) is UTCDateTime and storage == _SQLITE_DATETIME:  # SQLModel's aware timestamps, kept as UTC
        return lambda value: value.isoformat(" ", "microseconds")[:26] \
            if type(value) is dt.datetime and value.tzinfo is dt.UTC else slow(value)
    if isinstance(impl, sqltypes.DateTime) and storage == _SQLITE_DATETIME:
        return lambda value: value.isoformat(" ", "microseconds")[:26] if type(value) is dt.datetime else slow(value)
    if isinstance(impl, sqltypes.Date) and storage == _SQLITE_DATE:
        return lambda value: value.isoformat() if type(value) is dt.date else slow(value)
    if isinstance(impl, sqltypes.Boolean):
        return lambda value: int(value) if type(value) is bool else slow(value)
    return None


def converted(connection: Connection, table: Table, names: Sequence[str], rows: Iterable[dict]) -> list[tuple]:
    """The rows' values in `names` order, each column's through its bind processor (a column at a time: the
    bulk paths convert hundreds of thousands of values)."""
    pick = operator.itemgetter(*names)
    values = [list(pick(row)) for row in rows] if len(names) > 1 else [[row[names[0]]] for row in rows]
    moments: dict = {}  # the text of each moment met, for all the UTC timestamp columns
    for index, name in enumerate(names):
        process = _processor(connection, table.c[name])
        if process is None:
            continue
        if type(table.c[name].type) is UTCDateTime and not is_postgresql(connection):
            _convert_moments(values, index, process, moments)
            continue
        for row_values in values:
            row_values[index] = process(row_values[index])
    return list(map(tuple, values))


def _convert_moments(values: list[list], index: int, process: Callable, moments: dict) -> None:
    """A UTC timestamp column, each moment formatted once: a record's creation, consent and finish are mostly one
    moment, an import's rows share one `updated_at`, and formatting one takes ten times the look-up. (Equal
    moments are one instant, written alike in UTC whatever the offset they came with.)"""
    for row_values in values:
        value = row_values[index]
        text = moments.get(value)
        if text is None:
            text = moments[value] = process(value)
        row_values[index] = text


def insert_rows(connection: Connection, table: Table, rows: list[dict], into: str | None = None) -> None:
    """INSERT rows (dicts with the same keys) into `table` (or the staging table `into`)."""
    if not rows:
        return
    names = list(rows[0])
    target = into or connection.dialect.identifier_preparer.format_table(table)
    values = converted(connection, table, names, rows)
    if is_postgresql(connection):
        copy_rows(connection, target, _quoted(connection, names), names, values)
        return
    connection.exec_driver_sql(f"INSERT INTO {target} ({_quoted(connection, names)}) "
                               f"VALUES ({_marks(connection, len(names))})", values)


def insert_staged(connection: Connection, table: Table, rows: list[dict]) -> None:
    """For tables with FTS triggers (SQLite): one INSERT … SELECT from a temporary table. On PostgreSQL
    the rows are copied straight in."""
    if not rows:
        return
    if is_postgresql(connection):
        insert_rows(connection, table, rows)
        return
    columns = _quoted(connection, list(rows[0]))
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {STAGING}")
    connection.exec_driver_sql(f"CREATE TEMP TABLE {STAGING} ({columns})")  # no types: values kept as bound
    try:
        insert_rows(connection, table, rows, into=STAGING)
        name = connection.dialect.identifier_preparer.format_table(table)
        connection.exec_driver_sql(f"INSERT INTO main.{name} ({columns}) SELECT {columns} FROM {STAGING}")
    finally:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {STAGING}")


def update_rows(connection: Connection, table: Table, key: str, rows: list[dict]) -> None:
    """UPDATE … WHERE key = ? for each row (dicts with the same keys, `key` among them)."""
    if not rows:
        return
    names = [n for n in rows[0] if n != key]
    quote = connection.dialect.identifier_preparer.quote
    mark = _marks(connection, 1)
    assignments = ", ".join(f"{quote(n)} = {mark}" for n in names)
    name = connection.dialect.identifier_preparer.format_table(table)
    connection.exec_driver_sql(f"UPDATE {name} SET {assignments} WHERE {quote(key)} = {mark}",
                               converted(connection, table, [*names, key], rows))


def upsert_rows(connection: Connection, table: Table, keys: Sequence[str], update: Sequence[str],
                rows: list[dict]) -> None:
    """INSERT rows (every column the table needs), or where a row with the same `keys` exists, set only its `update`
    columns to the new values: one executemany, in SQL both databases read alike (`ON CONFLICT … DO UPDATE`)."""
    if not rows:
        return
    names = list(rows[0])
    quote = connection.dialect.identifier_preparer.quote
    updates = ", ".join(f"{quote(n)} = excluded.{quote(n)}" for n in update)
    name = connection.dialect.identifier_preparer.format_table(table)
    connection.exec_driver_sql(
        f"INSERT INTO {name} ({_quoted(connection, names)}) VALUES ({_marks(connection, len(names))}) "
        f"ON CONFLICT ({_quoted(connection, keys)}) DO UPDATE SET {updates}", converted(connection, table, names, rows))


@contextlib.contextmanager
def bulk_page_cache(connection: Connection) -> Iterator[None]:
    """A larger SQLite page cache for the duration of a bulk write (the server manages its own)."""
    if is_postgresql(connection):
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA main.cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA main.cache_size=-{_BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA main.cache_size={int(previous)}")


def rows_in(connection: Connection, sql: str, values: Sequence, *params) -> list[tuple]:
    """The rows of `sql` — plain SQL whose one `IN ({marks})` takes `values` — for every CHUNK of `values` (on
    PostgreSQL one `= ANY(array)` for all of them), as the driver returns them (`params` bound first, before the
    list). Plain driver SQL: an import asks several such look-ups per chunk of lines, and the ORM's statement
    building and row processing cost ten times the query."""
    if is_postgresql(connection):  # one array, whatever the count (store/dialect.among)
        return list(connection.exec_driver_sql(sql.replace("IN ({marks})", "= ANY(%s)"), (*params, list(values)))
                    .all()) if values else []
    found: list[tuple] = []
    for chunk in chunks(values):
        query = sql.format(marks=_marks(connection, len(chunk)))
        found.extend(connection.exec_driver_sql(query, (*params, *chunk)).all())
    return found


def chunks(values: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]
