"""Backups and restores: round trip, rotation, who may restore, refusals that change nothing, the sync rule
after a restore, the start-up check's guided recovery, a new laptop restored with the recovery key."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from alembic import command

from pekerja_desktop.__main__ import main
from pekerja_desktop.errors import AccessError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.recovery_key import format_recovery_key
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.backup.check import check_backup, good_backup_for, quick_check_database
from pekerja_desktop.services.backup.errors import BackupError
from pekerja_desktop.services.backup.make import (
    DAILY_SETTING,
    KEEP_SETTING,
    automatic_backup,
    backup_due,
    daily_backup_if_due,
    make_backup,
    write_backup_set,
)
from pekerja_desktop.services.backup.preview import open_for_restore
from pekerja_desktop.services.backup.restore import (
    require_office,
    restore_backup,
    restore_unopened,
    restore_with_recovery_key,
)
from pekerja_desktop.services.backup.sets import list_backups
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.reference.data import set_setting
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.services.sync.office_keys import office_keys, plain_key_files, sealed_path
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store import db as db_module
from pekerja_desktop.store.db import DatabaseKey
from tests.conftest import LOGIN, make_participant
from tests.support.backup import count, damage_page, flip_bytes, integrity
from tests.support.sites import AMBON, HUB, connect, enrol_many, make_site

PETUGAS = NewAccount("budi", "sandi-petugas-1", "petugas")


NAMES = ("Maria Latuconsina", "Siti Ohorella", "Novi Wattimena", "Lina Sahetapy", "Ona Talaohu", "Rudi Pattinama")


def _enrol(ctx, *niks: str) -> list[str]:
    """One person per NIK (another name each: the same name and birth date would be a likely duplicate, #12)."""
    return [enrol(ctx, make_participant(nik=nik, full_name=NAMES[int(nik[-2:]) % len(NAMES)]),
                  final=True).registration_number for nik in niks]


def _actions(ctx) -> list[str]:
    with ctx.db.session() as session:
        return [event.action for event in audit.stored_links(session)]


def _cli(capsys, *argv):
    """In this process: a test's own context on the same office must be closed first (backup_support.py)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


# --- making backups ------------------------------------------------------------------------------------

def test_a_backup_set_is_the_database_its_manifest_and_the_wrapped_keys(ctx, tmp_path):
    _enrol(ctx, "8171014508850001", "8171014508850002")
    info = make_backup(ctx, tmp_path / "usb")
    names = sorted(path.name for path in (tmp_path / "usb").iterdir())
    assert names == [f"{info.name}.keys.json", f"{info.name}.manifest.json", f"{info.name}.sqlite"]
    manifest = json.loads((tmp_path / "usb" / f"{info.name}.manifest.json").read_text())
    assert manifest["office_code"] == "8171A" and manifest["participants"] == 2 and manifest["reason"] == "manual"
    assert manifest["schema_revision"] == db_module.HEAD_REVISION
    assert set(manifest["secrets"]["files"]) == {"signing_key", "age_identity"}
    assert "PRIVATE KEY" not in json.dumps(manifest) and "AGE-SECRET-KEY" not in json.dumps(manifest)
    keys = json.loads((tmp_path / "usb" / f"{info.name}.keys.json").read_text())
    assert set(keys["accounts"]) == {"admin"} and keys["pending_events"] == []
    assert integrity(info.path, ctx.db.key) == ["ok"] and count(info.path, key=ctx.db.key) == 2
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(info.path).execute("SELECT count(*) FROM sqlite_master").fetchone()  # encrypted
    assert "backup" in _actions(ctx)


def test_automatic_backups_keep_the_newest_n_and_never_the_safety_copies(ctx):
    with ctx.db.write() as session:
        set_setting(session, KEEP_SETTING, 3)
    made = [automatic_backup(ctx, reason) for reason in ("daily", "exit", "exit", "manual", "exit")]
    safety = write_backup_set(ctx.layout, ctx.db.key, "8171A", ctx.layout.backups_dir, "pre-restore")
    automatic_backup(ctx, "exit")
    listed = list_backups(ctx.layout.backups_dir)
    rotated = [info for info in listed if info.reason != "pre-restore"]
    assert len(rotated) == 3 and made[-1].path in {info.path for info in rotated}
    assert not made[0].path.exists() and not made[0].path.with_name(made[0].name + ".manifest.json").exists()
    assert safety.path.exists()


def test_the_daily_backup_is_due_once_a_day_once_there_is_data_unless_switched_off(ctx):
    assert not backup_due(ctx), "an empty database: nothing to protect yet"
    enrol(ctx, make_participant(), final=True)
    assert backup_due(ctx)
    assert daily_backup_if_due(ctx).reason == "daily"
    assert not backup_due(ctx) and daily_backup_if_due(ctx) is None
    with ctx.db.write() as session:
        set_setting(session, DAILY_SETTING, False)
    assert not backup_due(ctx, today=ctx.office.created_at.date().replace(year=2099))


def test_a_morning_backup_of_an_empty_database_does_not_count_as_todays(ctx):
    automatic_backup(ctx, "signout")  # the first sign-in of the day, nothing entered yet
    enrol(ctx, make_participant(), final=True)
    assert backup_due(ctx)
    assert daily_backup_if_due(ctx).participants == 1


def test_leftovers_of_an_interrupted_backup_are_not_listed_and_are_cleaned(ctx, tmp_path):
    usb = tmp_path / "usb"
    info = make_backup(ctx, usb)
    for name in (".pekerja-x.manifest.json.abc.partial", "pekerja-old.sqlite.staged", "pekerja-old.manifest.json"):
        (usb / name).write_text("x")
        os.utime(usb / name, (0, 0))
    (usb / "holiday.partial").write_text("someone else's")
    os.utime(usb / "holiday.partial", (0, 0))
    assert [found.path for found in list_backups(usb)] == [info.path]
    make_backup(ctx, usb)
    assert sorted(p.name for p in usb.iterdir() if "old" in p.name or p.name.endswith(".partial")) == \
        ["holiday.partial"]


# --- restoring -------------------------------------------------------------------------------------------

def test_restore_round_trip_keeps_a_safety_copy_and_reuses_no_registration_number(ctx, data_dir, tmp_path):
    first = _enrol(ctx, "8171014508850001", "8171014508850002")
    info = make_backup(ctx, tmp_path / "usb")
    later = _enrol(ctx, "8171014508850003")
    result = restore_backup(ctx, info.path)
    assert result.safety_copy is not None and count(result.safety_copy, key=ctx.db.key) == 3
    assert not result.needs_recover and result.migrated_from is None
    with open_context(data_dir, *LOGIN) as again:
        assert count(again.db.path, key=again.db.key) == 2
        assert "restore" in _actions(again)
        new = _enrol(again, "8171014508850004")
    assert new[0] not in first + later, "the number printed on the lost record's receipt is not given again"
    assert integrity(data_dir / "pekerja.sqlite", ctx.db.key) == ["ok"]
    assert not (data_dir / ".restore").exists()


def test_a_petugas_may_back_up_but_not_restore(ctx, data_dir, tmp_path):
    create_account(ctx, PETUGAS)
    info = make_backup(ctx, tmp_path / "usb")
    with open_context(data_dir, PETUGAS.username, PETUGAS.password) as clerk:
        assert make_backup(clerk, tmp_path / "usb").path.exists()
        with pytest.raises(AccessError) as refused:
            restore_backup(clerk, info.path)
    assert "Akses ditolak" in refused.value.message()


def test_a_backup_under_another_key_is_refused(ctx, tmp_path):
    info = make_backup(ctx, tmp_path / "usb")
    with pytest.raises(BackupError) as refused:
        check_backup(info.path, DatabaseKey(os.urandom(32)))
    assert refused.value.code == "backup.wrong_key"
    wrong = format_recovery_key(DatabaseKey(os.urandom(32)))
    with pytest.raises(BackupError):
        restore_with_recovery_key(tmp_path / "new", info.path, wrong)
    assert not (tmp_path / "new" / "pekerja.sqlite").exists()


@pytest.mark.parametrize("without_manifest", [False, True])
def test_a_damaged_backup_is_refused_with_a_clear_message_and_nothing_changes(ctx, tmp_path, without_manifest):
    _enrol(ctx, "8171014508850001")
    info = make_backup(ctx, tmp_path / "usb")
    _enrol(ctx, "8171014508850002")
    flip_bytes(info.path)
    if without_manifest:
        info.path.with_name(info.name + ".manifest.json").unlink()
    with pytest.raises(BackupError) as refused:
        restore_backup(ctx, info.path)
    assert refused.value.code == ("backup.damaged" if without_manifest else "backup.checksum")
    assert "rusak" in refused.value.message() and "Tidak ada yang diubah" in refused.value.message()
    assert count(ctx.db.path, key=ctx.db.key) == 2
    assert list_backups(ctx.layout.backups_dir) == [], "not even a safety copy was made"


def test_a_backup_of_another_office_is_refused(ctx, tmp_path):
    info = make_backup(ctx, tmp_path / "usb")
    with open(info.path.with_name(info.name + ".manifest.json"), encoding="utf-8") as handle:
        assert json.load(handle)["office_code"] == "8171A"
    with pytest.raises(BackupError) as refused:
        require_office(info, "8172A")
    assert refused.value.code == "backup.other_office"


def test_an_older_schema_backup_is_migrated_when_restored(ctx, data_dir, tmp_path):
    _enrol(ctx, "8171014508850001")
    info = make_backup(ctx, tmp_path / "usb")
    info.path.with_name(info.name + ".manifest.json").unlink()  # a bare copy, as the pre-migration ones are
    previous = _downgrade_one(info.path, ctx.db.key)
    result = restore_backup(ctx, info.path)
    assert result.migrated_from == previous
    with open_context(data_dir, *LOGIN) as again:
        assert db_module.current_revision(again.db.engine) == db_module.HEAD_REVISION
        assert count(again.db.path, key=again.db.key) == 1


def _downgrade_one(path, key) -> str:
    engine = db_module._make_engine(path, key, foreign_keys=False, pooled=False)
    config = db_module._alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "-1")
        return db_module.current_revision(engine)
    finally:
        engine.dispose()


@pytest.fixture
def hub_and_office(tmp_path):
    hub, ambon = make_site(tmp_path, HUB), make_site(tmp_path, AMBON)
    connect(tmp_path, hub, ambon)
    yield hub, ambon
    for site in (hub, ambon):
        site.ctx.close()


def test_restore_then_export_reuses_no_sequence_number(hub_and_office, tmp_path):
    hub, ambon = hub_and_office
    usb = tmp_path / "usb"
    enrol_many(ambon, range(3))
    (first,) = export_bundles(ambon.ctx, usb)
    import_bundle(ambon.ctx, import_bundle(hub.ctx, first.path, usb / "acks").ack_path)
    info = make_backup(ambon.ctx, tmp_path / "backups")
    lost = enrol_many(ambon, range(3, 5))
    (second,) = export_bundles(ambon.ctx, usb)
    import_bundle(hub.ctx, second.path, usb / "acks")
    restore_backup(ambon.ctx, info.path)
    ambon.reopen()
    (third,) = export_bundles(ambon.ctx, usb)
    assert third.sequence == second.sequence + 1
    result = import_bundle(hub.ctx, third.path, usb / "acks")
    assert not result.duplicate
    back = import_bundle(ambon.ctx, result.ack_path)
    assert back.counts["recovered"] == 2, "the hub sends back what the restore lost"
    assert enrol_many(ambon, [9])[0] not in lost


# --- the start-up check and the guided recovery ---------------------------------------------------------

def _damaged_office(ctx, data_dir, tmp_path):
    """Two good backups (the second newer), then a damaged participant table in the live database."""
    _enrol(ctx, "8171014508850001")
    older = automatic_backup(ctx, "daily")
    _enrol(ctx, "8171014508850002")
    newer = automatic_backup(ctx, "exit")
    key = ctx.db.key
    ctx.close()
    damage_page(data_dir / "pekerja.sqlite", key)
    return older, newer


def test_a_failed_quick_check_leads_to_the_newest_good_backup(ctx, data_dir, tmp_path, capsys):
    older, newer = _damaged_office(ctx, data_dir, tmp_path)
    with open_context(data_dir, *LOGIN) as damaged:
        check = quick_check_database(damaged)
        assert not check.ok and check.first_problem
        assert good_backup_for(damaged).path == newer.path
        flip_bytes(newer.path)  # a damaged backup is passed over
        assert good_backup_for(damaged).path == older.path
        assert "database.check_failed" in _actions(damaged)
    code, out, err = _cli(capsys, "--data-dir", str(data_dir), "check")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert str(older.path) in err and "pekerja-desktop restore" in err
    with open_context(data_dir, *LOGIN) as damaged:
        restore_backup(damaged, older.path)
    with open_context(data_dir, *LOGIN) as restored:
        assert quick_check_database(restored).ok
    assert list(data_dir.glob("backups/*-pre-restore.sqlite")) or list(data_dir.glob("backups/*-damaged.db"))


def test_check_reports_a_sound_database(ctx, data_dir, capsys):
    automatic_backup(ctx, "daily")
    ctx.close()
    code, out, _err = _cli(capsys, "--data-dir", str(data_dir), "check")
    assert code == 0 and "Basis data baik" in out and "Cadangan terbaru" in out


def test_a_database_that_no_longer_opens_is_restored_by_a_supervisor(ctx, data_dir, tmp_path, capsys):
    _enrol(ctx, "8171014508850001")
    create_account(ctx, PETUGAS)
    info = automatic_backup(ctx, "exit")
    key = ctx.db.key
    ctx.close()
    damage_page(data_dir / "pekerja.sqlite", key, table="office")
    assert open_for_restore(data_dir, *LOGIN, via="cli") is None
    with pytest.raises(BackupError) as refused:
        restore_unopened(data_dir, PETUGAS.username, PETUGAS.password, info.path)
    assert refused.value.code == "restore.denied_role"
    code, _out, err = _cli(capsys, "--data-dir", str(data_dir), "check")
    assert code == 1 and str(info.path) in err
    result = restore_unopened(data_dir, *LOGIN, info.path)
    assert result.safety_copy.name.endswith("-damaged.db") and result.safety_copy.exists()
    with open_context(data_dir, *LOGIN) as restored:
        assert count(restored.db.path, key=restored.db.key) == 1


# --- a new laptop ----------------------------------------------------------------------------------------

def test_a_new_laptop_is_restored_with_the_recovery_key(ctx, data_dir, tmp_path):
    numbers = _enrol(ctx, "8171014508850001", "8171014508850002")
    info = make_backup(ctx, tmp_path / "usb")
    recovery_key = format_recovery_key(ctx.db.key)
    new = tmp_path / "new-laptop"
    result = restore_with_recovery_key(new, info.path, recovery_key)
    assert result.accounts_from_backup and set(result.key_files) == {"signing_key", "age_identity"}
    assert result.safety_copy is None and not result.needs_recover
    sealed = sealed_path(DataLayout(new))
    assert not any(path.exists() for path in plain_key_files(DataLayout(new)).values())
    if os.name != "nt":
        assert sealed.stat().st_mode & 0o077 == 0
    assert json.loads((new / "office.json").read_text())["code"] == "8171A"
    with open_context(new, *LOGIN) as laptop:  # the old password works there too
        assert count(laptop.db.path, key=laptop.db.key) == 2
        assert office_keys(laptop).texts() == office_keys(ctx).texts()  # the same keys, sealed there too
        assert _enrol(laptop, "8171014508850003")[0] not in numbers


def test_cli_backup_list_and_restore_need_a_yes_without_a_terminal(ctx, data_dir, tmp_path, capsys, monkeypatch):
    _enrol(ctx, "8171014508850001")
    key = ctx.db.key
    ctx.close()
    code, out, err = _cli(capsys, "--data-dir", str(data_dir), "backup", "--to", str(tmp_path / "usb"))
    assert code == 0 and out.strip().endswith(".sqlite") and "diperiksa" in err
    backup = out.strip()
    code, out, _err = _cli(capsys, "--data-dir", str(data_dir), "backup", "--list", "--to", str(tmp_path / "usb"))
    assert code == 0 and backup in out and "1 peserta" in out, _err
    with open_context(data_dir, *LOGIN) as again:
        _enrol(again, "8171014508850002")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = _cli(capsys, "--data-dir", str(data_dir), "restore", backup)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "--yes" in err
    assert count(data_dir / "pekerja.sqlite", key=key) == 2
    code, out, err = _cli(capsys, "--data-dir", str(data_dir), "restore", backup, "--yes")
    assert code == 0 and "Dipulihkan" in out and "PERHATIAN" in err
    assert count(data_dir / "pekerja.sqlite", key=key) == 1


def test_cli_restore_with_the_recovery_key_into_an_empty_folder(ctx, tmp_path, capsys, monkeypatch):
    info = make_backup(ctx, tmp_path / "usb")
    new = tmp_path / "new"
    code, out, err = _cli(capsys, "--data-dir", str(new), "restore", str(info.path), "--yes")
    assert code == 1 and "--recovery-key" in err and not new.exists()
    monkeypatch.setenv("PEKERJA_RECOVERY_KEY", format_recovery_key(ctx.db.key))
    monkeypatch.delenv("PEKERJA_PASSWORD")
    code, out, err = _cli(capsys, "--data-dir", str(new), "restore", str(info.path), "--recovery-key", "--yes")
    assert code == 0, err
    assert "Kunci kantor dipulihkan" in out and (new / "pekerja.sqlite").exists()
