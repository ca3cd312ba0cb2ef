"""At the hub, the central office's exchange with BPJS: `bpjs-export`, `bpjs-template`, `billing-signer` (who
signs the bill), `kpj-import`, and the segment code of each funding source (`bpjs-segments`).

`bpjs-export` with nothing to submit prints one line, writes no file and exits 0.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pekerja_desktop.cli.common import context_from, month_argument, set_handler
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.billing.signer import current_signer, save_signer
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

MESSAGES = {
    "signer": {"id": "Penanda tangan rekap iuran: {title}, {name}, NIP {nip}",
               "en": "Billing signer: {title}, {name}, NIP {nip}"},
    "bpjs_done": {"id": "{rows} peserta ditulis ke {path} dan ditandai sudah dikirim ke BPJS.",
                  "en": "{rows} participants written to {path} and marked as submitted to BPJS."},
    "bpjs_nothing": {"id": "Tidak ada peserta yang perlu dikirim ke BPJS; tidak ada berkas yang ditulis.",
                     "en": "No participant to submit to BPJS; no file was written."},
    "kpj_done": {"id": "Impor KPJ {path}: {summary}. Laporan: {report}",
                 "en": "KPJ import {path}: {summary}. Report: {report}"},
    "changes_done": {"id": "Laporan perubahan {month}: {summary}; ditulis ke {path} dan ditandai sudah dilaporkan.",
                     "en": "Change report {month}: {summary}; written to {path} and marked as reported."},
    "changes_nothing": {"id": "Tidak ada perubahan untuk dilaporkan sampai akhir {month}; tidak ada berkas yang "
                              "ditulis.",
                        "en": "No change to report up to the end of {month}; no file was written."},
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


BUILDERS = {"bpjs-export": build_bpjs_export, "bpjs-template": build_bpjs_template,
            "billing-signer": build_billing_signer, "kpj-import": build_kpj_import,
            "bpjs-segments": build_bpjs_segments, "bpjs-changes": build_bpjs_changes}


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
