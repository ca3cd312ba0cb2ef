"""`report billing|coverage|recap|duplicates|rejected|budget --out FILE` (PDF or XLSX by the suffix): the monthly
contribution bill (`--close`: closed for good), enrolment coverage against target per kabupaten/kota (and, in the
XLSX, every breakdown of the dashboard), the enrolment recap, the duplicates review list and the rejected records —
every office at the hub, its own at an office — and the budget year (hub)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pekerja_desktop.cli.common import context_from, month_argument, set_handler
from pekerja_desktop.cli.programme.reports import HELP as PROGRAMME_HELP
from pekerja_desktop.cli.programme.reports import PROGRAMME_REPORTS
from pekerja_desktop.documents.formatting import number_text, percent_text, rupiah
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.billing.bill import close_month, write_billing_report
from pekerja_desktop.services.billing.output import month_name
from pekerja_desktop.services.budget.ceilings import parse_year
from pekerja_desktop.services.budget.output import write_budget_report
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.reports.coverage import write_coverage_report
from pekerja_desktop.services.reports.files import (
    check_report_path,
    write_duplicates_report,
    write_recap_report,
    write_rejected_report,
)

MESSAGES = {
    "billing_done": {"id": "Rekap iuran {month}: {workers} pekerja, {total}; ditulis ke {path}.",
                     "en": "Contribution bill {month}: {workers} workers, {total}; written to {path}."},
    "billing_closed": {"id": "Tagihan {month} ditutup: {workers} pekerja, iuran {regular}, koreksi {corrections}, "
                             "jumlah {total}; ditulis ke {path}. Tagihan ini tidak berubah lagi.",
                       "en": "The bill of {month} is closed: {workers} workers, contributions {regular}, corrections "
                             "{corrections}, total {total}; written to {path}. It will not change again."},
    "coverage_done": {"id": "Cakupan per {date}: {enrolled} dari target {target} pekerja ({percent}); "
                            "ditulis ke {path}.",
                      "en": "Coverage as of {date}: {enrolled} of a target of {target} workers ({percent}); "
                            "written to {path}."},
    "recap_done": {"id": "Rekap pendaftaran: {participants} peserta dari {offices} kantor; ditulis ke {path}.",
                   "en": "Enrolment recap: {participants} participants from {offices} office(s); written to {path}."},
    "duplicates_done": {"id": "Daftar NIK ganda: {pairs} pasangan ({open} belum diperiksa); ditulis ke {path}.",
                        "en": "Duplicate NIK list: {pairs} pairs ({open} open); written to {path}."},
    "rejected_done": {"id": "Rekaman ditolak: {records}; ditulis ke {path}.",
                      "en": "Rejected records: {records}; written to {path}."},
    "budget_done": {"id": "Anggaran {year}: pagu {ceiling}, realisasi {realised}, proyeksi s.d. Desember {projected}"
                          "{over}; ditulis ke {path}.",
                    "en": "Budget {year}: ceilings {ceiling}, realised {realised}, projected to December {projected}"
                          "{over}; written to {path}."},
    "budget_over": {"id": " — melebihi pagu: {sources}", "en": " — over the ceiling: {sources}"},
}
HELP = {
    "billing": {"id": "rekap iuran bulanan (PDF atau XLSX)", "en": "the monthly contribution bill (PDF or XLSX)"},
    "billing.close": {"id": "(supervisor) tutup bulan ini: tagihan dan daftar pesertanya dibekukan, perubahan "
                            "sesudahnya menjadi koreksi pada tagihan berikutnya",
                      "en": "(supervisor) close the month: its bill and list of participants are frozen, later "
                            "changes become corrections on the next bill"},
    "coverage": {"id": "cakupan kepesertaan per kabupaten/kota (PDF atau XLSX)",
                 "en": "enrolment coverage per kabupaten/kota (PDF or XLSX)"},
    "recap": {"id": "rekap pendaftaran per kantor dan per desa (PDF atau XLSX)",
              "en": "the enrolment recap per office and per desa (PDF or XLSX)"},
    "duplicates": {"id": "daftar periksa NIK ganda (PDF atau XLSX)",
                   "en": "the duplicate NIK review list (PDF or XLSX)"},
    "rejected": {"id": "rekaman yang ditolak kantor pusat (PDF atau XLSX)",
                 "en": "the records the central office rejected (PDF or XLSX)"},
    "budget": {"id": "(hub) pagu, realisasi dan proyeksi anggaran setahun (PDF atau XLSX)",
               "en": "(hub) the budget year's ceilings, realisation and projection (PDF or XLSX)"},
}


def _year(text: str) -> int:
    try:
        return parse_year(text)
    except PekerjaError as exc:
        raise argparse.ArgumentTypeError(exc.message()) from None


def _report_file(text: str) -> Path:
    try:
        return check_report_path(Path(text))
    except HubError as exc:
        raise argparse.ArgumentTypeError(exc.message()) from None


def build_report(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    kinds = parser.add_subparsers(dest="report_kind", required=True,
                                  metavar="|".join(("billing", "coverage", "recap", "duplicates", "rejected", "budget",
                                                    *PROGRAMME_REPORTS)))
    handlers = {"billing": run_billing, "coverage": run_coverage, "recap": run_recap,
                "duplicates": run_duplicates, "rejected": run_rejected, "budget": run_budget}
    for name, handler in handlers.items():
        kind = kinds.add_parser(name, parents=[parent], help=render(HELP, name))
        if name == "billing":
            kind.add_argument("--month", required=True, type=month_argument, metavar="YYYY-MM")
            kind.add_argument("--close", action="store_true", help=render(HELP, "billing.close"))
        if name == "budget":
            kind.add_argument("--year", required=True, type=_year, metavar="YYYY")
        kind.add_argument("--out", required=True, type=_report_file, metavar="FILE")
        set_handler(kind, handler)
    for name, (add_arguments, handler) in PROGRAMME_REPORTS.items():  # the programme year's
        kind = kinds.add_parser(name, parents=[parent], help=render(PROGRAMME_HELP, name))
        add_arguments(kind)
        set_handler(kind, handler)


BUILDERS = {"report": build_report}


def run_billing(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        billing = (close_month if args.close else write_billing_report)(ctx, args.month, args.out)
    figures = {"month": month_name(billing.month), "workers": number_text(billing.workers),
               "total": rupiah(billing.total), "path": str(args.out)}
    if args.close:
        figures.update(regular=rupiah(billing.regular_total), corrections=rupiah(billing.correction_total))
    print(render(MESSAGES, "billing_closed" if args.close else "billing_done", figures))
    return 0


def run_coverage(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        data = write_coverage_report(ctx, args.out)
    print(render(MESSAGES, "coverage_done", {
        "date": data.today.strftime("%d/%m/%Y"), "enrolled": number_text(data.total.count),
        "target": number_text(data.target_total), "percent": percent_text(data.progress), "path": str(args.out)}))
    return 0


def run_recap(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        recap = write_recap_report(ctx, args.out)
    print(render(MESSAGES, "recap_done", {"participants": number_text(recap.total.total),
                                          "offices": number_text(len(recap.offices)), "path": str(args.out)}))
    return 0


def run_duplicates(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        pairs = write_duplicates_report(ctx, args.out)
    print(render(MESSAGES, "duplicates_done", {"pairs": number_text(len(pairs)), "path": str(args.out),
                                               "open": number_text(sum(p.is_open for p in pairs))}))
    return 0


def run_rejected(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        records = write_rejected_report(ctx, args.out)
    print(render(MESSAGES, "rejected_done", {"records": number_text(len(records)), "path": str(args.out)}))
    return 0


def run_budget(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        year = write_budget_report(ctx, args.year, args.out)
    over = ", ".join(source.name for source in year.over)
    print(render(MESSAGES, "budget_done", {
        "year": args.year, "ceiling": rupiah(sum(s.ceiling for s in year.sources)),
        "realised": rupiah(sum(s.realised for s in year.sources)),
        "projected": rupiah(sum(s.projected for s in year.sources)), "path": str(args.out),
        "over": render(MESSAGES, "budget_over", {"sources": over}) if over else ""}))
    return 0
