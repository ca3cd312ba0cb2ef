"""`pekerja-desktop occupations`: show and edit the occupation list."""

from __future__ import annotations

import argparse

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json, print_table, yes_no
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.services.reference.occupations import deactivate_occupation, list_occupations, save_occupation

HEADERS = {"id": ("Kode", "Nama", "Nama (Inggris)", "Aktif"), "en": ("Code", "Name", "Name (Indonesian)", "Active")}
HELP = {
    "set": {"id": "tambah atau ubah pekerjaan (nama Indonesia dan Inggris)",
            "en": "add or change an occupation (its Indonesian and English names)"},
    "deactivate": {"id": "keluarkan dari pilihan (data lama tetap)",
                   "en": "take it out of the choices (old data stay)"},
    "all": {"id": "tampilkan juga yang tidak aktif", "en": "show the inactive ones too"},
}


def build_occupations(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--set", nargs=3, metavar=("CODE", "NAME_ID", "NAME_EN"), help=render(HELP, "set"))
    action.add_argument("--deactivate", metavar="CODE", help=render(HELP, "deactivate"))
    parser.add_argument("--all", action="store_true", help=render(HELP, "all"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    set_handler(parser, run)


BUILDERS = {"occupations": build_occupations}


def run(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        if args.set:
            save_occupation(ctx, *args.set)
        elif args.deactivate:
            deactivate_occupation(ctx, args.deactivate)
        rows = list_occupations(ctx, include_inactive=args.all)
    records = [row.__dict__ for row in rows]
    if args.format == "json":
        print_json(records)
        return 0
    english = current_language() == "en"
    for record in records:
        record["shown"], record["other"] = ((record["name_en"], record["name_id"]) if english
                                            else (record["name_id"], record["name_en"]))
        record["active_text"] = yes_no(record["active"])
    print_table(records, ("code", "shown", "other", "active_text"), HEADERS[current_language()])
    return 0
