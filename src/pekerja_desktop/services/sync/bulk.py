"""Driver-level bulk writes for imports: values converted by the columns' own bind processors (so they are
stored exactly as the ORM stores them), participants staged in a temporary table and copied with one
INSERT … SELECT (the FTS5 name index flushes at every statement; one statement per row is ~3× slower)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import Connection, Table

STAGING = "temp.sync_staging"
CHUNK = 900  # host parameters per IN (…) query stay under SQLite's limit


def _quoted(connection: Connection, names: Sequence[str]) -> str:
    quote = connection.dialect.identifier_preparer.quote
    return ", ".join(quote(name) for name in names)


def _processor(connection: Connection, column) -> Callable | None:
    process = column.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
    if process is None:
        return None
    return lambda value: None if value is None else process(value)


def converted(connection: Connection, table: Table, names: Sequence[str], rows: Iterable[dict]) -> list[tuple]:
    processors = [_processor(connection, table.c[name]) for name in names]
    return [tuple(value if process is None else process(value)
                  for value, process in zip(map(row.__getitem__, names), processors, strict=True)) for row in rows]


def insert_rows(connection: Connection, table: Table, rows: list[dict], into: str | None = None) -> None:
    if not rows:
        return
    names = list(rows[0])
    target = into or connection.dialect.identifier_preparer.format_table(table)
    marks = ", ".join("?" * len(names))
    connection.exec_driver_sql(f"INSERT INTO {target} ({_quoted(connection, names)}) VALUES ({marks})",
                               converted(connection, table, names, rows))


def insert_staged(connection: Connection, table: Table, rows: list[dict]) -> None:
    """INSERT through a temporary table: one statement into the real one (for tables with FTS triggers)."""
    if not rows:
        return
    columns = _quoted(connection, list(rows[0]))
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {STAGING}")
    connection.exec_driver_sql(f"CREATE TEMP TABLE {STAGING} ({columns})")
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
    assignments = ", ".join(f"{quote(n)} = ?" for n in names)
    name = connection.dialect.identifier_preparer.format_table(table)
    connection.exec_driver_sql(f"UPDATE {name} SET {assignments} WHERE {quote(key)} = ?",
                               converted(connection, table, [*names, key], rows))


def chunks(values: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]
