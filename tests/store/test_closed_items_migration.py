"""Migration 0017 from the previous head, and back: a closed bill's items keep every row and stay append-only when
`closed_bill_item` becomes a `WITHOUT ROWID` table (and again when it is made a rowid table on the way down)."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command

from pekerja_desktop.store import db as db_module
from tests.support.migrations import migrate, seeded_at

ITEM = ("INSERT INTO closed_bill_item (month, registration_number, for_month, kpj, funding_source, regency_code, "
        "jkk, jkm) VALUES ('2027-02-01', '{number}', '{for_month}', '11000000001', 'APBD_PROV', '81.71', {jkk}, "
        "6800)")
ROWS = [("8171A-26-000002-1", "2027-02-01", 10000), ("8171A-26-000001-3", "2027-02-01", 10000),
        ("8171A-26-000001-3", "2027-01-01", -10000)]


def _items(path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT registration_number, for_month, jkk FROM closed_bill_item").fetchall()
    finally:
        connection.close()


def _table_sql(path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT sql FROM sqlite_master WHERE name = 'closed_bill_item'").fetchone()[0]
    finally:
        connection.close()


def _refused(path, statement: str) -> None:
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="a closed bill cannot be changed"):
            connection.execute(statement)
    finally:
        connection.close()


def _seeded(path) -> None:
    seeded_at(path, "0016", *(ITEM.format(number=n, for_month=m, jkk=jkk) for n, m, jkk in ROWS))


def test_upgrading_from_0016_keeps_every_item_in_key_order_and_append_only(tmp_path):
    path = tmp_path / "old.sqlite"
    _seeded(path)
    db_module.migrate(path, None, backup_dir=tmp_path / "backups")
    assert "WITHOUT ROWID" in _table_sql(path)
    assert _items(path) == sorted((n, m, jkk) for n, m, jkk in ROWS)  # a scan reads the key's order
    _refused(path, "UPDATE closed_bill_item SET jkk = 0")
    _refused(path, "DELETE FROM closed_bill_item")


def test_downgrading_0017_makes_a_rowid_table_with_the_same_items_still_append_only(tmp_path):
    path = tmp_path / "db.sqlite"
    _seeded(path)
    migrate(path, command.upgrade, "0017")
    migrate(path, command.downgrade, "0016")
    assert "WITHOUT ROWID" not in _table_sql(path)
    assert sorted(_items(path)) == sorted((n, m, jkk) for n, m, jkk in ROWS)
    _refused(path, "DELETE FROM closed_bill_item WHERE jkk < 0")
