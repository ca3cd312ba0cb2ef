"""Composition root: `pekerja-desktop` with a command runs it headless; with none, opens the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from pekerja_desktop import __version__
from pekerja_desktop.cli import accounts as account_cmd
from pekerja_desktop.cli import audit as audit_cmd
from pekerja_desktop.cli import backup as backup_cmd
from pekerja_desktop.cli import cards as cards_cmd
from pekerja_desktop.cli import database as database_cmd
from pekerja_desktop.cli import demo as demo_cmd
from pekerja_desktop.cli import enrolment as enrol_cmd
from pekerja_desktop.cli import hub as hub_cmd
from pekerja_desktop.cli import intake as intake_cmd
from pekerja_desktop.cli import privacy as privacy_cmd
from pekerja_desktop.cli import reference as occupations_cmd
from pekerja_desktop.cli import register as list_cmd
from pekerja_desktop.cli import secure as secure_cmd
from pekerja_desktop.cli import setup as setup_cmd
from pekerja_desktop.cli import sync as sync_cmd
from pekerja_desktop.cli.common import OneLineParser, add_global_options, apply_language, run_guarded
from pekerja_desktop.console import ensure_standard_streams
from pekerja_desktop.domain.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, set_language

COMMAND_MODULES = [setup_cmd, secure_cmd, account_cmd, list_cmd, enrol_cmd, intake_cmd, demo_cmd, occupations_cmd,
                   cards_cmd, sync_cmd, hub_cmd, privacy_cmd, audit_cmd, backup_cmd, database_cmd]


def build_parser() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    add_global_options(parent, suppress=True)
    parser = OneLineParser(prog="pekerja-desktop",
                           description="Pendaftaran pekerja rentan BPJS Ketenagakerjaan (JKK + JKM), Maluku")
    parser.add_argument("--version", action="version", version=f"pekerja-desktop {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation end to end in a temporary folder, then exit")
    add_global_options(parser, suppress=False)
    subparsers = parser.add_subparsers(dest="command", parser_class=OneLineParser)
    for module in COMMAND_MODULES:
        module.register(subparsers, parent)
    return parser


def _apply_language_early(argv: list[str]) -> None:
    """`--lang` (else PEKERJA_LANG, else Indonesian) must hold for argument errors too, which argparse
    reports while parsing."""
    from_env = os.environ.get("PEKERJA_LANG")
    set_language(from_env if from_env in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE)
    for index, item in enumerate(argv):
        value = item.partition("=")[2] if item.startswith("--lang=") else None
        if item == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in SUPPORTED_LANGUAGES:
            set_language(value)


def _self_test() -> int:
    from pekerja_desktop.selftest import run_self_test

    def window_step(data_dir):
        from pekerja_desktop.ui.selftest_window import show_main_window  # Qt only for this step

        return show_main_window(data_dir)

    return run_self_test(window_step)


def main(argv: Sequence[str] | None = None) -> int:
    ensure_standard_streams()  # the windowed build has none (console.py)
    argv = list(sys.argv[1:] if argv is None else argv)
    _apply_language_early(argv)
    args = build_parser().parse_args(argv)
    apply_language(args)
    if args.self_test:  # an installed or frozen build checks itself (packaging/README.md)
        return _self_test()
    if args.command is None:
        from pekerja_desktop.ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(args)
    return run_guarded(args.handler, args)


if __name__ == "__main__":
    sys.exit(main())
