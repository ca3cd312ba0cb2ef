"""Migration 0002 (cards) on a database that already holds participants at revision 0001."""

from __future__ import annotations

import sqlite3

from pekerja_desktop.store import db as db_module
from tests.support.migrations import upgrade_to


def test_upgrading_from_0001_keeps_participants_and_starts_with_no_card(tmp_path):
    path = tmp_path / "old.sqlite"
    upgrade_to(path, "0001")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO participant (nik, full_name, birth_place, address, rt_rw, village_code, occupation, income, "
        "programmes, funding_source, consent_given, confirmed_warnings, status, uuid, registration_number, "
        "office_code, name_folded, source, created_by, created_at, updated_by, updated_at, version) VALUES "
        "('8171014508850001', 'MARIA', '', '', '', '81.71.01.1007', 'PDP', 1000000, 'JKK,JKM', 'APBD_PROV', 1, '', "
        "'active', 'u1', '8171A-26-000001-5', '8171A', 'maria', 'form', 'x', '2026-11-01 00:00:00', 'x', "
        "'2026-11-01 00:00:00', 1)")
    connection.commit()
    connection.close()
    db_module.migrate(path, None, backup_dir=tmp_path / "backups")
    connection = sqlite3.connect(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"card_state", "card_reprint_request", "card_print_batch", "card_print_item"} <= tables
        assert connection.execute("SELECT count(*) FROM participant").fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM card_state").fetchone() == (0,)
    finally:
        connection.close()
    assert list((tmp_path / "backups").glob("pre-migration-0001-*.sqlite"))
