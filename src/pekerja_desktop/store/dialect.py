"""What differs between the embedded SQLite file and a PostgreSQL server, in one place."""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def is_postgresql(bind: Connection | Session) -> bool:
    engine_or_connection = bind.get_bind() if isinstance(bind, Session) else bind
    return engine_or_connection.dialect.name == "postgresql"


def upsert(bind: Connection | Session, model):
    """An INSERT that knows ON CONFLICT (DO NOTHING / DO UPDATE … excluded) on both databases."""
    return (postgresql.insert if is_postgresql(bind) else sqlite.insert)(model)


def after_explicit_ids(connection: Connection, table: str, column: str = "id") -> None:
    """Rows were inserted with ids taken as max(id)+1 (under the write lock): a PostgreSQL sequence must
    then be moved past them, or the next ORM insert would reuse an id. SQLite needs nothing."""
    if is_postgresql(connection):
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"(SELECT coalesce(max({column}), 0) + 1 FROM {table}), false)")
