"""Help for heirs: `claim-letter REGISTRATION_NUMBER --out FILE.pdf` (the claim checklist), `claim
REGISTRATION_NUMBER --kind jkm|jkk --submitted DATE [--paid DATE --amount N]` (a claim recorded, then its payment)
and `claim-settings` (the JKM amounts, the documents to bring, the BPJS office to go to)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json
from pekerja_desktop.cli.programme.lifecycle import date_argument
from pekerja_desktop.documents.formatting import rupiah
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.lifecycle.claim_letter import write_claim_letter
from pekerja_desktop.services.lifecycle.claim_settings import load_claim_settings, save_claim_settings
from pekerja_desktop.services.lifecycle.claims import record_claim

MESSAGES = {
    "letter": {"id": "Daftar periksa klaim {number} ditulis ke {path} ({pages} halaman); syarat beasiswa {met}.",
               "en": "Claim checklist of {number} written to {path} ({pages} pages); scholarship condition {met}."},
    "met": {"id": "terpenuhi", "en": "met"},
    "not_met": {"id": "belum terpenuhi", "en": "not met"},
    "submitted": {"id": "Klaim {kind} {number} dicatat: diajukan {submitted}; versi {version}.",
                  "en": "{kind} claim of {number} recorded: submitted {submitted}; version {version}."},
    "paid": {"id": "Klaim {kind} {number} dicatat: diajukan {submitted}, dibayar {paid} sebesar {amount}; versi "
                   "{version}.",
             "en": "{kind} claim of {number} recorded: submitted {submitted}, paid {paid}, {amount}; version "
                   "{version}."},
    "settings": {"id": "Manfaat JKM: santunan sekaligus {lump_sum}, berkala {periodic_count} × {periodic_amount}, "
                       "pemakaman {funeral} (jumlah {total}); beasiswa hingga {scholarship_max} setelah {years} "
                       "tahun.\nKantor BPJS: {office}\nDokumen:\n{documents}",
                 "en": "JKM benefits: lump sum {lump_sum}, periodic {periodic_count} × {periodic_amount}, funeral "
                       "{funeral} (total {total}); scholarship up to {scholarship_max} after {years} years.\n"
                       "BPJS office: {office}\nDocuments:\n{documents}"},
}
HELP = {
    "out": {"id": "berkas PDF", "en": "the PDF file"},
    "full_nik": {"id": "cetak NIK lengkap (bawaan: disamarkan)", "en": "print the full NIK (default: masked)"},
    "kind": {"id": "jkm (kematian) atau jkk (kecelakaan kerja)", "en": "jkm (death) or jkk (work accident)"},
    "submitted": {"id": "tanggal klaim diajukan ke BPJS", "en": "the day the claim was submitted to BPJS"},
    "paid": {"id": "tanggal dibayar (bersama --amount)", "en": "the day it was paid (with --amount)"},
    "amount": {"id": "jumlah dibayar (rupiah)", "en": "the amount paid (rupiah)"},
    "note": {"id": "keterangan", "en": "a note"},
    "bpjs_office": {"id": "kantor BPJS Ketenagakerjaan tujuan ahli waris", "en": "the BPJS office the heirs go to"},
    "document": {"id": "dokumen yang dibawa (ulangi untuk tiap dokumen; menggantikan daftar)",
                 "en": "a document to bring (repeat for each; replaces the list)"},
    "lump_sum": {"id": "santunan sekaligus JKM (rupiah)", "en": "the JKM lump sum (rupiah)"},
    "periodic": {"id": "santunan berkala: berapa kali dan berapa rupiah",
                 "en": "periodic payments: how many, how much"},
    "funeral": {"id": "biaya pemakaman (rupiah)", "en": "funeral costs (rupiah)"},
    "scholarship_max": {"id": "beasiswa paling banyak (rupiah)", "en": "the scholarship's maximum (rupiah)"},
    "scholarship_years": {"id": "tahun kepesertaan yang disyaratkan beasiswa",
                          "en": "the years of membership the scholarship needs"},
    "format": {"id": "keluaran: kalimat (bawaan) atau JSON", "en": "output: a sentence (default) or JSON"},
}


def build_claim_letter(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("key", metavar="REGISTRATION_NUMBER")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help=render(HELP, "out"))
    parser.add_argument("--full-nik", action="store_true", help=render(HELP, "full_nik"))
    set_handler(parser, run_claim_letter)


def build_claim(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("key", metavar="REGISTRATION_NUMBER")
    parser.add_argument("--kind", required=True, choices=("jkm", "jkk"), help=render(HELP, "kind"))
    parser.add_argument("--submitted", required=True, type=date_argument, metavar="DATE",
                        help=render(HELP, "submitted"))
    parser.add_argument("--paid", type=date_argument, default=None, metavar="DATE", help=render(HELP, "paid"))
    parser.add_argument("--amount", type=int, default=None, metavar="N", help=render(HELP, "amount"))
    parser.add_argument("--note", default="", metavar="TEXT", help=render(HELP, "note"))
    parser.add_argument("--format", choices=("text", "json"), default="text", help=render(HELP, "format"))
    set_handler(parser, run_claim)


def build_claim_settings(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--bpjs-office", default=None, metavar="TEXT", help=render(HELP, "bpjs_office"))
    parser.add_argument("--document", action="append", default=None, metavar="TEXT", help=render(HELP, "document"))
    parser.add_argument("--jkm-lump-sum", type=int, default=None, metavar="N", help=render(HELP, "lump_sum"))
    parser.add_argument("--jkm-periodic", type=int, nargs=2, default=None, metavar=("COUNT", "N"),
                        help=render(HELP, "periodic"))
    parser.add_argument("--jkm-funeral", type=int, default=None, metavar="N", help=render(HELP, "funeral"))
    parser.add_argument("--scholarship-max", type=int, default=None, metavar="N", help=render(HELP, "scholarship_max"))
    parser.add_argument("--scholarship-years", type=int, default=None, metavar="N",
                        help=render(HELP, "scholarship_years"))
    parser.add_argument("--format", choices=("text", "json"), default="text", help=render(HELP, "format"))
    set_handler(parser, run_claim_settings)


BUILDERS = {"claim-letter": build_claim_letter, "claim": build_claim, "claim-settings": build_claim_settings}


def run_claim_letter(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = write_claim_letter(ctx, args.key, Path(args.out), full_nik=args.full_nik)
    print(render(MESSAGES, "letter", {"number": result.registration_number, "path": str(result.path),
                                      "pages": result.pages,
                                      "met": render(MESSAGES, "met" if result.scholarship_met else "not_met")}))
    return 0


def run_claim(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        outcome = record_claim(ctx, args.key, args.kind, args.submitted, paid=args.paid, amount=args.amount,
                               note=args.note)
    if args.format == "json":
        print_json(outcome.__dict__)
        return 0
    params = {"kind": outcome.kind.upper(), "number": outcome.registration_number, "version": outcome.version,
              "submitted": format_date(outcome.submitted_on), "paid": format_date(outcome.paid_on),
              "amount": rupiah(outcome.amount)}
    print(render(MESSAGES, "paid" if outcome.paid_on else "submitted", params))
    return 0


def _benefit_changes(args: argparse.Namespace) -> dict[str, int]:
    changes = {"lump_sum": args.jkm_lump_sum, "funeral": args.jkm_funeral, "scholarship_max": args.scholarship_max}
    if args.jkm_periodic:
        changes.update(periodic_count=args.jkm_periodic[0], periodic_amount=args.jkm_periodic[1])
    return {name: value for name, value in changes.items() if value is not None}


def run_claim_settings(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        asked = (args.bpjs_office, args.document, args.scholarship_years, *_benefit_changes(args).values())
        if any(value is not None for value in asked):
            settings = save_claim_settings(ctx, benefits=_benefit_changes(args), min_years=args.scholarship_years,
                                           documents=args.document, bpjs_office=args.bpjs_office)
        else:
            with ctx.db.session() as session:
                settings = load_claim_settings(session)
    if args.format == "json":
        print_json({**asdict(settings), "total": settings.benefits.total})
        return 0
    b = settings.benefits
    print(render(MESSAGES, "settings", {
        **{k: rupiah(v) for k, v in asdict(b).items() if k != "periodic_count"}, "periodic_count": b.periodic_count,
        "total": rupiah(b.total), "years": settings.scholarship_min_years, "office": settings.bpjs_office,
        "documents": "\n".join(f"- {d}" for d in settings.documents)}))
    return 0
