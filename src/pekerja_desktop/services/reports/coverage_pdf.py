"""The coverage report as an A4 PDF: coverage per kabupaten/kota against target, with totals and a bar each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from pekerja_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from pekerja_desktop.documents.formatting import number_text, percent_text
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.fileio import atomic_path
from pekerja_desktop.services.dashboard.figures import DashboardData, RegencyCoverage
from pekerja_desktop.services.reports.coverage_text import text

BAR_COLOUR = "#0072b2"  # Okabe–Ito blue: readable for colour-blind readers and in grey print
DONE_COLOUR = "#009e73"  # Okabe–Ito bluish green: target reached
TRACK_COLOUR = "#e4e8ec"


def progress_bar(percent: float | None, width: float, height: float):
    """A horizontal bar filled to `percent` of the target (capped at the full width)."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=colors.HexColor(TRACK_COLOUR), strokeColor=None))
    if percent:
        colour = DONE_COLOUR if percent >= 100 else BAR_COLOUR
        drawing.add(Rect(0, 0, width * min(percent, 100) / 100, height, fillColor=colors.HexColor(colour),
                         strokeColor=None))
    return drawing


def _row(index: int, row: RegencyCoverage, bar_width: float, name_style) -> list:
    from reportlab.platypus import Paragraph

    return [str(index), row.code, Paragraph(escape(row.name), name_style), number_text(row.target),
            number_text(row.enrolled), percent_text(row.percent), number_text(max(row.target - row.enrolled, 0)),
            progress_bar(row.percent, bar_width, 8)]


def coverage_table(data: DashboardData):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    name_style = ParagraphStyle("name", fontName=REGULAR, fontSize=9, leading=11)
    head_style = ParagraphStyle("head", fontName=BOLD, fontSize=8.5, leading=10.5)
    right_head = ParagraphStyle("right_head", parent=head_style, alignment=2)
    widths = [9 * mm, 14 * mm, 47 * mm, 17 * mm, 20 * mm, 18 * mm, 24 * mm, 31 * mm]
    bar_width = widths[-1] - 4 * mm
    header = [Paragraph(escape(text(code)), right_head if 3 <= i <= 6 else head_style)
              for i, code in enumerate(("no", "code", "regency", "target", "enrolled", "percent", "remaining",
                                        "progress"))]
    rows = [header] + [_row(i, row, bar_width, name_style) for i, row in enumerate(data.coverage, start=1)]
    target, percent = data.target_total, data.progress
    rows.append(["", "", Paragraph(escape(text("total")), head_style), number_text(target),
                 number_text(data.total.count), percent_text(percent), number_text(max(target - data.total.count, 0)),
                 progress_bar(percent, bar_width, 8)])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 9), ("FONT", (0, -1), (-1, -1), BOLD, 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f0f0f0")),
        ("ALIGN", (3, 0), (6, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a99a8")),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _heading(data: DashboardData) -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    title = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18, alignment=1)
    subtitle = ParagraphStyle("subtitle", fontName=REGULAR, fontSize=10, leading=13, alignment=1)
    scope = (text("scope_hub", office=data.office_name) if data.hub
             else text("scope_office", office=data.office_name, code=data.office_code))
    return [Paragraph(escape(text("title")), title), Paragraph(escape(scope), subtitle),
            Paragraph(escape(text("as_of", date=format_date(data.today))), subtitle), Spacer(0, 5 * mm)]


def _notes(data: DashboardData) -> list:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    small = ParagraphStyle("small", fontName=REGULAR, fontSize=8, leading=10.5)
    quota = number_text(data.targets.total)
    targets = text("targets_default" if data.targets.is_default else "targets_set", quota=quota)
    counted = text("counted", hub=text("counted_hub") if data.hub else "")
    return [Spacer(0, 4 * mm), Paragraph(escape(counted), small), Paragraph(escape(targets), small)]


def write_coverage_pdf(data: DashboardData, path: Path, *, prepared_by: str,
                       printed_on: dt.date | None = None) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    register_fonts()
    printed_on = printed_on or dt.date.today()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
    story = [*_heading(data), coverage_table(data), *_notes(data), Spacer(0, 8 * mm),
             Paragraph(escape(text("prepared_by", name=prepared_by)), body)]
    footer_text = text("footer", date=format_date(data.today), printed=format_date(printed_on))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(15 * mm, 10 * mm, footer_text)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, text("page", page=doc.page))
        canvas.restoreState()

    with atomic_path(Path(path)) as temporary:
        document = SimpleDocTemplate(str(temporary), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                     topMargin=15 * mm, bottomMargin=18 * mm, title=text("sheet_title"),
                                     author=data.office_name)
        document.build(story, onFirstPage=footer, onLaterPages=footer)
