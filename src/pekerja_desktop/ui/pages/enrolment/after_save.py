"""Print where the work happens: right after "Simpan & Selesai", a strip under the form names the worker just
saved and offers their receipt (printed on A4 or A5, or saved as PDF) and their card (the Kartu page with only
them ticked). It stays while the form is blank for the next worker and goes once the clerk types into it or
opens another record, so it never names a worker other than the one it is about."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QMenu, QPushButton, QWidget

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.failures import show_failure
from pekerja_desktop.ui.pages.cards.pdf_pages import backend
from pekerja_desktop.ui.palette import done_style
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.elided import ElidedLabel
from pekerja_desktop.ui.widgets.formatting import fill

# The receipt's renderer (ReportLab, the QR encoder) and the printer dialogs, imported at the first receipt
# rather than with the form: a cold start does not pay for them (bench/bench_gui_start.py).
RECEIPT_JOBS = "pekerja_desktop.ui.pages.cards.jobs"
PRINTING = "pekerja_desktop.ui.pages.cards.printing"


@dataclass(frozen=True)
class SavedWorker:
    registration_number: str
    full_name: str


class SavedStrip(QFrame):
    """`show_saved(worker)`, `clear()`; `card_requested(number)` asks the window for the Kartu page."""

    card_requested = Signal(str)
    said = Signal(str)  # how a print ended, for the status bar

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.worker: SavedWorker | None = None
        self.label = ElidedLabel("", self)
        self.label.setStyleSheet(done_style())
        self.receipt_button = QPushButton(self.tr("Print the &receipt"), self)
        self.receipt_button.setToolTip(self.tr("The registration receipt of this worker (Ctrl+P)"))
        self.receipt_button.setMenu(self._receipt_menu())
        self.card_button = QPushButton(self.tr("Print the &card\u2026"), self)
        self.card_button.setToolTip(self.tr("The card is in the print queue: the Kartu page opens with only this "
                                            "worker ticked"))
        self.card_button.clicked.connect(lambda: self.worker and self.card_requested.emit(
            self.worker.registration_number))
        for button in (self.receipt_button, self.card_button):
            button.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.receipt_button)
        row.addWidget(self.card_button)
        self.hide()

    def _receipt_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Print on A4\u2026"), lambda: self.print_receipt("a4"))
        menu.addAction(self.tr("Print on A5\u2026"), lambda: self.print_receipt("a5"))
        menu.addAction(self.tr("Save as PDF\u2026"), self.save_receipt)
        return menu

    def show_saved(self, worker: SavedWorker) -> None:
        self.worker = worker
        self.label.setText(fill(self.tr("\u2713 Saved and finished: %1 \u00b7 %2"), worker.registration_number,
                                worker.full_name))
        self.show()

    def clear(self) -> None:
        self.worker = None
        self.hide()

    # --- the receipt ------------------------------------------------------------------------------------
    def print_receipt(self, paper: str = "a4") -> None:
        if self.worker is None:
            return
        if backend() is None:  # no renderer to paint the PDF on a printer: a PDF to print from a reader
            self.save_receipt(paper)
            return
        jobs, printing = importlib.import_module(RECEIPT_JOBS), importlib.import_module(PRINTING)
        printer = printing.new_printer(jobs.page_size(paper), False, self.tr("Registration receipt"))
        if not printing.choose_printer(self, printer):
            return
        ctx, number = self._ctx, self.worker.registration_number
        self._runner.run(lambda control: jobs.print_receipt(ctx, number, paper, False, printer, control),
                         on_done=lambda _pages: self.said.emit(fill(self.tr("Receipt of %1 sent to the printer."),
                                                                    number)),
                         on_error=self._failed)

    def save_receipt(self, paper: str = "a4") -> None:
        if self.worker is None:
            return
        number = self.worker.registration_number
        start = str(Path.home() / f"tanda-terima-{number}.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the receipt as PDF"), start,
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target, ctx = Path(path if path.lower().endswith(".pdf") else path + ".pdf"), self._ctx
        jobs = importlib.import_module(RECEIPT_JOBS)
        self._runner.run(lambda _control: jobs.save_receipt(ctx, number, paper, False, target),
                         on_done=lambda result: self.said.emit(fill(self.tr("Receipt of %1 saved: %2"), number,
                                                                    result.path)),
                         on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.said.emit(show_failure(self, exc, ctx=self._ctx))
