"""A document as a PDF: platypus lays the story out after the letterhead, on paper of one size and margin; later
pages carry a running header, every page a footer with "Halaman n dari m"; the bundled fonts are embedded and the
file is written whole or not at all."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from pekerja_desktop.documents.letterhead import Letterhead, PageMarks, letterhead_flowables
from pekerja_desktop.documents.output import writing
from pekerja_desktop.documents.pdf_canvas import PRODUCER, PageCountingCanvas
from pekerja_desktop.documents.styles import Styles

FRAME_PADDING = 6  # platypus frames keep 6 pt inside each margin


@dataclass(frozen=True)
class Paper:
    size: tuple[float, float]
    margin: float  # on every side

    @property
    def content_width(self) -> float:
        """What a table may fill: the width inside the margins and the frame's padding."""
        return self.size[0] - 2 * self.margin - 2 * FRAME_PADDING


A4_PORTRAIT = Paper(A4, 15 * mm)
A4_LANDSCAPE = Paper(landscape(A4), 12 * mm)  # the widest tables of figures (the duplicates list: 273 mm)


@dataclass(frozen=True)
class PdfDocument:
    paper: Paper
    styles: Styles
    head: Letterhead
    footer: str  # left of the page number at the foot of every page
    author: str
    language: str
    running_header: bool = True  # off for the receipt: its footer names the registration number on every page

    def write(self, path: Path, story: list[Flowable]) -> int:
        """Lay out the letterhead and `story` into `path`; returns the number of pages."""
        with writing(Path(path)) as temporary:
            template = SimpleDocTemplate(
                str(temporary), pagesize=self.paper.size, leftMargin=self.paper.margin,
                rightMargin=self.paper.margin, topMargin=self.paper.margin, bottomMargin=self.paper.margin,
                title=self.head.title, author=self.author, creator=PRODUCER, producer=PRODUCER)
            marks = PageMarks(self.head, self.footer, self.styles.margin_size, self.paper.size, self.paper.margin,
                              self.language, self.running_header)
            template.build([*letterhead_flowables(self.head, self.styles, self.language), *story],
                           canvasmaker=partial(_canvas, marks=marks.draw))
            return template.page


def _canvas(*args, **kwargs) -> PageCountingCanvas:
    canvas = PageCountingCanvas(*args, **kwargs)
    canvas.setViewerPreference("PrintScaling", "None")
    return canvas
