"""Office setup: identity, key, refusal to repeat, and nothing written on bad input."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from pekerja_desktop.__main__ import main
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.setup.errors import SetupError
from pekerja_desktop.services.setup.office import OfficeSetup, setup_office
from pekerja_desktop.services.sync.office_keys import office_keys, plain_key_files, sealed_path
from pekerja_desktop.services.sync.signing_key import public_key_hex
from pekerja_desktop.store.models import Occupation, Office, Region
from tests.conftest import ADMIN, LOGIN


def _setup_args(data_dir: Path, **overrides) -> list[str]:
    values = {"--office-code": "8101A", "--office-name": "Disnaker Maluku Tengah", "--region": "81.01",
              "--role": "field", "--admin": "admin"}
    values.update(overrides)
    return ["--data-dir", str(data_dir), "setup", *[x for pair in values.items() for x in pair]]


def test_setup_creates_office_key_and_reference_data(tmp_path, capsys):
    data_dir = tmp_path / "office"
    assert main(_setup_args(data_dir)) == 0
    out = capsys.readouterr().out
    assert "8101A" in out and "Sidik jari" in out
    ctx = open_context(data_dir, *LOGIN)
    try:
        with ctx.db.session() as session:
            office = session.scalar(select(Office).where(Office.is_self))
            assert (office.code, office.region_code, office.role) == ("8101A", "81.01", "field")
            assert session.scalar(select(Region).where(Region.code == "81.71.01.1007")).name == "Wainitu"
            assert session.scalar(select(Occupation).where(Occupation.code == "NLY")).name_id == "Nelayan"
        assert public_key_hex(office_keys(ctx).signing) == office.public_key
    finally:
        ctx.close()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_sealed_keys_are_readable_by_the_owner_only(data_dir):
    mode = stat.S_IMODE(sealed_path(DataLayout(data_dir)).stat().st_mode)
    assert mode == 0o600


def test_no_key_is_kept_in_plain_text(data_dir):
    """#16: the signing key and age identity are sealed under the database key; nothing in the folder signs or
    decrypts without a password."""
    layout = DataLayout(data_dir)
    assert not any(path.exists() for path in plain_key_files(layout).values())
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"PRIVATE KEY" not in data and b"AGE-SECRET-KEY" not in data, path


def test_setting_up_twice_is_refused(data_dir, capsys):
    key_before = sealed_path(DataLayout(data_dir)).read_bytes()
    assert main(_setup_args(data_dir, **{"--office-code": "OTHER"})) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "sudah disiapkan" in err[0] and "8171A" in err[0]
    assert sealed_path(DataLayout(data_dir)).read_bytes() == key_before


@pytest.mark.parametrize(("flag", "value", "fragment"), [
    ("--office-code", "a!", "Kode kantor"),
    ("--office-code", "X", "Kode kantor"),
    ("--region", "81.01.01", "bukan kabupaten/kota"),
    ("--region", "99", "bukan kabupaten/kota"),
    ("--office-name", "   ", "Nama kantor"),
])
def test_bad_setup_arguments_write_nothing(tmp_path, capsys, flag, value, fragment):
    data_dir = tmp_path / "office"
    assert main(_setup_args(data_dir, **{flag: value})) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and fragment in err[0]
    assert not data_dir.exists()


def test_unknown_role_is_a_usage_error(tmp_path, capsys):
    assert_exit = pytest.raises(SystemExit)
    with assert_exit as exc:
        main(_setup_args(tmp_path / "office", **{"--role": "boss"}))
    assert exc.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_data_dir_that_is_a_file_is_refused(tmp_path, capsys):
    target = tmp_path / "not-a-dir"
    target.write_text("x")
    assert main(_setup_args(target)) == 1
    assert "bukan folder" in capsys.readouterr().err
    assert target.read_text() == "x"


def test_setup_normalises_the_office_code(tmp_path):
    result = setup_office(tmp_path / "o", OfficeSetup(" 8171b ", "Kantor  Kota  Ambon", "81.71", "hub"), ADMIN)
    assert (result.office_code, result.office_name, result.role) == ("8171B", "Kantor Kota Ambon", "hub")
    assert len(result.fingerprint) == 19


def test_setup_error_messages_in_english(tmp_path):
    with pytest.raises(SetupError) as exc:
        setup_office(tmp_path / "o", OfficeSetup("8171", "x", "1234", "field"), ADMIN)
    assert "is not a regency or city of Maluku" in exc.value.message("en")
