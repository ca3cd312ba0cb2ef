"""At the hub, the central office's exchange with BPJS and its money: `bpjs-export`, `bpjs-template`,
`billing-signer` (who signs the bill), `kpj-import`, the segment code of each funding source (`bpjs-segments`),
the monthly change file (`bpjs-changes`), a closed bill against BPJS's invoice (`billing-reconcile`) and the
budget year (`budget`). The bill itself is `report billing [--close]` (cli/report.py).

`bpjs-export` with nothing to submit prints one line, writes no file and exits 0.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pekerja_desktop.cli.common import context_from, month_argument, set_handler
from pekerja_desktop.documents.formatting import number_text, rupiah
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.billing.reconcile_output import write_reconciliation
from pekerja_desktop.services.billing.signer import current_signer, save_signer
from pekerja_desktop.services.budget.ceilings import parse_amount_text, parse_year, save_ceiling
from pekerja_desktop.services.budget.errors import BudgetError
from pekerja_desktop.services.budget.year import BudgetYear, budget_year
from pekerja_desktop.services.hub.bpjs_change_file import write_change_file
from pekerja_desktop.services.hub.bpjs_export import export_bpjs
from pekerja_desktop.services.hub.bpjs_segments import current_segments, save_segment
from pekerja_desktop.services.hub.bpjs_template import (
    CHANGES,
    UPLOAD,
    current_template,
    read_template_file,
    save_template,
)
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.hub.kpj_import import OUTCOMES, import_kpj
from pekerja_desktop.services.reports.files import check_report_path
from pekerja_desktop.store.billing_models import Tranche

MESSAGES = {
    "signer": {"id": "Penanda tangan rekap iuran: {title}, {name}, NIP {nip}",
               "en": "Billing signer: {title}, {name}, NIP {nip}"},
    "bpjs_done": {"id": "{rows} peserta ditulis ke {path} dan ditandai sudah dikirim ke BPJS.",
                  "en": "{rows} participants written to {path} and marked as submitted to BPJS."},
    "bpjs_nothing": {"id": "Tidak ada peserta yang perlu dikirim ke BPJS; tidak ada berkas yang ditulis.",
                     "en": "No participant to submit to BPJS; no file was written."},
    "bpjs_held": {"id": "{count} peserta ditahan karena ada pada daftar orang yang sudah terlindungi; putuskan "
                  "dengan 'covered-list decide NOMOR --release|--hold':",
                  "en": "{count} participants held out: they stand on a list of people already covered; decide with "
                  "'covered-list decide NUMBER --release|--hold':"},
    "kpj_done": {"id": "Impor KPJ {path}: {summary}. Laporan: {report}",
                 "en": "KPJ import {path}: {summary}. Report: {report}"},
    "changes_done": {"id": "Laporan perubahan {month}: {summary}; ditulis ke {path} dan ditandai sudah dilaporkan.",
                     "en": "Change report {month}: {summary}; written to {path} and marked as reported."},
    "changes_nothing": {"id": "Tidak ada perubahan untuk dilaporkan sampai akhir {month}; tidak ada berkas yang "
                              "ditulis.",
                        "en": "No change to report up to the end of {month}; no file was written."},
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
CHANGE_NAMES = {
    "addition": {"id": "tambah {count}", "en": "{count} added"},
    "exit": {"id": "keluar {count}", "en": "{count} exits"},
    "reactivation": {"id": "aktif kembali {count}", "en": "{count} reactivated"},
    "correction": {"id": "ubah data {count}", "en": "{count} corrections"},
}
HELP = {
    "template.set": {"id": "(admin) ganti dengan templat dari berkas JSON",
                     "en": "(admin) replace it with the template of a JSON file"},
    "template.reset": {"id": "(admin) kembali ke templat bawaan", "en": "(admin) go back to the built-in template"},
    "template.changes": {"id": "templat laporan perubahan bulanan (bpjs-changes), bukan berkas unggah",
                         "en": "the monthly change report's template (bpjs-changes), not the upload file's"},
    "changes.month": {"id": "bulan yang dilaporkan, mis. 2027-03", "en": "the month reported, e.g. 2027-03"},
    "reconcile.file": {"id": "tagihan atau daftar peserta dari BPJS (XLSX/CSV: NIK atau KPJ, dan jumlah iuran)",
                       "en": "BPJS's invoice or participant list (XLSX/CSV: NIK or KPJ, and the amount)"},
    "reconcile.out": {"id": "laporan rekonsiliasi (PDF atau XLSX)", "en": "the reconciliation report (PDF or XLSX)"},
    "budget.year": {"id": "tahun anggaran, mis. 2027", "en": "the budget year, e.g. 2027"},
    "budget.ceiling": {"id": "(admin) pagu sumber dana itu pada tahun itu, mis. --ceiling APBD_PROV 7056000000",
                       "en": "(admin) that funding source's ceiling that year, e.g. --ceiling APBD_PROV 7056000000"},
    "budget.tranche": {"id": "tahap anggaran pagu itu: murni (bawaan) atau perubahan",
                       "en": "the budget tranche of that ceiling: murni (default) or perubahan"},
    "budget.format": {"id": "keluaran: text (bawaan) atau json", "en": "output: text (default) or json"},
    "signer.title": {"id": "(admin) jabatan, mis. 'Kepala Dinas'", "en": "(admin) the position, e.g. 'Kepala Dinas'"},
    "signer.name": {"id": "(admin) nama lengkap", "en": "(admin) the full name"},
    "signer.nip": {"id": "(admin) NIP, 18 angka", "en": "(admin) the NIP, 18 digits"},
    "kpj.report": {"id": "laporan CSV (bawaan: di samping BERKAS)", "en": "the CSV report (default: beside FILE)"},
    "segments.set": {"id": "(admin) kode segmen BPJS sebuah sumber dana, mis. --set APBDES SD",
                     "en": "(admin) the BPJS segment code of a funding source, e.g. --set APBDES SD"},
}
OUTCOME_NAMES = {
    "assigned": {"id": "KPJ dicatat", "en": "KPJ recorded"},
    "unchanged": {"id": "sudah tercatat", "en": "already recorded"},
    "refused": {"id": "ditolak BPJS", "en": "refused by BPJS"},
    "unmatched": {"id": "tidak ditemukan", "en": "not found"},
    "ambiguous": {"id": "NIK ganda di basis data", "en": "ambiguous NIK"},
    "malformed": {"id": "tidak valid", "en": "malformed"},
    "duplicate": {"id": "baris ganda", "en": "duplicate rows"},
    "kpj_taken": {"id": "KPJ milik peserta lain", "en": "KPJ held by another record"},
    "kpj_different": {"id": "sudah ber-KPJ lain", "en": "already has another KPJ"},
}


def _output(*suffixes: str):
    def check(text: str) -> Path:
        path = Path(text)
        if path.suffix.lower() not in suffixes:
            raise argparse.ArgumentTypeError(
                HubError("output.bad_suffix", path=text, suffixes=" / ".join(suffixes)).message())
        return path
    return check


def build_bpjs_export(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=_output(".xlsx", ".csv"), metavar="FILE")
    set_handler(parser, run_bpjs_export)


def build_bpjs_template(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--changes", action="store_true", help=render(HELP, "template.changes"))
    change = parser.add_mutually_exclusive_group()
    change.add_argument("--set", type=Path, metavar="FILE.json", help=render(HELP, "template.set"))
    change.add_argument("--reset", action="store_true", help=render(HELP, "template.reset"))
    set_handler(parser, run_bpjs_template)


def build_billing_signer(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--title", default=None, metavar="TEXT", help=render(HELP, "signer.title"))
    parser.add_argument("--name", default=None, metavar="TEXT", help=render(HELP, "signer.name"))
    parser.add_argument("--nip", default=None, metavar="NIP", help=render(HELP, "signer.nip"))
    set_handler(parser, run_billing_signer)


def build_kpj_import(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--report", type=Path, metavar="OUT", help=render(HELP, "kpj.report"))
    set_handler(parser, run_kpj_import)


def build_bpjs_changes(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--month", required=True, type=month_argument, metavar="YYYY-MM",
                        help=render(HELP, "changes.month"))
    parser.add_argument("--out", required=True, type=_output(".xlsx", ".csv"), metavar="FILE")
    set_handler(parser, run_bpjs_changes)


def build_bpjs_segments(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--set", nargs=2, metavar=("SOURCE", "CODE"), help=render(HELP, "segments.set"))
    set_handler(parser, run_bpjs_segments)


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


BUILDERS = {"bpjs-export": build_bpjs_export, "bpjs-template": build_bpjs_template,
            "billing-signer": build_billing_signer, "kpj-import": build_kpj_import,
            "bpjs-segments": build_bpjs_segments, "bpjs-changes": build_bpjs_changes,
            "billing-reconcile": build_reconcile, "budget": build_budget}


def run_bpjs_export(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = export_bpjs(ctx, args.out)
    if result.path is None:
        print(render(MESSAGES, "bpjs_nothing", {}))
    else:
        print(render(MESSAGES, "bpjs_done", {"rows": result.rows, "path": str(result.path)}))
    if result.held:
        print(render(MESSAGES, "bpjs_held", {"count": len(result.held)}))
        for person in result.held:
            print(f"  {person.registration_number}\t{'; '.join(person.lists)}")
    return 0


def run_bpjs_template(args: argparse.Namespace) -> int:
    """Prints the template in force as JSON (after the change, when one was asked for)."""
    kind = CHANGES if args.changes else UPLOAD
    with context_from(args) as ctx:
        if args.set is not None:
            template = save_template(ctx, read_template_file(args.set, kind), kind)
        elif args.reset:
            template = save_template(ctx, None, kind)
        else:
            template = current_template(ctx, kind)
    print(json.dumps(template, ensure_ascii=False, indent=2))
    return 0


def run_billing_signer(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        if args.title is None and args.name is None and args.nip is None:
            signer = current_signer(ctx)
        else:
            signer = save_signer(ctx, args.title, args.name, args.nip)
    print(render(MESSAGES, "signer", {"title": signer.title, "name": signer.name or "-", "nip": signer.nip or "-"}))
    return 0


def run_kpj_import(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = import_kpj(ctx, args.file, args.report)
    summary = ", ".join(f"{render(OUTCOME_NAMES, outcome, {})} {result.counts[outcome]}"
                        for outcome in OUTCOMES if result.counts[outcome]) or "0"
    print(render(MESSAGES, "kpj_done", {"path": str(args.file), "summary": summary, "report": str(result.report)}))
    return 0


def run_bpjs_segments(args: argparse.Namespace) -> int:
    """One line per funding source: code, segment ("-" when none), name."""
    with context_from(args) as ctx:
        rows = save_segment(ctx, *args.set) if args.set else current_segments(ctx)
    for code, name, segment in rows:
        print(f"{code}\t{segment or '-'}\t{name}")
    return 0


def run_bpjs_changes(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = write_change_file(ctx, args.month, args.out)
    month = args.month.strftime("%m/%Y")
    if result.path is None:
        print(render(MESSAGES, "changes_nothing", {"month": month}))
        return 0
    summary = ", ".join(render(CHANGE_NAMES, kind, {"count": result.counts[kind]})
                        for kind in CHANGE_NAMES if result.counts[kind])
    print(render(MESSAGES, "changes_done", {"month": month, "summary": summary, "path": str(result.path)}))
    return 0


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
