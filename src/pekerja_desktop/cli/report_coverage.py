"""`report coverage --out FILE.pdf|.xlsx`: enrolment coverage against target per kabupaten/kota (and, in the
XLSX, every breakdown of the dashboard). A subcommand of `report` (cli/hub_cmd.py registers it)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pekerja_desktop.cli.common import context_from
from pekerja_desktop.documents.formatting import number_text, percent_text
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.reports.coverage import write_coverage_report

SUFFIXES = (".pdf", ".xlsx")
MESSAGES = {
    "coverage_done": {"id": "Cakupan per {date}: {enrolled} dari target {target} pekerja ({percent}); "
                            "ditulis ke {path}.",
                      "en": "Coverage as of {date}: {enrolled} of a target of {target} workers ({percent}); "
                            "written to {path}."},
}


def _output(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() not in SUFFIXES:
        raise argparse.ArgumentTypeError(
            HubError("output.bad_suffix", path=value, suffixes=" / ".join(SUFFIXES)).message())
    return path


def add_coverage(kinds, parent: argparse.ArgumentParser) -> None:
    """The `coverage` subcommand under `report`."""
    coverage = kinds.add_parser("coverage", parents=[parent], help="cakupan kepesertaan per kabupaten/kota")
    coverage.add_argument("--out", required=True, type=_output, metavar="FILE")
    coverage.set_defaults(handler=run_coverage)


def run_coverage(args: argparse.Namespace) -> int:
    with context_from(args) as ctx:
        data = write_coverage_report(ctx, args.out)
    print(render(MESSAGES, "coverage_done", {
        "date": data.today.strftime("%d/%m/%Y"), "enrolled": number_text(data.total.count),
        "target": number_text(data.target_total), "percent": percent_text(data.progress), "path": str(args.out)}))
    return 0
