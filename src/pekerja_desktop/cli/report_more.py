"""`report recap`, `report duplicates`, `report rejected` (PDF or XLSX by the --out suffix): the enrolment
recap, the duplicates review list and the rejected records — every office at the hub, its own at an office."""

from __future__ import annotations

import argparse
from pathlib import Path

from pekerja_desktop.cli.common import context_from
from pekerja_desktop.documents.formatting import number_text as count_text
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.reports.files import (
    check_report_path,
    write_duplicates_report,
    write_recap_report,
    write_rejected_report,
)

MESSAGES = {
    "recap_done": {"id": "Rekap pendaftaran: {participants} peserta dari {offices} kantor; ditulis ke {path}.",
                   "en": "Enrolment recap: {participants} participants from {offices} office(s); written to {path}."},
    "duplicates_done": {"id": "Daftar NIK ganda: {pairs} pasangan ({open} belum diperiksa); ditulis ke {path}.",
                        "en": "Duplicate NIK list: {pairs} pairs ({open} open); written to {path}."},
    "rejected_done": {"id": "Rekaman ditolak: {records}; ditulis ke {path}.",
                      "en": "Rejected records: {records}; written to {path}."},
}
HELP = {
    "recap": "rekap pendaftaran per kantor dan per desa (PDF atau XLSX)",
    "duplicates": "daftar periksa NIK ganda (PDF atau XLSX)",
    "rejected": "rekaman yang ditolak kantor pusat (PDF atau XLSX)",
}


def _report_file(text: str) -> Path:
    try:
        return check_report_path(Path(text))
    except HubError as exc:
        raise argparse.ArgumentTypeError(exc.message()) from None


def register_reports(kinds, parent: argparse.ArgumentParser) -> None:
    """Adds the three reports to the `report` group's subcommands."""
    handlers = {"recap": run_recap, "duplicates": run_duplicates, "rejected": run_rejected}
    for name, handler in handlers.items():
        command = kinds.add_parser(name, parents=[parent], help=HELP[name])
        command.add_argument("--out", required=True, type=_report_file, metavar="FILE")
        command.set_defaults(handler=handler)


def run_recap(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        recap = write_recap_report(ctx, args.out)
    print(render(MESSAGES, "recap_done", {"participants": count_text(recap.total.total),
                                          "offices": count_text(len(recap.offices)), "path": str(args.out)}))
    return 0


def run_duplicates(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        pairs = write_duplicates_report(ctx, args.out)
    print(render(MESSAGES, "duplicates_done", {"pairs": count_text(len(pairs)), "path": str(args.out),
                                               "open": count_text(sum(p.is_open for p in pairs))}))
    return 0


def run_rejected(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        records = write_rejected_report(ctx, args.out)
    print(render(MESSAGES, "rejected_done", {"records": count_text(len(records)), "path": str(args.out)}))
    return 0
