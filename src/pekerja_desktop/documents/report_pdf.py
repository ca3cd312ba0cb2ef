"""A report as a PDF (A4 landscape, or upright when its tables are narrow): the letterhead with the office, the
title and who made it when; the notes; each section's title, note and gridded table with its header repeated on
every page; the signature block; who printed it and "Halaman n dari m" in the footer."""

from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pekerja_desktop.documents.fonts import BOLD, REGULAR, text_width
from pekerja_desktop.documents.formatting import number_text, percent_text, rupiah
from pekerja_desktop.documents.letterhead import Letterhead
from pekerja_desktop.documents.pdf_document import A4_LANDSCAPE, A4_PORTRAIT, PdfDocument
from pekerja_desktop.documents.report_table import Column, Kind, Level, Report, Row, Section, Signatory
from pekerja_desktop.documents.styles import HEADER_FILL, SUBTOTAL_FILL, Styles, para
from pekerja_desktop.documents.tables import GRID_PADDING, grid_commands, progress_bar
from pekerja_desktop.domain.dates import format_date

SHADES = {Level.SUBTOTAL: SUBTOTAL_FILL, Level.TOTAL: HEADER_FILL}
INDENT = 4 * mm
MIN_CODE_SIZE = 6.0
BAR_HEIGHT = 8
SIGNATURE_SPACE = 22 * mm
SIGNATURE_WIDTH = 85 * mm
DOTTED_NAME = "." * 48  # a name to write in by hand


class _Cells:
    """Turns a section's typed values into what its table shows, in the report's language."""

    def __init__(self, styles: Styles, language: str):
        self.styles, self.language = styles, language

    def header(self, column: Column) -> Paragraph:
        return para(column.label, self.styles.cell(BOLD, right=column.kind.is_figure))

    def value(self, value, column: Column, font: str):
        kind, width = column.kind, column.width_mm * mm
        if kind is Kind.COUNT:
            return number_text(value, self.language) if isinstance(value, int) else ""
        if kind is Kind.MONEY:
            return rupiah(value, self.language) if isinstance(value, int) else ""
        if kind is Kind.PERCENT:
            return percent_text(value, self.language)
        if kind is Kind.BAR:
            return progress_bar(value, width - 2 * GRID_PADDING, BAR_HEIGHT)
        if kind is Kind.DATE:
            return format_date(value)
        if kind is Kind.CODE:
            return self._code(str(value or ""), font, width)
        return para(value or "", self.styles.cell(font))

    def _code(self, text: str, font: str, width: float) -> Paragraph:
        """The largest size (≤ the body's, in quarter points) at which `text` fits on one line of the column."""
        base = self.styles.base
        room = width - 2 * GRID_PADDING
        size = min(base, base * room / max(text_width(text, font, base), 1.0))
        return para(text, self.styles.cell(font, max(MIN_CODE_SIZE, math.floor(size * 4) / 4)))


def _row_commands(line: int, row: Row, size: float) -> list[tuple]:
    commands: list[tuple] = []
    if row.level:
        commands.append(("FONT", (0, line), (-1, line), BOLD, size))
    if row.level in SHADES:
        commands.append(("BACKGROUND", (0, line), (-1, line), SHADES[row.level]))
    if row.indent:
        commands.append(("LEFTPADDING", (0, line), (0, line), GRID_PADDING + row.indent * INDENT))
    return commands


def _table(section: Section, cells: _Cells) -> Table:
    size = cells.styles.base
    commands = grid_commands(size)
    for index, column in enumerate(section.columns):
        if column.kind.is_figure:
            commands.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
    body = []
    for line, row in enumerate(section.rows, start=1):  # line 0 is the header
        font = BOLD if row.level else REGULAR
        body.append([cells.value(v, c, font) for v, c in zip(row.values, section.columns, strict=True)])
        commands += _row_commands(line, row, size)
    table = Table([[cells.header(c) for c in section.columns], *body],
                  colWidths=[c.width_mm * mm for c in section.columns], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _section(section: Section, cells: _Cells) -> list[Flowable]:
    styles = cells.styles
    flowables: list[Flowable] = [para(section.title, styles.heading)]
    if section.note:
        flowables.append(para(section.note, styles.small))
    if not section.rows:
        return [*flowables, para(section.empty_line(cells.language), styles.body)]
    return [*flowables, _table(section, cells)]


def _lines(lines: list[str] | tuple[str, ...], styles: Styles) -> Paragraph:
    return Paragraph("<br/>".join(escape(line) for line in lines), styles.signature)


def _signature_cells(signatory: Signatory, styles: Styles) -> tuple[Paragraph, Paragraph]:
    below = [f"({signatory.name or DOTTED_NAME})", *signatory.footing]
    return _lines(signatory.heading, styles), _lines(below, styles)


def _signatures(signatories: tuple[Signatory, ...], styles: Styles) -> list[Flowable]:
    """Side by side: each signatory's heading, the space to sign, the name and what follows it."""
    if not signatories:
        return []
    pairs = [_signature_cells(s, styles) for s in signatories]
    table = Table([[a for a, _ in pairs], [""] * len(pairs), [b for _, b in pairs]],
                  colWidths=[SIGNATURE_WIDTH] * len(pairs), rowHeights=[None, SIGNATURE_SPACE, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(0, 10 * mm), KeepTogether([table])]


def report_story(report: Report, styles: Styles) -> list[Flowable]:
    """Everything after the letterhead."""
    cells = _Cells(styles, report.language)
    story: list[Flowable] = [para(note, styles.small) for note in report.notes]
    for section in report.sections:
        story += _section(section, cells)
    return [*story, *_signatures(report.signatures, styles)]


def write_report_pdf(report: Report, path: Path) -> None:
    styles = Styles()
    masthead, language = report.masthead, report.language
    head = Letterhead(masthead.office_line, report.title, (masthead.as_of_line(language),), report.subtitle)
    document = PdfDocument(A4_PORTRAIT if report.portrait else A4_LANDSCAPE, styles, head,
                           footer=masthead.printed_line(language), author=masthead.office_name, language=language)
    document.write(path, report_story(report, styles))
