"""What differs between the embedded SQLite file and a PostgreSQL server, in one place.

SQLAlchemy's PostgreSQL dialect is imported with the first PostgreSQL connection's statement, not with this module:
an office on SQLite never needs it, and importing it took about 80 ms of every window's cold start (#15,
bench/bench_gui_start.py; tests/ui/test_cold_start_imports.py)."""

from __future__ import annotations

import importlib

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

POSTGRESQL_DIALECT = "sqlalchemy.dialects.postgresql"


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
