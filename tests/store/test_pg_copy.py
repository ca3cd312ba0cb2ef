"""PostgreSQL's COPY for the bulk writers (store/pg_copy.py): binary when every value's type allows it, text
otherwise, and the same rows stored either way as SQLAlchemy's own INSERT stores them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    select,
)
from sqlmodel.sql.sqltypes import UTCDateTime

from pekerja_desktop.store import pg_copy
from pekerja_desktop.store.bulk import insert_rows
from pekerja_desktop.store.pg_copy import TIMESTAMPTZ_OID, _binary_oid
from tests.support import pgserver

TIMESTAMP_OID, DATE_OID = 1114, 1082
AMBON = dt.timezone(dt.timedelta(hours=9))
STAMP = dt.datetime(2026, 12, 7, 19, 41, 5, 123456)


def _table(name: str, saved_at=UTCDateTime) -> Table:
    """The migrations' kinds of columns. SQLModel's timestamps (`saved_at`) are kept in a `timestamp` column, as
    the migrations make it (see _created), and in a `timestamptz` one (`zoned_at`)."""
    return Table(name, MetaData(), Column("id", Integer, primary_key=True), Column("name", String(40)),
                 Column("big", BigInteger), Column("flag", Boolean), Column("born", Date),
                 Column("saved_at", saved_at()), Column("zoned_at", UTCDateTime()), Column("local_at", DateTime()),
                 Column("score", Float))


def _created(connection, name: str) -> Table:
    _table(name, saved_at=DateTime).create(connection)
    return _table(name)


def _rows() -> list[dict]:
    return [{"id": 1, "name": "MARIA LATUCONSINA", "big": 2**40, "flag": True, "born": dt.date(1970, 1, 31),
             "saved_at": STAMP.replace(tzinfo=dt.UTC), "zoned_at": STAMP.replace(tzinfo=dt.UTC),
             "local_at": STAMP, "score": 0.5},
            {"id": 2, "name": "Ona O'Hara\tTab\\n", "big": None, "flag": False, "born": None,
             "saved_at": STAMP.replace(tzinfo=AMBON), "zoned_at": STAMP.replace(tzinfo=AMBON),
             "local_at": None, "score": None},
            {"id": 3, "name": "", "big": 0, "flag": None, "born": dt.date(2026, 2, 28), "saved_at": None,
             "zoned_at": None, "local_at": STAMP, "score": 2}]  # an int for a float: that chunk goes as text


def test_binary_wherever_the_values_are_of_the_columns_type():
    assert _binary_oid("date", DATE_OID, [dt.date(2026, 1, 1), None]) == DATE_OID
    assert _binary_oid("date", DATE_OID, ["2026-01-01"]) is None  # text: the server parses it
    assert _binary_oid("date", DATE_OID, [STAMP]) is None  # a datetime is a date, but not of its binary form
    assert _binary_oid("int4", 23, [1, True]) is None
    assert _binary_oid("float8", 701, [1.5, 2]) is None
    assert _binary_oid("json", 114, ["{}"]) is None
    assert _binary_oid("timestamp", TIMESTAMP_OID, [STAMP, None]) == TIMESTAMP_OID
    assert _binary_oid("timestamp", TIMESTAMP_OID, [STAMP.replace(tzinfo=dt.UTC)]) == TIMESTAMPTZ_OID
    assert _binary_oid("timestamp", TIMESTAMP_OID, [STAMP.replace(tzinfo=AMBON)]) is None
    assert _binary_oid("timestamp", TIMESTAMP_OID, [STAMP, STAMP.replace(tzinfo=dt.UTC)]) is None
    assert _binary_oid("timestamptz", TIMESTAMPTZ_OID, [STAMP.replace(tzinfo=AMBON), None]) == TIMESTAMPTZ_OID
    assert _binary_oid("timestamptz", TIMESTAMPTZ_OID, [STAMP]) is None


@pytest.fixture
def server():
    yield from pgserver.fresh_engine()


@pytest.mark.parametrize(("rows", "binary"), [(_rows()[:2], True), (_rows(), False)], ids=["binary", "text"])
def test_copied_rows_are_stored_as_sqlalchemy_inserts_them(server, rows, binary, monkeypatch):
    sent_as: list[int | None] = []
    monkeypatch.setattr(pg_copy, "_binary_oid", lambda *args: sent_as.append(_binary_oid(*args)) or sent_as[-1])
    with server.begin() as connection:
        copied, inserted = _created(connection, "copied"), _created(connection, "inserted")
        insert_rows(connection, copied, rows)
        connection.execute(inserted.insert(), rows)
        got = connection.execute(select(copied).order_by(copied.c.id)).all()
        want = connection.execute(select(inserted).order_by(inserted.c.id)).all()
    assert got == want and len(got) == len(rows)
    assert (None not in sent_as) is binary


def test_a_failed_copy_leaves_nothing(server):
    with server.begin() as connection:
        table = _created(connection, "copied")
    with pytest.raises(Exception, match="duplicate key"), server.begin() as connection:
        insert_rows(connection, table, _rows()[:1])
        insert_rows(connection, table, _rows()[:1])  # the same key again: the transaction fails
    with server.connect() as connection:
        assert connection.execute(select(table)).all() == []
