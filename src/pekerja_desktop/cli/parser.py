"""The `pekerja-desktop` argument parser: the global options, and the commands of the table (cli/commands.py), each
listed by name and help, and built — its module imported — only when it is chosen.

Kept light on purpose: `--version`, `--help` and a mistyped option import no command, no database driver and no
document library.
"""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from pekerja_desktop import __version__
from pekerja_desktop.cli.argparse_text import argparse_in_user_language, metavar, translate_metavars
from pekerja_desktop.cli.commands import COMMANDS, command_help
from pekerja_desktop.domain.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, render, set_language
from pekerja_desktop.errors import ERROR_MESSAGES

PROG = "pekerja-desktop"
COMMAND_PACKAGE = "pekerja_desktop.cli"
EXIT_USAGE = 2

GLOBAL_HELP = {
    "description": {"id": "Pendaftaran pekerja rentan BPJS Ketenagakerjaan (JKK + JKM), Maluku.",
                    "en": "Enrolment of vulnerable workers in BPJS Ketenagakerjaan (JKK + JKM), Maluku."},
    "epilog": {"id": "Tanpa PERINTAH: membuka jendela aplikasi; dengan BERKAS .pekerja sebagai ganti PERINTAH: "
                     "membuka jendela pada paket itu. Bantuan satu perintah: PERINTAH -h",
               "en": "Without a COMMAND: opens the application window; with a .pekerja FILE instead of a COMMAND: "
                     "opens the window on that bundle. Help on one command: COMMAND -h"},
    "version": {"id": "tampilkan nomor versi lalu keluar", "en": "show the version number and exit"},
    "self_test": {"id": "periksa instalasi ini dari awal sampai akhir di folder sementara, lalu keluar",
                  "en": "check this installation end to end in a temporary folder, then exit"},
    "data_dir": {"id": "folder data (bawaan: PEKERJA_DATA_DIR, atau folder data pengguna)",
                 "en": "the data folder (default: PEKERJA_DATA_DIR, else the user data folder)"},
    "lang": {"id": "bahasa pesan: id (bawaan) atau en", "en": "language of the messages: id (default) or en"},
    "user": {"id": "akun operator (bawaan: PEKERJA_USER); kata sandi dari PEKERJA_PASSWORD atau diketik",
             "en": "the operator's account (default: PEKERJA_USER); the password from PEKERJA_PASSWORD or typed"},
    "database_url": {
        "id": "(hub) basis data di server PostgreSQL, mis. postgresql://pekerja@server/pekerja (bawaan: "
        "PEKERJA_DATABASE_URL, atau database.json di folder data, atau berkas lokal)",
        "en": "(hub) a database on a PostgreSQL server, e.g. postgresql://pekerja@server/pekerja (default: "
        "PEKERJA_DATABASE_URL, else database.json in the data folder, else the local file)"},
    "file_with_command": {"id": "berkas {path} dibuka di jendela, tanpa perintah {command}",
                          "en": "the file {path} opens in the window, without the command {command}"},
}
VALUE_OPTIONS = ("--data-dir", "--lang", "--user", "--database-url")  # the global options that take a value


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a bad argument as one line in the user's language."""

    def error(self, message: str):
        line = render(ERROR_MESSAGES, "argument.invalid", {"reason": message})
        self.exit(EXIT_USAGE, f"{self.prog}: {line}\n")


def add_global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """--data-dir, --lang, --user, --database-url: before the command, or after it (then `suppress` them as
    defaults, so that a value given before the command is not overwritten)."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", default=default, metavar="DIR", help=render(GLOBAL_HELP, "data_dir"))
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=default, help=render(GLOBAL_HELP, "lang"))
    parser.add_argument("--user", default=default, metavar="NAME", help=render(GLOBAL_HELP, "user"))
    parser.add_argument("--database-url", default=default, metavar="URL", help=render(GLOBAL_HELP, "database_url"))


def global_options_parent() -> argparse.ArgumentParser:
    """A parent that lends the global options to a command's own subcommands (`account add NAME --user …`)."""
    parent = argparse.ArgumentParser(add_help=False)
    add_global_options(parent, suppress=True)
    return parent


