"""`pekerja-desktop audit verify [--office CODE]` and `audit list [filters] [--format table|json]`."""

from __future__ import annotations

import argparse
import json

from pekerja_desktop.cli.common import EXIT_OK, context_from, fail, set_handler
from pekerja_desktop.cli.output import print_json, print_table
from pekerja_desktop.cli.parser import add_global_options
from pekerja_desktop.domain.dates import format_datetime_local, parse_date
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.services.audit.errors import AUDIT_MESSAGES
from pekerja_desktop.services.audit.query import AuditFilter, AuditRow, list_events
from pekerja_desktop.services.audit.verify import describe, verify_trail
from pekerja_desktop.store.audit_chain import utc_text

COLUMNS = ("seq", "at", "actor", "action", "subject", "detail")
HEADERS = {"id": ("No", "Waktu", "Operator", "Tindakan", "Subjek", "Rincian"),
           "en": ("No", "Time", "Operator", "Action", "Subject", "Detail")}
DETAIL_WIDTH = 80
HELP = {
    "verify": {"id": "periksa rantai jejak audit; sebutkan mata rantai pertama yang rusak",
               "en": "check the chain of the audit trail; name the first broken link"},
    "verify.office": {"id": "(hub) rantai kantor ini yang diterima hub",
                      "en": "(hub) the chain of this office, as the hub received it"},
    "list": {"id": "daftar peristiwa jejak audit", "en": "list the events of the audit trail"},
    "list.since": {"id": "sejak tanggal ini (dd/MM/yyyy)", "en": "since this date (dd/MM/yyyy)"},
    "list.action": {"id": "tindakan, mis. login atau participant.edit",
                    "en": "the action, e.g. login or participant.edit"},
    "list.user": {"id": "operator yang melakukannya", "en": "the operator who did it"},
    "list.subject": {"id": "subjek, mis. nomor pendaftaran", "en": "the subject, e.g. a registration number"},
}


def _date(value: str):
    parsed = parse_date(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(render(AUDIT_MESSAGES, "audit.since", {"value": value}))
    return parsed


def build_audit(parser: argparse.ArgumentParser, parent: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="audit_action", metavar="verify|list", required=True)
    verify = actions.add_parser("verify", parents=[parent], help=render(HELP, "verify"))
    verify.add_argument("--office", default=None, metavar="CODE", help=render(HELP, "verify.office"))
    # Here --user filters by operator (the contract of this command); sign in as another operator with
    # `pekerja-desktop --user NAME audit list …` or PEKERJA_USER.
    listing = actions.add_parser("list", conflict_handler="resolve", help=render(HELP, "list"))
    add_global_options(listing, suppress=True)  # its own copies: the shared parent must keep --user
    listing.add_argument("--since", type=_date, default=None, metavar="DATE", help=render(HELP, "list.since"))
    listing.add_argument("--action", default=None, metavar="A", help=render(HELP, "list.action"))
    listing.add_argument("--user", dest="actor", default=None, metavar="U", help=render(HELP, "list.user"))
    listing.add_argument("--subject", default=None, metavar="S", help=render(HELP, "list.subject"))
    listing.add_argument("--format", choices=("table", "json"), default="table")
    set_handler(parser, run_audit)


BUILDERS = {"audit": build_audit}


def run_audit(args: argparse.Namespace) -> int:
    if args.audit_action == "verify":
        return _run_verify(args)
    wanted = AuditFilter(args.since, args.action, args.actor, args.subject)
    with context_from(args) as ctx:
        rows = list_events(ctx, wanted)
    if args.format == "json":
        print_json([_json_row(row) for row in rows])
    else:
        print_table([_table_row(row) for row in rows], COLUMNS, HEADERS[current_language()])
    return EXIT_OK


def _run_verify(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        report = verify_trail(ctx, args.office)
        office = args.office.strip().upper() if args.office else None
    if not report.ok:
        return fail(describe(report, office))
    print(describe(report, office))
    return EXIT_OK


def _json_row(row: AuditRow) -> dict:
    return {"seq": row.seq, "at": utc_text(row.at), "actor": row.actor, "action": row.action,
            "subject": row.subject, "detail": row.detail}


def _table_row(row: AuditRow) -> dict:
    detail = json.dumps(row.detail, ensure_ascii=False, separators=(",", ":")) if row.detail else ""
    if len(detail) > DETAIL_WIDTH:
        detail = detail[:DETAIL_WIDTH - 1] + "…"
    return {"seq": row.seq, "at": format_datetime_local(row.at), "actor": row.actor, "action": row.action,
            "subject": row.subject, "detail": detail}
