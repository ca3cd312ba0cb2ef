"""Migration 0016 (the desk's duplicate check) from the previous head, and back: the participant's name key is
added, indexed with the birth date and back-filled; the hub's earlier "different" verdicts become pairs that
travel."""

from __future__ import annotations

import sqlite3

from pekerja_desktop.domain.identity.matching_keys import name_key
from pekerja_desktop.store import db as db_module
from tests.support.migrations import seeded_at, tables_after_downgrade

PARTICIPANT = (
    "INSERT INTO participant (nik, full_name, birth_place, birth_date, sex, address, rt_rw, village_code, "
    "occupation, income, programmes, funding_source, consent_given, confirmed_warnings, status, uuid, "
    "registration_number, office_code, name_folded, source, created_by, created_at, updated_by, updated_at, "
    "version, end_note, kk_number, intake_findings) VALUES ('{nik}', '{name}', '', '1985-08-05', 'P', '', '', "
    "'81.71.01.1007', 'PDP', 1000000, 'JKK,JKM', 'APBD_PROV', 1, '', 'active', '{uuid}', '{number}', '8171A', "
    "'', 'form', 'x', '2026-11-01 00:00:00', 'x', '2026-11-01 00:00:00', 1, '', '', '')")
VERDICT = ("INSERT INTO duplicate_verdict (uuid_a, uuid_b, registration_a, registration_b, verdict, score, reasons, "
           "kept, ended, note, decided_by, decided_at) VALUES ('u1', 'u2', '{a}', '{b}', '{verdict}', 0.9, '', '', "
           "'', '', 'supervisor1', '2026-12-01 10:00:00')")


def test_upgrading_from_0015_back_fills_the_name_key_and_keeps_the_verdicts(tmp_path):
    path = tmp_path / "old.sqlite"
    seeded_at(path, "0015",
              PARTICIPANT.format(nik="8171014508850001", name="MOH. YOHANIS LATUCONSINA", uuid="u1",
                                 number="8171A-26-000002-1"),
              PARTICIPANT.format(nik="8171014508850002", name="", uuid="u2", number="8171A-26-000001-3"),
              VERDICT.format(a="8171A-26-000002-1", b="8171A-26-000001-3", verdict="different"))
    db_module.migrate(path, None, backup_dir=tmp_path / "backups")
    connection = sqlite3.connect(path)
    try:
        keys = dict(connection.execute("SELECT uuid, name_key FROM participant"))
        assert keys == {"u1": name_key("MOH. YOHANIS LATUCONSINA"), "u2": ""} and keys["u1"]
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(participant)")}
        assert "ix_participant_name_key_birth" in indexes
        pairs = connection.execute("SELECT registration_a, registration_b, origin FROM different_pair").fetchall()
        assert pairs == [("8171A-26-000001-3", "8171A-26-000002-1", "hub")]  # in order, whichever came first
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (db_module.HEAD_REVISION,)
    finally:
        connection.close()


def test_downgrading_0016_drops_the_column_and_the_table_only(tmp_path):
    path = tmp_path / "db.sqlite"
    tables = tables_after_downgrade(path, "0016", "0015")
    assert "different_pair" not in tables and "duplicate_verdict" in tables and "participant" in tables
    connection = sqlite3.connect(path)
    try:
        assert "name_key" not in {row[1] for row in connection.execute("PRAGMA table_info(participant)")}
    finally:
        connection.close()
