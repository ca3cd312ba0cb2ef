"""What the personal-data documents (person export, breach list) share: A4 in the bundled DejaVu fonts, a header
naming the office, the date and who produced the document, and "page N of M" footers.

The page count is known only after layout, so a document is laid out twice (first into memory); both passes
build from a fresh story because platypus consumes flowables.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from pekerja_desktop.documents import fonts
from pekerja_desktop.documents.output import writing
from pekerja_desktop.documents.pdf_canvas import PRODUCER
from pekerja_desktop.domain.documents_text import PROVINCE_GOVERNMENT
from pekerja_desktop.domain.i18n import render

MARGIN = 15 * mm
BASE_SIZE = 8.6
FRAME_PADDING = 6  # platypus frames keep 6 pt inside each margin
RULE_COLOUR = colors.HexColor("#0D4A66")

PDF_TEXTS: dict[str, dict[str, str]] = {
    "page": {"id": "Halaman {page} dari {pages}", "en": "Page {page} of {pages}"},
    "produced": {"id": "Dibuat {at} oleh {by}", "en": "Produced {at} by {by}"},
    "confidential": {"id": "RAHASIA — berisi data pribadi (UU 27/2022)",
                     "en": "CONFIDENTIAL — contains personal data (Law 27/2022)"},
}


class Styles:
    def __init__(self, base: float = BASE_SIZE):
        fonts.register_fonts()
        plain = dict(fontName=fonts.REGULAR, fontSize=base, leading=base * 1.3)
        self.body = ParagraphStyle("body", **plain)
        self.small = ParagraphStyle("small", **{**plain, "fontSize": base - 1.2, "leading": (base - 1.2) * 1.3})
        self.label = ParagraphStyle("label", **{**plain, "textColor": colors.HexColor("#444444")})
        self.value = ParagraphStyle("value", **{**plain, "fontName": fonts.BOLD})
        self.heading = ParagraphStyle("heading", **{**plain, "fontName": fonts.BOLD, "fontSize": base + 2,
                                                   "leading": (base + 2) * 1.3, "spaceBefore": base * 0.9,
                                                   "spaceAfter": base * 0.4, "keepWithNext": 1,
                                                   "textColor": RULE_COLOUR})
        self.title = ParagraphStyle("title", **{**plain, "fontName": fonts.BOLD, "fontSize": base + 6,
                                               "leading": (base + 6) * 1.25})
        self.office = ParagraphStyle("office", **{**plain, "fontName": fonts.BOLD, "fontSize": base + 1})
        self.notice = ParagraphStyle("notice", **{**plain, "backColor": colors.HexColor("#FFF3CD"),
                                                 "borderColor": colors.HexColor("#E0C060"), "borderWidth": 0.5,
                                                 "borderPadding": 4, "spaceBefore": 8, "spaceAfter": 8})


def escape(text) -> str:
    return str(text if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def grid(rows: list[list], widths: list[float], *, header: bool = False) -> Table:
    """A light table; with `header`, the first row is shaded and repeated on every page."""
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB"))]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4ECEF")))
    table.setStyle(TableStyle(style))
    return table


def label_value_grid(pairs: list[tuple[str, str]], s: Styles, width: float) -> Table:
    rows = [[para(label, s.label), para(value, s.body)] for label, value in pairs]
    return grid(rows, [0.3 * width, 0.7 * width])


def letterhead(office_name: str, title: str, lines: list[str], s: Styles, language: str) -> list:
    """Province, office, a rule, the title, then one line each (date of the request, who produced it…)."""
    return [para(PROVINCE_GOVERNMENT[language], s.body), para(office_name, s.office),
            HRFlowable(width="100%", thickness=0.8, color=RULE_COLOUR, spaceBefore=4, spaceAfter=4),
            para(title, s.title), *(para(line, s.small) for line in lines)]


def _footer(text: str, pages: int | None, language: str, size: float, page_size):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, size)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, MARGIN / 2, text)
        number = canvas.getPageNumber()
        canvas.drawRightString(page_size[0] - MARGIN, MARGIN / 2,
                               render(PDF_TEXTS, "page", {"page": number, "pages": pages or number}, language))
        canvas.restoreState()
    return draw


def _build(target, story: list, *, title: str, author: str, footer: str, pages: int | None, language: str,
           page_size) -> int:
    doc = SimpleDocTemplate(target, pagesize=page_size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=title, author=author, creator=PRODUCER, producer=PRODUCER)
    draw = _footer(footer, pages, language, BASE_SIZE - 2, page_size)
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return doc.page


def content_width(wide: bool = False) -> float:
    page_size = landscape(A4) if wide else A4
    return page_size[0] - 2 * MARGIN - 2 * FRAME_PADDING


def write_pdf(path: Path, make_story: Callable[[], list], *, title: str, author: str, footer: str, language: str,
              wide: bool = False) -> int:
    """Lay the story out twice (to count pages), the second time atomically into `path`; returns the pages."""
    fonts.register_fonts()
    page_size = landscape(A4) if wide else A4
    options = dict(title=title, author=author, footer=footer, language=language, page_size=page_size)
    pages = _build(io.BytesIO(), make_story(), pages=None, **options)
    with writing(Path(path)) as temporary:
        _build(str(temporary), make_story(), pages=pages, **options)
    return pages
