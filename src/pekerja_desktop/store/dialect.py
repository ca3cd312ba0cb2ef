"""What differs between the embedded SQLite file and a PostgreSQL server, in one place.

SQLAlchemy's PostgreSQL dialect is imported with the first PostgreSQL connection's statement, not with this module:
an office on SQLite never needs it, and importing it took about 80 ms of every window's cold start (#15,
bench/bench_gui_start.py; tests/ui/test_cold_start_imports.py)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence

from sqlalchemy import ARRAY, ColumnElement, Connection, any_, bindparam
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

POSTGRESQL_DIALECT = "sqlalchemy.dialects.postgresql"
SQLITE_IN_LIMIT = 900  # host parameters per IN (…) list stay under SQLite's limit


def is_postgresql(bind: Connection | Session) -> bool:
    engine_or_connection = bind.get_bind() if isinstance(bind, Session) else bind
    return engine_or_connection.dialect.name == "postgresql"


def upsert(bind: Connection | Session, model):
    """An INSERT that knows ON CONFLICT (DO NOTHING / DO UPDATE … excluded) on both databases."""
    if is_postgresql(bind):
        return importlib.import_module(POSTGRESQL_DIALECT).insert(model)
    return sqlite.insert(model)


def after_explicit_ids(connection: Connection, table: str, column: str = "id") -> None:
    """Rows were inserted with ids taken as max(id)+1 (under the write lock): a PostgreSQL sequence must
    then be moved past them, or the next ORM insert would reuse an id. SQLite needs nothing."""
    if is_postgresql(connection):
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"(SELECT coalesce(max({column}), 0) + 1 FROM {table}), false)")


def among(bind: Connection | Session, column, values: Sequence) -> Iterator[ColumnElement[bool]]:
    """`column IN values` as one WHERE clause per statement the database should get. SQLite: IN (…) lists of at
    most SQLITE_IN_LIMIT host parameters. PostgreSQL: a single `= ANY(array)` whatever the count — one parameter,
    where an IN list of 900 made the driver split and SQLAlchemy cast a 900-parameter text each time (#15: four
    look-ups a chunk took 2.2 s of a 35,000-record import, against 0.6 s on SQLite). Nothing for no values."""
    if not values:
        return
    if is_postgresql(bind):
        yield column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
        return
    for start in range(0, len(values), SQLITE_IN_LIMIT):
        yield column.in_(values[start:start + SQLITE_IN_LIMIT])
