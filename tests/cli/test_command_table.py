"""The command table: every command registered from it, and a command's module imported only when it runs."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from functools import partial

import pytest

from pekerja_desktop.cli.commands import COMMANDS
from pekerja_desktop.cli.common import run_guarded
from pekerja_desktop.cli.parser import parser_with_every_command

COMMAND_MODULES = {f"pekerja_desktop.cli.{command.module}" for command in COMMANDS.values()}
HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "pekerja_desktop.services", "pekerja_desktop.store")
LOADED_AFTER_MAIN = """
import json, sys
from pekerja_desktop.__main__ import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.__stdout__)
"""


def _modules_loaded_by(tmp_path, *argv) -> set[str]:
    result = subprocess.run([sys.executable, "-c", LOADED_AFTER_MAIN, "--data-dir", str(tmp_path / "none"), *argv],
                            capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout.splitlines()[-1]))


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices) if actions else {}


def test_every_module_builds_exactly_its_commands_of_the_table():
    for module_name in COMMAND_MODULES:
        module = importlib.import_module(module_name)
        in_table = {name for name, command in COMMANDS.items() if module_name.endswith(f".{command.module}")}
        assert set(module.BUILDERS) == in_table, module_name


def test_every_command_runs_guarded():
    """Each handler goes through run_guarded, so that any failure is one line on stderr."""
    commands = _subcommands(parser_with_every_command())
    assert list(commands) == list(COMMANDS)
    for name, parser in commands.items():
        for leaf in _subcommands(parser).values() or [parser]:
            handler = leaf.get_default("handler") or parser.get_default("handler")
            assert isinstance(handler, partial) and handler.func is run_guarded, name


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["--lang", "en", "-h"], ["nonsense"]])
def test_version_help_and_a_wrong_command_import_no_command(tmp_path, argv):
    loaded = _modules_loaded_by(tmp_path, *argv)
    assert not loaded & COMMAND_MODULES
    assert not [name for name in loaded if name.startswith(HEAVY)]


@pytest.mark.parametrize(("argv", "module"), [
    (["verify-card", "PAYLOAD"], "cards"),
    (["--lang", "en", "report", "billing", "--help"], "report"),
    (["list", "--format", "xml"], "register"),
    (["--user", "admin", "database", "show"], "setup"),
])
def test_a_command_imports_its_own_module_alone(tmp_path, argv, module):
    assert _modules_loaded_by(tmp_path, *argv) & COMMAND_MODULES == {f"pekerja_desktop.cli.{module}"}
