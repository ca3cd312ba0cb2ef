"""The database at rest: unreadable without its key, opened by any account's password, rewrapped on a
password change, and reachable again with the recovery key when every password is lost."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from sqlalchemy import select

from pekerja_desktop.__main__ import main
from pekerja_desktop.errors import AccessError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.keyring import Keyring
from pekerja_desktop.services.accounts.manage import NewAccount, change_own_password, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.setup.office import setup_office
from pekerja_desktop.store.account_models import AuditEvent
from pekerja_desktop.store.db import DatabaseKey, connect_file, key_opens
from tests.conftest import ADMIN, LOGIN, OFFICE, make_participant


@pytest.fixture
def office(tmp_path):
    root = tmp_path / "office"
    result = setup_office(root, OFFICE, ADMIN)
    with open_context(root, *LOGIN) as ctx:
        enrol(ctx, make_participant(), final=True)
        create_account(ctx, NewAccount("budi", "sandi-budi-1", "petugas"))
    return root, result.recovery_key


def test_the_file_holds_no_readable_personal_data(office):
    root, _ = office
    raw = DataLayout(root).database.read_bytes()
    assert b"SQLite format 3" not in raw[:100]
    assert b"Latuconsina" not in raw and b"8171014508850001" not in raw
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(DataLayout(root).database).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_a_wrong_key_or_password_opens_nothing(office):
    root, _ = office
    assert not key_opens(DataLayout(root).database, DatabaseKey(os.urandom(32)))
    with pytest.raises(AccessError) as refused:
        open_context(root, "admin", "bukan-sandinya")
    assert refused.value.code == "login.failed"


def test_each_account_opens_the_same_database_and_a_password_change_rewraps_only_its_own(office):
    root, _ = office
    before = Keyring.load(DataLayout(root).keyring)
    with open_context(root, "budi", "sandi-budi-1") as ctx:
        assert ctx.operator.role == "petugas"
        change_own_password(ctx, "sandi-budi-1", "sandi-budi-2")
    after = Keyring.load(DataLayout(root).keyring)
    assert after.accounts["admin"].ciphertext == before.accounts["admin"].ciphertext
    assert after.accounts["budi"].ciphertext != before.accounts["budi"].ciphertext
    with pytest.raises(AccessError):
        open_context(root, "budi", "sandi-budi-1")
    with open_context(root, "budi", "sandi-budi-2") as ctx, open_context(root, *LOGIN) as other:
        assert ctx.db.key == other.db.key


def test_the_recovery_key_opens_the_database_and_gives_an_admin_a_new_password(office, capsys, monkeypatch):
    root, recovery_key = office
    database = DataLayout(root).database
    from pekerja_desktop.services.accounts.recovery_key import parse_recovery_key

    connection = connect_file(database, parse_recovery_key(recovery_key.lower().replace("-", " ")))
    assert connection.execute("SELECT count(*) FROM participant").fetchone() == (1,)
    connection.close()
    DataLayout(root).keyring.write_text("{broken")  # every password is useless now
    monkeypatch.setenv("PEKERJA_RECOVERY_KEY", recovery_key)
    monkeypatch.setenv("PEKERJA_NEW_PASSWORD", "sandi-baru-123")
    assert main(["--data-dir", str(root), "recover", "--admin", "kepala"]) == 0, capsys.readouterr().err
    with open_context(root, "kepala", "sandi-baru-123") as ctx:
        assert ctx.operator.role == "admin"
        with ctx.db.session() as session:
            actions = set(session.scalars(select(AuditEvent.action)))
        assert "account.recovered" in actions
    monkeypatch.setenv("PEKERJA_RECOVERY_KEY", "AAAA-" * 12 + "AAAA")
    assert main(["--data-dir", str(root), "recover", "--admin", "kepala"]) == 1
    assert "tidak membuka" in capsys.readouterr().err


def test_the_recovery_key_is_shown_once_by_setup(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PEKERJA_PASSWORD", "sandi-admin-1")
    argv = ["--data-dir", str(tmp_path / "o"), "setup", "--office-code", "8171A", "--office-name", "Kantor",
            "--region", "81.71", "--role", "field", "--admin", "admin"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "KUNCI PEMULIHAN" in out and len(out.strip().splitlines()[-1].split("-")) == 13
    assert "recovery" not in json.dumps(json.loads((tmp_path / "o" / "keyring.json").read_text()))
