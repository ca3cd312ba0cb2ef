"""Migration 0014 (matching across offices) from 0013: the office's matching store and the hub's covered lists
appear beside the records already held, the heirs' NIK is indexed, and all go again on a downgrade without touching
the records."""

from __future__ import annotations

import sqlite3

from pekerja_desktop.store import db as db_module
from tests.support.migrations import seeded_at, table_names, tables_after_downgrade

NEW_TABLES = {"match_person", "match_covered", "covered_list", "covered_entry", "covered_flag", "reference_share"}






def test_upgrading_from_0013_adds_the_matching_tables_and_keeps_the_records(tmp_path):
    path = tmp_path / "old.sqlite"
    seeded_at(path, "0013", "INSERT INTO sync_state (key, value) VALUES ('reference_sequence', '4')")
    db_module.migrate(path, None, backup_dir=tmp_path / "backups")
    assert table_names(path) >= NEW_TABLES
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT value FROM sync_state").fetchall() == [("4",)]
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(match_person)")}
        assert {"ix_match_person_nik_hash", "ix_match_person_name_birth",
                "ix_match_person_birth_sex_regency"} <= indexes
        assert "ix_heir_nik" in {row[1] for row in connection.execute("PRAGMA index_list(heir)")}
    finally:
        connection.close()
    assert list((tmp_path / "backups").glob("pre-migration-0013-*.sqlite"))


def test_downgrading_0014_drops_only_its_tables(tmp_path):
    path = tmp_path / "db.sqlite"
    tables = tables_after_downgrade(path, "0014", "0013")
    assert not NEW_TABLES & tables and "participant" in tables
