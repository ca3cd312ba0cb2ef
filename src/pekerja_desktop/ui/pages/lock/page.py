"""The idle lock: after some minutes without keyboard or mouse input the window's content is covered by a lock
screen that asks the signed-in operator's password. The pages underneath are only hidden, never rebuilt, so what
was being typed is still there after unlocking.

`IdleWatcher` is an application-wide event filter restarting a timer on every input; `LockScreen` is the cover.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts.unlock import check_password
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.pages.login.page import locked_message
from pekerja_desktop.ui.palette import brand_background, title_style
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.labels import error_label

INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                          QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress})
PasswordCheck = Callable[[AppContext, str], None]
log = logging.getLogger(__name__)


def check_operator_password(ctx: AppContext, password: str) -> None:
    """Raises like a login (wrong password, locked): failures count towards the lockout."""
    check_password(ctx.layout, ctx.actor, password)


class IdleWatcher(QObject):
    """Emits `idle` once no input arrived for `timeout_ms`; any input restarts the count."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=timeout_ms, timeout=self.idle.emit)
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """Who is signed in, the password field, Unlock and Sign out. `unlocked` fires after a right password."""

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 check: PasswordCheck = check_operator_password):
        super().__init__(parent)
        self._ctx, self._check = ctx, check
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the page itself is covered, not greyed
        self.setStyleSheet(brand_background("lockScreen"))
        panel = self._panel()
        grid = QGridLayout(self)
        grid.addWidget(panel, 1, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(2, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        self.setFocusProxy(self.password)

    def _panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("lockPanel")
        panel.setStyleSheet("#lockPanel { background: palette(window); border-radius: 8px; }")
        panel.setMinimumWidth(460)
        title = QLabel(self.tr("Screen locked"), panel)
        title.setStyleSheet(title_style())
        self.who = QLabel(self._who_text(), panel)
        self.who.setWordWrap(True)
        self.password = QLineEdit(panel)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.try_unlock)
        self.error = error_label(panel)
        column = QVBoxLayout(panel)
        column.setContentsMargins(24, 20, 24, 20)
        column.setSpacing(10)
        for widget in (title, self.who, self.password, self.error):
            column.addWidget(widget)
        column.addLayout(self._buttons(panel))
        return panel

    def _who_text(self) -> str:
        operator, office = self._ctx.operator, self._ctx.office
        name = operator.display_name or operator.username
        return fill(self.tr("Signed in: %1 (%2) at %3. Type your password to continue where you left off."),
                    f"<b>{name}</b>", operator.username, f"{office.code} {office.name}")

    def _buttons(self, panel: QWidget) -> QHBoxLayout:
        self.unlock_button = QPushButton(self.tr("&Unlock"), panel)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out_button = QPushButton(self.tr("Sign &out"), panel)
        self.sign_out_button.setToolTip(self.tr("Another operator may sign in; what was not saved is lost."))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        row = QHBoxLayout()
        row.addWidget(self.sign_out_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        return row

    def prepare(self) -> None:
        """Shown afresh: empty field, no old message, the cursor in the field."""
        self.password.clear()
        self.error.hide()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_unlock(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._check(self._ctx, self.password.text())
        except PekerjaError as exc:
            self._refuse(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password.clear()
        self.unlocked.emit()

    def _refuse(self, exc: PekerjaError) -> None:
        if exc.code == "login.failed":
            text = locked_message(self._ctx.layout, self._ctx.actor) or self.tr("Wrong password.")
        else:
            text = exc.message()
        self.error.setText(text)
        self.error.show()
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)


class ScreenLock(QObject):
    """Switches `stack` between the window's content and the lock screen; records "lock" and "unlock"."""

    locked_changed = Signal(bool)

    def __init__(self, ctx: AppContext, stack: QStackedWidget, content: QWidget, timeout_ms: int,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._ctx, self._stack, self._content = ctx, stack, content
        self._focus: QWidget | None = None
        self.screen = LockScreen(ctx, stack)
        stack.addWidget(self.screen)
        self.watcher = IdleWatcher(timeout_ms, self)
        self.watcher.idle.connect(lambda: self.lock("idle"))
        self.screen.unlocked.connect(self.unlock)

    def is_locked(self) -> bool:
        return self._stack.currentWidget() is self.screen

    def lock(self, reason: str = "manual") -> None:
        if self.is_locked():
            return
        focused = QApplication.focusWidget()
        self._focus = focused if focused is not None and self._content.isAncestorOf(focused) else None
        self.watcher.pause()
        self._stack.setCurrentWidget(self.screen)
        self.screen.prepare()
        self.locked_changed.emit(True)
        self._audit("lock", reason=reason)

    def unlock(self) -> None:
        if not self.is_locked():
            return
        self._stack.setCurrentWidget(self._content)
        self._restore_focus()
        self.watcher.resume()
        self.locked_changed.emit(False)
        self._audit("unlock")

    def _restore_focus(self) -> None:
        widget, self._focus = self._focus, None
        try:
            if widget is not None and widget.isVisible():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        except RuntimeError:  # the widget was deleted while locked
            pass

    def _audit(self, action: str, **detail) -> None:
        """A failing audit write must not keep the screen open (or shut): it is logged instead."""
        try:
            self._ctx.audit(action, self._ctx.actor, **detail)
        except PekerjaError as exc:
            log.error("audit of %s failed: %s", action, exc)

    def stop(self) -> None:
        self.watcher.stop()
