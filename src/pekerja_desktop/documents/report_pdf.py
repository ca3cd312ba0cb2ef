"""A report as an A4 landscape PDF (the bundled font): the office and title on every page, table headers
repeated on every page, "Halaman n dari m" and who printed it in the footer."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pekerja_desktop.documents.fonts import BOLD, REGULAR, register_fonts, text_width
from pekerja_desktop.documents.formatting import number_text
from pekerja_desktop.documents.report_table import TABLE_LABELS, Column, Kind, Level, Report, Row, Section
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.fileio import atomic_path

PAGE = landscape(A4)
MARGIN = 12 * mm
HEADER_BLUE = colors.HexColor("#dde6f0")
GRID_GREY = colors.HexColor("#8a99a8")
SHADES = {Level.SUBTOTAL: colors.HexColor("#f0f3f7"), Level.TOTAL: HEADER_BLUE}
INDENT = 4 * mm
PADDING = 4  # points, left and right of every cell
BODY_SIZE = 8.5
MIN_CODE_SIZE = 6.0
HEAD_RIGHT = ParagraphStyle("head-right", fontName=BOLD, fontSize=BODY_SIZE, leading=BODY_SIZE + 2, alignment=2)


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18, alignment=1),
        "subtitle": ParagraphStyle("subtitle", fontName=REGULAR, fontSize=10, leading=13, alignment=1),
        "heading": ParagraphStyle("heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=2),
        "note": ParagraphStyle("note", fontName=REGULAR, fontSize=8, leading=10, spaceAfter=4),
        "empty": ParagraphStyle("empty", fontName=REGULAR, fontSize=9.5, leading=12),
    }


@lru_cache(maxsize=32)
def _cell_style(font: str, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{font}-{size}", fontName=font, fontSize=size, leading=BODY_SIZE + 2)


def _code(text: str, font: str, width: float) -> Paragraph:
    """The largest size (≤ the body's, in quarter points) at which `text` fits on one line of the column."""
    room = width - 2 * PADDING
    size = min(BODY_SIZE, BODY_SIZE * room / max(text_width(text, font, BODY_SIZE), 1.0))
    return Paragraph(escape(text), _cell_style(font, max(MIN_CODE_SIZE, math.floor(size * 4) / 4)))


def _cell(value, column: Column, font: str):
    if column.kind is Kind.COUNT:
        return number_text(value, "id") if isinstance(value, int) else ""
    if column.kind is Kind.DATE:
        return format_date(value)
    if column.kind is Kind.CODE:
        return _code(str(value or ""), font, column.width_mm * mm)
    return Paragraph(escape(str(value or "")), _cell_style(font, BODY_SIZE))


def _table_rows(section: Section) -> list[list]:
    header = [Paragraph(escape(c.label), HEAD_RIGHT if c.kind is Kind.COUNT else _cell_style(BOLD, BODY_SIZE))
              for c in section.columns]
    body = []
    for row in section.rows:
        font = BOLD if row.level else REGULAR
        body.append([_cell(v, c, font) for v, c in zip(row.values, section.columns, strict=True)])
    return [header, *body]


def _row_commands(index: int, row: Row) -> list[tuple]:
    line = index + 1  # after the header
    commands = []
    if row.level:
        commands.append(("FONT", (0, line), (-1, line), BOLD, BODY_SIZE))
    if row.level in SHADES:
        commands.append(("BACKGROUND", (0, line), (-1, line), SHADES[row.level]))
    if row.indent:
        commands.append(("LEFTPADDING", (0, line), (0, line), PADDING + row.indent * INDENT))
    return commands


def _table(section: Section) -> Table:
    commands = [("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE), ("BACKGROUND", (0, 0), (-1, 0), HEADER_BLUE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for index, column in enumerate(section.columns):
        if column.kind is Kind.COUNT:
            commands.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
    for index, row in enumerate(section.rows):
        commands += _row_commands(index, row)
    table = Table(_table_rows(section), colWidths=[c.width_mm * mm for c in section.columns], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _section(section: Section, styles) -> list:
    flowables = [Paragraph(escape(section.title), styles["heading"])]
    if section.note:
        flowables.append(Paragraph(escape(section.note), styles["note"]))
    if not section.rows:
        return [*flowables, Paragraph(escape(section.empty_line), styles["empty"])]
    return [*flowables, _table(section)]


def _story(report: Report) -> list:
    styles, masthead = _styles(), report.masthead
    story = [Paragraph(escape(report.title), styles["title"]),
             Paragraph(escape(f"{masthead.office_name} — {masthead.scope}"), styles["subtitle"]),
             Paragraph(escape(f"{masthead.as_of_line} · {masthead.prepared_line}"), styles["subtitle"]),
             Spacer(0, 2 * mm)]
    for section in report.sections:
        story += _section(section, styles)
    return story


class _NumberedCanvas(Canvas):
    """Holds every page until the end, so each footer can say how many pages there are."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 7.5)
            self.drawRightString(PAGE[0] - MARGIN, 8 * mm,
                                 render(TABLE_LABELS, "page", {"page": self._pageNumber, "pages": total}))
            super().showPage()
        super().save()


def _running_lines(report: Report):
    def draw(canvas, _document):
        canvas.saveState()
        canvas.setFont(BOLD, 8)
        canvas.drawString(MARGIN, PAGE[1] - 8 * mm, report.masthead.office_name)
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(PAGE[0] - MARGIN, PAGE[1] - 8 * mm, report.title)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(MARGIN, 8 * mm, report.masthead.printed_line)
        canvas.restoreState()
    return draw


def write_report_pdf(report: Report, path: Path) -> None:
    register_fonts()
    draw = _running_lines(report)
    with atomic_path(Path(path)) as temporary:
        document = SimpleDocTemplate(str(temporary), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                                     topMargin=14 * mm, bottomMargin=14 * mm, title=report.title,
                                     author=report.masthead.office_name)
        document.build(_story(report), onFirstPage=draw, onLaterPages=draw, canvasmaker=_NumberedCanvas)
