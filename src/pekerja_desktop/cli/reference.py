"""`pekerja-desktop occupations`, `dukcapil-occupations` and `coverage-start`: the occupation list, Dukcapil's
occupations with the hub's mapping, and the default coverage-start rule — shown, and changed where allowed."""

from __future__ import annotations

import argparse

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json, print_table, yes_no
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.reference.coverage import (
    coverage_start_rule,
    default_coverage_start_for,
    set_coverage_start_rule,
)
from pekerja_desktop.services.reference.dukcapil import list_dukcapil, set_dukcapil_mapping
from pekerja_desktop.services.reference.occupations import deactivate_occupation, list_occupations, save_occupation

HEADERS = {"id": ("Kode", "Nama", "Nama (Inggris)", "Aktif"), "en": ("Code", "Name", "Name (Indonesian)", "Active")}
HELP = {
    "set": {"id": "tambah atau ubah pekerjaan (nama Indonesia dan Inggris)",
            "en": "add or change an occupation (its Indonesian and English names)"},
    "deactivate": {"id": "keluarkan dari pilihan (data lama tetap)",
                   "en": "take it out of the choices (old data stay)"},
    "all": {"id": "tampilkan juga yang tidak aktif", "en": "show the inactive ones too"},
    "dukcapil_set": {"id": "(hub, admin) petakan kode Dukcapil ke kode pekerjaan program, confirm atau ask",
                     "en": "(hub, admin) map a Dukcapil code onto a programme occupation code, confirm or ask"},
    "note": {"id": "catatan pemetaan", "en": "a note on the mapping"},
    "coverage_set": {"id": "(hub, admin) next_month, enrolment_day atau tanggal yyyy-mm-dd",
                     "en": "(hub, admin) next_month, enrolment_day or a date yyyy-mm-dd"},
}
DUKCAPIL_HEADERS = {"id": ("Kode", "Pekerjaan Dukcapil", "Pemetaan", "Catatan"),
                    "en": ("Code", "Dukcapil occupation", "Mapping", "Note")}
COVERAGE = {"rule": {"id": "Aturan mulai kepesertaan: {rule} (pendaftaran hari ini mulai {date}).",
                     "en": "Coverage-start rule: {rule} (an enrolment today starts on {date})."}}


def build_occupations(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--set", nargs=3, metavar=("CODE", "NAME_ID", "NAME_EN"), help=render(HELP, "set"))
    action.add_argument("--deactivate", metavar="CODE", help=render(HELP, "deactivate"))
    parser.add_argument("--all", action="store_true", help=render(HELP, "all"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    set_handler(parser, run)


def build_dukcapil(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--set", nargs=2, metavar=("CODE", "TARGET"), help=render(HELP, "dukcapil_set"))
    parser.add_argument("--note", default=None, metavar="TEXT", help=render(HELP, "note"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    set_handler(parser, run_dukcapil)


def build_coverage_start(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--set", default=None, metavar="RULE", help=render(HELP, "coverage_set"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    set_handler(parser, run_coverage_start)


BUILDERS = {"occupations": build_occupations, "dukcapil-occupations": build_dukcapil,
            "coverage-start": build_coverage_start}


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


def run_dukcapil(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        if args.set:
            code, target = args.set
            set_dukcapil_mapping(ctx, _code(code), target, args.note)
        rows = list_dukcapil(ctx)
    records = [{"code": r.code, "name": r.name, "rule": r.rule, "programme_code": r.programme_code,
                "target": r.target, "note": r.note} for r in rows]
    if args.format == "json":
        print_json(records)
        return 0
    print_table(records, ("code", "name", "target", "note"), DUKCAPIL_HEADERS[current_language()])
    return 0


def _code(text: str) -> int:
    try:
        return int(text)
    except ValueError as exc:
        raise PekerjaError("argument.invalid", reason=f"CODE: {text}") from exc


def run_coverage_start(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        rule = set_coverage_start_rule(ctx, args.set) if args.set else coverage_start_rule(ctx)
        starts = default_coverage_start_for(ctx)
    if args.format == "json":
        print_json({"rule": rule, "today_starts": starts.isoformat()})
    else:
        print(render(COVERAGE, "rule", {"rule": rule, "date": format_date(starts)}))
    return 0
