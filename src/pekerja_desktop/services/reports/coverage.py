"""`report coverage`: the dashboard's figures as a file — PDF (coverage against target per kabupaten/kota)
or XLSX (the same, plus every breakdown on its own sheet). In the language of the messages.

At the hub it covers the whole province; at a field office, the office's own enrolments.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pekerja_desktop.documents.report_pdf import write_report_pdf
from pekerja_desktop.documents.report_table import Masthead
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.dashboard.figures import DashboardData, load_dashboard
from pekerja_desktop.services.reports.coverage_sections import coverage_report
from pekerja_desktop.services.reports.coverage_text import text
from pekerja_desktop.services.reports.coverage_xlsx import write_coverage_xlsx


def _masthead(data: DashboardData, prepared_by: str) -> Masthead:
    scope = text("scope_hub") if data.hub else text("scope_office", code=data.office_code)
    return Masthead(data.office_name, scope, prepared_by, dt.datetime.now().astimezone())


def write_coverage_report(ctx: AppContext, out: Path) -> DashboardData:
    """The coverage report as PDF or XLSX (by the file's suffix), by a supervisor, audited."""
    ctx.require(Permission.HUB_REPORTS)
    data = load_dashboard(ctx)
    prepared_by = ctx.operator.display_name or ctx.actor
    if out.suffix.lower() == ".pdf":
        write_report_pdf(coverage_report(data, _masthead(data, prepared_by)), out)
    else:
        write_coverage_xlsx(data, out, prepared_by=prepared_by)
    ctx.audit("report.coverage", out.name, enrolled=data.total.count, target=data.target_total,
              as_of=data.today.isoformat())
    return data
