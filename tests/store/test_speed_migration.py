"""Migration 0013 (the register's covering index) on a database that already holds participants at revision 0009."""

from __future__ import annotations

import sqlite3

from alembic import command

from pekerja_desktop.store import db as db_module
from tests.support.migrations import upgrade_to

INDEX_COLUMNS = ["village_code", "status", "sex", "occupation", "office_code", "birth_date", "created_at"]




def test_upgrading_from_0009_indexes_the_stored_participants_and_keeps_them(tmp_path):
    path = tmp_path / "old.sqlite"
    upgrade_to(path, "0009")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO participant (nik, full_name, birth_place, birth_date, sex, address, rt_rw, village_code, "
        "occupation, income, programmes, funding_source, consent_given, confirmed_warnings, status, uuid, "
        "registration_number, office_code, name_folded, source, created_by, created_at, updated_by, updated_at, "
        "version) VALUES ('8171014508850001', 'MARIA', '', '1985-08-05', 'P', '', '', '81.71.01.1007', 'PDP', "
        "1000000, 'JKK,JKM', 'APBD_PROV', 1, '', 'active', 'u1', '8171A-26-000001-5', '8171A', 'maria', 'form', "
        "'x', '2026-11-01 00:00:00', 'x', '2026-11-01 00:00:00', 1)")
    connection.commit()
    connection.close()
    db_module.migrate(path, None, backup_dir=tmp_path / "backups")
    connection = sqlite3.connect(path)
    try:
        assert [row[2] for row in connection.execute("PRAGMA index_info(ix_participant_register)")] == INDEX_COLUMNS
        found = connection.execute("SELECT id FROM participant WHERE village_code >= '81.71.01' AND "
                                   "village_code < '81.71.02' AND +sex = 'P'").fetchall()
        assert found == [(1,)]
        plan = connection.execute("EXPLAIN QUERY PLAN SELECT id FROM participant WHERE village_code >= '81.71.01' "
                                  "AND village_code < '81.71.02' AND +sex = 'P'").fetchall()
        assert "COVERING INDEX ix_participant_register" in plan[0][3]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    assert list((tmp_path / "backups").glob("pre-migration-0009-*.sqlite"))


def test_downgrading_0013_drops_the_index_only(tmp_path):
    path = tmp_path / "db.sqlite"
    upgrade_to(path, "0013")
    engine = db_module._make_engine(path, None, foreign_keys=False, pooled=False)
    config = db_module._alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0012")
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    try:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "ix_participant_register" not in names
        assert "ix_participant_dashboard" in names
    finally:
        connection.close()
