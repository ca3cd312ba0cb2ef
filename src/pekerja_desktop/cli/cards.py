"""`cards`, `card-queue`, `card-settings`, `receipt` and `verify-card`: membership cards and printed documents."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_csv, print_json, print_table
from pekerja_desktop.domain.card_qr import CardStatus
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.domain.lifecycle import end_reason_label
from pekerja_desktop.services.cards.errors import CardError
from pekerja_desktop.services.cards.geometry import CardLayout
from pekerja_desktop.services.cards.queue import active_participant_ids, card_queue, request_reprint
from pekerja_desktop.services.cards.receipt import render_receipt
from pekerja_desktop.services.cards.render import render_alignment_test, render_cards
from pekerja_desktop.services.cards.settings import (
    load_card_settings,
    save_back_offset,
    save_bpjs_contact,
    save_office_address,
    save_office_phone,
)
from pekerja_desktop.services.cards.verify import verify_card
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.store.card_models import QueueReason, ReprintReason

EXIT_NOT_VALID = 3

MESSAGES = {
    "cards_done": {"id": "{cards} kartu ditulis ke {path} ({pages} halaman); dicatat sebagai cetakan #{batch}.",
                   "en": "{cards} cards written to {path} ({pages} pages); recorded as print batch #{batch}."},
    "cards_preview": {"id": "{cards} kartu ditulis ke {path} ({pages} halaman); pratinjau, tidak dicatat.",
                      "en": "{cards} cards written to {path} ({pages} pages); preview, not recorded."},
    "alignment_done": {"id": "Halaman uji perataan ditulis ke {path}.", "en": "Alignment test written to {path}."},
    "reprint_queued": {"id": "Cetak ulang {registration_number} ({reason}) masuk antrean.",
                       "en": "Reprint of {registration_number} ({reason}) queued."},
    "receipt_done": {"id": "Tanda terima {registration_number} ditulis ke {path} ({pages} halaman).",
                     "en": "Receipt of {registration_number} written to {path} ({pages} pages)."},
    "valid": {"id": "SAH: kartu {registration_number} versi {card_version}, mulai {coverage_start}, diterbitkan "
              "oleh {office_name} ({office_code}).",
              "en": "VALID: card {registration_number} version {card_version}, coverage from {coverage_start}, "
              "issued by {office_name} ({office_code})."},
    "superseded": {"id": "SUDAH DIGANTI: kartu {registration_number} versi {card_version} (mulai {coverage_start}, "
                   "{office_name}) telah diganti versi {current_version}; kartu ini tidak berlaku.",
                   "en": "SUPERSEDED: card {registration_number} version {card_version} (coverage from "
                   "{coverage_start}, {office_name}) was replaced by version {current_version}; this card is void."},
    "not_yet_received": {"id": "SAH, BELUM DITERIMA: kartu {registration_number} versi {card_version} ditandatangani "
                         "{office_name} ({office_code}), tetapi cetakannya belum sampai dalam paket data kantor itu "
                         "(versi terakhir yang diterima {current_version}); periksa lagi setelah paket berikutnya.",
                         "en": "VALID, NOT YET RECEIVED: card {registration_number} version {card_version} is signed "
                         "by {office_name} ({office_code}), but its print has not arrived in that office's data "
                         "bundles yet (latest version received {current_version}); check again after its next "
                         "bundle."},
    "ended": {"id": "BERAKHIR: kartu {registration_number} asli, tetapi kepesertaannya berakhir {coverage_end} "
              "({end_reason}); kartu ini tidak lagi memberi perlindungan.",
              "en": "ENDED: card {registration_number} is genuine, but the participation ended on {coverage_end} "
              "({end_reason}); this card no longer gives cover."},
    "forged.malformed": {"id": "TIDAK SAH: isi kode QR bukan kartu peserta.",
                         "en": "FORGED: the QR content is not a membership card."},
    "forged.unknown_office": {"id": "TIDAK SAH: kantor {office_code} tidak terdaftar; tanda tangan tidak dapat "
                              "diperiksa.",
                              "en": "FORGED: office {office_code} is not registered; the signature cannot be checked."},
    "forged.bad_signature": {"id": "TIDAK SAH: tanda tangan kartu {registration_number} tidak cocok dengan kunci "
                             "kantor {office_code}.",
                             "en": "FORGED: the signature of card {registration_number} does not match the key of "
                             "office {office_code}."},
    "forged.not_issued": {"id": "TIDAK SAH: kartu {registration_number} versi {card_version} tidak pernah dicatat "
                          "dicetak (versi terakhir {current_version}).",
                          "en": "FORGED: card {registration_number} version {card_version} was never recorded as "
                          "printed (latest version {current_version})."},
    "usage.reprint_needs_reason": {"id": "--reprint memerlukan --reason lost|damaged",
                                   "en": "--reprint needs --reason lost|damaged"},
    "usage.reason_needs_reprint": {"id": "--reason hanya bersama --reprint", "en": "--reason goes with --reprint"},
    "usage.out_required": {"id": "--out BERKAS.pdf wajib diisi", "en": "--out FILE.pdf is required"},
    "settings": {"id": "Kontak BPJS TK: {contact}\nAlamat kantor: {address}\nTelepon kantor: {phone}\n"
                 "Geseran belakang ({printer}): dx {dx:+.1f} mm, dy {dy:+.1f} mm",
                 "en": "BPJS TK contact: {contact}\nOffice address: {address}\nOffice phone: {phone}\n"
                 "Back offset ({printer}): dx {dx:+.1f} mm, dy {dy:+.1f} mm"},
}
GENUINE = (CardStatus.VALID, CardStatus.NOT_YET_RECEIVED)  # exit 0: signed by the office, not replaced
QUEUE_COLUMNS = ("registration_number", "full_name", "village_code", "reason", "card_version", "reprint_reason")
HELP = {
    "all": {"id": "semua peserta aktif", "en": "every active participant"},
    "unprinted": {"id": "antrean cetak (bawaan)", "en": "the print queue (the default)"},
    "alignment_test": {"id": "hanya halaman uji perataan bolak-balik", "en": "only the double-sided alignment test"},
    "region": {"id": "kabupaten/kota, kecamatan atau desa", "en": "a kabupaten/kota, kecamatan or desa"},
    "reprint": {"id": "antrekan cetak ulang untuk peserta ini", "en": "queue a reprint for this participant"},
    "no_record": {"id": "pratinjau: tidak dicatat sebagai cetakan", "en": "preview: not recorded as printed"},
    "printer": {"id": "printer untuk geseran halaman belakang", "en": "the printer whose back offset applies"},
    "back_offset": {"id": "geseran halaman belakang (mm): dx ke kanan, dy ke bawah",
                    "en": "offset of the back page (mm): dx to the right, dy downwards"},
    "full_nik": {"id": "cetak NIK lengkap (bawaan: disamarkan)", "en": "print the full NIK (default: masked)"},
}
QUEUE_HEADERS = {"id": ("No. Pendaftaran", "Nama", "Desa", "Alasan", "Versi", "Cetak ulang"),
                 "en": ("Registration no.", "Name", "Village", "Reason", "Version", "Reprint")}


def build_cards(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", default=None, metavar="FILE.pdf")
    parser.add_argument("--layout", choices=[layout.value for layout in CardLayout], default=CardLayout.SHEET.value)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help=render(HELP, "all"))
    which.add_argument("--unprinted", action="store_true", help=render(HELP, "unprinted"))
    which.add_argument("--alignment-test", action="store_true", help=render(HELP, "alignment_test"))
    parser.add_argument("--region", default=None, metavar="CODE", help=render(HELP, "region"))
    parser.add_argument("--reprint", default=None, metavar="KEY", help=render(HELP, "reprint"))
    parser.add_argument("--reason", choices=[r.value for r in ReprintReason], default=None)
    parser.add_argument("--no-record", action="store_true", help=render(HELP, "no_record"))
    parser.add_argument("--printer", default=None, metavar="NAME", help=render(HELP, "printer"))
    set_handler(parser, run_cards)


def build_card_queue(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--region", default=None, metavar="CODE")
    parser.add_argument("--reason", choices=[r.value for r in QueueReason], default=None)
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    set_handler(parser, run_queue)


def build_card_settings(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--office-address", default=None, metavar="TEXT")
    parser.add_argument("--bpjs-contact", default=None, metavar="TEXT")
    parser.add_argument("--office-phone", default=None, metavar="TEXT")
    parser.add_argument("--back-offset", nargs=2, type=float, default=None, metavar=("DX", "DY"),
                        help=render(HELP, "back_offset"))
    parser.add_argument("--printer", default=None, metavar="NAME")
    set_handler(parser, run_settings)


def build_receipt(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("key", metavar="REGISTRATION_NUMBER")
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument("--paper", choices=("a4", "a5"), default="a4")
    parser.add_argument("--full-nik", action="store_true", help=render(HELP, "full_nik"))
    set_handler(parser, run_receipt)


def build_verify_card(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("payload", metavar="PAYLOAD")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    set_handler(parser, run_verify)


BUILDERS = {"cards": build_cards, "card-queue": build_card_queue, "card-settings": build_card_settings,
            "receipt": build_receipt, "verify-card": build_verify_card}


def _usage(code: str) -> CardError:
    return CardError("argument.invalid", reason=render(MESSAGES, code))


def _check_cards_arguments(args: argparse.Namespace) -> None:
    if args.reprint and not args.reason:
        raise _usage("usage.reprint_needs_reason")
    if args.reason and not args.reprint:
        raise _usage("usage.reason_needs_reprint")
    if not args.out and not args.reprint:
        raise _usage("usage.out_required")


def _check_region(ctx: AppContext, code: str | None) -> None:
    if code and ctx.reference.regions.get(code) is None:
        raise CardError("cards.region", value=code)


def run_cards(args: argparse.Namespace) -> int:
    _check_cards_arguments(args)
    with context_from(args) as ctx:
        _check_region(ctx, args.region)
        if args.reprint:
            entry = request_reprint(ctx, args.reprint, args.reason)
            print(render(MESSAGES, "reprint_queued", {"registration_number": entry.registration_number,
                                                      "reason": args.reason}))
        if args.out:
            _write_cards(ctx, args)
    return 0


def _write_cards(ctx: AppContext, args: argparse.Namespace) -> None:
    out = Path(args.out)
    if args.alignment_test:
        render_alignment_test(ctx, out, args.printer)
        print(render(MESSAGES, "alignment_done", {"path": str(out)}))
        return
    with ctx.db.session() as session:
        chosen = active_participant_ids(session, args.region) if args.all \
            else card_queue(session, region_code=args.region)
    result = render_cards(ctx, chosen, out, args.layout, record=not args.no_record, printer=args.printer)
    code = "cards_preview" if result.batch_id is None else "cards_done"
    print(render(MESSAGES, code, {"cards": result.cards, "path": str(out), "pages": result.pages,
                                  "batch": result.batch_id}))


def run_queue(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        _check_region(ctx, args.region)
        with ctx.db.session() as session:
            entries = card_queue(session, region_code=args.region, reason=args.reason)
    rows = [{c: getattr(e, c).value if c == "reason" else getattr(e, c) for c in QUEUE_COLUMNS} for e in entries]
    if args.format == "json":
        print_json(rows)
    elif args.format == "csv":
        print_csv(rows, QUEUE_COLUMNS)
    else:
        print_table(rows, QUEUE_COLUMNS, QUEUE_HEADERS[current_language()])
    return 0


def run_settings(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        if args.office_address is not None:
            save_office_address(ctx, args.office_address)
        if args.bpjs_contact is not None:
            save_bpjs_contact(ctx, args.bpjs_contact)
        if args.office_phone is not None:
            save_office_phone(ctx, args.office_phone)
        if args.back_offset is not None:
            save_back_offset(ctx, *args.back_offset, printer=args.printer)
        with ctx.db.session() as session:
            settings = load_card_settings(session, ctx.office, ctx.reference.regions, args.printer)
    print(render(MESSAGES, "settings", {"contact": settings.bpjs_contact, "address": settings.office_address,
                                        "phone": settings.office_phone or "–",
                                        "printer": args.printer or "default", "dx": settings.back_offset.dx_mm,
                                        "dy": settings.back_offset.dy_mm}))
    return 0


def run_receipt(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        result = render_receipt(ctx, args.key, Path(args.out), args.paper, full_nik=args.full_nik)
    print(render(MESSAGES, "receipt_done", {"registration_number": result.registration_number,
                                            "path": str(result.path), "pages": result.pages}))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with context_from(args) as ctx, ctx.db.session() as session:
        verdict = verify_card(session, args.payload)
    data = verdict.as_dict()
    if args.format == "json":
        print_json(data)
    else:
        print(_verdict_line(data))
    return 0 if verdict.status in GENUINE else EXIT_NOT_VALID


def _verdict_line(data: dict) -> str:
    code = data["status"] if data["status"] != CardStatus.FORGED else f"forged.{data['reason']}"
    params = {**data, "coverage_start": format_date(_date(data.get("coverage_start"))) or "–",
              "office_name": data.get("office_name") or data.get("office_code", ""),
              "coverage_end": format_date(_date(data.get("coverage_end"))) or "–",
              "end_reason": end_reason_label(data.get("end_reason"))}
    return render(MESSAGES, code, params)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
