"""Composition root: `pekerja-desktop` with a command runs it headless; with none, opens the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pekerja_desktop import __version__
from pekerja_desktop.cli import cards_cmd, enrol_cmd, list_cmd, setup_cmd, sync_cmd
from pekerja_desktop.cli.common import OneLineParser, add_global_options, apply_language, run_guarded

COMMAND_MODULES = [setup_cmd, list_cmd, enrol_cmd, sync_cmd, cards_cmd]


def _optional_modules() -> list:
    """Commands contributed by modules that may not be present in every build stage."""
    found = []
    for name in ("intake_cmd", "demo_cmd"):
        try:
            found.append(__import__(f"pekerja_desktop.cli.{name}", fromlist=["register"]))
        except ModuleNotFoundError as exc:
            if exc.name != f"pekerja_desktop.cli.{name}":
                raise
    return found


def build_parser() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    add_global_options(parent, suppress=True)
    parser = OneLineParser(prog="pekerja-desktop",
                           description="Pendaftaran pekerja rentan BPJS Ketenagakerjaan (JKK + JKM), Maluku")
    parser.add_argument("--version", action="version", version=f"pekerja-desktop {__version__}")
    add_global_options(parser, suppress=False)
    subparsers = parser.add_subparsers(dest="command", parser_class=OneLineParser)
    for module in COMMAND_MODULES + _optional_modules():
        module.register(subparsers, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    apply_language(args)
    if args.command is None:
        from pekerja_desktop.ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(args)
    return run_guarded(args.handler, args)


if __name__ == "__main__":
    sys.exit(main())
