"""Printing a finished PDF on a system printer at 1:1 scale (never fitted to the page): card sheets must land
where the duplex back page and the crop marks expect them.

The printer is set up on the GUI thread (paper size of the document, no margins, duplex for A4 card sheets) and
chosen in the system's print dialog; the pages are then rasterised and painted on a worker thread (QPainter may
paint on a QPrinter outside the GUI thread), with progress and cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from pekerja_desktop.errors import OperationCancelled
from pekerja_desktop.ui.pages.cards.pdf_pages import page_images

PRINT_DPI = 300


def new_printer(page_size_points: tuple[float, float], duplex: bool, title: str) -> QPrinter:
    """A printer set up for a document of this page size: full page, no margins, portrait or landscape."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    width, height = page_size_points
    landscape = width > height
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(title)
    if duplex:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    return printer


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; False when the clerk cancels. (Tests replace this function.)"""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("CardPrinting", "Print"))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def print_pdf(printer: QPrinter, pdf: Path, *, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None, pages: int = 0, dpi: int = PRINT_DPI) -> int:
    """Paint every page of `pdf` on `printer` at its real size; returns the pages sent. A cancel aborts the job."""
    painter = QPainter()
    sent = 0
    try:
        for image in page_images(pdf, dpi, cancelled=cancelled):
            if sent == 0:
                if not painter.begin(printer):
                    raise OSError(QCoreApplication.translate("CardPrinting", "The printer could not be opened."))
            elif not printer.newPage():
                raise OSError(QCoreApplication.translate("CardPrinting", "The printer refused a new page."))
            scale = printer.resolution() / dpi
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
            sent += 1
            if progress is not None:
                progress(sent, max(pages, sent))
    except OperationCancelled:
        printer.abort()
        raise
    finally:
        if painter.isActive():
            painter.end()
    return sent
