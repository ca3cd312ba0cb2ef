"""Upgrades: data folders and a bundle made by earlier releases (tests/fixtures/releases/<release>/) open in
this one. A release made before encryption (0.1.0) is secured first: encrypted, migrated, first admin."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pekerja_desktop.__main__ import main
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.errors import LegacyError
from pekerja_desktop.services.accounts.keyring import Keyring
from pekerja_desktop.services.accounts.legacy import (
    is_legacy_plain,
    needs_securing,
    plain_copies,
    staged_database,
    staged_keyring,
)
from pekerja_desktop.services.accounts.recovery_key import parse_recovery_key
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.services.setup.secure import secure_legacy_database
from pekerja_desktop.services.sync.identity import parse_age_identity
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.services.sync.office_keys import office_keys, plain_key_files, sealed_path
from pekerja_desktop.services.sync.signing_key import public_key_hex
from pekerja_desktop.store.db import HEAD_REVISION, PLAIN_SQLITE_HEADER, connect_file, key_opens
from tests.conftest import ADMIN, LOGIN
from tests.support.paths import FIXTURES_DIR

RELEASES = ["0.1.0"]  # the next release adds its folder under tests/fixtures/releases/ and its name here
FIXTURES = FIXTURES_DIR / "releases"
ENROLLED_BY_DEMO = 20


@pytest.fixture(params=RELEASES)
def release(request) -> Path:
    return FIXTURES / request.param


@pytest.fixture
def legacy_release(release) -> Path:
    """A release from before encryption (its office folder opens without a key)."""
    if not is_legacy_plain(DataLayout(release / "office")):
        pytest.skip(f"release {release.name} encrypts its data")
    return release


def copy_site(release: Path, site: str, tmp_path: Path) -> Path:
    target = tmp_path / f"{release.name}-{site}"
    shutil.copytree(release / site, target)
    return target


def made_current(data_dir: Path) -> Path:
    """What a clerk does on first opening a release's folder: secure it if it predates encryption (releases
    since keep the fixture admin's account, tests/conftest.py ADMIN); opening migrates."""
    if is_legacy_plain(DataLayout(data_dir)):
        secure_legacy_database(data_dir, ADMIN)
    return data_dir


def key_before(data_dir: Path):
    layout = DataLayout(data_dir)
    return None if is_legacy_plain(layout) else unlock_key(layout, *LOGIN)


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


PARTICIPANTS = ("SELECT p.registration_number, p.nik, p.full_name, p.birth_date, p.status, p.version, "
                "(SELECT count(*) FROM heir h WHERE h.participant_id = p.id) FROM participant p ORDER BY p.id")
HISTORIES = ("SELECT p.registration_number, h.field, h.old_value, h.new_value, h.\"by\", h.at FROM change_history h "
             "JOIN participant p ON p.id = h.participant_id ORDER BY h.id")


def snapshot(path: Path, key=None) -> dict:
    connection = connect_file(path, key)
    try:
        return {"participants": connection.execute(PARTICIPANTS).fetchall(),
                "histories": connection.execute(HISTORIES).fetchall()}
    finally:
        connection.close()


def plain_files_under(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file() and key_opens(path, None)]


def test_an_office_folder_keeps_every_record_registration_number_and_history(release, tmp_path, capsys):
    data_dir = copy_site(release, "office", tmp_path)
    before = snapshot(DataLayout(data_dir).database, key_before(data_dir))
    assert len(before["participants"]) == ENROLLED_BY_DEMO and before["histories"]

    with open_context(made_current(data_dir), *LOGIN) as ctx:
        assert ctx.office.code == "8171A"
    key = unlock_key(DataLayout(data_dir), *LOGIN)
    assert snapshot(DataLayout(data_dir).database, key) == before
    connection = connect_file(DataLayout(data_dir).database, key)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    finally:
        connection.close()
    number = before["participants"][0][0]
    code, out, _err = _run(capsys, "--data-dir", str(data_dir), "show", number)
    assert code == 0 and json.loads(out)["history"]
    code, out, _err = _run(capsys, "--data-dir", str(data_dir), "list", "--search", before["participants"][1][2][:6],
                           "--format", "json")
    assert code == 0 and before["participants"][1][0] in {row["registration_number"] for row in json.loads(out)}


