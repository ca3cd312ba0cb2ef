"""A hub on a PostgreSQL server: set up and opened through `--database-url` or database.json, several staff
writing at once, its refusals in the user's language, and what stays file-only (backup, restore)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pekerja_desktop.services.accounts.recovery_key import format_recovery_key
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.audit.verify import verify_trail
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.register.search import ParticipantQuery, count_participants, search_participants
from pekerja_desktop.services.setup.errors import SetupError
from pekerja_desktop.services.setup.office import setup_office
from pekerja_desktop.store.db import DatabaseKey
from tests.conftest import ADMIN, LOGIN
from tests.support import pgserver
from tests.support.hub import HUB
from tests.support.sites import person


@pytest.fixture
def server_url():
    server = pgserver.databases()
    url = server.fresh()
    yield url
    server.drop(url)


def _cli(*argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PEKERJA_USER": ADMIN.username, "PEKERJA_PASSWORD": ADMIN.password, **(env or {})}
    return subprocess.run([sys.executable, "-m", "pekerja_desktop", *argv], capture_output=True, text=True,
                          env=environment)


def test_setup_on_the_server_keeps_only_a_sealed_password_in_the_folder(tmp_path, server_url):
    root = tmp_path / "hub"
    made = _cli("--data-dir", str(root), "--database-url", server_url, "setup", "--office-code", "MALUKU",
                "--office-name", "Disnakertrans Provinsi Maluku", "--region", "81.71", "--role", "hub",
                "--admin", ADMIN.username)
    assert made.returncode == 0, made.stderr
    assert "***@" in made.stdout and "pekerja_test" in made.stdout
    assert not (root / "pekerja.sqlite").exists()
    stored = json.loads((root / "database.json").read_text(encoding="utf-8"))
    password = make_url(server_url).password
    assert f":{password}@" not in json.dumps(stored) and stored["url"].startswith("postgresql+psycopg://")
    # Later commands find the server through database.json alone.
    listed = _cli("--data-dir", str(root), "report", "billing", "--month", "2026-11", "--out", str(tmp_path / "b.pdf"))
    assert listed.returncode == 0, listed.stderr
    with open_context(root, *LOGIN) as ctx:
        assert ctx.db.on_server and ctx.office.code == "MALUKU"


def test_several_staff_write_at_once(tmp_path, server_url):
    """Two workstations (two contexts on the same server database) enrol at the same time: every record is
    kept once, registration numbers and ids never collide, and the audit chain stays whole."""
    setup_office(tmp_path / "hub", HUB, ADMIN, database_url=server_url)
    desks = [open_context(tmp_path / "hub", *LOGIN) for _ in range(2)]
    failures: list[BaseException] = []

    def work(ctx, first: int) -> None:
        try:
            for index in range(first, first + 15):
                enrol(ctx, person(index), final=True, confirmed={"nik.region_outside", "nik.region_unknown"},
                      source="test")
        except BaseException as exc:  # reported below: a thread's exception would otherwise vanish
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(ctx, 100 * n)) for n, ctx in enumerate(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert not failures, failures
        with desks[0].db.session() as session:
            rows = search_participants(session, ParticipantQuery(), limit=None)
        assert len(rows) == 30 and len({r.registration_number for r in rows}) == 30
        report = verify_trail(desks[0])
        assert report.broken is None and report.events >= 30
    finally:
        for ctx in desks:
            ctx.close()


def test_name_search_uses_the_trigram_index(tmp_path, server_url):
    setup_office(tmp_path / "hub", HUB, ADMIN, database_url=server_url)
    with open_context(tmp_path / "hub", *LOGIN) as ctx:
        for index, name in enumerate(["Maria Latuconsina", "Yohanis Pattinama", "Siti Latumahina"]):
            enrol(ctx, person(index, full_name=name), final=True,
                  confirmed={"nik.region_outside", "nik.region_unknown"}, source="test")
        with ctx.db.session() as session:
            assert count_participants(session, ParticipantQuery(text="latu")) == 2
            assert [r.full_name for r in search_participants(session, ParticipantQuery(text="pattin"))] == \
                ["YOHANIS PATTINAMA"]
            indexes = {row[0] for row in session.connection().exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'participant'")}
        assert "ix_participant_name_trgm" in indexes


def test_a_field_office_cannot_live_on_the_server(tmp_path, server_url):
    from tests.conftest import OFFICE

    with pytest.raises(SetupError) as refused:
        setup_office(tmp_path / "field", OFFICE, ADMIN, database_url=server_url)
    assert refused.value.code == "setup.server_hub_only"
    assert not (tmp_path / "field" / "database.json").exists()


def test_a_server_database_holding_an_office_is_not_set_up_twice(tmp_path, server_url):
    setup_office(tmp_path / "first", HUB, ADMIN, database_url=server_url)
    with pytest.raises(SetupError) as refused:
        setup_office(tmp_path / "second", HUB, ADMIN, database_url=server_url)
    assert refused.value.code == "setup.server_in_use"
    assert "MALUKU" in refused.value.message("id")
    assert not any((tmp_path / "second").iterdir())


@pytest.mark.parametrize("url, fragment", [
    ("postgresql://pekerja@127.0.0.1:1/pekerja", "tidak dapat dihubungi"),
    ("mysql://pekerja@localhost/pekerja", "tidak dikenali"),
])
def test_an_unreachable_or_foreign_server_is_one_clear_line(tmp_path, url, fragment):
    result = _cli("--data-dir", str(tmp_path / "hub"), "--database-url", url, "setup", "--office-code", "MALUKU",
                  "--office-name", "Hub", "--region", "81.71", "--role", "hub", "--admin", ADMIN.username)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert fragment in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "hub" / "database.json").exists()


def test_a_wrong_server_password_is_named(tmp_path, server_url):
    setup_office(tmp_path / "hub", HUB, ADMIN, database_url=server_url)
    wrong = make_url(server_url).set(password="salah").render_as_string(hide_password=False)
    result = _cli("--data-dir", str(tmp_path / "hub"), "--database-url", wrong, "list")
    assert result.returncode == 1
    assert "menolak nama pengguna atau kata sandi" in result.stderr and "salah" not in result.stderr


def test_backup_and_restore_point_to_the_servers_tools(tmp_path, server_url):
    setup_office(tmp_path / "hub", HUB, ADMIN, database_url=server_url)
    result = _cli("--data-dir", str(tmp_path / "hub"), "backup", "--to", str(tmp_path / "usb"))
    assert result.returncode == 1 and "pg_dump" in result.stderr
    assert not (tmp_path / "usb").exists() or not any((tmp_path / "usb").iterdir())


def test_the_recovery_key_opens_the_seal_and_a_wrong_one_does_not(tmp_path, server_url):
    made = setup_office(tmp_path / "hub", HUB, ADMIN, database_url=server_url)
    wrong = format_recovery_key(DatabaseKey(b"\x01" * 32))
    refused = _cli("--data-dir", str(tmp_path / "hub"), "recover", "--recovery-key", wrong, "--admin", "baru",
                   env={"PEKERJA_NEW_PASSWORD": "sandi-baru-123"})
    assert refused.returncode == 1
    recovered = _cli("--data-dir", str(tmp_path / "hub"), "recover", "--recovery-key", made.recovery_key,
                     "--admin", "baru", env={"PEKERJA_NEW_PASSWORD": "sandi-baru-123"})
    assert recovered.returncode == 0, recovered.stderr
    with open_context(tmp_path / "hub", "baru", "sandi-baru-123") as ctx:
        assert ctx.operator.role == "admin" and ctx.db.on_server


def test_database_show_names_the_file_or_the_server_without_password(tmp_path, server_url, data_dir):
    setup_office(tmp_path / "hub", HUB, ADMIN, database_url=server_url)
    shown = _cli("--data-dir", str(tmp_path / "hub"), "database", "show")
    password = make_url(server_url).password
    assert shown.returncode == 0 and "server PostgreSQL" in shown.stdout and f":{password}@" not in shown.stdout
    local = _cli("--data-dir", str(data_dir), "database", "show")
    assert local.returncode == 0 and "pekerja.sqlite" in local.stdout


def test_set_url_moves_to_the_same_office_only(tmp_path, server_url):
    setup_office(tmp_path / "hub", HUB, ADMIN, database_url=server_url)
    before = (tmp_path / "hub" / "database.json").read_text(encoding="utf-8")
    server = pgserver.databases()
    other = server.fresh()
    try:
        setup_office(tmp_path / "other", HUB, ADMIN, database_url=other)
        with open_context(tmp_path / "other", *LOGIN) as ctx, ctx.db.write() as session:
            session.execute(text("UPDATE office SET code = 'LAIN' WHERE is_self"))
        refused = _cli("--data-dir", str(tmp_path / "hub"), "database", "set-url", other)
        assert refused.returncode == 1 and "LAIN" in refused.stderr
        assert (tmp_path / "hub" / "database.json").read_text(encoding="utf-8") == before
    finally:
        server.drop(other)
    moved = make_url(server_url).set(host="127.0.0.1").render_as_string(hide_password=False)
    changed = _cli("--data-dir", str(tmp_path / "hub"), "database", "set-url", moved)
    assert changed.returncode == 0, changed.stderr
    assert "127.0.0.1" in json.loads((tmp_path / "hub" / "database.json").read_text(encoding="utf-8"))["url"]
    with open_context(tmp_path / "hub", *LOGIN) as ctx, ctx.db.session() as session:
        assert session.scalar(text("SELECT count(*) FROM audit_event WHERE action = 'database.url_changed'")) == 1


def _empty_database(server) -> str:
    url = server.fresh()
    with create_engine(make_url(url).set(drivername="postgresql+psycopg")).begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    return url


def test_the_same_migrations_step_by_step_and_a_newer_schema_refused():
    """A server database made by an earlier schema is brought to head; one from a newer release is refused."""
    from alembic import command

    from pekerja_desktop.store.db import HEAD_REVISION, _alembic_config, open_database
    from pekerja_desktop.store.errors import DatabaseTooNewError

    server = pgserver.databases()
    url = _empty_database(server)
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.begin() as connection:
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0004")
        open_database(None, None, url=url).close()
        with engine.begin() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
            triggers = {row[0] for row in connection.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass AND NOT tgisinternal")}
            assert triggers == {"audit_event_no_update", "audit_event_no_delete"}
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        with pytest.raises(DatabaseTooNewError):
            open_database(None, None, url=url)
    finally:
        engine.dispose()
        server.drop(url)


def test_the_audit_trail_refuses_edits_on_the_server_too(tmp_path, server_url):
    from sqlalchemy.exc import DBAPIError

    setup_office(tmp_path / "hub", HUB, ADMIN, database_url=server_url)
    with open_context(tmp_path / "hub", *LOGIN) as ctx:
        for statement in ("UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(DBAPIError, match="append-only"), ctx.db.write() as session:
                session.execute(text(statement))
        assert verify_trail(ctx).broken is None
