"""The main window: office header with the desk counts, page navigation, status bar; remembers its geometry."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.desk import DeskCounts, read_desk_counts
from pekerja_desktop.services.sync.overview import ExportAge, read_export_age
from pekerja_desktop.ui.enrolment import EnrolmentPage
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.settings_page import SettingsPage
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.formatting import format_number

GEOMETRY_KEY = "main_window"
COUNTS_REFRESH_MS = 60_000
log = logging.getLogger(__name__)


def optional_page_class(module: str, name: str):
    """A page contributed by another module, or None while that module does not exist yet."""
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise


def read_counts(ctx: AppContext) -> DeskCounts:
    return read_desk_counts(ctx)


class HeaderBar(QFrame):
    """Who this office is, and the counts that matter today."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("header")
        self.setStyleSheet("#header { background: #0b4f6c; } #header QLabel { color: white; }")
        office = ctx.office
        region = ctx.reference.regions.get(office.region_code)
        self.office = QLabel(f"<b>{office.code}</b> · {office.name} · {region.name if region else office.region_code}",
                             self)
        self.office.setStyleSheet("font-size: 14px;")
        self.drafts, self.finished_today, self.not_exported = QLabel(self), QLabel(self), QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.office)
        layout.addStretch(1)
        for label in (self.drafts, self.finished_today, self.not_exported):
            label.setStyleSheet("padding: 2px 10px; border: 1px solid rgba(255,255,255,0.5); border-radius: 9px;")
            layout.addWidget(label)
        self.export_warning = QLabel(self)
        self.export_warning.setStyleSheet("color: #3d2b00; background: #ffc107; padding: 2px 10px; "
                                          "border-radius: 9px; font-weight: 600;")
        self.export_warning.hide()
        layout.addWidget(self.export_warning)
        self.not_exported.setVisible(office.role != "hub")  # the hub sends no data bundles
        self.set_counts(None)

    def set_counts(self, counts: DeskCounts | None) -> None:
        def shown(value: int | None) -> str:
            return "…" if value is None else format_number(value)

        self.drafts.setText(self.tr("Drafts: %1").replace("%1", shown(counts and counts.drafts)))
        self.finished_today.setText(self.tr("Finished today: %1").replace(
            "%1", shown(counts and counts.finished_today)))
        self.not_exported.setText(self.tr("Not yet exported: %1").replace(
            "%1", shown(counts and counts.not_exported)))

    def set_export_age(self, age: ExportAge) -> None:
        """A warning once the last export is older than the `export_warning_days` setting."""
        self.export_warning.setText(self.tr("Last export %1 days ago: export to the hub").replace(
            "%1", format_number(age.days or 0)))
        self.export_warning.setToolTip(self.tr("Warning after %1 days without an export (setting "
                                               "export_warning_days)").replace("%1", str(age.limit)))
        self.export_warning.setVisible(age.overdue)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, runner: TaskRunner, prefs: UiPreferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner, self.prefs = ctx, runner, prefs
        self.setWindowTitle(self.tr("Pekerja Desktop — %1").replace("%1", f"{ctx.office.code} {ctx.office.name}"))
        self.header = HeaderBar(ctx, self)
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px 6px; }")
        self.pages = QStackedWidget(self)
        self.enrolment = EnrolmentPage(ctx, runner, self)
        self._factories: dict = {}
        self._register_index = self._intake_index = self._cards_index = self._sync_index = None
        self._build_pages()
        self._build_layout()
        self._wire()
        self._geometry_restored = False
        self.resize(1280, 720)
        self._timer = QTimer(self, interval=COUNTS_REFRESH_MS, timeout=self.refresh_counts)
        self._timer.start()
        QTimer.singleShot(0, self.refresh_counts)

    def _build_pages(self) -> None:
        """The form is built now; the other pages when first shown, so the form is ready sooner."""
        self._add_page(self.enrolment, self.tr("Enrolment"))
        register_class = optional_page_class("pekerja_desktop.ui.register.page", "RegisterPage")
        if register_class is not None:
            self._register_index = self._add_page(lambda: self._make_register(register_class),
                                                  self.tr("Participants"))
        intake_class = optional_page_class("pekerja_desktop.ui.intake_page", "IntakePage")
        if intake_class is not None:
            self._intake_index = self._add_page(lambda: self._make_intake(intake_class),
                                                self.tr("Village list import"))
        cards_class = optional_page_class("pekerja_desktop.ui.cards", "CardsPage")
        if cards_class is not None:
            self._cards_index = self._add_page(lambda: cards_class(self.ctx, self.runner, self), self.tr("Cards"))
        sync_class = optional_page_class("pekerja_desktop.ui.sync", "SyncPage")
        if sync_class is not None:
            self._sync_index = self._add_page(lambda: self._make_sync(sync_class), self.tr("Sync"))
        self._settings_index = self._add_page(
            lambda: SettingsPage(self.ctx, self.prefs, current_language(), self), self.tr("Settings"))

    def _make_register(self, page_class) -> QWidget:
        page = page_class(self.ctx, self.runner, self)
        page.open_requested.connect(self.open_participant)
        return page

    def _make_intake(self, page_class) -> QWidget:
        page = page_class(self.ctx, self.runner, self)
        page.imported.connect(self._after_change)
        return page

    def _make_sync(self, page_class) -> QWidget:
        page = page_class(self.ctx, self.runner, self)
        page.open_requested.connect(self.open_participant)
        page.synced.connect(self._after_change)
        return page

    def _add_page(self, page_or_factory, title: str) -> int:
        """A page, or a factory building it on first show (a blank stand-in until then)."""
        if isinstance(page_or_factory, QWidget):
            index = self.pages.addWidget(page_or_factory)
        else:
            index = self.pages.addWidget(QWidget(self))
            self._factories[index] = page_or_factory
        keys = f"Ctrl+{index + 1}"
        item = QListWidgetItem(title, self.nav)
        item.setToolTip(keys)
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.activated.connect(lambda i=index: self.show_page(i))
        return index

    def page(self, index: int | None) -> QWidget | None:
        """The page at `index`, built on first use."""
        if index is None:
            return None
        factory = self._factories.pop(index, None)
        if factory is not None:
            placeholder = self.pages.widget(index)
            built = factory()
            self.pages.insertWidget(index, built)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.pages.widget(index)

    @property
    def register_page(self) -> QWidget | None:
        return self.page(self._register_index)

    @property
    def intake_page(self) -> QWidget | None:
        return self.page(self._intake_index)

    @property
    def cards_page(self) -> QWidget | None:
        return self.page(self._cards_index)

    @property
    def sync_page(self) -> QWidget | None:
        return self.page(self._sync_index)

    @property
    def settings_page(self) -> SettingsPage:
        return self.page(self._settings_index)

    def _build_layout(self) -> None:
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(body, 1)
        self.setCentralWidget(central)
        self.operator = QLabel(self.tr("Operator: %1").replace("%1", self.ctx.actor), self)
        self.statusBar().addPermanentWidget(self.operator)
        self.nav.setCurrentRow(0)

    def _wire(self) -> None:
        self.nav.currentRowChanged.connect(self._on_page_chosen)
        self.enrolment.saved.connect(self._after_change)
        self.enrolment.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))

    # --- navigation ---------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _on_page_chosen(self, index: int) -> None:
        page = self.page(index)
        self.pages.setCurrentIndex(index)
        if page is self.enrolment:
            self.enrolment.focus_first_field()
        elif hasattr(page, "refresh"):
            page.refresh()

    def open_participant(self, key: str) -> None:
        self.show_page(self.pages.indexOf(self.enrolment))
        self.enrolment.open_participant(key)

    def _after_change(self, *_args) -> None:
        self.refresh_counts()

    # --- counts -------------------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        ctx = self.ctx
        self.runner.run(lambda _control: read_counts(ctx), on_done=self.header.set_counts,
                        on_error=lambda exc: log.warning("counting failed: %s", exc))
        self.runner.run(lambda _control: read_export_age(ctx), on_done=self.header.set_export_age,
                        on_error=lambda exc: log.warning("reading the last export failed: %s", exc))

    # --- geometry -----------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The last size and place if it is still on a screen (a projector may be gone); else the default."""
        saved = self.prefs.geometry(GEOMETRY_KEY)
        screen = QGuiApplication.screenAt(saved[0].center()) if saved else None
        if saved is None or screen is None:
            return
        rect, maximised = saved
        self.setScreen(screen)
        self.setGeometry(rect)
        if maximised:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._geometry_restored:  # here, not in __init__: the window knows its screen only now
            self._geometry_restored = True
            self._restore_geometry()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.set_geometry(GEOMETRY_KEY, self.normalGeometry(), self.isMaximized())
        super().closeEvent(event)

