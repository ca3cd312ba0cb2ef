"""What differs between SQLite and PostgreSQL (store/dialect.py): `among` finds exactly what IN (…) finds, on both,
in IN lists SQLite accepts and in one `= ANY(array)` statement on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, event, select

from pekerja_desktop.store.dialect import SQLITE_IN_LIMIT, among
from tests.support import pgserver

ITEM = Table("item", MetaData(), Column("id", Integer, primary_key=True), Column("code", String(12)))
STORED = [f"K{index:05d}" for index in range(2500)]


@pytest.fixture(params=pgserver.BACKENDS)
def engine(request):
    if request.param == "sqlite":
        made = create_engine("sqlite://")
        yield made
        made.dispose()
        return
    yield from pgserver.fresh_engine()


@pytest.fixture
def connection(engine):
    with engine.begin() as opened:
        ITEM.create(opened)
        opened.execute(ITEM.insert(), [{"id": index + 1, "code": code} for index, code in enumerate(STORED)])
        yield opened


def _statements(connection) -> list[str]:
    seen: list[str] = []
    event.listen(connection, "before_cursor_execute",
                 lambda _conn, _cursor, statement, *_rest: seen.append(statement))
    return seen


def test_among_finds_what_in_finds_on_both_databases(connection):
    wanted = [*STORED[::2], "missing"]  # every other stored code and one unknown
    statements = _statements(connection)
    found = [code for clause in among(connection, ITEM.c.code, wanted)
             for code in connection.scalars(select(ITEM.c.code).where(clause))]
    assert sorted(found) == STORED[::2]
    ids = [row_id for clause in among(connection, ITEM.c.id, [1, 2, 2500, 9999])
           for row_id in connection.scalars(select(ITEM.c.id).where(clause))]
    assert sorted(ids) == [1, 2, 2500]
    if connection.dialect.name == "postgresql":  # one statement with one parameter, whatever the count
        assert len(statements) == 2 and all("= ANY (%(" in s and s.count("%(") == 1 for s in statements)
    else:  # IN lists SQLite accepts, each at most SQLITE_IN_LIMIT values
        assert len(statements) == -(-len(wanted) // SQLITE_IN_LIMIT) + 1
        assert all(s.count("?") <= SQLITE_IN_LIMIT for s in statements)


def test_among_gives_no_clause_for_no_values(connection):
    assert list(among(connection, ITEM.c.code, [])) == []
