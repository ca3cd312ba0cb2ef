"""PDF pages as images, for the in-app preview and for printing, whichever renderer this installation has.

In order of preference:
1. Qt PDF (`PySide6.QtPdf`, shipped in PySide6-Addons, not in PySide6-Essentials);
2. pypdfium2 (PDFium, a small wheel; optional);
3. `pdftoppm` from poppler-utils on the PATH (usual on Linux).
With none of them there is no preview and no in-app printing; the PDF can still be saved and printed from a
PDF reader. No widgets here: images are `QImage`s, safe to make on a worker thread.
"""

from __future__ import annotations

import contextlib
import importlib.util
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from pekerja_desktop.errors import OperationCancelled

QTPDF, PDFIUM, PDFTOPPM = "qtpdf", "pdfium", "pdftoppm"
POINTS_PER_INCH = 72
_pdfium_lock = threading.Lock()  # PDFium is not thread-safe


def backend() -> str | None:
    if importlib.util.find_spec("PySide6.QtPdf") is not None:
        return QTPDF
    if importlib.util.find_spec("pypdfium2") is not None:
        return PDFIUM
    if shutil.which("pdftoppm"):
        return PDFTOPPM
    return None


def page_images(pdf: Path, dpi: int, *, max_pages: int | None = None,
                cancelled: Callable[[], bool] | None = None) -> Iterator[QImage]:
    """The pages of `pdf` rendered at `dpi` (white background), one at a time."""
    renderers = {QTPDF: _qtpdf_pages, PDFIUM: _pdfium_pages, PDFTOPPM: _poppler_pages}
    name = backend()
    if name is None:
        raise RuntimeError("no PDF renderer")
    with contextlib.closing(renderers[name](Path(pdf), dpi)) as pages:
        for number, image in enumerate(pages):
            if max_pages is not None and number >= max_pages:
                return
            if cancelled is not None and cancelled():
                raise OperationCancelled()
            yield image


def _qtpdf_pages(pdf: Path, dpi: int) -> Iterator[QImage]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    try:
        for index in range(document.pageCount()):
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH))
            yield document.render(index, size).convertToFormat(QImage.Format.Format_RGB32)
    finally:
        document.close()


def _pdfium_pages(pdf: Path, dpi: int) -> Iterator[QImage]:
    import pypdfium2

    with _pdfium_lock:
        document = pypdfium2.PdfDocument(str(pdf))
        try:
            for index in range(len(document)):
                page = document[index]
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
                image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888)
                yield image.copy()
                page.close()
        finally:
            document.close()


def _poppler_pages(pdf: Path, dpi: int) -> Iterator[QImage]:
    with tempfile.TemporaryDirectory(prefix="pekerja-pages-") as folder:
        page = 1
        while True:
            prefix = Path(folder) / f"page{page}"
            done = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                                   "-singlefile", str(pdf), str(prefix)], capture_output=True, timeout=120)
            target = prefix.with_suffix(".png")
            if done.returncode != 0 or not target.exists():
                return
            image = QImage(str(target))
            target.unlink()
            yield image
            page += 1
