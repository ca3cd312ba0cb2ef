"""`pekerja-desktop list`: search the register; table, CSV or JSON. NIKs are masked for a petugas unless
`--reveal` (one audit event per command, with how many NIKs were shown)."""

from __future__ import annotations

import argparse

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_csv, print_json, print_table
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.services.privacy.reveal import masks_niks, nik_for_display, record_reveal
from pekerja_desktop.services.register.search import ParticipantQuery, search_participants

JSON_COLUMNS = ("registration_number", "nik", "full_name", "birth_date", "sex", "village_code", "status",
                "kpj", "occupation", "office_code", "uuid", "version")
TABLE_COLUMNS = ("registration_number", "nik", "full_name", "birth_date", "sex", "village_code", "status", "kpj")
TABLE_HEADERS = {
    "id": ("No. Pendaftaran", "NIK", "Nama", "Tgl Lahir", "JK", "Desa", "Status", "KPJ"),
    "en": ("Registration no.", "NIK", "Name", "Birth date", "Sex", "Village", "Status", "KPJ"),
}
HELP = {
    "search": {"id": "awalan NIK, nomor pendaftaran, atau potongan nama",
               "en": "the start of a NIK, a registration number, or part of a name"},
    "region": {"id": "kabupaten/kota, kecamatan atau desa", "en": "a kabupaten/kota, kecamatan or desa"},
    "reveal": {"id": "tampilkan NIK lengkap (dicatat di jejak audit)",
               "en": "show the full NIKs (recorded in the audit trail)"},
}


def build_list(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", default="", metavar="TEXT", help=render(HELP, "search"))
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.add_argument("--status", default=None)
    parser.add_argument("--region", default=None, metavar="CODE", help=render(HELP, "region"))
    parser.add_argument("--limit", type=int, default=None, metavar="N")
    parser.add_argument("--reveal", action="store_true", help=render(HELP, "reveal"))
    set_handler(parser, run)


BUILDERS = {"list": build_list}


def run(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        with ctx.db.session() as session:
            query = ParticipantQuery(text=args.search, status=args.status, region_code=args.region)
            rows = [row._asdict() for row in search_participants(session, query, limit=args.limit)]
        if masks_niks(ctx):
            _show_niks(ctx, rows, args.reveal)
    if args.format == "json":
        print_json([{c: row[c] for c in JSON_COLUMNS} for row in rows])
    elif args.format == "csv":
        print_csv(rows, JSON_COLUMNS)
    else:
        print_table(rows, TABLE_COLUMNS, TABLE_HEADERS[current_language()])
    return 0


def _show_niks(ctx, rows: list[dict], reveal: bool) -> None:
    if reveal:
        record_reveal(ctx, "list", sum(1 for row in rows if row["nik"]), where="cli list")
    for row in rows:
        row["nik"] = nik_for_display(ctx, row["nik"], revealed=reveal)
