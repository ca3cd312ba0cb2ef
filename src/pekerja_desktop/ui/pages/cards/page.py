"""The Kartu page: the print queue filtered by region and reason, a selection, an in-app preview, printing on a
system printer at 1:1 or saving the PDF (A4 sheets or single cards), reprint requests and the registration
receipt. Rendering and printing run on the TaskRunner with a progress bar and Cancel; a cancelled run leaves no
PDF and records nothing. The preview never records; saved cards are recorded as printed only when the clerk
confirms it, printed ones once the printer accepted the job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFileDialog, QSplitter, QVBoxLayout, QWidget

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.cards.queue import request_reprint
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.failures import failure_message, show_failure
from pekerja_desktop.ui.pages.cards import jobs, printing
from pekerja_desktop.ui.pages.cards.dialogs import ReceiptDialog, ReprintDialog
from pekerja_desktop.ui.pages.cards.model import CardQueueModel
from pekerja_desktop.ui.pages.cards.panels import ActionBar, QueueFilters, QueueTable
from pekerja_desktop.ui.pages.cards.pdf_pages import backend
from pekerja_desktop.ui.pages.cards.preview import PreviewPane
from pekerja_desktop.ui.tasks import TaskControl, TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.busy import BusyRow
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.formatting import format_number as number
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal
from pekerja_desktop.ui.widgets.labels import NoticeLabel


class CardsPage(QWidget):
    """Contract with the main window: `CardsPage(ctx, runner)`, `refresh()`."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.reprint_refusal = refusal(ctx, Permission.REPRINT)  # reprints are a supervisor's call
        self.model = CardQueueModel(ctx.reference.regions, self)
        self._only: str | None = None  # the one worker to tick at the next refresh
        self._build()
        self._connect()
        self._preview_message()
        self._update_buttons()
        self.refresh()

    # --- construction -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.filters = QueueFilters(self._ctx.reference.regions, self)
        self.queue = QueueTable(self.model, self)
        self.preview = PreviewPane(self)
        self.actions = ActionBar(self)
        self.busy = BusyRow(self._runner, self)
        self.notice = NoticeLabel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.preview.setMinimumWidth(360)
        self._split_once = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.actions)
        layout.addWidget(self.busy)
        layout.addWidget(self.notice)
        self.setFocusProxy(self.queue.view)

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.model.checked_changed.connect(self._selection_changed)
        self.actions.layout_choice.currentIndexChanged.connect(lambda _index: self._preview_message())
        self.actions.preview_button.clicked.connect(self.show_preview)
        self.actions.print_button.clicked.connect(self.print_cards)
        self.actions.save_button.clicked.connect(self.save_pdf)
        self.actions.reprint_button.clicked.connect(self.request_reprint)
        self.actions.receipt_button.clicked.connect(self.receipt)
        self.busy.busy_changed.connect(lambda _busy: self._update_buttons())
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.busy.cancel)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_once:  # the first time the page has its real width: queue 60 %, preview 40 %
            self._split_once = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 60 // 100, width - width * 60 // 100])

    # --- public -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the queue again with the current filters (every row ticked, or only the one asked for)."""
        ctx, region, reason = self._ctx, self.filters.region_code(), self.filters.reason_code()
        self._runner.run(lambda _control: jobs.load_queue(ctx, region, reason), on_done=self._queue_loaded,
                         on_error=lambda exc: self.notice.failed(failure_message(exc, ctx)))

    def focus_on(self, registration_number: str) -> None:
        """At the next refresh, only this worker is ticked (the enrolment page's "Print the card")."""
        self._only = registration_number

    def _queue_loaded(self, entries) -> None:
        self.model.set_entries(entries)
        only, self._only = self._only, None
        if only:
            self.model.check_only(only)

    def selected(self) -> list:
        """The ticked cards, in the table's order."""
        return self.queue.checked_in_view_order()

    def show_preview(self) -> None:
        entries, layout = self.selected(), self.actions.card_layout()
        if not entries or backend() is None:
            self._preview_message()
            return
        ctx = self._ctx
        self._run(lambda control: jobs.preview(ctx, entries, layout, control), self._previewed,
                  self.tr("Preparing the preview\u2026"))

    def save_pdf(self) -> None:
        entries, layout = self.selected(), self.actions.card_layout()
        if not entries:
            return
        start = str(Path.home() / jobs.stamped_name(f"kartu-{self._ctx.office.code}"))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the cards as PDF"), start,
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        ctx = self._ctx
        self._run(lambda control: jobs.save_cards(ctx, entries, layout, target, control), self._saved,
                  fill(self.tr("Writing %1 cards\u2026"), number(len(entries))))

    def print_cards(self) -> None:
        entries, layout = self.selected(), self.actions.card_layout()
        if not entries or not self._can_print():
            return
        printer = printing.new_printer(jobs.page_size(layout), layout == "sheet", self.tr("Membership cards"))
        if not printing.choose_printer(self, printer):
            return
        ctx, name = self._ctx, printer.printerName()
        self._run(lambda control: jobs.render_for_printer(ctx, entries, layout, name, control),
                  lambda result: self._send_to_printer(printer, result),
                  fill(self.tr("Preparing %1 cards for the printer\u2026"), number(len(entries))))

    def request_reprint(self) -> None:
        if self.reprint_refusal:
            return
        ctx = self._ctx
        request = ReprintDialog.get_request(self, lambda text: jobs.find_people(ctx, text, True),
                                            self.queue.current_registration_number())
        if request is None:
            return
        try:
            entry = request_reprint(ctx, request.registration_number, request.reason)
        except PekerjaError as exc:
            show_failure(self, exc)
            return
        self.notice.done(fill(self.tr("Reprint of %1 (%2) added to the queue."), entry.registration_number,
                              entry.full_name))
        self.refresh()

    def receipt(self) -> None:
        ctx = self._ctx
        request = ReceiptDialog.get_request(self, lambda text: jobs.find_people(ctx, text, False),
                                            self.queue.current_registration_number())
        if request is None:
            return
        if request.action == "print":
            self._print_receipt(request)
        else:
            self._save_receipt(request)

    # --- the steps ----------------------------------------------------------------------------------

    def _can_print(self) -> bool:
        if backend() is not None:
            return True
        messages.show_error(self, self._no_renderer_text())
        return False

    def _send_to_printer(self, printer, result) -> None:
        """The printer accepting the job records the cards; a failure records nothing (they stay queued)."""
        ctx = self._ctx

        def work(control: TaskControl):
            return jobs.send_to_printer(ctx, printer, result, control)

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            self.notice.failed(self.tr("Not printed: nothing was recorded, the cards stay in the queue."))

        self.busy.run(work, lambda pages: self._printed(result, pages), self.tr("Sending to the printer\u2026"),
                      on_failed=failed, on_cancelled=lambda: None, cancellable=False)

    def _save_receipt(self, request) -> None:
        start = str(Path.home() / f"tanda-terima-{request.registration_number}.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the receipt as PDF"), start,
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        ctx = self._ctx
        self._run(lambda _control: jobs.save_receipt(ctx, request.registration_number, request.paper,
                                                     request.full_nik, target),
                  lambda result: self.notice.done(fill(self.tr("Receipt of %1 saved: %2"),
                                                       result.registration_number, result.path)),
                  self.tr("Writing the receipt\u2026"))

    def _print_receipt(self, request) -> None:
        if not self._can_print():
            return
        printer = printing.new_printer(jobs.page_size(request.paper), False, self.tr("Registration receipt"))
        if not printing.choose_printer(self, printer):
            return
        ctx = self._ctx
        self._run(lambda control: jobs.print_receipt(ctx, request.registration_number, request.paper,
                                                     request.full_nik, printer, control),
                  lambda _pages: self.notice.done(fill(self.tr("Receipt of %1 sent to the printer."),
                                                       request.registration_number)),
                  self.tr("Printing the receipt\u2026"))

    # --- running and results ------------------------------------------------------------------------

    def _run(self, work, on_done, text: str) -> None:
        self.notice.say("")
        self.busy.run(work, on_done, text, on_failed=self._failed,
                      on_cancelled=lambda: self.notice.say(
                          self.tr("Cancelled: no PDF was written and nothing was recorded.")))

    def _previewed(self, preview: jobs.Preview) -> None:
        caption = self.tr("Preview: cards are marked PRATINJAU and nothing is recorded.")
        if preview.selected > preview.cards:
            caption += " " + fill(self.tr("Showing the first %1 of %2 cards."), number(preview.cards),
                                  number(preview.selected))
        self.preview.show_pages(preview.images, caption)

    def _saved(self, result) -> None:
        """The PDF is written; the cards are recorded as printed only once the clerk says they printed well."""
        question = fill(self.tr("%1 cards were saved to %2 (%3 pages). Print the PDF at actual size, then record "
                                "the cards as printed: their card versions change, older cards of these people "
                                "become invalid and they leave the queue."),
                        number(result.cards), result.path, number(result.pages))
        if messages.confirm(self, self.tr("Record as printed?"), question, self.tr("&Record as printed"),
                            self.tr("&Not yet")):
            ctx = self._ctx
            self._run(lambda _control: jobs.record(ctx, result), lambda _batch: self._recorded(result),
                      self.tr("Recording the print\u2026"))
            return
        self.notice.say(fill(self.tr("%1 cards saved to %2, not recorded: they stay in the queue. Save them "
                                     "again when you print them."), number(result.cards), result.path))

    def _recorded(self, result) -> None:
        self.notice.done(fill(self.tr("%1 cards saved to %2 (%3 pages) and recorded as printed."),
                              number(result.cards), result.path, number(result.pages)))
        self.refresh()

    def _printed(self, result, pages: int) -> None:
        self.notice.done(fill(self.tr("%1 cards sent to the printer (%2 pages) and recorded as printed."),
                              number(result.cards), number(pages)))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        """The message box, its text kept in the notice."""
        self.notice.failed(show_failure(self, exc, ctx=self._ctx))

    # --- state --------------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self.queue.count.setText(fill(self.tr("Queue: %1 cards \u00b7 selected: %2"), number(self.model.rowCount()),
                                      number(self.model.checked_count())))
        self._preview_message()
        self._update_buttons()

    def _no_renderer_text(self) -> str:
        return self.tr("The preview and printing from this window need a PDF renderer (Qt PDF, pypdfium2 or "
                       "poppler's pdftoppm), and none is installed. Save the PDF and print it from a PDF reader "
                       "at actual size (not \u201cfit to page\u201d).")

    def _preview_message(self) -> None:
        if backend() is None:
            self.preview.show_message(self._no_renderer_text())
        elif self.model.checked_count():
            self.preview.show_message(self.tr("Press Preview to see the pages of the selected cards."))
        else:
            self.preview.show_message(self.tr("Select the cards to print in the queue."))

    def _update_buttons(self) -> None:
        idle, chosen = not self.busy.busy, self.model.checked_count() > 0
        for button in (self.actions.preview_button, self.actions.print_button, self.actions.save_button):
            button.setEnabled(idle and chosen)
        for widget in (self.actions.reprint_button, self.actions.receipt_button, self.filters, self.queue):
            widget.setEnabled(idle)
        apply_refusal(self.actions.reprint_button, self.reprint_refusal)
