"""The Dasbor page: coverage against target per kabupaten/kota, enrolments per day and week, by occupation, sex
and age group; at the hub the bundles each office sent and a warning when a funding source's projected
contributions pass the year's ceiling, at an office its export state. Every number opens the
list behind it (`open_list(query, title)`: the main window shows the register filtered by it).

The figures are read on the TaskRunner (a refresh at 500,000 records takes a good fraction of a second)."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pekerja_desktop.documents.formatting import percent_text, rupiah
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.budget.year import BudgetSource, budget_alerts
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.dashboard.figures import DashboardData, load_dashboard
from pekerja_desktop.services.dashboard.targets import load_default_targets, load_targets, save_targets
from pekerja_desktop.services.sync.state import is_hub
from pekerja_desktop.ui.failures import failure_message
from pekerja_desktop.ui.pages.dashboard.dialogs import TargetsDialog
from pekerja_desktop.ui.pages.dashboard.panels import Tile
from pekerja_desktop.ui.pages.dashboard.tabs import DashboardTabs
from pekerja_desktop.ui.palette import error_style, secondary_style, warning_box_style
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.formatting import fill, format_number
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal


class DashboardPage(QWidget):
    """Contract with the main window: `DashboardPage(ctx, runner)`, `refresh()`, `open_list(object, str)`."""

    open_list = Signal(object, str)
    refreshed = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._hub = is_hub(ctx)
        self._loading = self._again = False
        self.data: DashboardData | None = None
        self._build()
        self._connect()
        self.refresh()

    # --- construction -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.status = QLabel(self)
        self.status.setStyleSheet(secondary_style())
        self.reload = QPushButton(self.tr("&Refresh"), self)
        self.reload.setAutoDefault(False)
        self.enrolled = Tile(self.tr("enrolled (finished; click for the list)"), self, clickable=True)
        self.target = Tile(self.tr("target"), self)
        self.progress = Tile(self.tr("of the target reached"), self)
        self.third = Tile(self.tr("offices late with their bundles") if self._hub
                          else self.tr("days since the last export"), self)
        self.fourth = Tile(self.tr("held out of BPJS's file: already covered elsewhere"), self) if self._hub \
            else Tile(self.tr("finished records not yet exported"), self)
        self.budget = QLabel(self)  # (hub) the budget warning, shown when a projection passes its ceiling
        self.budget.setWordWrap(True)
        self.budget.setTextFormat(Qt.TextFormat.RichText)
        self.budget.setStyleSheet(warning_box_style())
        self.budget.hide()
        self.tabs = DashboardTabs(self._hub, self)
        apply_refusal(self.tabs.edit_targets, refusal(self._ctx, Permission.SETTINGS),
                      self.tr("Change the enrolment target of each regency or city"))
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.reload)
        tiles = QHBoxLayout()
        for tile in (self.enrolled, self.target, self.progress, self.third, self.fourth):
            tiles.addWidget(tile)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(self.budget)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.reload.clicked.connect(self.refresh)
        self.tabs.open_list.connect(self.open_list)
        self.enrolled.clicked.connect(self._open_total)
        self.tabs.edit_targets.clicked.connect(self.edit_targets)

    # --- refreshing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read every figure again off the GUI thread (one more read follows if asked while reading)."""
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        self.status.setText(self.tr("Reading the figures\u2026"))
        ctx = self._ctx
        self._runner.run(lambda _control: load_dashboard(ctx), on_done=self._show, on_error=self._failed)
        if self._hub:
            self._runner.run(lambda _control: budget_alerts(ctx), on_done=self._show_budget,
                             on_error=self._budget_failed)

    def _finished(self) -> None:
        self._loading = False
        if self._again:
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        """Said in the status line beside Refresh: no message box for a figure that could not be read."""
        message = failure_message(exc, self._ctx)
        self.status.setText(fill(self.tr("The figures could not be read: %1"), message))
        self.status.setStyleSheet(error_style())
        self._finished()

    def _show(self, data: DashboardData) -> None:
        self.data = data
        self.title.setText(self.tr("Dashboard — all of Maluku") if data.hub
                           else fill(self.tr("Dashboard — %1"), data.office_name))
        self.status.setStyleSheet(secondary_style())
        self.status.setText(fill(self.tr("As of %1, %2"), data.today.strftime("%d/%m/%Y"),
                                 dt.datetime.now().strftime("%H:%M")))
        self._show_tiles(data)
        self.tabs.show_data(data)
        self._finished()
        self.refreshed.emit()

    def _show_tiles(self, data: DashboardData) -> None:
        target = data.target_total
        self.enrolled.set_value(format_number(data.total.count))
        self.target.set_value(format_number(target))
        self.progress.set_value(percent_text(data.progress))
        if data.hub:
            late = sum(office.late(data.warning_days) for office in data.offices)
            self.third.set_value(format_number(late), alert=bool(late))
            self.fourth.set_value(format_number(data.covered_held), alert=bool(data.covered_held))
            return
        export = data.export
        days = export.days_since_export
        self.third.set_value(self.tr("never") if days is None else format_number(days), alert=export.overdue)
        self.fourth.set_value(format_number(export.not_exported), alert=export.overdue and export.not_exported > 0)

    def _show_budget(self, over: list[BudgetSource]) -> None:
        lines = [fill(self.tr("%1: projected %2 by December, over its ceiling of %3 by %4"), source.name,
                      rupiah(source.projected), rupiah(source.ceiling), rupiah(source.projected - source.ceiling))
                 for source in over]
        if lines:
            heading = fill(self.tr("Budget %1: the projected contributions pass the ceiling"), dt.date.today().year)
            self.budget.setText("<br>".join([f"<b>{escape(heading)}</b>", *map(escape, lines)]))
            self.budget.setToolTip(fill(self.tr("The figures: pekerja-desktop-cli report budget --year %1 --out "
                                                "anggaran.pdf"), dt.date.today().year))
        self.budget.setVisible(bool(lines))

    def _budget_failed(self, exc: BaseException) -> None:
        """Said in the banner's place: the rest of the dashboard stands."""
        self.budget.setText(escape(fill(self.tr("The budget could not be read: %1"), failure_message(exc, self._ctx))))
        self.budget.show()

    def _open_total(self) -> None:
        if self.data is not None:
            self.open_list.emit(self.data.total.query, self.tr("All enrolled participants"))

    # --- targets ------------------------------------------------------------------------------------

    def edit_targets(self) -> None:
        ctx = self._ctx
        try:
            current, defaults = load_targets(ctx).by_regency, load_default_targets(ctx)
        except PekerjaError as exc:
            self._failed(exc)
            return
        values = TargetsDialog.edit(self, ctx.reference.regions.regencies(), current, defaults)
        if values is not None:
            self._runner.run(lambda _control: save_targets(ctx, values), on_done=lambda _t: self.refresh(),
                             on_error=self._failed)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        super().keyPressEvent(event)
