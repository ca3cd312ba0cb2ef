"""At the hub, the programme's money beyond the monthly bill itself (`report billing [--close]`, cli/report.py):
`billing-reconcile` (a closed bill against BPJS's invoice) and `budget` (ceilings per funding source and year,
realisation, projection)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pekerja_desktop.cli.common import context_from, month_argument, set_handler
from pekerja_desktop.documents.formatting import number_text, rupiah
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.billing.reconcile_output import write_reconciliation
from pekerja_desktop.services.budget.ceilings import parse_amount_text, parse_year, save_ceiling
from pekerja_desktop.services.budget.errors import BudgetError
from pekerja_desktop.services.budget.year import BudgetYear, budget_year
from pekerja_desktop.services.reports.files import check_report_path
from pekerja_desktop.store.billing_models import Tranche

MESSAGES = {
    "reconciled": {
        "id": "Rekonsiliasi {month}: cocok {matched}, jumlah berbeda {different}, hanya pada tagihan kami {ours_only}, "
              "hanya pada berkas BPJS {theirs_only}, baris tidak terbaca {unreadable}; tagihan kami {ours}, berkas "
              "BPJS {theirs}; ditulis ke {path}.",
        "en": "Reconciliation {month}: matched {matched}, amounts that differ {different}, only on our bill "
              "{ours_only}, only in the BPJS file {theirs_only}, unreadable rows {unreadable}; our bill {ours}, BPJS "
              "file {theirs}; written to {path}."},
    "budget_line": {
        "id": "{source}: pagu {ceiling} (murni {murni}, perubahan {perubahan}), realisasi {realised} ({closed} bulan "
              "ditutup), proyeksi s.d. Desember {projected}{warning}",
        "en": "{source}: ceiling {ceiling} (murni {murni}, perubahan {perubahan}), realised {realised} ({closed} "
              "months closed), projected to December {projected}{warning}"},
    "over": {"id": " — MELEBIHI PAGU sebesar {amount}", "en": " — OVER THE CEILING by {amount}"},
    "no_ceiling": {"id": " — pagu belum diisi", "en": " — no ceiling set"},
    "budget_head": {"id": "Anggaran {year} (aktif hari ini: {active} peserta)",
                    "en": "Budget {year} (active today: {active} participants)"},
}
HELP = {
    "reconcile.file": {"id": "tagihan atau daftar peserta dari BPJS (XLSX/CSV: NIK atau KPJ, dan jumlah iuran)",
                       "en": "BPJS's invoice or participant list (XLSX/CSV: NIK or KPJ, and the amount)"},
    "reconcile.out": {"id": "laporan rekonsiliasi (PDF atau XLSX)", "en": "the reconciliation report (PDF or XLSX)"},
    "budget.year": {"id": "tahun anggaran, mis. 2027", "en": "the budget year, e.g. 2027"},
    "budget.ceiling": {"id": "(admin) pagu sumber dana itu pada tahun itu, mis. --ceiling APBD_PROV 7056000000",
                       "en": "(admin) that funding source's ceiling that year, e.g. --ceiling APBD_PROV 7056000000"},
    "budget.tranche": {"id": "tahap anggaran pagu itu: murni (bawaan) atau perubahan",
                       "en": "the budget tranche of that ceiling: murni (default) or perubahan"},
    "budget.format": {"id": "keluaran: text (bawaan) atau json", "en": "output: text (default) or json"},
}


def _typed(parse):
    def check(text: str):
        try:
            return parse(text)
        except PekerjaError as exc:
            raise argparse.ArgumentTypeError(exc.message()) from None
    return check


def build_reconcile(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--month", required=True, type=month_argument, metavar="YYYY-MM")
    parser.add_argument("file", type=Path, metavar="FILE", help=render(HELP, "reconcile.file"))
    parser.add_argument("--out", required=True, type=_typed(check_report_path), metavar="REPORT",
                        help=render(HELP, "reconcile.out"))
    set_handler(parser, run_reconcile)


def build_budget(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", required=True, type=_typed(parse_year), metavar="YYYY",
                        help=render(HELP, "budget.year"))
    parser.add_argument("--ceiling", nargs=2, metavar=("SOURCE", "AMOUNT"), help=render(HELP, "budget.ceiling"))
    parser.add_argument("--tranche", choices=[t.value for t in Tranche], default=Tranche.MURNI.value,
                        help=render(HELP, "budget.tranche"))
    parser.add_argument("--format", choices=("text", "json"), default="text", help=render(HELP, "budget.format"))
    set_handler(parser, run_budget)


BUILDERS = {"billing-reconcile": build_reconcile, "budget": build_budget}


def run_reconcile(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = write_reconciliation(ctx, args.month, args.file, args.out)
    counts = {outcome: number_text(result.count(outcome))
              for outcome in ("matched", "different", "ours_only", "theirs_only", "unreadable")}
    print(render(MESSAGES, "reconciled", {**counts, "month": args.month.strftime("%m/%Y"), "path": str(args.out),
                                           "ours": rupiah(result.our_total), "theirs": rupiah(result.their_total)}))
    return 0


def run_budget(args: argparse.Namespace) -> int:
    """Sets a ceiling when asked, then shows the year: per funding source, its ceiling, realisation, projection."""
    with context_from(args) as ctx:
        if args.ceiling:
            source, amount = args.ceiling
            parsed = parse_amount_text(amount)
            if parsed is None:
                raise BudgetError("budget.bad_amount", value=amount)
            save_ceiling(ctx, args.year, source, args.tranche, parsed)
        year = budget_year(ctx, args.year)
    if args.format == "json":
        print(json.dumps(year.as_json(), ensure_ascii=False, indent=2))
    else:
        _print_year(year)
    return 0


def _print_year(year: BudgetYear) -> None:
    print(render(MESSAGES, "budget_head", {"year": year.year, "active": number_text(year.active_today)}))
    for source in year.sources:
        warning = (render(MESSAGES, "over", {"amount": rupiah(source.projected - source.ceiling)}) if source.over
                   else render(MESSAGES, "no_ceiling") if not source.ceiling else "")
        print(render(MESSAGES, "budget_line", {
            "source": f"{source.name} ({source.code})", "ceiling": rupiah(source.ceiling),
            "murni": rupiah(source.murni), "perubahan": rupiah(source.perubahan), "realised": rupiah(source.realised),
            "closed": source.closed_months, "projected": rupiah(source.projected), "warning": warning}))