def test_a_plain_folder_is_encrypted_under_a_new_admin_and_no_plain_copy_is_left(legacy_release, tmp_path):
    data_dir = copy_site(legacy_release, "office", tmp_path)
    layout = DataLayout(data_dir)

    result = secure_legacy_database(data_dir, ADMIN)

    assert not needs_securing(layout) and result.admin == ADMIN.username and result.office_code == "8171A"
    key = unlock_key(layout, *LOGIN)
    assert parse_recovery_key(result.recovery_key) == key
    assert not key_opens(layout.database, None)
    assert plain_files_under(data_dir) == [] and plain_copies(layout) == []
    assert result.removed_copies >= 1  # its own safety copy, at least
    with open_context(data_dir, *LOGIN) as ctx:
        assert ctx.operator.role == "admin"
    connection = connect_file(layout.database, key)
    try:
        assert connection.execute("SELECT action FROM audit_event ORDER BY seq").fetchall()[:2] == [
            ("account.create",), ("database.encrypted",)]
    finally:
        connection.close()


def test_the_hub_folder_imports_the_release_bundle_and_its_ack_goes_back(release, tmp_path):
    hub_dir = made_current(copy_site(release, "hub", tmp_path))
    office_dir = made_current(copy_site(release, "office", tmp_path))
    bundles = tmp_path / "usb"
    shutil.copytree(release, bundles, ignore=shutil.ignore_patterns("hub", "office", "*.md"))
    [bundle] = sorted(bundles.glob("pekerja-data-*.zip"))  # release 0.1.0 named its bundles .zip: they still import

    with open_context(hub_dir, *LOGIN) as hub:
        result = import_bundle(hub, bundle, bundles)
    assert result.counts["new"] == ENROLLED_BY_DEMO and not result.duplicate
    [ack] = sorted(bundles.glob("pekerja-ack-*.pekerja"))
    with open_context(office_dir, *LOGIN) as office:
        acknowledged = import_bundle(office, ack)
    assert acknowledged.counts["accepted"] == ENROLLED_BY_DEMO


def test_the_release_keys_are_sealed_on_upgrade_and_stay_the_same_keys(release, tmp_path):
    """#16: earlier releases kept the signing key and age identity in plain text beside the database; the upgrade
    seals them under the database key (same keys: the hub and the offices still trust each other) and removes the
    plain files, so a copy of the folder without a password signs and opens nothing."""
    for site in ("office", "hub"):
        data_dir = copy_site(release, site, tmp_path)
        layout = DataLayout(data_dir)
        plain = {name: path.read_text() for name, path in plain_key_files(layout).items()}
        assert set(plain) == {"signing_key", "age_identity"}
        with open_context(made_current(data_dir), *LOGIN) as ctx:
            keys = office_keys(ctx)
            assert public_key_hex(keys.signing) == ctx.office.public_key
            assert str(keys.age) == str(parse_age_identity(plain["age_identity"]))
        assert not any(path.exists() for path in plain_key_files(layout).values())
        assert sealed_path(layout).exists()
        for path in data_dir.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert b"PRIVATE KEY" not in data and b"AGE-SECRET-KEY" not in data, path


def test_other_commands_on_a_legacy_folder_say_to_run_secure(legacy_release, tmp_path, capsys):
    data_dir = copy_site(legacy_release, "office", tmp_path)
    for command in (["list"], ["show", "8171A-26-000001-5"], ["export", "--to", str(tmp_path)]):
        code, out, err = _run(capsys, "--data-dir", str(data_dir), *command)
        assert code == 1 and out == ""
        assert len(err.strip().splitlines()) == 1 and "pekerja-desktop secure" in err
    assert is_legacy_plain(DataLayout(data_dir))


def test_secure_prints_the_recovery_key_once_and_refuses_a_second_time(legacy_release, tmp_path, capsys):
    data_dir = copy_site(legacy_release, "office", tmp_path)
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "--lang", "en", "secure", "--admin", "Admin",
                          "--admin-name", "Admin Uji")
    assert code == 0, err
    assert "RECOVERY KEY" in out and "USB" in out
    key_line = out.strip().splitlines()[-1]
    assert parse_recovery_key(key_line) == unlock_key(DataLayout(data_dir), *LOGIN)
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "--lang", "en", "secure", "--admin", "admin")
    assert code == 1 and out == "" and "already encrypted" in err


