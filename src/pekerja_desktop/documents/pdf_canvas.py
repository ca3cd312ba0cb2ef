"""The PDF canvas of every document: the bundled font from the start, viewers asked not to scale, finished pages
compressed at once so that a 35,000-card run keeps only compressed page streams in memory; for documents that say
"page n of m", a canvas that holds the pages until their count is known.

ReportLab keeps every page's operators as text until `save()`; `PagePackingCanvas.showPage` replaces the
page's text with a FlateDecode stream (the same filter ReportLab would apply at save time). Fonts and the
document structure are ReportLab's own.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from pekerja_desktop import __version__
from pekerja_desktop.documents.fonts import CONDENSED, register_fonts

PRODUCER = f"Pekerja Desktop {__version__}"


class PagePackingCanvas(Canvas):
    """Starts in the bundled font (ReportLab would otherwise reference Helvetica, unembedded, on every page)."""

    def __init__(self, *args, **kwargs):
        register_fonts()
        kwargs["initialFontName"] = kwargs.get("initialFontName") or CONDENSED  # platypus passes None
        super().__init__(*args, **kwargs)

    def showPage(self):
        super().showPage()
        pages = getattr(getattr(self._doc, "Pages", None), "pages", None)
        if pages:
            _pack(pages[-1])


def _pack(page) -> None:
    stream = getattr(page, "stream", None)
    if not isinstance(stream, str) or getattr(page, "Contents", None):
        return
    packed = pdfdoc.PDFStream(content=zlib.compress(stream.encode("utf-8"), 6))
    packed.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    packed.__Comment__ = "page stream"
    page.Contents = packed
    page.stream = None


def open_canvas(path: Path, page_size: tuple[float, float], title: str, *, duplex_long_edge: bool = False,
                author: str = "") -> Canvas:
    canvas = PagePackingCanvas(str(path), pagesize=page_size, pageCompression=1, invariant=0)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    canvas.setViewerPreference("PrintScaling", "None")
    if duplex_long_edge:
        canvas.setViewerPreference("Duplex", "DuplexFlipLongEdge")
    return canvas


class PageCountingCanvas(PagePackingCanvas):
    """Holds every page until the document is complete, so that each can say how many pages there are:
    `marks(canvas, page, pages)` draws a page's header and footer just before the page is packed."""

    def __init__(self, *args, marks: Callable[[Canvas, int, int], None], **kwargs):
        super().__init__(*args, **kwargs)
        self._marks = marks
        self._held: list[dict] = []

    def showPage(self):
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for state in self._held:
            self.__dict__.update(state)
            self._marks(self, self._pageNumber, len(self._held))
            super().showPage()
        super().save()
