"""`end`, `reactivate` and `transfer`: a participation ends (its last covered day and why), an end made by mistake
is undone, and (hub) a participant moves to another office within Maluku."""

from __future__ import annotations

import argparse
import datetime as dt

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json
from pekerja_desktop.domain.dates import format_date, parse_date
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.lifecycle import END_REASONS, end_reason_label
from pekerja_desktop.services.lifecycle.end import LifecycleOutcome, end_participation, reactivate_participation
from pekerja_desktop.services.lifecycle.transfer import transfer_participant

MESSAGES = {
    "ended": {"id": "Kepesertaan {number} berakhir {date} ({reason}); versi {version}.",
              "en": "The participation of {number} ends on {date} ({reason}); version {version}."},
    "reactivated": {"id": "Kepesertaan {number} aktif kembali; versi {version}.",
                    "en": "The participation of {number} is active again; version {version}."},
    "transferred": {"id": "{number} dipindahkan ke kantor {office}: nomor, KPJ dan masa kepesertaan tetap.",
                    "en": "{number} transferred to office {office}: the same number, KPJ and coverage."},
    "travels": {"id": "Terkirim ke kantor pusat dalam paket data berikutnya.",
                "en": "It goes to the central office in the next data bundle."},
    "decided": {"id": "Keputusan hub: kantor {office} menerapkannya dari balasan atau paket referensi berikutnya.",
                "en": "A hub decision: office {office} applies it from its next ack or reference bundle."},
    "decided_transfer": {"id": "Kedua kantor mengetahuinya dari balasan atau paket referensi berikutnya.",
                         "en": "Both offices learn it from their next ack or reference bundle."},
    "bad_date": {"id": "tanggal '{value}' tidak valid: tulis YYYY-MM-DD, mis. 2027-03-14",
                 "en": "invalid date '{value}': write YYYY-MM-DD, e.g. 2027-03-14"},
}
HELP = {
    "reason": {"id": "alasan berakhir", "en": "why the participation ends"},
    "date": {"id": "hari terakhir yang ditanggung", "en": "the last covered day"},
    "note": {"id": "keterangan (mis. nomor akta kematian)", "en": "a note (e.g. the death certificate's number)"},
    "reactivate_reason": {"id": "mengapa pengakhiran dibatalkan", "en": "why the end is undone"},
    "to": {"id": "kantor penerima (terdaftar di hub)", "en": "the receiving office (registered at the hub)"},
    "transfer_reason": {"id": "keterangan pindah", "en": "a note on the move"},
    "format": {"id": "keluaran: kalimat (bawaan) atau JSON", "en": "output: a sentence (default) or JSON"},
}


def date_argument(text: str) -> dt.date:
    value = parse_date(text)
    if value is None:
        raise argparse.ArgumentTypeError(render(MESSAGES, "bad_date", {"value": text}))
    return value


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("key", metavar="REGISTRATION_NUMBER")
    parser.add_argument("--format", choices=("text", "json"), default="text", help=render(HELP, "format"))


def build_end(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    _common(parser)
    parser.add_argument("--reason", required=True, choices=END_REASONS, help=render(HELP, "reason"))
    parser.add_argument("--date", required=True, type=date_argument, metavar="YYYY-MM-DD", help=render(HELP, "date"))
    parser.add_argument("--note", default="", metavar="TEXT", help=render(HELP, "note"))
    set_handler(parser, run_end)


def build_reactivate(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    _common(parser)
    parser.add_argument("--reason", required=True, metavar="TEXT", help=render(HELP, "reactivate_reason"))
    set_handler(parser, run_reactivate)


def build_transfer(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    _common(parser)
    parser.add_argument("--to", required=True, metavar="OFFICE_CODE", help=render(HELP, "to"))
    parser.add_argument("--reason", default="", metavar="TEXT", help=render(HELP, "transfer_reason"))
    set_handler(parser, run_transfer)


BUILDERS = {"end": build_end, "reactivate": build_reactivate, "transfer": build_transfer}


def _report(outcome: LifecycleOutcome, args: argparse.Namespace, code: str, travel: str) -> int:
    if args.format == "json":
        print_json(outcome.__dict__)
        return 0
    params = {"number": outcome.registration_number, "date": format_date(outcome.coverage_end),
              "reason": end_reason_label(outcome.end_reason), "version": outcome.version,
              "office": outcome.office_code}
    print(render(MESSAGES, code, params) + " " + render(MESSAGES, travel, params))
    return 0


def _travel(outcome: LifecycleOutcome) -> str:
    return "decided" if outcome.decided_at_hub else "travels"


def run_end(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        outcome = end_participation(ctx, args.key, args.reason, args.date, args.note)
    return _report(outcome, args, "ended", _travel(outcome))


def run_reactivate(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        outcome = reactivate_participation(ctx, args.key, args.reason)
    return _report(outcome, args, "reactivated", _travel(outcome))


def run_transfer(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        outcome = transfer_participant(ctx, args.key, args.to, args.reason)
    return _report(outcome, args, "transferred", "decided_transfer")
