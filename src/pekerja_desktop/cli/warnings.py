"""`pekerja-desktop warnings`: which warnings a petugas may confirm (the others need a supervisor)."""

from __future__ import annotations

import argparse

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json, print_table, yes_no
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.domain.warning_rights import PETUGAS_CONFIRMABLE_DEFAULT, WARNING_CODES, WARNING_NAMES
from pekerja_desktop.services.enrolment.edit_rights import petugas_may_confirm, set_petugas_confirmable

HEADERS = {"id": ("Kode", "Peringatan", "Petugas boleh konfirmasi"),
           "en": ("Code", "Warning", "A clerk may confirm")}
HELP = {
    "petugas": {"id": "kode peringatan yang boleh dikonfirmasi petugas, dipisah koma (kosong: tidak ada) (admin)",
                "en": "the warning codes a clerk may confirm, comma-separated (empty: none) (admin)"},
    "reset": {"id": "kembali ke bawaan: hanya yang tidak mengubah siapa yang dilindungi (heir.missing)",
              "en": "back to the default: only those that do not change who is covered (heir.missing)"},
}


def build_warnings(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--petugas", metavar="CODES", default=None, help=render(HELP, "petugas"))
    action.add_argument("--reset", action="store_true", help=render(HELP, "reset"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    set_handler(parser, run)


BUILDERS = {"warnings": build_warnings}


def run(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        if args.petugas is not None:
            set_petugas_confirmable(ctx, [code.strip() for code in args.petugas.split(",") if code.strip()])
        elif args.reset:
            set_petugas_confirmable(ctx, PETUGAS_CONFIRMABLE_DEFAULT)
        allowed = petugas_may_confirm(ctx)
    rows = [{"code": code, "warning": render(WARNING_NAMES, code), "petugas_may_confirm": code in allowed}
            for code in WARNING_CODES]
    if args.format == "json":
        print_json(rows)
        return 0
    for row in rows:
        row["allowed"] = yes_no(row["petugas_may_confirm"])
    print_table(rows, ("code", "warning", "allowed"), HEADERS[current_language()])
    return 0
