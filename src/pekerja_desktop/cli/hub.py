"""`report …`, and at the hub `bpjs-export` and `kpj-import`: the central office's exchange with BPJS and its bill.

`report` is a group of subcommands: billing, coverage, recap, duplicates, rejected.
`bpjs-export` with nothing to submit prints one line, writes no file and exits 0.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pekerja_desktop.cli.common import OneLineParser, context_from
from pekerja_desktop.cli.report_coverage import add_coverage
from pekerja_desktop.cli.report_more import register_reports
from pekerja_desktop.documents.formatting import number_text as count_text
from pekerja_desktop.documents.formatting import rupiah
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.hub.billing import parse_month
from pekerja_desktop.services.hub.billing_output import month_name, write_billing_report
from pekerja_desktop.services.hub.billing_signer import current_signer, save_signer
from pekerja_desktop.services.hub.bpjs_export import export_bpjs
from pekerja_desktop.services.hub.bpjs_template import current_template, read_template_file, save_template
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.hub.kpj_import import OUTCOMES, import_kpj

MESSAGES = {
    "signer": {"id": "Penanda tangan rekap iuran: {title}, {name}, NIP {nip}",
               "en": "Billing signer: {title}, {name}, NIP {nip}"},
    "billing_done": {"id": "Rekap iuran {month}: {workers} pekerja, {total}; ditulis ke {path}.",
                     "en": "Contribution bill {month}: {workers} workers, {total}; written to {path}."},
    "bpjs_done": {"id": "{rows} peserta ditulis ke {path} dan ditandai sudah dikirim ke BPJS.",
                  "en": "{rows} participants written to {path} and marked as submitted to BPJS."},
    "bpjs_nothing": {"id": "Tidak ada peserta yang perlu dikirim ke BPJS; tidak ada berkas yang ditulis.",
                     "en": "No participant to submit to BPJS; no file was written."},
    "kpj_done": {"id": "Impor KPJ {path}: {summary}. Laporan: {report}",
                 "en": "KPJ import {path}: {summary}. Report: {report}"},
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


def _month(text: str):
    try:
        return parse_month(text)
    except HubError as exc:
        raise argparse.ArgumentTypeError(exc.message()) from None


def _output(*suffixes: str):
    def check(text: str) -> Path:
        path = Path(text)
        if path.suffix.lower() not in suffixes:
            raise argparse.ArgumentTypeError(
                HubError("output.bad_suffix", path=text, suffixes=" / ".join(suffixes)).message())
        return path
    return check


def register(subparsers, parent: argparse.ArgumentParser) -> None:
    report = subparsers.add_parser("report", parents=[parent], help="laporan kantor pusat")
    kinds = report.add_subparsers(dest="report_kind", metavar="billing|coverage|recap|duplicates|rejected",
                                  parser_class=OneLineParser, required=True)
    billing = kinds.add_parser("billing", parents=[parent], help="rekap iuran bulanan (PDF atau XLSX)")
    billing.add_argument("--month", required=True, type=_month, metavar="YYYY-MM")
    billing.add_argument("--out", required=True, type=_output(".pdf", ".xlsx"), metavar="FILE")
    billing.set_defaults(handler=run_billing)
    register_reports(kinds, parent)
    add_coverage(kinds, parent)

    export = subparsers.add_parser("bpjs-export", parents=[parent], help="berkas unggah BPJS (XLSX atau CSV)")
    export.add_argument("--out", required=True, type=_output(".xlsx", ".csv"), metavar="FILE")
    export.set_defaults(handler=run_bpjs_export)

    template = subparsers.add_parser("bpjs-template", parents=[parent],
                                     help="(hub) templat kolom berkas unggah BPJS: tampilkan, ganti, atau kembalikan")
    change = template.add_mutually_exclusive_group()
    change.add_argument("--set", type=Path, metavar="FILE.json", help="(admin) ganti dengan templat dari berkas JSON")
    change.add_argument("--reset", action="store_true", help="(admin) kembali ke templat bawaan")
    template.set_defaults(handler=run_bpjs_template)

    signer = subparsers.add_parser("billing-signer", parents=[parent],
                                   help="(hub) penanda tangan 'Mengetahui' pada rekap iuran: tampilkan atau ubah")
    signer.add_argument("--title", default=None, metavar="TEXT", help="(admin) jabatan, mis. 'Kepala Dinas'")
    signer.add_argument("--name", default=None, metavar="TEXT", help="(admin) nama lengkap")
    signer.add_argument("--nip", default=None, metavar="NIP", help="(admin) NIP, 18 angka")
    signer.set_defaults(handler=run_billing_signer)

    kpj = subparsers.add_parser("kpj-import", parents=[parent], help="impor nomor KPJ dari BPJS")
    kpj.add_argument("file", type=Path, metavar="FILE")
    kpj.add_argument("--report", type=Path, metavar="OUT", help="laporan CSV (default: di samping FILE)")
    kpj.set_defaults(handler=run_kpj_import)


def run_billing(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        billing = write_billing_report(ctx, args.month, args.out)
    print(render(MESSAGES, "billing_done", {"month": month_name(billing.month), "workers": count_text(billing.workers),
                                            "total": rupiah(billing.total), "path": str(args.out)}))
    return 0


def run_bpjs_export(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = export_bpjs(ctx, args.out)
    if result.path is None:
        print(render(MESSAGES, "bpjs_nothing", {}))
    else:
        print(render(MESSAGES, "bpjs_done", {"rows": result.rows, "path": str(result.path)}))
    return 0


def run_bpjs_template(args: argparse.Namespace) -> int:
    """Prints the template in force as JSON (after the change, when one was asked for)."""
    with context_from(args) as ctx:
        if args.set is not None:
            template = save_template(ctx, read_template_file(args.set))
        elif args.reset:
            template = save_template(ctx, None)
        else:
            template = current_template(ctx)
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