class LazyCommands(argparse._SubParsersAction):
    """The commands' subparsers. Each starts empty, with its name and help from the table; the chosen one is built
    by its module's builder just before argparse hands it the rest of the command line."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._built: set[str] = set()

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        self.build(values[0])
        super().__call__(parser, namespace, values, option_string)

    def build(self, name: str) -> None:
        if name in self._built:
            return
        command = self._name_parser_map[name]
        add_global_options(command, suppress=True)
        module = importlib.import_module(f"{COMMAND_PACKAGE}.{COMMANDS[name].module}")
        module.BUILDERS[name](command, global_options_parent())
        translate_metavars(command)
        self._built.add(name)


def _parser_and_commands() -> tuple[OneLineParser, LazyCommands]:
    parser = OneLineParser(prog=PROG, description=render(GLOBAL_HELP, "description"),
                           epilog=render(GLOBAL_HELP, "epilog"))
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help=render(GLOBAL_HELP, "version"))
    parser.add_argument("--self-test", action="store_true", help=render(GLOBAL_HELP, "self_test"))
    add_global_options(parser, suppress=False)
    translate_metavars(parser)
    commands = cast(LazyCommands, parser.add_subparsers(dest="command", metavar=metavar("COMMAND"),
                                                        action=LazyCommands, parser_class=OneLineParser))
    for name in COMMANDS:
        commands.add_parser(name, help=command_help(name), description=command_help(name))
    return parser, commands


def parser_with_every_command() -> OneLineParser:
    """Every command built, for those who read all their options (the user guide's test)."""
    parser, commands = _parser_and_commands()
    for name in COMMANDS:
        commands.build(name)
    return parser


def read_command_line(argv: Sequence[str]) -> argparse.Namespace:
    """The user's language first (the help and argument errors are written while parsing), then the arguments.
    `args.bundle_file` is the file given instead of a command (None without one)."""
    apply_language_early(argv)
    position = file_position(argv)
    rest = list(argv) if position is None else [*argv[:position], *argv[position + 1:]]
    with argparse_in_user_language():
        parser, _ = _parser_and_commands()  # every command listed, none built until chosen
        args = parser.parse_args(rest)
        args.bundle_file = None if position is None else _opened_file(parser, args, argv[position])
    apply_language(args)
    return args


def file_position(argv: Sequence[str]) -> int | None:
    """Where a file stands instead of a command: `pekerja-desktop E:\\paket.pekerja`, as Windows runs the program
    for a double-clicked bundle. A word without a dot or a slash is a command (or a mistyped one, for argparse)."""
    index = 0
    while index < len(argv):
        item = argv[index]
        if item in VALUE_OPTIONS:
            index += 2
        elif item.startswith("-"):
            index += 1
        else:
            return None if item in COMMANDS or not _names_a_file(item) else index
    return None


def _names_a_file(item: str) -> bool:
    return any(mark in item for mark in (".", "/", "\\")) or os.path.isfile(item)


def _opened_file(parser: OneLineParser, args: argparse.Namespace, item: str) -> Path:
    """The file the window is to open; a missing one, or one given with a command, is a usage error."""
    if args.command is not None:
        parser.error(render(GLOBAL_HELP, "file_with_command", {"path": item, "command": args.command}))
    if not os.path.isfile(item):
        parser.exit(EXIT_USAGE, f"{parser.prog}: {render(ERROR_MESSAGES, 'file.missing', {'path': item})}\n")
    return Path(item).absolute()


def apply_language_early(argv: Sequence[str]) -> None:
    """`--lang` (else PEKERJA_LANG, else Indonesian) must hold for the help and for argument errors too, which
    argparse writes while parsing."""
    from_env = os.environ.get("PEKERJA_LANG")
    set_language(from_env if from_env in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE)
    for index, item in enumerate(argv):
        value = item.partition("=")[2] if item.startswith("--lang=") else None
        if item == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in SUPPORTED_LANGUAGES:
            set_language(value)


def apply_language(args: argparse.Namespace) -> None:
    language = getattr(args, "lang", None) or os.environ.get("PEKERJA_LANG")
    if language in SUPPORTED_LANGUAGES:
        set_language(language)
