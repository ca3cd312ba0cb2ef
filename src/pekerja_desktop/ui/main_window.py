"""The main window: office header with the desk counts and the operator's menu, page navigation (pages the
role may not use are hidden or disabled), status bar, the idle lock; remembers its geometry.

Its pages come from one table (`PAGES`): each page's module is imported and the page built when first shown."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
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

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts.screen_lock import idle_lock_minutes
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.desk_counts import DeskCounts, read_desk_counts
from pekerja_desktop.services.sync.overview import ExportAge, read_export_age
from pekerja_desktop.ui.pages.lock.page import ScreenLock
from pekerja_desktop.ui.pages.login.password_dialog import change_password
from pekerja_desktop.ui.palette import brand_band, colours
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.accessible import name_fields
from pekerja_desktop.ui.widgets.formatting import format_number
from pekerja_desktop.ui.widgets.gating import refusal
from pekerja_desktop.ui.widgets.role_names import role_name

GEOMETRY_KEY = "main_window"
DEFAULT_SIZE = (1280, 720)
MAXIMISED_UP_TO = (1366, 768)  # a laptop screen this size or smaller gets the whole screen at first start
COUNTS_REFRESH_MS = 60_000
NAV_MIN_WIDTH = 200
NAV_ITEM_PADDING = 2 * 6 + 8  # the items' side padding in the style sheet, and room for the focus frame
MINUTE_MS = 60_000
STATUS_MS = 15_000
CHIP = "padding: 2px 10px; border-radius: 9px;"  # the header's counts and its export warning
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageEntry:
    """A page of the window: its class (`<Class>(ctx, runner, window)`, with `refresh()` called each time it is
    shown), its title, who sees it, and which of its signals the window follows."""

    name: str
    module: str  # under pekerja_desktop.ui.pages, imported when the page is first shown
    class_name: str
    title: str  # QT_TRANSLATE_NOOP("MainWindow", …), translated when shown
    hidden_without: Permission | None = None  # nobody else learns that the page exists
    greyed_without: Permission | None = None  # listed but greyed for others, the refusal as its tooltip
    signals: tuple[tuple[str, str], ...] = ()  # (the page's signal, the window's slot)

    def page_class(self) -> type[QWidget]:
        return getattr(importlib.import_module(f"pekerja_desktop.ui.pages.{self.module}"), self.class_name)


PAGES = (
    PageEntry("enrolment", "enrolment.page", "EnrolmentPage", QT_TRANSLATE_NOOP("MainWindow", "Enrolment"),
              signals=(("saved", "after_change"), ("message", "show_status"), ("card_requested", "print_card"))),
    PageEntry("register", "register.page", "RegisterPage", QT_TRANSLATE_NOOP("MainWindow", "Participants"),
              signals=(("open_requested", "open_participant"),)),
    PageEntry("intake", "intake.page", "IntakePage", QT_TRANSLATE_NOOP("MainWindow", "Village list import"),
              greyed_without=Permission.INTAKE, signals=(("imported", "after_change"),)),
    PageEntry("cards", "cards.page", "CardsPage", QT_TRANSLATE_NOOP("MainWindow", "Cards")),
    PageEntry("sync", "sync.page", "SyncPage", QT_TRANSLATE_NOOP("MainWindow", "Sync"),
              signals=(("open_requested", "open_participant"), ("synced", "after_change"))),
    PageEntry("dashboard", "dashboard.page", "DashboardPage", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
              signals=(("open_list", "show_register_query"),)),
    PageEntry("renewal", "renewal.page", "RenewalPage", QT_TRANSLATE_NOOP("MainWindow", "Yearly renewal")),
    PageEntry("accounts", "accounts.page", "AccountsPage", QT_TRANSLATE_NOOP("MainWindow", "Accounts"),
              hidden_without=Permission.MANAGE_ACCOUNTS),
    PageEntry("settings", "settings.page", "SettingsPage", QT_TRANSLATE_NOOP("MainWindow", "Settings"),
              signals=(("idle_minutes_changed", "set_idle_minutes"),)),
)


def read_counts(ctx: AppContext) -> DeskCounts:
    return read_desk_counts(ctx)


class HeaderBar(QFrame):
    """Who this office is, and the counts that matter today."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("header")
        self.setStyleSheet(brand_band("header"))
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
            label.setStyleSheet(f"{CHIP} border: 1px solid {colours().on_brand_outline};")
            layout.addWidget(label)
        self.export_warning = QLabel(self)
        self.export_warning.setStyleSheet(f"{CHIP} color: {colours().on_alert_chip}; "
                                          f"background: {colours().alert_chip}; font-weight: 600;")
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
        button.setStyleSheet(f"QToolButton {{ color: {colours().on_dark}; font-weight: 600; padding: 2px 8px; "
                             "border: none; }"
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
        runner.context = ctx  # a task failing on the database names it
        self._ended = False
        self.setWindowTitle(self.tr("Pekerja Desktop — %1").replace("%1", f"{ctx.office.code} {ctx.office.name}"))
        self._content = QWidget(self)  # everything the lock screen covers; window shortcuts live on it
        self.header = HeaderBar(ctx, self._content)
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(NAV_MIN_WIDTH)
        self.nav.setStyleSheet("QListWidget { font-size: 14px; } QListWidget::item { padding: 8px 6px; }")
        self.pages = QStackedWidget(self)
        self._unbuilt: dict[int, PageEntry] = {}
        self._index: dict[str, int] = {}
        self._build_pages()
        self._fit_navigation()
        self._build_layout()
        self._wire()
        self._gate_pages()
        self._geometry_restored = False
        self.resize(*DEFAULT_SIZE)
        name_fields(self)  # the lock screen's; each page's when it is built
        self._timer = QTimer(self, interval=COUNTS_REFRESH_MS, timeout=self.refresh_counts)
        self._timer.start()
        QTimer.singleShot(0, self.refresh_counts)

    def _build_pages(self) -> None:
        """A stand-in for each page of the table this operator may see; the first (the form) is built at once,
        the others when first shown, so the form is ready sooner."""
        for entry in PAGES:
            if entry.hidden_without is None or self.ctx.can(entry.hidden_without):
                self._add_page(entry)
        self.page(0)
        self.pages.setCurrentIndex(0)

    def _fit_navigation(self) -> None:
        """As wide as its longest entry (a translation may be longer than the Indonesian), never narrower than
        the default."""
        self.nav.ensurePolished()  # the style sheet's font size applies from here
        metrics = self.nav.fontMetrics()
        longest = max(metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        needed = longest + NAV_ITEM_PADDING + 2 * self.nav.frameWidth() + self.nav.spacing() * 2
        self.nav.setFixedWidth(max(NAV_MIN_WIDTH, needed))

    def _add_page(self, entry: PageEntry) -> None:
        index = self.pages.addWidget(QWidget(self))  # a blank stand-in until the page is first shown
        self._unbuilt[index] = entry
        self._index[entry.name] = index
        keys = f"Ctrl+{index + 1}"
        item = QListWidgetItem(self.tr(entry.title), self.nav)
        item.setToolTip(keys)
        shortcut = QShortcut(QKeySequence(keys), self._content)  # silent while the screen is locked
        shortcut.activated.connect(lambda i=index: self.show_page(i))

    def page(self, index: int | None) -> QWidget | None:
        """The page at `index`, built on first use."""
        if index is None:
            return None
        entry = self._unbuilt.pop(index, None)
        if entry is not None:
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, self._make_page(entry))
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.pages.widget(index)

    def _make_page(self, entry: PageEntry) -> QWidget:
        page = entry.page_class()(self.ctx, self.runner, self)
        for signal, slot in entry.signals:
            getattr(page, signal).connect(getattr(self, slot))
        name_fields(page, self.tr(entry.title))  # for screen readers, from the labels a clerk reads
        return page

    def page_named(self, name: str) -> QWidget | None:
        """The page of that table entry, built on first use; None if this operator's window has none."""
        return self.page(self._index.get(name))

    enrolment = property(lambda self: self.page_named("enrolment"))
    register_page = property(lambda self: self.page_named("register"))
    intake_page = property(lambda self: self.page_named("intake"))
    cards_page = property(lambda self: self.page_named("cards"))
    sync_page = property(lambda self: self.page_named("sync"))
    dashboard_page = property(lambda self: self.page_named("dashboard"))
    accounts_page = property(lambda self: self.page_named("accounts"))
    settings_page = property(lambda self: self.page_named("settings"))

    def _gate_pages(self) -> None:
        """A page the role may not use at all stays in the list, greyed, saying why."""
        for entry in PAGES:
            reason = refusal(self.ctx, entry.greyed_without) if entry.greyed_without else None
            if reason and entry.name in self._index:
                item = self.nav.item(self._index[entry.name])
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
            self.show_status(self.tr("Your password was changed."))

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
        self.statusBar().clearMessage()  # a message belongs to the page it was said on
        page.refresh()

    def open_participant(self, key: str) -> None:
        self.show_page(self._index["enrolment"])
        self.enrolment.open_participant(key)

    def open_bundle(self, path: Path) -> None:
        """A bundle opened from outside (a double-click, `pekerja-desktop FILE`): the Sync page previews it."""
        self.show_page(self._index["sync"])
        self.sync_page.preview_file(path)

    def print_card(self, registration_number: str) -> None:
        """The Kartu page with only this worker ticked (right after saving them)."""
        page = self.cards_page
        if page is not None:
            page.focus_on(registration_number)
            self.show_page(self._index["cards"])

    def show_register_query(self, query, title: str) -> None:
        """The register showing the people behind a dashboard figure."""
        page = self.register_page
        if page is not None:
            page.show_query(query, title)
            self.show_page(self._index["register"])

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def after_change(self, *_args) -> None:
        """Records were added or changed (saved, imported, synced): the header's counts again."""
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
        """The last size and place if it is still on a screen (a projector may be gone); else the first start's."""
        saved = self.prefs.geometry(GEOMETRY_KEY)
        screen = QGuiApplication.screenAt(saved[0].center()) if saved else None
        if saved is None or screen is None:
            self._first_start_geometry()
            return
        rect, maximised = saved
        self.setScreen(screen)
        self.setGeometry(rect)
        if maximised:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _first_start_geometry(self) -> None:
        """Maximised on a laptop screen (a fixed 1280×720 with a title bar and taskbar would not fit 1366×768);
        on a larger screen the default size, centred."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        size = screen.size()
        if size.width() <= MAXIMISED_UP_TO[0] and size.height() <= MAXIMISED_UP_TO[1]:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        frame = self.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        self.move(frame.topLeft())

    def showEvent(self, event: QShowEvent) -> None:
        if not self._geometry_restored:  # here, not in __init__: the window knows its screen only now
            self._geometry_restored = True
            self._restore_geometry()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.set_geometry(GEOMETRY_KEY, self.normalGeometry(), self.isMaximized())
        self._end_session("close")
        super().closeEvent(event)

