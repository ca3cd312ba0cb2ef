"""The main window: office header with the desk counts and the operator's menu, page navigation (pages the
role may not use are hidden or disabled), status bar, the idle lock; remembers its geometry."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts import Permission
from pekerja_desktop.services.accounts.screen_lock import idle_lock_minutes
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.desk_counts import DeskCounts, read_desk_counts
from pekerja_desktop.services.sync.overview import ExportAge, read_export_age
from pekerja_desktop.ui.pages.enrolment.page import EnrolmentPage
from pekerja_desktop.ui.pages.lock.page import ScreenLock
from pekerja_desktop.ui.pages.login.password_dialog import change_password
from pekerja_desktop.ui.pages.settings.page import SettingsPage
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.formatting import format_number
from pekerja_desktop.ui.widgets.gating import refusal
from pekerja_desktop.ui.widgets.role_names import role_name

GEOMETRY_KEY = "main_window"
COUNTS_REFRESH_MS = 60_000
NAV_MIN_WIDTH = 200
NAV_ITEM_PADDING = 2 * 6 + 8  # the items' side padding in the style sheet, and room for the focus frame
MINUTE_MS = 60_000
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
        self.session_button = self._session_button(ctx)
        layout.addSpacing(12)
        layout.addWidget(self.session_button)
        self.set_counts(None)

    def _session_button(self, ctx: AppContext) -> QToolButton:
        """"maria.s (Petugas)": the operator's own menu (password, lock, sign out)."""
        button = QToolButton(self)
        button.setText(f"{ctx.actor} ({role_name(ctx.operator.role)})")
        button.setToolTip(ctx.operator.display_name or ctx.actor)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setStyleSheet("QToolButton { color: white; font-weight: 600; padding: 2px 8px; border: none; }"
                             "QToolButton::menu-indicator { subcontrol-position: right center; }")
        menu = QMenu(button)
        self.password_action = menu.addAction(self.tr("Change password\u2026"))
        self.lock_action = menu.addAction(self.tr("Lock the screen"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        menu.addSeparator()
        self.sign_out_action = menu.addAction(self.tr("Sign out"))
        button.setMenu(menu)
        return button

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
    signed_out = Signal()  # the operator signed out: the window is to be closed and the context with it

    def __init__(self, ctx: AppContext, runner: TaskRunner, prefs: UiPreferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner, self.prefs = ctx, runner, prefs
        self._ended = False
        self.setWindowTitle(self.tr("Pekerja Desktop — %1").replace("%1", f"{ctx.office.code} {ctx.office.name}"))
        self._content = QWidget(self)  # everything the lock screen covers; window shortcuts live on it
        self.header = HeaderBar(ctx, self._content)
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(NAV_MIN_WIDTH)
        self.nav.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px 6px; }")
        self.pages = QStackedWidget(self)
        self.enrolment = EnrolmentPage(ctx, runner, self)
        self._factories: dict = {}
        self._register_index = self._intake_index = self._cards_index = self._sync_index = None
        self._accounts_index = self._dashboard_index = None
        self._build_pages()
        self._fit_navigation()
        self._build_layout()
        self._wire()
        self._gate_pages()
        self._geometry_restored = False
        self.resize(1280, 720)
        self._timer = QTimer(self, interval=COUNTS_REFRESH_MS, timeout=self.refresh_counts)
        self._timer.start()
        QTimer.singleShot(0, self.refresh_counts)

    def _build_pages(self) -> None:
        """The form is built now; the other pages when first shown, so the form is ready sooner."""
        self._add_page(self.enrolment, self.tr("Enrolment"))
        register_class = optional_page_class("pekerja_desktop.ui.pages.register.page", "RegisterPage")
        if register_class is not None:
            self._register_index = self._add_page(lambda: self._make_register(register_class),
                                                  self.tr("Participants"))
        intake_class = optional_page_class("pekerja_desktop.ui.pages.intake.page", "IntakePage")
        if intake_class is not None:
            self._intake_index = self._add_page(lambda: self._make_intake(intake_class),
                                                self.tr("Village list import"))
        cards_class = optional_page_class("pekerja_desktop.ui.pages.cards.page", "CardsPage")
        if cards_class is not None:
            self._cards_index = self._add_page(lambda: cards_class(self.ctx, self.runner, self), self.tr("Cards"))
        sync_class = optional_page_class("pekerja_desktop.ui.pages.sync.page", "SyncPage")
        if sync_class is not None:
            self._sync_index = self._add_page(lambda: self._make_sync(sync_class), self.tr("Sync"))
        dashboard_class = optional_page_class("pekerja_desktop.ui.pages.dashboard.page", "DashboardPage")
        if dashboard_class is not None:
            self._dashboard_index = self._add_page(lambda: self._make_dashboard(dashboard_class),
                                                   self.tr("Dashboard"))
        if self.ctx.can(Permission.MANAGE_ACCOUNTS):  # no one else sees that the page exists
            self._accounts_index = self._add_page(self._make_accounts, self.tr("Accounts"))
        self._settings_index = self._add_page(self._make_settings, self.tr("Settings"))

    def _fit_navigation(self) -> None:
        """As wide as its longest entry (a translation may be longer than the Indonesian), never narrower than
        the default."""
        self.nav.ensurePolished()  # the style sheet's font size applies from here
        metrics = self.nav.fontMetrics()
        longest = max(metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        needed = longest + NAV_ITEM_PADDING + 2 * self.nav.frameWidth() + self.nav.spacing() * 2
        self.nav.setFixedWidth(max(NAV_MIN_WIDTH, needed))

    def _make_accounts(self) -> QWidget:
        from pekerja_desktop.ui.pages.accounts.page import AccountsPage

        return AccountsPage(self.ctx, self.runner, self)

    def _make_settings(self) -> QWidget:
        page = SettingsPage(self.ctx, self.prefs, current_language(), self)
        page.idle_minutes_changed.connect(self.set_idle_minutes)
        return page

    def _make_register(self, page_class) -> QWidget:
        page = page_class(self.ctx, self.runner, self)
        page.open_requested.connect(self.open_participant)
        return page

    def _make_dashboard(self, page_class) -> QWidget:
        page = page_class(self.ctx, self.runner, self)
        page.open_list.connect(self.show_register_query)
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
        shortcut = QShortcut(QKeySequence(keys), self._content)  # silent while the screen is locked
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
    def dashboard_page(self) -> QWidget | None:
        return self.page(self._dashboard_index)

    @property
    def accounts_page(self) -> QWidget | None:
        return self.page(self._accounts_index)

    @property
    def settings_page(self) -> SettingsPage:
        return self.page(self._settings_index)

    def _gate_pages(self) -> None:
        """A page the role may not use at all stays in the list, greyed, saying why."""
        reason = refusal(self.ctx, Permission.INTAKE)
        if self._intake_index is not None and reason:
            item = self.nav.item(self._intake_index)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(reason)

    def page_available(self, index: int) -> bool:
        item = self.nav.item(index)
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)

    def _build_layout(self) -> None:
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        column = QVBoxLayout(self._content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(body, 1)
        root = QStackedWidget(self)
        root.addWidget(self._content)
        self.setCentralWidget(root)
        self.screen_lock = ScreenLock(self.ctx, root, self._content, self._idle_ms(), self)
        self.nav.setCurrentRow(0)

    def _idle_ms(self) -> int:
        try:
            return idle_lock_minutes(self.ctx) * MINUTE_MS
        except PekerjaError as exc:
            log.warning("reading the idle lock setting failed: %s", exc)
            return 10 * MINUTE_MS

    def _wire(self) -> None:
        self.nav.currentRowChanged.connect(self._on_page_chosen)
        self.enrolment.saved.connect(self._after_change)
        self.enrolment.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        header = self.header
        header.password_action.triggered.connect(self.change_password)
        header.lock_action.triggered.connect(lambda: self.lock_screen("manual"))
        header.sign_out_action.triggered.connect(lambda: self.sign_out(reason="menu"))
        self.addAction(header.lock_action)  # Ctrl+L from anywhere in the window
        self.screen_lock.screen.sign_out_requested.connect(lambda: self.sign_out(reason="locked"))
        self.screen_lock.locked_changed.connect(lambda locked: self.statusBar().setVisible(not locked))

    # --- the operator -------------------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self.screen_lock.is_locked()

    def lock_screen(self, reason: str = "manual") -> None:
        self.screen_lock.lock(reason)

    def set_idle_minutes(self, minutes: int) -> None:
        self.screen_lock.watcher.set_timeout_ms(minutes * MINUTE_MS)

    def change_password(self) -> None:
        if change_password(self.ctx, self):
            self.statusBar().showMessage(self.tr("Your password was changed."), 15_000)

    def sign_out(self, *, reason: str = "menu") -> bool:
        """After asking about unsaved typing; `signed_out` tells the application to ask for the next operator."""
        if self.enrolment.is_dirty() and not messages.confirm_discard(self):
            return False
        self._end_session(reason)
        self.signed_out.emit()
        return True

    def _end_session(self, reason: str) -> None:
        if self._ended:
            return
        self._ended = True
        self.screen_lock.stop()
        try:
            self.ctx.audit("logout", self.ctx.actor, reason=reason)
        except PekerjaError as exc:
            log.error("recording the logout failed: %s", exc)

    # --- navigation ---------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if self.page_available(index):
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

    def show_register_query(self, query, title: str) -> None:
        """The register showing the people behind a dashboard figure."""
        page = self.register_page
        if page is not None:
            page.show_query(query, title)
            self.show_page(self._register_index)

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
        self._end_session("close")
        super().closeEvent(event)

