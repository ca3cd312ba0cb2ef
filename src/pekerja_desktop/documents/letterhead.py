"""What every document starts with and what each of its pages carries: the letterhead on the first page (the
province, the office, a rule, the title, then a line each for the date, who asked, who produced it…), a running
header on the pages after it (the office and the title) and a footer on every page (what the document is, and
"Halaman n dari m")."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.flowables import HRFlowable

from pekerja_desktop.documents.fonts import BOLD, REGULAR
from pekerja_desktop.documents.styles import BRAND, QUIET_INK, Styles, para
from pekerja_desktop.domain.documents_text import PROVINCE_GOVERNMENT
from pekerja_desktop.domain.i18n import render

PAGE_TEXTS: dict[str, dict[str, str]] = {
    "page": {"id": "Halaman {page} dari {pages}", "en": "Page {page} of {pages}"},
}
MARGIN_LINE_MIN = 6 * mm  # the running header and footer stay this far from the paper's edge at least


@dataclass(frozen=True)
class Letterhead:
    office: str  # the office's name (a report adds whose records it covers: "… — Semua kantor")
    title: str
    lines: tuple[str, ...] = ()  # under the title, small
    subtitle: str = ""  # right under the title, in bold: what the document is about (the month of a bill)
    address: str = ""  # under the office's name, small (the receipt)


def letterhead_flowables(head: Letterhead, styles: Styles, language: str) -> list[Flowable]:
    flow: list[Flowable] = [para(PROVINCE_GOVERNMENT[language], styles.body), para(head.office, styles.office)]
    if head.address:
        flow.append(para(head.address, styles.small))
    flow += [HRFlowable(width="100%", thickness=0.8, color=BRAND, spaceBefore=4, spaceAfter=4),
             para(head.title, styles.title)]
    if head.subtitle:
        flow.append(para(head.subtitle, styles.value))
    flow += [*(para(line, styles.small) for line in head.lines), Spacer(1, 2 * mm)]
    return flow


@dataclass(frozen=True)
class PageMarks:
    """The running header (from page 2, when wanted) and the footer, drawn once the page count is known."""
    head: Letterhead
    footer: str
    size: float  # of their text
    page_size: tuple[float, float]
    margin: float  # left and right of the page: the lines start and end there
    language: str
    running_header: bool = True

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = self.page_size
        edge = max(self.margin / 2, MARGIN_LINE_MIN)
        canvas.saveState()
        canvas.setFillColor(QUIET_INK)
        if self.running_header and page > 1:
            canvas.setFont(BOLD, self.size)
            canvas.drawString(self.margin, height - edge, self.head.office)
            canvas.setFont(REGULAR, self.size)
            canvas.drawRightString(width - self.margin, height - edge, self.head.title)
        canvas.setFont(REGULAR, self.size)
        canvas.drawString(self.margin, edge, self.footer)
        canvas.drawRightString(width - self.margin, edge,
                               render(PAGE_TEXTS, "page", {"page": page, "pages": pages}, self.language))
        canvas.restoreState()
