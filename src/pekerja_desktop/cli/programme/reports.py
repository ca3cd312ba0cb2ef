"""The programme year's reports, kinds of `report`: `report ending --month YYYY-MM --out FILE` (participants
reaching the age limit) and `report benefits --year YYYY --out FILE` (benefits submitted and paid per
kabupaten/kota: every office at the hub).
cli/report.py adds them to its kinds."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from pekerja_desktop.cli.common import context_from, month_argument
from pekerja_desktop.documents.formatting import number_text, rupiah
from pekerja_desktop.domain.dates import month_text
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.lifecycle.benefits import write_benefits_report
from pekerja_desktop.services.lifecycle.ending import write_ending_report
from pekerja_desktop.services.reports.files import check_report_path

MESSAGES = {
    "ending_done": {"id": "Batas usia {month}: {reaching} peserta mencapainya, {overdue} sudah lewat dan masih aktif; "
                          "ditulis ke {path}.",
                    "en": "Age limit {month}: {reaching} participants reach it, {overdue} are past it and still "
                          "active; written to {path}."},
    "benefits_done": {"id": "Manfaat {year}: {claims} klaim, {paid} dibayar; ditulis ke {path}.",
                      "en": "Benefits {year}: {claims} claims, {paid} paid; written to {path}."},
}
HELP = {
    "ending": {"id": "peserta yang mencapai batas usia dalam bulan itu (PDF atau XLSX)",
               "en": "participants reaching the age limit in the month (PDF or XLSX)"},
    "benefits": {"id": "manfaat JKM/JKK yang diajukan dan dibayar per kabupaten/kota (PDF atau XLSX)",
                 "en": "JKM/JKK benefits submitted and paid per regency/city (PDF or XLSX)"},
}


def report_file(text: str) -> Path:
    try:
        return check_report_path(Path(text))
    except HubError as exc:
        raise argparse.ArgumentTypeError(exc.message()) from None


def _ending_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--month", required=True, type=month_argument, metavar="YYYY-MM")
    parser.add_argument("--out", required=True, type=report_file, metavar="FILE")


def run_ending(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        listing = write_ending_report(ctx, args.month, args.out)
    print(render(MESSAGES, "ending_done", {"month": month_text(listing.month, current_language()),
                                           "reaching": number_text(len(listing.reaching)),
                                           "overdue": number_text(len(listing.overdue)), "path": str(args.out)}))
    return 0


def _benefits_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", required=True, type=int, metavar="YYYY")
    parser.add_argument("--out", required=True, type=report_file, metavar="FILE")


def run_benefits(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        benefits = write_benefits_report(ctx, args.year, args.out)
    paid = sum(regency.amount for regency in benefits.regencies)
    print(render(MESSAGES, "benefits_done", {"year": benefits.year, "claims": number_text(len(benefits.claims)),
                                             "paid": rupiah(paid), "path": str(args.out)}))
    return 0


# kind: (adds its arguments, handler); its help is HELP[kind]
PROGRAMME_REPORTS: dict[str, tuple[Callable, Callable]] = {
    "ending": (_ending_arguments, run_ending),
    "benefits": (_benefits_arguments, run_benefits),
}
