"""`enrol`, `edit` and `show`: one participant at a time, headless (JSON in, JSON out); `warnings`: which warnings a
petugas may confirm."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields
from pathlib import Path

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.cli.output import print_json, print_table, yes_no
from pekerja_desktop.domain.dates import parse_date
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.domain.participant import HeirData, ParticipantData
from pekerja_desktop.domain.warning_rights import PETUGAS_CONFIRMABLE_DEFAULT, WARNING_CODES, WARNING_NAMES
from pekerja_desktop.errors import FileProblem, PekerjaError
from pekerja_desktop.services.enrolment.edit_rights import petugas_may_confirm, set_petugas_confirmable
from pekerja_desktop.services.enrolment.enrol import SaveOutcome, enrol, update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, history_of
from pekerja_desktop.services.privacy.reveal import count_record_niks, mask_record_niks, masks_niks, record_reveal

DATE_FIELDS = {"birth_date", "coverage_start"}
MESSAGES = {"not_an_object": {"id": "isinya harus satu objek JSON", "en": "expected a JSON object"}}
HELP = {
    "json": {"id": "berkas JSON peserta, atau - untuk stdin", "en": "the participant's JSON file, or - for stdin"},
    "draft": {"id": "simpan sebagai draf (belum selesai)", "en": "save as a draft (not finished)"},
    "confirm": {"id": "kode peringatan yang dikonfirmasi, dipisah koma (mis. nik.birth_date_mismatch)",
                "en": "the warning codes confirmed, separated by commas (e.g. nik.birth_date_mismatch)"},
    "reveal": {"id": "tampilkan NIK lengkap (dicatat di jejak audit)",
               "en": "show the full NIK (recorded in the audit trail)"},
}


def build_enrol(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    _add_input_options(parser)
    set_handler(parser, run_enrol)


def build_edit(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("key", metavar="REGISTRATION_NUMBER")
    parser.add_argument("--expect-version", type=int, default=None, metavar="N")
    _add_input_options(parser)
    set_handler(parser, run_edit)


def build_show(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("key", metavar="REGISTRATION_NUMBER")
    parser.add_argument("--reveal", action="store_true", help=render(HELP, "reveal"))
    set_handler(parser, run_show)


# --- warnings: which a petugas may confirm ---------------------------------------------------------------

WARNING_HEADERS = {"id": ("Kode", "Peringatan", "Petugas boleh konfirmasi"),
           "en": ("Code", "Warning", "A clerk may confirm")}
WARNING_HELP = {
    "petugas": {"id": "kode peringatan yang boleh dikonfirmasi petugas, dipisah koma (kosong: tidak ada) (admin)",
                "en": "the warning codes a clerk may confirm, comma-separated (empty: none) (admin)"},
    "reset": {"id": "kembali ke bawaan: hanya yang tidak mengubah siapa yang dilindungi (heir.missing)",
              "en": "back to the default: only those that do not change who is covered (heir.missing)"},
}


def build_warnings(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--petugas", metavar="CODES", default=None, help=render(WARNING_HELP, "petugas"))
    action.add_argument("--reset", action="store_true", help=render(WARNING_HELP, "reset"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    set_handler(parser, run_warnings)


def run_warnings(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        if args.petugas is not None:
            set_petugas_confirmable(ctx, [code.strip() for code in args.petugas.split(",") if code.strip()])
        elif args.reset:
            set_petugas_confirmable(ctx, PETUGAS_CONFIRMABLE_DEFAULT)
        allowed = petugas_may_confirm(ctx)
    rows = [{"code": code, "warning": render(WARNING_NAMES, code), "petugas_may_confirm": code in allowed}
            for code in WARNING_CODES]
    if args.format == "json":
        print_json(rows)
        return 0
    for row in rows:
        row["allowed"] = yes_no(row["petugas_may_confirm"])
    print_table(rows, ("code", "warning", "allowed"), WARNING_HEADERS[current_language()])
    return 0


BUILDERS = {"enrol": build_enrol, "edit": build_edit, "show": build_show, "warnings": build_warnings}


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", required=True, metavar="FILE", help=render(HELP, "json"))
    parser.add_argument("--draft", action="store_true", help=render(HELP, "draft"))
    parser.add_argument("--confirm", default="", metavar="CODES", help=render(HELP, "confirm"))


def _read_json(source: str) -> dict:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        data = json.loads(text)
    except FileNotFoundError as exc:
        raise FileProblem("file.missing", path=source) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FileProblem("file.unreadable", path=source, reason=str(exc)) from exc
    if not isinstance(data, dict):
        raise FileProblem("file.unreadable", path=source, reason=render(MESSAGES, "not_an_object"))
    return data


def _date_or_fail(name: str, value):
    parsed = parse_date(value)
    if value not in (None, "") and parsed is None:
        raise PekerjaError("argument.invalid", reason=f"{name}: {value}")
    return parsed


def participant_from_json(raw: dict) -> ParticipantData:
    known = {f.name for f in fields(ParticipantData)} - {"heirs"}
    values = {k: v for k, v in raw.items() if k in known}
    for name in DATE_FIELDS & values.keys():
        values[name] = _date_or_fail(name, values[name])
    if "income" in values:
        values["income"] = int(values["income"])
    heirs = [HeirData(full_name=h.get("full_name", ""), relationship=h.get("relationship", ""),
                      birth_date=_date_or_fail("heirs.birth_date", h.get("birth_date")),
                      phone=h.get("phone"), nik=h.get("nik")) for h in raw.get("heirs", [])]
    return ParticipantData(**values, heirs=heirs)


def _confirmed(args) -> set[str]:
    return {c.strip() for c in args.confirm.split(",") if c.strip()}


def _print_outcome(outcome: SaveOutcome) -> None:
    print_json(outcome.__dict__)


def run_enrol(args: argparse.Namespace) -> int:
    data = participant_from_json(_read_json(args.json))
    with context_from(args) as ctx:
        _print_outcome(enrol(ctx, data, final=not args.draft, confirmed=_confirmed(args)))
    return 0


def run_edit(args: argparse.Namespace) -> int:
    data = participant_from_json(_read_json(args.json))
    with context_from(args) as ctx:
        _print_outcome(update_participant(ctx, args.key, data, expected_version=args.expect_version,
                                          final=not args.draft, confirmed=_confirmed(args)))
    return 0


def run_show(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        with ctx.db.session() as session:
            participant = find_participant(session, args.key)
            record = participant.model_dump(exclude={"name_folded", "name_key"})
            heirs, history = heirs_of(session, participant.id), history_of(session, participant.id)
            record["heirs"] = [h.model_dump(exclude={"id", "participant_id"}) for h in heirs]
            record["history"] = [h.model_dump(exclude={"participant_id"}) for h in history]
        if masks_niks(ctx):
            _show_niks(ctx, record, args.reveal)
    print_json(record)
    return 0


def _show_niks(ctx, record: dict, reveal: bool) -> None:
    if reveal:
        record_reveal(ctx, record["registration_number"], count_record_niks(record), where="cli show")
    mask_record_niks(ctx, record, revealed=reveal)
