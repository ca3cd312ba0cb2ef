"""The windowed entry point with no console streams (the Windows build's pekerja-desktop.exe, pip's
pekerja-desktop-gui under pythonw): commands behave as without a terminal instead of crashing."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pekerja_desktop import __version__, console
from pekerja_desktop.__main__ import main
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.accounts.errors import ACCOUNT_MESSAGES


@contextmanager
def no_console(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """sys.stdin, sys.stdout and sys.stderr are None, as under pythonw; what would have gone to os.devnull goes
    to files here, so that the test can read what a console would have shown. (Inside the test itself: pytest
    puts its own capturing streams back between a fixture's setup and the test.)"""
    saved = {name: getattr(sys, name) for name in console.SINKS}
    sinks = {name: tmp_path / name for name in console.SINKS}
    sinks["stdin"].write_text("", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        for name, path in sinks.items():
            patch.setitem(console.SINKS, name, str(path))
            setattr(sys, name, None)
        try:
            yield sinks
        finally:
            for name, stream in saved.items():
                if getattr(sys, name) is not None:
                    getattr(sys, name).close()
                setattr(sys, name, stream)


def _read(sinks: dict[str, Path], name: str) -> str:
    return sinks[name].read_text(encoding="utf-8")


def test_a_command_that_prompts_for_a_password_refuses_in_one_line(monkeypatch, tmp_path):
    monkeypatch.delenv("PEKERJA_PASSWORD")  # so setup would ask for the first admin's password
    data_dir = tmp_path / "data"
    with no_console(tmp_path) as sinks:
        code = main(["--data-dir", str(data_dir), "setup", "--office-code", "8171A", "--office-name", "Disnaker",
                     "--region", "81.71", "--role", "field", "--admin", "admin"])
    assert code == 1
    assert _read(sinks, "stderr") == render(ACCOUNT_MESSAGES, "login.password_required") + "\n"
    assert _read(sinks, "stdout") == ""
    assert not (data_dir / "pekerja.sqlite").exists()


def test_what_a_command_prints_goes_to_the_stand_in_stream(tmp_path):
    with no_console(tmp_path) as sinks, pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert _read(sinks, "stdout") == f"pekerja-desktop {__version__}\n"


def test_streams_that_exist_are_left_alone(capsys):
    before = (sys.stdin, sys.stdout, sys.stderr)
    console.ensure_standard_streams()
    assert (sys.stdin, sys.stdout, sys.stderr) == before
