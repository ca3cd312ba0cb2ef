"""Migration 0015 (the hub's verdicts on likely duplicates) from the previous head, and back."""

from __future__ import annotations

import sqlite3

from pekerja_desktop.store import db as db_module
from tests.support.migrations import seeded_at, table_names, tables_after_downgrade


def test_upgrading_from_0014_adds_the_verdict_table_and_keeps_the_participants(tmp_path):
    path = tmp_path / "old.sqlite"
    seeded_at(
        path, "0014",
        "INSERT INTO participant (nik, full_name, birth_place, birth_date, sex, address, rt_rw, village_code, "
        "occupation, income, programmes, funding_source, consent_given, confirmed_warnings, status, uuid, "
        "registration_number, office_code, name_folded, source, created_by, created_at, updated_by, updated_at, "
        "version, end_note, kk_number, intake_findings) VALUES ('8171014508850001', 'MARIA', '', '1985-08-05', 'P', "
        "'', '', '81.71.01.1007', 'PDP', 1000000, 'JKK,JKM', 'APBD_PROV', 1, '', 'active', 'u1', "
        "'8171A-26-000001-5', '8171A', 'maria', 'form', 'x', '2026-11-01 00:00:00', 'x', '2026-11-01 00:00:00', 1, "
        "'', '', '')")
    assert "duplicate_verdict" not in table_names(path)
    db_module.migrate(path, None, backup_dir=tmp_path / "backups")
    connection = sqlite3.connect(path)
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(duplicate_verdict)")]
        assert columns[:5] == ["id", "uuid_a", "uuid_b", "registration_a", "registration_b"]
        assert connection.execute("SELECT count(*) FROM participant").fetchone() == (1,)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (db_module.HEAD_REVISION,)
    finally:
        connection.close()
    assert list((tmp_path / "backups").glob("pre-migration-0014-*.sqlite"))


def test_downgrading_0015_drops_the_table_only(tmp_path):
    path = tmp_path / "db.sqlite"
    tables = tables_after_downgrade(path, "0015", "0014")
    assert "duplicate_verdict" not in tables and "participant" in tables and "hub_decision" in tables