def test_a_short_password_is_refused_before_anything_changes(legacy_release, tmp_path, capsys, monkeypatch):
    data_dir = copy_site(legacy_release, "office", tmp_path)
    monkeypatch.setenv("PEKERJA_PASSWORD", "pendek")
    code, _out, err = _run(capsys, "--data-dir", str(data_dir), "secure", "--admin", "admin")
    assert code == 1 and "minimal 8" in err
    assert is_legacy_plain(DataLayout(data_dir)) and not (data_dir / "backups").exists()


def test_a_run_stopped_after_the_swap_is_finished_by_the_next_one(legacy_release, tmp_path):
    """The encrypted file in place, its key wraps still under the staging name (killed in between)."""
    data_dir = copy_site(legacy_release, "office", tmp_path)
    layout = DataLayout(data_dir)
    secure_legacy_database(data_dir, ADMIN)
    layout.keyring.replace(staged_keyring(layout))
    (layout.backups_dir / "pre-encryption-left.sqlite").write_bytes(PLAIN_SQLITE_HEADER + b"\0" * 84)
    assert needs_securing(layout)
    with pytest.raises(LegacyError, match="secure"):
        open_context(data_dir, *LOGIN)

    result = secure_legacy_database(data_dir, ADMIN)

    assert not needs_securing(layout) and result.removed_copies == 1
    assert parse_recovery_key(result.recovery_key) == unlock_key(layout, *LOGIN)


def _secure_process(data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "PEKERJA_PASSWORD": ADMIN.password, "PEKERJA_TEST_FAST_KDF": "1"}
    return subprocess.Popen([sys.executable, "-m", "pekerja_desktop", "--data-dir", str(data_dir), "secure",
                             "--admin", ADMIN.username], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def assert_usable(layout: DataLayout) -> None:
    """Either still the plain database with every record, or the encrypted one that the admin opens."""
    if is_legacy_plain(layout):
        key = None
    elif layout.keyring.exists():
        key = unlock_key(layout, *LOGIN)
    else:
        assert staged_keyring(layout).exists(), "encrypted, with no account able to open it"
        key = Keyring.load(staged_keyring(layout)).accounts[ADMIN.username].unwrap(*LOGIN)
    assert len(snapshot(layout.database, key)["participants"]) == ENROLLED_BY_DEMO


MILESTONES = {  # moments of a run, seen from outside, at which it is killed
    "started": lambda layout: True,
    "plain copy made": lambda layout: any(layout.backups_dir.glob("pre-encryption-*.sqlite")),
    "encrypted copy begun": lambda layout: staged_database(layout).exists(),
    "admin written": lambda layout: staged_keyring(layout).exists(),
    "swapped": lambda layout: layout.database.exists() and not key_opens(layout.database, None),
    "keyring published": lambda layout: layout.keyring.exists(),
}


def _kill_at(layout: DataLayout, reached, delay: float) -> bool:
    """Run `secure` and SIGKILL it `delay` seconds after `reached` holds; False if it finished first."""
    process = _secure_process(layout.root)
    while not reached(layout) and process.poll() is None:
        time.sleep(0.0005)
    time.sleep(delay)
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait()
    return True


def _finish(layout: DataLayout) -> None:
    process = _secure_process(layout.root)
    _out, err = process.communicate(timeout=120)
    finished_before = "sudah terenkripsi" in err.decode()
    assert process.returncode == 0 or finished_before, err.decode()
    assert not needs_securing(layout) and plain_files_under(layout.root) == []
    assert_usable(layout)


@pytest.mark.slow
@pytest.mark.parametrize("milestone", list(MILESTONES))
def test_killed_at_any_moment_it_leaves_a_usable_database_and_the_next_run_finishes(legacy_release, tmp_path,
                                                                                     milestone):
    for delay in (0.0, 0.003, 0.02):
        layout = DataLayout(copy_site(legacy_release, "office", tmp_path / str(delay)))
        _kill_at(layout, MILESTONES[milestone], delay)
        assert_usable(layout)
        _finish(layout)


@pytest.mark.slow
def test_killed_again_and_again_it_still_finishes(legacy_release, tmp_path):
    layout = DataLayout(copy_site(legacy_release, "office", tmp_path))
    for milestone in MILESTONES.values():
        _kill_at(layout, milestone, 0.001)
        assert_usable(layout)
    _finish(layout)
