"""Migration 0011 (programme lifecycle) on a database at the previous head that already holds a participant."""

from __future__ import annotations

import sqlite3

from pekerja_desktop.store import db as db_module
from tests.support.migrations import seeded_at, table_names, tables_after_downgrade

PARTICIPANT = (
    "INSERT INTO participant (nik, full_name, birth_place, address, rt_rw, village_code, occupation, income, "
    "programmes, funding_source, coverage_start, coverage_end, end_reason, end_note, consent_given, "
    "confirmed_warnings, status, uuid, registration_number, office_code, name_folded, source, created_by, "
    "created_at, updated_by, updated_at, version) VALUES ('8171014508850001', 'MARIA', '', '', '', '81.71.01.1007', "
    "'PDP', 1000000, 'JKK,JKM', 'APBD_PROV', '2026-01-01', '2026-03-31', 'died', 'surat kematian', 1, '', 'ended', "
    "'u1', '8171A-26-000001-5', '8171A', 'maria', 'form', 'x', '2026-01-01 00:00:00', 'x', '2026-01-01 00:00:00', 2)")


def test_upgrading_from_0009_keeps_an_ended_participant_and_adds_the_lifecycle_tables(tmp_path):
    path = tmp_path / "old.sqlite"
    seeded_at(path, "0009", PARTICIPANT)
    db_module.migrate(path, None, backup_dir=tmp_path / "backups")
    assert {"hub_decision", "renewal_answer", "benefit_claim"} <= table_names(path)
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT status, coverage_end, end_reason, end_note FROM participant").fetchone()
        assert row == ("ended", "2026-03-31", "died", "surat kematian")
        connection.execute("INSERT INTO benefit_claim (uuid, participant_id, kind, submitted_on, note, recorded_by, "
                           "recorded_at) VALUES ('c1', 1, 'jkm', '2026-04-02', '', 'x', '2026-04-02 00:00:00')")
        connection.commit()
    finally:
        connection.close()
    assert list((tmp_path / "backups").glob("pre-migration-0009-*.sqlite"))


def test_the_downgrade_removes_only_the_lifecycle_tables(tmp_path):
    path = tmp_path / "db.sqlite"
    tables = tables_after_downgrade(path, "0011", "0009")
    assert not {"hub_decision", "renewal_answer", "benefit_claim"} & tables
    assert "participant" in tables
