"""(hub) `report budget --year YYYY --out FILE.pdf|.xlsx`, for the Pemda: per funding source its ceiling
(murni, perubahan), realisation, projection to December and what remains, then month by month what each source
paid (closed) or is projected to pay; signed like the bill. In the user's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pekerja_desktop.documents.formatting import number_text
from pekerja_desktop.documents.report_files import write_report
from pekerja_desktop.documents.report_table import Column, Kind, Level, Masthead, Report, Row, Section, local_date
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.months import month_label
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.billing.output import signatories
from pekerja_desktop.services.billing.signer import load_signer
from pekerja_desktop.services.budget.year import BudgetMonth, BudgetSource, BudgetYear, compute_budget_year
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reports.files import check_report_path
from pekerja_desktop.services.sync.state import require_hub

TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "PAGU, REALISASI DAN PROYEKSI IURAN BPJS KETENAGAKERJAAN PEKERJA RENTAN",
              "en": "CEILINGS, REALISATION AND PROJECTION OF THE BPJS KETENAGAKERJAAN CONTRIBUTIONS"},
    "subtitle": {"id": "Tahun anggaran {year}", "en": "Budget year {year}"},
    "basis": {"id": "Realisasi: tagihan bulanan yang sudah ditutup (iuran dan koreksinya). Proyeksi: bulan yang belum "
                    "ditutup, dengan {active} peserta aktif per {date} dan tarif yang berlaku pada bulan itu.",
              "en": "Realisation: the monthly bills already closed (contributions and corrections). Projection: the "
                    "months not closed yet, with the {active} participants active on {date} and each month's rates."},
    "per_source": {"id": "Pagu dan proyeksi per sumber dana", "en": "Ceilings and projection per funding source"},
    "per_month": {"id": "Realisasi dan proyeksi per bulan", "en": "Realisation and projection per month"},
    "source": {"id": "Sumber dana", "en": "Funding source"},
    "murni": {"id": "Pagu murni", "en": "Ceiling (murni)"},
    "perubahan": {"id": "Pagu perubahan", "en": "Ceiling (perubahan)"},
    "ceiling": {"id": "Pagu", "en": "Ceiling"},
    "realised": {"id": "Realisasi", "en": "Realised"},
    "projected": {"id": "Proyeksi s.d. Desember", "en": "Projected to December"},
    "remaining": {"id": "Sisa pagu", "en": "Remaining"},
    "status": {"id": "Keterangan", "en": "Status"},
    "over": {"id": "MELEBIHI PAGU", "en": "OVER THE CEILING"},
    "within": {"id": "dalam pagu", "en": "within the ceiling"},
    "no_ceiling": {"id": "pagu belum diisi", "en": "no ceiling set"},
    "month": {"id": "Bulan", "en": "Month"},
    "closed": {"id": "ditutup {date}", "en": "closed {date}"},
    "estimate": {"id": "proyeksi", "en": "projection"},
    "not_closed": {"id": "belum ditutup (proyeksi)", "en": "not closed (projection)"},
    "total": {"id": "JUMLAH", "en": "TOTAL"},
}
SHEET_SOURCES, SHEET_MONTHS = "Pagu", "Per bulan"


def _t(key: str, **values) -> str:
    return render(TEXTS, key, values)


def _status(source: BudgetSource) -> str:
    return _t("over") if source.over else _t("within") if source.ceiling else _t("no_ceiling")


def _per_source(year: BudgetYear) -> Section:
    columns = (Column(_t("source"), 52), Column(_t("murni"), 30, Kind.MONEY), Column(_t("perubahan"), 30, Kind.MONEY),
               Column(_t("ceiling"), 32, Kind.MONEY), Column(_t("realised"), 32, Kind.MONEY),
               Column(_t("projected"), 32, Kind.MONEY), Column(_t("remaining"), 32, Kind.MONEY),
               Column(_t("status"), 30))
    rows = [Row((f"{s.name} ({s.code})", s.murni, s.perubahan, s.ceiling, s.realised, s.projected,
                 s.remaining if s.ceiling else None, _status(s))) for s in year.sources]
    totals = [sum(getattr(s, name) for s in year.sources)
              for name in ("murni", "perubahan", "ceiling", "realised", "projected")]
    rows.append(Row((_t("total"), *totals, sum(s.remaining for s in year.sources if s.ceiling), ""), Level.TOTAL))
    return Section(_t("per_source"), SHEET_SOURCES, columns, rows)


def _month_status(entry: BudgetMonth, today: dt.date) -> str:
    if entry.closed_at is not None:
        return _t("closed", date=format_date(local_date(entry.closed_at)))
    return _t("estimate") if entry.month >= today.replace(day=1) else _t("not_closed")


def _per_month(year: BudgetYear) -> Section:
    shown = [s for s in year.sources if s.projected or s.ceiling]
    width = min(34.0, 150 / max(len(shown), 1))
    columns = (Column(_t("month"), 30), Column(_t("status"), 46),
               *(Column(s.name, width, Kind.MONEY) for s in shown), Column(_t("total"), 36, Kind.MONEY))
    rows = []
    calendar = year.sources[0].months if year.sources else []
    for index, entry in enumerate(calendar):
        amounts = [s.months[index].amount for s in shown]
        rows.append(Row((month_label(entry.month), _month_status(entry, year.today), *amounts, sum(amounts))))
    rows.append(Row((_t("total"), "", *(s.projected for s in shown), sum(s.projected for s in shown)), Level.TOTAL))
    return Section(_t("per_month"), SHEET_MONTHS, columns, rows)


def budget_report(year: BudgetYear, masthead: Masthead, signer_lines) -> Report:
    basis = _t("basis", active=number_text(year.active_today), date=format_date(year.today))
    return Report(_t("title"), masthead, [_per_source(year), _per_month(year)], subtitle=_t("subtitle", year=year.year),
                  notes=(basis,), signatures=signer_lines)


def write_budget_report(ctx: AppContext, year: int, out: Path, today: dt.date | None = None) -> BudgetYear:
    """The budget year as a PDF or XLSX (by the suffix), by a supervisor, audited."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    check_report_path(out)
    printed_at = dt.datetime.now().astimezone()
    prepared_by = ctx.operator.display_name or ctx.actor
    with ctx.db.session() as session:
        figures = compute_budget_year(session, year, today or printed_at.date())
        signer = load_signer(session)
    masthead = Masthead(ctx.office.name, "", prepared_by, printed_at)
    write_report(budget_report(figures, masthead, signatories(ctx.office.name, prepared_by, signer,
                                                              printed_at.date())), Path(out))
    ctx.audit("report.budget", Path(out).name, year=year, over=[s.code for s in figures.over])
    return figures
