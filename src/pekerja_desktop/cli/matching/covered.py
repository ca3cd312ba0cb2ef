"""`covered-list add|show|remove|decide` (hub): lists of people already covered elsewhere, the participants they
flag, and a supervisor's decision on each (released to the BPJS upload file, or held out)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json, print_table
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.services.matching.covered_lists import (
    add_covered_list,
    covered_lists,
    decide_covered,
    flagged_people,
    remove_covered_list,
)
from pekerja_desktop.store.matching_models import CoveredDecision, CoveredKind

MESSAGES = {
    "added": {"id": "Daftar '{name}' ({kind}) disimpan: {entries} NIK; {flagged} peserta ada padanya dan ditahan "
              "dari berkas unggah BPJS sampai diputuskan.",
              "en": "List '{name}' ({kind}) stored: {entries} NIKs; {flagged} participants stand on it and are held "
              "out of the BPJS upload file until decided."},
    "skipped": {"id": "{count} baris tanpa NIK 16 digit yang terbaca dilewati (baris {rows}).",
                "en": "{count} rows without a readable 16-digit NIK skipped (rows {rows})."},
    "removed": {"id": "Daftar '{name}' dihapus ({entries} NIK).", "en": "List '{name}' removed ({entries} NIKs)."},
    "decided": {"id": "{key}: {decision} (daftar: {lists}).", "en": "{key}: {decision} (lists: {lists})."},
    "release": {"id": "dilepas ke berkas unggah BPJS", "en": "released to the BPJS upload file"},
    "hold": {"id": "tetap ditahan", "en": "kept held out"},
}
HELP = {
    "add": {"id": "baca daftar NIK (CSV/XLSX) dan tandai peserta yang ada padanya",
            "en": "read a list of NIKs (CSV/XLSX) and flag the participants on it"},
    "add.name": {"id": "nama daftar, mis. \"BPJS aktif Maluku 11/2026\"",
                 "en": "the list's name, e.g. \"BPJS aktif Maluku 11/2026\""},
    "add.kind": {"id": "asal daftar (bawaan: bpjs)", "en": "where the list comes from (default: bpjs)"},
    "show": {"id": "daftar yang disimpan, atau peserta yang ditandai satu daftar",
             "en": "the lists stored, or the participants one list flags"},
    "show.flagged": {"id": "tampilkan peserta yang ditandai (semua daftar, atau daftar NAME)",
                     "en": "show the participants flagged (by every list, or by list NAME)"},
    "remove": {"id": "hapus satu daftar beserta keputusannya", "en": "remove one list and its decisions"},
    "decide": {"id": "(supervisor) putuskan peserta yang ditandai: lepas ke BPJS atau tetap tahan",
               "en": "(supervisor) decide on a flagged participant: release to BPJS or keep held"},
    "decide.release": {"id": "tidak terlindungi di tempat lain: kirim ke BPJS",
                       "en": "not covered elsewhere after all: send to BPJS"},
    "decide.hold": {"id": "tetap tahan dari berkas unggah BPJS", "en": "keep held out of the BPJS upload file"},
    "decide.note": {"id": "alasan keputusan", "en": "why"},
}
LIST_HEADERS = {"id": ("Nama", "Jenis", "NIK", "Ditandai", "Ditahan", "Berkas", "Ditambahkan", "Oleh"),
                "en": ("Name", "Kind", "NIKs", "Flagged", "Held", "File", "Added", "By")}
LIST_COLUMNS = ("name", "kind", "entries", "flagged", "held", "file_name", "added_at", "added_by")
FLAGGED_HEADERS = {"id": ("Nomor registrasi", "Kantor", "Status", "Daftar", "Keputusan", "Catatan"),
                   "en": ("Registration number", "Office", "Status", "List", "Decision", "Note")}
FLAGGED_COLUMNS = ("registration_number", "office_code", "status", "list_name", "decision", "note")


def build_covered_list(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="covered_action", metavar="add|show|remove|decide", required=True)
    add = actions.add_parser("add", parents=[parent], help=render(HELP, "add"))
    add.add_argument("file", metavar="FILE")
    add.add_argument("--name", required=True, metavar="NAME", help=render(HELP, "add.name"))
    add.add_argument("--kind", choices=[k.value for k in CoveredKind], default=CoveredKind.BPJS.value,
                     help=render(HELP, "add.kind"))
    show = actions.add_parser("show", parents=[parent], help=render(HELP, "show"))
    show.add_argument("name", metavar="NAME", nargs="?", default=None)
    show.add_argument("--flagged", action="store_true", help=render(HELP, "show.flagged"))
    show.add_argument("--format", choices=("table", "json"), default="table")
    remove = actions.add_parser("remove", parents=[parent], help=render(HELP, "remove"))
    remove.add_argument("name", metavar="NAME")
    decide = actions.add_parser("decide", parents=[parent], help=render(HELP, "decide"))
    decide.add_argument("registration_number", metavar="NUMBER")
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--release", dest="decision", action="store_const", const=CoveredDecision.RELEASED.value,
                        help=render(HELP, "decide.release"))
    choice.add_argument("--hold", dest="decision", action="store_const", const=CoveredDecision.HELD.value,
                        help=render(HELP, "decide.hold"))
    decide.add_argument("--note", default="", metavar="TEXT", help=render(HELP, "decide.note"))
    set_handler(parser, run_covered_list)


BUILDERS = {"covered-list": build_covered_list}


def run_covered_list(args: argparse.Namespace) -> int:
    handlers = {"add": _add, "show": _show, "remove": _remove, "decide": _decide}
    with context_from(args) as ctx:
        handlers[args.covered_action](ctx, args)
    return 0


def _add(ctx, args: argparse.Namespace) -> None:
    added = add_covered_list(ctx, Path(args.file), args.name, args.kind)
    print(render(MESSAGES, "added", added.__dict__))
    if added.skipped_rows:
        shown = ", ".join(str(row) for row in added.skipped_rows[:20]) + (" …" if len(added.skipped_rows) > 20 else "")
        print(render(MESSAGES, "skipped", {"count": len(added.skipped_rows), "rows": shown}))


def _show(ctx, args: argparse.Namespace) -> None:
    if args.flagged or args.name:
        rows = [person.__dict__ for person in flagged_people(ctx, args.name)]
        columns, headers = FLAGGED_COLUMNS, FLAGGED_HEADERS[current_language()]
    else:
        rows = [{**summary.__dict__, "added_at": format_date(summary.added_at)} for summary in covered_lists(ctx)]
        columns, headers = LIST_COLUMNS, LIST_HEADERS[current_language()]
    if args.format == "json":
        print_json(rows)
    else:
        print_table(rows, columns, headers)


def _remove(ctx, args: argparse.Namespace) -> None:
    entries = remove_covered_list(ctx, args.name)
    print(render(MESSAGES, "removed", {"name": args.name, "entries": entries}))


def _decide(ctx, args: argparse.Namespace) -> None:
    lists = decide_covered(ctx, args.registration_number, args.decision, args.note)
    wording = "release" if args.decision == CoveredDecision.RELEASED.value else "hold"
    print(render(MESSAGES, "decided", {"key": args.registration_number.upper(), "decision": render(MESSAGES, wording),
                                       "lists": "; ".join(lists)}))
