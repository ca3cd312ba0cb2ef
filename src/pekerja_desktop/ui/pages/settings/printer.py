"""Settings, Card printer: how far each printer shifts the back pages of a duplex A4 card sheet (read off the
alignment page: print it, hold it against the light, measure), saved per printer. An admin saves offsets; anyone
may print the alignment page."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.cards.render import render_alignment_test
from pekerja_desktop.services.cards.settings import DEFAULT_PRINTER, MAX_OFFSET_MM, card_settings, save_back_offset
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.failures import failure_message
from pekerja_desktop.ui.pages.cards import jobs, printing
from pekerja_desktop.ui.pages.cards.pdf_pages import backend
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal
from pekerja_desktop.ui.widgets.labels import NoticeLabel, read_only_label


class PrinterSection(QWidget):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        box = QGroupBox(self.tr("Back page offset of the A4 card sheets"), self)
        self.printer = QComboBox(box)
        self.printer.addItem(self.tr("Any printer (default)"), DEFAULT_PRINTER)
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        self.dx, self.dy = self._offset_box(box), self._offset_box(box)
        self.save_button = QPushButton(self.tr("&Save the offset"), box)
        self.alignment_button = QPushButton(self.tr("&Alignment page\u2026"), box)
        self.alignment_button.setToolTip(self.tr("Two pages with the current offset: print them on both sides of "
                                                 "one sheet, hold it against the light and read the shift"))
        self.notice = NoticeLabel(box)
        form = QFormLayout(box)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Shift to the right (mm)"), self.dx)
        form.addRow(self.tr("Shift down (mm)"), self.dy)
        form.addRow("", read_only_label(self.tr("As seen on the back page. Single CR80 cards need no offset."), box))
        buttons = QHBoxLayout()
        buttons.addWidget(self.alignment_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.notice, 1)
        form.addRow("", buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addStretch(1)
        reason = refusal(ctx, Permission.SETTINGS)
        for widget in (self.dx, self.dy, self.save_button):
            apply_refusal(widget, reason)
        self.printer.currentIndexChanged.connect(self.refresh)
        self.save_button.clicked.connect(self.save)
        self.alignment_button.clicked.connect(self.alignment_page)

    @staticmethod
    def _offset_box(parent: QWidget) -> QDoubleSpinBox:
        box = QDoubleSpinBox(parent)
        box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        box.setDecimals(1)
        box.setSingleStep(0.1)
        box.setSuffix(" mm")
        return box

    def chosen_printer(self) -> str | None:
        name = self.printer.currentData()
        return None if name == DEFAULT_PRINTER else name

    def refresh(self) -> None:
        offset = card_settings(self._ctx, self.chosen_printer()).back_offset
        self.dx.setValue(offset.dx_mm)
        self.dy.setValue(offset.dy_mm)

    def save(self) -> None:
        try:
            save_back_offset(self._ctx, self.dx.value(), self.dy.value(), self.chosen_printer())
        except PekerjaError as exc:
            self.notice.failed(failure_message(exc, self._ctx))
            return
        self.notice.done(self.tr("Saved: the next card sheets on this printer use this offset."))

    def alignment_page(self) -> None:
        """Printed on the chosen printer when the window can print PDFs, else saved for a PDF reader."""
        ctx, name = self._ctx, self.chosen_printer()
        if backend() is None or name is None:
            self._save_alignment_page(ctx, name)
            return
        printer = printing.new_printer(jobs.page_size("sheet"), True, self.tr("Alignment page"))
        printer.setPrinterName(name)
        if not printing.choose_printer(self, printer):
            return

        def work(_control):
            with tempfile.TemporaryDirectory(prefix="pekerja-align-") as folder:
                result = render_alignment_test(ctx, Path(folder) / "perataan.pdf", name)
                return printing.print_pdf(printer, result.path, pages=result.pages)

        self._runner.run(work, on_done=lambda _pages: self.notice.done(self.tr("Alignment page sent to the "
                                                                               "printer.")),
                         on_error=lambda exc: self.notice.failed(failure_message(exc, ctx)))

    def _save_alignment_page(self, ctx: AppContext, name: str | None) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the alignment page"),
                                                    str(Path.home() / "uji-perataan.pdf"),
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        self._runner.run(lambda _control: render_alignment_test(ctx, target, name),
                         on_done=lambda result: self.notice.done(self.tr("Alignment page saved: %1")
                                                                 .replace("%1", str(result.path))),
                         on_error=lambda exc: self.notice.failed(failure_message(exc, ctx)))
