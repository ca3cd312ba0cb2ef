"""Pembaruan tahunan: before a new budget year the office re-verifies its participants desa by desa. The page prints
the list (PDF with tick boxes, or XLSX/CSV to fill in), takes the answers back from that file, or lets the clerk tick
them desa by desa; applying continues or ends the participants in bulk (services/lifecycle/renewal.py), all or none.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.lifecycle.renewal import load_renewal, load_renewal_villages
from pekerja_desktop.services.lifecycle.renewal_apply import apply_renewal
from pekerja_desktop.services.lifecycle.renewal_file import import_renewal_file, write_renewal_list
from pekerja_desktop.services.sync.state import is_hub
from pekerja_desktop.ui.pages.renewal.model import Column, ReasonDelegate, RenewalModel
from pekerja_desktop.ui.palette import secondary_style
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.busy import BusyRow
from pekerja_desktop.ui.widgets.formatting import fill, format_number
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal

LIST_FILTERS = "PDF (*.pdf);;Excel (*.xlsx);;CSV (*.csv)"
# pixels: the table fits a 1280-pixel screen beside the navigation, the name taking what is left
COLUMN_WIDTHS = {Column.NUMBER: 128, Column.BORN: 112, Column.LIVING: 94, Column.INFORMAL: 94, Column.UNDER_AGE: 94,
                 Column.REASON: 130, Column.END_DATE: 84, Column.OUTCOME: 170}
LIST_SUFFIXES = (".pdf", ".xlsx", ".csv")
STATUS_MIN_WIDTH = 240


def ask_save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), LIST_FILTERS)
    if not path:
        return None
    return Path(path) if Path(path).suffix.lower() in LIST_SUFFIXES else Path(path + ".pdf")


def ask_open_path(parent: QWidget | None, title: str) -> Path | None:
    path, _chosen = QFileDialog.getOpenFileName(parent, title, str(Path.home()), "Excel (*.xlsx);;CSV (*.csv)")
    return Path(path) if path else None


class RenewalPage(QWidget):
    """Contract with the main window: `RenewalPage(ctx, runner)`, `refresh()`."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._result = ""  # what the last application did, kept above the hint once the list is read again
        self.model = RenewalModel(self)
        self._build()
        self._connect()
        self._gate()

    # --- construction ---------------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Yearly renewal"), self)
        title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.year = QSpinBox(self)
        this_year = dt.date.today().year
        self.year.setRange(this_year, this_year + 1)
        self.year.setValue(this_year + 1)
        self.print_button = QPushButton(self.tr("&Print the list\u2026"), self)
        self.import_button = QPushButton(self.tr("&Import answers\u2026"), self)
        self.villages = QComboBox(self)
        self.villages.setMinimumWidth(260)
        self.villages.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        village_label = QLabel(self.tr("&Village"), self)
        village_label.setBuddy(self.villages)
        year_label = QLabel(self.tr("Budget &year"), self)
        year_label.setBuddy(self.year)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.import_button)
        choice = QHBoxLayout()  # a row of its own: beside the title and buttons it passes 1280 px in a long language
        choice.addWidget(year_label)
        choice.addWidget(self.year)
        choice.addSpacing(12)
        choice.addWidget(village_label)
        choice.addWidget(self.villages, 1)
        self.table = self._table()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(STATUS_MIN_WIDTH)  # a long text wraps beside the buttons, never widens the window
        self.status.setStyleSheet(secondary_style())
        self.busy = BusyRow(self._runner, self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(choice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addLayout(self._bottom())

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Participants of the village"))
        table.setModel(self.model)
        table.setItemDelegateForColumn(Column.REASON, ReasonDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.resizeSection(Column.NUMBER, table.fontMetrics().horizontalAdvance("8171A-26-000000") + 24)  # whole
        return table

    def _bottom(self) -> QHBoxLayout:
        self.tick_button = QPushButton(self.tr("&Tick all: still here and informal"), self)
        self.apply_button = QPushButton(self.tr("&Apply the answers\u2026"), self)
        self.apply_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.tick_button)
        row.addWidget(self.apply_button)
        return row

    def _connect(self) -> None:
        self.year.valueChanged.connect(lambda _year: self.refresh())
        self.villages.currentIndexChanged.connect(lambda _index: self._load_village())
        self.print_button.clicked.connect(self.print_list)
        self.import_button.clicked.connect(self.import_answers)
        self.tick_button.clicked.connect(self.tick_all)
        self.apply_button.clicked.connect(self.apply_answers)
        self.busy.busy_changed.connect(lambda busy: self._gate(busy))

    def _gate(self, busy: bool = False) -> None:
        reason = self.tr("Each office renews its own participants.") if is_hub(self._ctx) \
            else refusal(self._ctx, Permission.LIFECYCLE)
        for button in (self.print_button, self.import_button, self.tick_button, self.apply_button):
            button.setEnabled(reason is None and not busy)
            apply_refusal(button, reason)

    # --- reading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The desa of the chosen year, with how many are answered; the current desa's list again."""
        ctx, year = self._ctx, self.year.value()
        if is_hub(ctx):
            self.status.setText(self.tr("Each office renews its own participants; the hub receives the results in "
                                        "their data bundles."))
            return
        current = self.current_village()
        self._runner.run(lambda _control: load_renewal_villages(ctx, year), parent=self,
                         on_done=lambda villages: self._show_villages(villages, current))

    def _show_villages(self, villages: list[tuple[str, int, int]], keep: str | None) -> None:
        regions = self._ctx.reference.regions
        self.villages.blockSignals(True)
        self.villages.clear()
        for code, count, answered in villages:
            region = regions.get(code)
            self.villages.addItem(fill(self.tr("%1 — %2 (%3 answered)"), region.name if region else code,
                                       format_number(count), format_number(answered)), code)
        self.villages.setCurrentIndex(-1)
        self.villages.blockSignals(False)
        codes = [code for code, _count, _answered in villages]
        if codes:
            self.villages.setCurrentIndex(codes.index(keep) if keep in codes else 0)
        else:
            self.model.set_entries([])
            self.status.setText(self.tr("No participant to re-verify."))

    def current_village(self) -> str | None:
        return self.villages.currentData() if self.villages.currentIndex() >= 0 else None

    def _load_village(self) -> None:
        ctx, year, village = self._ctx, self.year.value(), self.current_village()
        if village is None:
            return
        self._runner.run(lambda _control: load_renewal(ctx, year, village), parent=self, on_done=self._show_entries)

    def _show_entries(self, entries) -> None:
        self.model.set_entries(entries)
        hint = self.tr("Tick what still holds for each participant; a box left empty ends the participation (on "
                       "31/12 of the year before unless a date is typed). Already answered rows are shown as answered.")
        self.status.setText(f"{self._result} {hint}" if self._result else hint)
        self._result = ""

    # --- acting ------------------------------------------------------------------------------------------

    def tick_all(self) -> None:
        self.model.tick_all()

    def apply_answers(self) -> None:
        answers, year = self.model.answers(), self.year.value()
        if not answers:
            self.status.setText(self.tr("Nothing answered yet in this village."))
            return
        ending = sum(1 for a in answers if a.answer.end_reason is not None)
        question = fill(self.tr("For %1: continue %2 and end %3 participants? Each change goes to the central office "
                                "with the next data bundle."), year, len(answers) - ending, ending)
        if not messages.confirm(self, self.tr("Apply the renewal"), question, self.tr("Apply"), self.tr("Cancel")):
            return
        ctx = self._ctx
        self._runner.run(lambda _control: apply_renewal(ctx, year, answers), parent=self, on_done=self._applied)

    def _applied(self, result) -> None:
        self._result = fill(self.tr("Renewal %1: %2 continued, %3 ended."), result.year,
                            format_number(result.continued), format_number(result.ended))
        self.status.setText(self._result)
        self.refresh()

    def print_list(self) -> None:
        year = self.year.value()
        target = ask_save_path(self, self.tr("Print the re-verification list"), f"verifikasi-ulang-{year}.pdf")
        if target is None:
            return
        ctx = self._ctx

        def done(info) -> None:
            messages.show_info(self, fill(self.tr("The list of %1 participants in %2 villages was written to %3."),
                                          format_number(info.participants), format_number(info.villages), info.path))

        self.busy.run(lambda control: write_renewal_list(ctx, year, target, progress=control.progress,
                                                         cancelled=lambda: control.cancelled),
                      done, self.tr("Writing the list\u2026"), on_cancelled=lambda: None)

    def import_answers(self) -> None:
        path = ask_open_path(self, self.tr("The filled-in list"))
        if path is None:
            return
        ctx = self._ctx
        self._runner.run(lambda _control: import_renewal_file(ctx, path, dry_run=True), parent=self,
                         on_done=lambda checked: self._confirm_import(path, checked))

    def _confirm_import(self, path: Path, checked) -> None:
        question = fill(self.tr("%1 for %2: continue %3 and end %4 participants (%5 already recorded, %6 not "
                                "answered)?"), path.name, checked.year, format_number(checked.continued),
                        format_number(checked.ended), format_number(checked.unchanged),
                        format_number(checked.unanswered))
        if not messages.confirm(self, self.tr("Import the answers"), question, self.tr("Apply"), self.tr("Cancel")):
            return
        ctx = self._ctx
        self._runner.run(lambda _control: import_renewal_file(ctx, path), parent=self, on_done=self._applied)
