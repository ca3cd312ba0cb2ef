"""Migration 0010 (village lists) on a database in use at revision 0009, and on a fresh one: the same reference data."""

from __future__ import annotations

import json
import sqlite3

from pekerja_desktop.store import db as db_module
from tests.support.migrations import upgrade_to


def _seed_0009(path) -> None:
    connection = sqlite3.connect(path)
    occupations = [("NLY", "Nelayan", "Fisher", 1, 0), ("UMK", "Pelaku UMKM", "Micro-business owner", 1, 15),
                   ("LNN", "Lainnya", "Other", 1, 16)]
    connection.executemany("INSERT INTO occupation (code, name_id, name_en, active, sort_order) VALUES (?,?,?,?,?)",
                           occupations)
    connection.execute(
        "INSERT INTO participant (nik, full_name, birth_place, address, rt_rw, village_code, occupation, income, "
        "programmes, funding_source, consent_given, confirmed_warnings, status, uuid, registration_number, "
        "office_code, name_folded, source, created_by, created_at, updated_by, updated_at, version, end_note) VALUES "
        "('8171014508850001', 'MARIA', '', '', '', '81.71.01.1007', 'NLY', 1000000, 'JKK,JKM', 'APBD_PROV', 1, '', "
        "'active', 'u1', '8171A-26-000001-5', '8171A', 'maria', 'form', 'x', '2026-11-01 00:00:00', 'x', "
        "'2026-11-01 00:00:00', 1, '')")
    connection.commit()
    connection.close()


def test_a_database_in_use_gets_the_dukcapil_list_the_new_occupations_and_the_setting(tmp_path):
    path = tmp_path / "old.sqlite"
    upgrade_to(path, "0009")
    _seed_0009(path)
    db_module.migrate(path, None, backup_dir=tmp_path / "backups")
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT count(*), min(code), max(code) FROM dukcapil_occupation").fetchone() == (
            89, 1, 89)
        assert connection.execute("SELECT rule, programme_code FROM dukcapil_occupation WHERE code = 9").fetchone() \
            == ("map", "PTN")
        assert connection.execute("SELECT rule FROM dukcapil_occupation WHERE code = 65").fetchone() == ("confirm",)
        assert connection.execute("SELECT rule FROM dukcapil_occupation WHERE code = 2").fetchone() == ("ask",)
        order = [r[0] for r in connection.execute("SELECT code FROM occupation ORDER BY sort_order")]
        assert order == ["NLY", "UMK", "PTK", "BHL", "PRT", "LNN"]  # "Lainnya" stays last
        assert connection.execute("SELECT kk_number, ktp_occupation, intake_findings FROM participant").fetchone() \
            == ("", None, "")
        value = connection.execute("SELECT value FROM setting WHERE key = 'coverage_start_default'").fetchone()[0]
        assert json.loads(value) == "next_month"
        assert connection.execute("SELECT count(*) FROM office_alias").fetchone() == (0,)
    finally:
        connection.close()


def test_a_fresh_office_gets_the_same_list_from_its_setup(ctx):
    with ctx.db.session() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT code, name, rule, programme_code FROM dukcapil_occupation ORDER BY code").all()
        codes = set(session.connection().exec_driver_sql("SELECT code FROM occupation").scalars())
    assert len(rows) == 89 and rows[10] == (11, "NELAYAN/PERIKANAN", "map", "NLY")
    assert {"PTK", "BHL", "PRT"} <= codes
    assert {r[3] for r in rows if r[2] == "map"} <= codes  # every mapping points at an occupation that exists
