"""The central office's reports — enrolment recap, duplicates review list, rejected records — as data
(`load_*`, for the screen) and as PDF or XLSX files (`write_*_report`, by the file's suffix, audited).

At the hub they cover every office; at a field office, its own records and the hub's verdicts on them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from pekerja_desktop.documents.report_files import REPORT_SUFFIXES, write_report
from pekerja_desktop.documents.report_table import Masthead, Section
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.likeness.score import DEFAULT_MIN_SCORE
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.duplicates.search import find_likely_duplicates
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.reports import review
from pekerja_desktop.services.reports.likely_sections import decided_verdicts, likely_sections
from pekerja_desktop.services.reports.recap import Recap, compute_recap
from pekerja_desktop.services.reports.recap_sections import recap_report
from pekerja_desktop.services.reports.review import DuplicatePair, RejectedRecord
from pekerja_desktop.services.reports.review_sections import duplicates_report, rejected_report
from pekerja_desktop.services.sync.state import is_hub

SCOPE_LABELS: dict[str, dict[str, str]] = {
    "hub": {"id": "Semua kantor", "en": "All offices"},
    "office": {"id": "Rekaman kantor {code}", "en": "Records of office {code}"},
}


def check_report_path(path: Path) -> Path:
    """A report is written as PDF or XLSX; any other suffix is refused before anything is read."""
    if Path(path).suffix.lower() not in REPORT_SUFFIXES:
        raise HubError("output.bad_suffix", path=str(path), suffixes=" / ".join(REPORT_SUFFIXES))
    return Path(path)


def report_masthead(ctx: AppContext) -> Masthead:
    """Who makes a report, where and when, and whose records it covers (every office at the hub)."""
    scope = render(SCOPE_LABELS, "hub") if is_hub(ctx) else render(SCOPE_LABELS, "office",
                                                                    {"code": ctx.office.code})
    return Masthead(ctx.office.name, scope, ctx.operator.display_name or ctx.actor, dt.datetime.now().astimezone())


def load_recap(ctx: AppContext) -> Recap:
    ctx.require(Permission.HUB_REPORTS)
    with ctx.db.session() as session:
        return compute_recap(session, ctx.reference.regions, None if is_hub(ctx) else ctx.office.code)


def load_duplicates(ctx: AppContext) -> list[DuplicatePair]:
    ctx.require(Permission.HUB_REPORTS)
    with ctx.db.session() as session:
        return review.hub_duplicates(session) if is_hub(ctx) else review.office_duplicates(session, ctx.office.code)


def load_rejected(ctx: AppContext) -> list[RejectedRecord]:
    ctx.require(Permission.HUB_REPORTS)
    with ctx.db.session() as session:
        return review.hub_rejected(session) if is_hub(ctx) else review.office_rejected(session, ctx.office.code)


def write_recap_report(ctx: AppContext, out: Path) -> Recap:
    check_report_path(out)
    recap = load_recap(ctx)
    write_report(recap_report(recap, report_masthead(ctx)), out)
    ctx.audit("report.recap", Path(out).name, participants=recap.total.total, offices=len(recap.offices))
    return recap


def likely_report_sections(ctx: AppContext) -> list[Section]:
    """(hub) The likely pairs at the tuned threshold — those with the same NIK are the exact list's already —
    and the verdicts given on likely pairs."""
    with ctx.db.session() as session:
        found = find_likely_duplicates(session, DEFAULT_MIN_SCORE)
        likely = [pair for pair in found.pairs if "nik_same" not in pair.reasons]
        return likely_sections(likely, decided_verdicts(session), DEFAULT_MIN_SCORE)


def write_duplicates_report(ctx: AppContext, out: Path) -> list[DuplicatePair]:
    check_report_path(out)
    pairs = load_duplicates(ctx)
    report = duplicates_report(pairs, report_masthead(ctx), at_hub=is_hub(ctx))
    likely = likely_report_sections(ctx) if is_hub(ctx) else []
    write_report(replace(report, sections=[*report.sections, *likely]), out)
    ctx.audit("report.duplicates", Path(out).name, pairs=len(pairs), open=sum(p.is_open for p in pairs),
              likely=len(likely[0].rows) if likely else 0)
    return pairs


def write_rejected_report(ctx: AppContext, out: Path) -> list[RejectedRecord]:
    check_report_path(out)
    records = load_rejected(ctx)
    write_report(rejected_report(records, report_masthead(ctx), at_hub=is_hub(ctx)), out)
    ctx.audit("report.rejected", Path(out).name, records=len(records))
    return records
