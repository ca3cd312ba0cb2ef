"""`pekerja-desktop FILE`: a file instead of a command opens the window on that bundle (as Windows starts the
program for a double-clicked .pekerja file); commands and mistyped commands are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from pekerja_desktop.__main__ import main
from pekerja_desktop.cli.parser import read_command_line
from pekerja_desktop.ui import app as app_module


@pytest.fixture
def bundle(tmp_path) -> Path:
    path = tmp_path / "pekerja-ack-MALUKU-8171A-000003.pekerja"
    path.write_bytes(b"PK")
    return path


def test_a_file_instead_of_a_command_is_the_bundle_to_open(bundle, tmp_path):
    args = read_command_line(["--data-dir", str(tmp_path / "data"), "--lang", "en", str(bundle)])
    assert args.command is None and args.bundle_file == bundle and args.lang == "en"
    assert read_command_line([str(bundle), "--user", "maria"]).bundle_file == bundle
    assert read_command_line(["--data-dir", "x"]).bundle_file is None


def test_a_relative_path_is_made_absolute(bundle, monkeypatch):
    monkeypatch.chdir(bundle.parent)
    assert read_command_line([bundle.name]).bundle_file == bundle


def test_a_missing_file_is_one_line_in_the_users_language(tmp_path, capsys):
    missing = tmp_path / "hilang.pekerja"
    with pytest.raises(SystemExit) as exited:
        read_command_line([str(missing)])
    assert exited.value.code == 2
    assert capsys.readouterr().err == f"pekerja-desktop: Berkas {missing} tidak ditemukan.\n"


def test_a_file_with_a_command_is_refused(bundle, capsys):
    with pytest.raises(SystemExit) as exited:
        read_command_line([str(bundle), "verify", str(bundle)])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bundle) in err and "verify" in err


def test_commands_and_mistyped_commands_are_not_files(tmp_path, capsys):
    assert read_command_line(["verify", str(tmp_path / "a.pekerja")]).command == "verify"
    with pytest.raises(SystemExit):
        read_command_line(["exprot"])
    assert "exprot" in capsys.readouterr().err


def test_main_opens_the_window_with_the_file(bundle, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(app_module, "run_gui", lambda args: opened.append(args.bundle_file) or 0)
    assert main(["--data-dir", str(tmp_path / "data"), str(bundle)]) == 0
    assert opened == [bundle]
