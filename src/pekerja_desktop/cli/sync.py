"""Sync through files: `office-file`, `register-office`, `hub-file`, `trust-hub`, `export`, `import`, `verify`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pekerja_desktop.cli.common import context_from, set_handler
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.audit.verify import describe_break
from pekerja_desktop.services.sync.bundle.verify import verify_bundle
from pekerja_desktop.services.sync.export import export_bundles, resend
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.services.sync.office.reason_text import reason_text
from pekerja_desktop.services.sync.state import require_field, require_hub
from pekerja_desktop.services.sync.trust import register_office, trust_hub, write_key_file

MESSAGES = {
    "key_file": {
        "id": "Berkas kunci kantor {code} – {name} ditulis ke {path}.\nSidik jari (bacakan lewat telepon): "
        "{fingerprint}",
        "en": "Key file of office {code} – {name} written to {path}.\nFingerprint (read it out by phone): "
        "{fingerprint}",
    },
    "registered": {
        "id": "Kantor {code} – {name} ({role}) terdaftar.\nSidik jari: {fingerprint} — cocokkan lewat telepon "
        "dengan kantor tersebut sebelum menerima paketnya.",
        "en": "Office {code} – {name} ({role}) registered.\nFingerprint: {fingerprint} — compare it by phone with "
        "that office before accepting its bundles.",
    },
    "exported": {
        "id": "Paket {kind} no. {sequence} untuk {receiver}: {records} rekaman, {size} bita, diperiksa ulang.",
        "en": "{kind} bundle no. {sequence} for {receiver}: {records} records, {size} bytes, read back and "
        "checked.",
    },
    "imported_hub": {
        "id": "Paket {sender} no. {sequence} diimpor: {new} baru, {newer} diperbarui, {same} sama, {older} lebih "
        "lama, {conflict} konflik, {refused} ditolak, {rejected} tidak memenuhi aturan (dikembalikan ke kantor "
        "beserta alasannya).",
        "en": "Bundle {sender} no. {sequence} imported: {new} new, {newer} updated, {same} unchanged, {older} older, "
        "{conflict} conflicts, {refused} refused, {rejected} failing the rules (returned to the office with the "
        "reasons).",
    },
    "duplicate": {
        "id": "Paket {sender} no. {sequence} sudah pernah diimpor: tidak ada yang berubah.",
        "en": "Bundle {sender} no. {sequence} was already imported: nothing changed.",
    },
    "gaps": {"id": "Nomor paket yang belum diterima: {gaps}", "en": "Bundle numbers not received: {gaps}"},
    "ack": {"id": "Tanda terima: {path}", "en": "Acknowledgement: {path}"},
    "imported_office": {
        "id": "Paket {kind} dari hub no. {sequence}: {accepted} diterima, {rejected} ditolak, {duplicate} ganda, "
        "{kpj} nomor KPJ baru, {recovered} rekaman dipulihkan.",
        "en": "{kind} bundle from the hub no. {sequence}: {accepted} accepted, {rejected} rejected, {duplicate} "
        "duplicates, {kpj} new KPJ numbers, {recovered} records recovered.",
    },
    "rejected_line": {"id": "  DITOLAK {number}: {reason}", "en": "  REJECTED {number}: {reason}"},
    "duplicate_line": {"id": "  GANDA {number}: NIK sama dengan {other}", "en": "  DUPLICATE {number}: same NIK as "
                       "{other}"},
    "kpj_line": {"id": "  KPJ {number}: {kpj}", "en": "  KPJ {number}: {kpj}"},
    "unrecovered_line": {"id": "  TIDAK DIPULIHKAN {number}: {reason}", "en": "  NOT RECOVERED {number}: {reason}"},
    "verified": {
        "id": "Paket utuh dan bertanda tangan sah dari {sender} ({records} rekaman{content}).",
        "en": "Bundle complete and validly signed by {sender} ({records} records{content}).",
    },
    "content_checked": {"id": ", isi didekripsi dan diperiksa", "en": ", content decrypted and checked"},
    "content_not_checked": {"id": ", isi terenkripsi untuk {receiver}", "en": ", content encrypted for {receiver}"},
}
HELP = {
    "replace": {"id": "ganti kunci yang sudah terdaftar", "en": "replace the key already registered"},
    "export.to": {"id": "folder tujuan", "en": "the destination folder"},
    "export.changed_only": {"id": "hanya yang berubah sejak ekspor terakhir",
                            "en": "only what changed since the last export"},
    "export.resend": {"id": "kirim ulang paket dengan NOMOR ini", "en": "send bundle number SEQ again"},
    "export.office": {"id": "(hub) hanya untuk kantor ini", "en": "(hub) for this office only"},
    "import.ack_to": {"id": "(hub) folder tanda terima", "en": "(hub) the folder of the acknowledgements"},
}


def build_office_file(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    _add_out(parser)
    set_handler(parser, run_office_file)


def build_hub_file(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    _add_out(parser)
    set_handler(parser, run_hub_file)


def build_register_office(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    _add_key_file(parser)
    set_handler(parser, run_register_office)


def build_trust_hub(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    _add_key_file(parser)
    set_handler(parser, run_trust_hub)


def build_export(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", required=True, metavar="DIR", help=render(HELP, "export.to"))
    parser.add_argument("--changed-only", action="store_true", help=render(HELP, "export.changed_only"))
    parser.add_argument("--resend", type=int, default=None, metavar="SEQ", help=render(HELP, "export.resend"))
    parser.add_argument("--office", default=None, metavar="CODE", help=render(HELP, "export.office"))
    set_handler(parser, run_export)


def build_import(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--ack-to", default=None, metavar="DIR", help=render(HELP, "import.ack_to"))
    set_handler(parser, run_import)


def build_verify(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE")
    set_handler(parser, run_verify)


BUILDERS = {"office-file": build_office_file, "hub-file": build_hub_file, "register-office": build_register_office,
            "trust-hub": build_trust_hub, "export": build_export, "import": build_import, "verify": build_verify}


def _add_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE")


def _add_key_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--replace", action="store_true", help=render(HELP, "replace"))


def _print_card(code: str, card, **extra) -> None:
    print(render(MESSAGES, code, {**card.__dict__, "fingerprint": card.fingerprint, **extra}))


def run_office_file(args) -> int:
    with context_from(args) as ctx:
        require_field(ctx)
        card = write_key_file(ctx, Path(args.out))
    _print_card("key_file", card, path=args.out)
    return 0


def run_hub_file(args) -> int:
    with context_from(args) as ctx:
        require_hub(ctx)
        card = write_key_file(ctx, Path(args.out))
    _print_card("key_file", card, path=args.out)
    return 0


def run_register_office(args) -> int:
    with context_from(args) as ctx:
        card = register_office(ctx, Path(args.file), replace=args.replace)
    _print_card("registered", card)
    return 0


def run_trust_hub(args) -> int:
    with context_from(args) as ctx:
        card = trust_hub(ctx, Path(args.file), replace=args.replace)
    _print_card("registered", card)
    return 0


def run_export(args) -> int:
    with context_from(args) as ctx:
        if args.resend is not None:
            results = [resend(ctx, args.resend, Path(args.to))]
        else:
            results = export_bundles(ctx, Path(args.to), changed_only=args.changed_only, office=args.office)
    for result in results:  # the summary for the operator on stderr; stdout is the bundle's path, for scripts
        print(render(MESSAGES, "exported", {"kind": result.kind, "sequence": result.sequence, "size": result.size,
                                            "receiver": result.receiver_code, "records": result.records}),
              file=sys.stderr)
        print(result.path)
    return 0


def run_import(args) -> int:
    with context_from(args) as ctx:
        result = import_bundle(ctx, Path(args.file), Path(args.ack_to) if args.ack_to else None)
    # With an ack written (hub), stdout is the ack's path alone, for scripts; the summary goes to stderr.
    report = sys.stderr if result.ack_path is not None else sys.stdout
    params = {"sender": result.sender, "sequence": result.sequence, "kind": result.kind}
    if result.duplicate:
        print(render(MESSAGES, "duplicate", params), file=report)
    elif result.kind == "data":
        print(render(MESSAGES, "imported_hub", {**params, "rejected": 0, **result.counts}), file=report)
        _print_details(result.details, report)
    else:
        print(render(MESSAGES, "imported_office", {**params, **_office_counts(result.counts)}), file=report)
        _print_details(result.details, report)
    if result.gaps:
        print(render(MESSAGES, "gaps", {"gaps": ", ".join(map(str, result.gaps))}), file=report)
    for problem in result.audit_problems:  # loudly, on stderr: the office's audit trail does not hold
        print(describe_break(problem, result.sender), file=sys.stderr)
    if result.ack_path is not None:
        print(render(MESSAGES, "ack", {"path": result.ack_path}), file=sys.stderr)
        print(result.ack_path)
    return 0


def _office_counts(counts: dict) -> dict:
    return {key: counts.get(key, 0) for key in ("accepted", "rejected", "duplicate", "kpj", "recovered")}


def _print_details(details: list[dict], out) -> None:
    for detail in details:
        number = detail.get("registration_number") or "?"
        if detail["status"] in ("rejected", "unrecovered"):
            code = "rejected_line" if detail["status"] == "rejected" else "unrecovered_line"
            print(render(MESSAGES, code, {"number": number, "reason": reason_text(detail)}), file=out)
        elif detail["status"] == "duplicate":
            print(render(MESSAGES, "duplicate_line", {"number": number, "other": detail.get("duplicate_of")}),
                  file=out)
        if detail.get("kpj_new"):
            print(render(MESSAGES, "kpj_line", {"number": number, "kpj": detail.get("kpj")}), file=out)


def run_verify(args) -> int:
    with context_from(args) as ctx:
        report = verify_bundle(ctx, Path(args.file))
    print(json.dumps(report.manifest, ensure_ascii=False, indent=2, sort_keys=True))
    content = render(MESSAGES, "content_checked") if report.content_checked else render(
        MESSAGES, "content_not_checked", {"receiver": report.manifest["receiver_code"]})
    print(render(MESSAGES, "verified", {"sender": report.signed_by, "records": report.records, "content": content}))
    print(f"SHA-256 manifest: {report.bundle_hash}")
    return 0

