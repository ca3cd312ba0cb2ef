"""Migration 0012 (the programme's money) from 0009, on the SQLite file and on PostgreSQL: the new tables, the
closed bills append-only, earlier uploads counted as additions BPJS knows, the SEGMEN constant replaced."""

from __future__ import annotations

import json
import uuid

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pekerja_desktop.store import db as db_module
from tests.support import pgserver

PARTICIPANT = (
    "INSERT INTO participant (nik, full_name, birth_place, address, rt_rw, village_code, occupation, income, "
    "programmes, funding_source, consent_given, confirmed_warnings, status, uuid, registration_number, "
    "office_code, name_folded, source, created_by, created_at, updated_by, updated_at, version, coverage_start, "
    "end_note) VALUES ('8171014508850001', 'MARIA', '', '', '', '81.71.01.1007', 'PDP', 1000000, 'JKK,JKM', "
    "'APBD_PROV', :yes, '', 'active', :uuid, :number, '8171A', 'maria', 'form', 'x', '2026-11-01 00:00:00', 'x', "
    "'2026-11-01 00:00:00', 1, '2026-10-01', '')")
SUBMISSION = ("INSERT INTO bpjs_submission (uuid, submitted_at, submitted_by, file_name, refused_at, refused_reason) "
              "VALUES (:uuid, '2026-11-20 03:00:00', 'sari', 'unggah-1.xlsx', :refused, '')")
TEMPLATE = {"csv_delimiter": ";", "columns": [{"header": "NIK", "field": "nik"},
                                              {"header": "KODE SEGMEN", "value": "SG"},
                                              {"header": "PROGRAM", "value": "SG"}]}


@pytest.fixture(params=pgserver.BACKENDS)
def engine_at_0009(request, tmp_path):
    if request.param == "sqlite":
        engine = db_module._make_engine(tmp_path / "old.sqlite", None, foreign_keys=False, pooled=False)
        yield engine
        engine.dispose()
        return
    server = pgserver.databases()
    name = f"pekerja_test_{uuid.uuid4().hex[:12]}"
    with server.engine.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    server.created.append(name)
    engine = create_engine(make_url(server.url_of(name)))
    yield engine
    engine.dispose()
    server.drop(server.url_of(name))


def _upgrade(engine, revision: str) -> None:
    config = db_module._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _old_hub(engine) -> None:
    _upgrade(engine, "0009")
    with engine.begin() as connection:
        for number, refused in (("8171A-26-000001-5", None), ("8171A-26-000002-3", "2026-11-25 00:00:00")):
            key = uuid.uuid4().hex
            connection.execute(text(PARTICIPANT), {"yes": True, "uuid": key, "number": number})
            connection.execute(text(SUBMISSION), {"uuid": key, "refused": refused})
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('bpjs_template', :value)"),
                           {"value": json.dumps(TEMPLATE)})


def test_upgrading_from_0009_counts_earlier_uploads_and_takes_the_segment_from_the_funding_source(engine_at_0009):
    _old_hub(engine_at_0009)
    _upgrade(engine_at_0009, "0012")
    with engine_at_0009.connect() as connection:
        additions = connection.execute(text("SELECT kind, registration_number, month, effective_date, file_name "
                                            "FROM bpjs_change")).all()
        template = json.loads(connection.execute(text("SELECT value FROM setting WHERE key = 'bpjs_template'"))
                              .scalar_one())
        empty = [connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                 for table in ("closed_bill", "closed_bill_item", "bill_fact", "budget_ceiling")]
    assert [(kind, number, str(month), str(start), name) for kind, number, month, start, name in additions] == [
        ("addition", "8171A-26-000001-5", "2026-11-01", "2026-10-01", "unggah-1.xlsx")]  # the refused one is not
    assert template["columns"][1] == {"header": "KODE SEGMEN", "field": "segment"}
    assert template["columns"][2] == {"header": "PROGRAM", "value": "SG"}  # not a segment column: left alone
    assert template["csv_delimiter"] == ";" and empty == [0, 0, 0, 0]


def test_after_0012_a_closed_bill_refuses_every_update_and_delete(engine_at_0009):
    _upgrade(engine_at_0009, "0012")
    with engine_at_0009.begin() as connection:
        connection.execute(text("INSERT INTO closed_bill (month, closed_at, closed_by, workers, regular_total, "
                                "correction_total, item_count, digest, summary) VALUES ('2026-11-01', "
                                "'2026-12-01 00:00:00', 'sari', 1, 16800, 0, 1, 'd', '{}')"))
        connection.execute(text("INSERT INTO closed_bill_item (month, registration_number, for_month, kpj, "
                                "funding_source, regency_code, jkk, jkm) VALUES ('2026-11-01', 'R', '2026-11-01', "
                                "'12345678901', 'APBD_PROV', '81.71', 10000, 6800)"))
    for statement in ("UPDATE closed_bill SET workers = 2", "DELETE FROM closed_bill",
                      "UPDATE closed_bill_item SET jkk = 0", "DELETE FROM closed_bill_item"):
        with pytest.raises(Exception, match="closed bill cannot be changed"), engine_at_0009.begin() as connection:
            connection.execute(text(statement))
