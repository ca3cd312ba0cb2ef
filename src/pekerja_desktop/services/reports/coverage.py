"""`report coverage`: the dashboard's figures as a file — PDF (coverage against target per kabupaten/kota)
or XLSX (the same, plus every breakdown on its own sheet). In the language of the messages.

At the hub it covers the whole province; at a field office, the office's own enrolments.
"""

from __future__ import annotations

from pathlib import Path

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.dashboard.figures import DashboardData, load_dashboard


def write_coverage_report(ctx, out: Path) -> DashboardData:
    """The coverage report as PDF or XLSX (by the file's suffix), by a supervisor, audited."""
    from pekerja_desktop.services.reports.coverage_pdf import write_coverage_pdf
    from pekerja_desktop.services.reports.coverage_xlsx import write_coverage_xlsx

    ctx.require(Permission.HUB_REPORTS)
    data = load_dashboard(ctx)
    write = write_coverage_pdf if out.suffix.lower() == ".pdf" else write_coverage_xlsx
    write(data, out, prepared_by=ctx.operator.display_name or ctx.actor)
    ctx.audit("report.coverage", out.name, enrolled=data.total.count, target=data.target_total,
              as_of=data.today.isoformat())
    return data
