"""The idle lock: the window locks after the set time without input, keeps what was typed, unlocks with the
operator's password (failures count towards the lockout), records lock and unlock; signing out; the setting."""

from __future__ import annotations

import argparse
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts.screen_lock import (
    DEFAULT_IDLE_LOCK_MINUTES,
    idle_lock_minutes,
    set_idle_lock_minutes,
)
from pekerja_desktop.services.backup.sets import list_backups
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.ui import app as app_module
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.pages.login import page as login_module
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.widgets import messages
from tests.conftest import ADMIN, LOGIN, make_participant
from tests.support.accounts import audit_events

SHORT_MS = 250


@pytest.fixture
def window(ctx, runner, qtbot, indonesian):
    widget = MainWindow(ctx, runner, UiPreferences(ctx.layout.root))
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def details(ctx, action: str) -> list[dict]:
    return [json.loads(detail) for _actor, _subject, detail in audit_events(ctx, action)]


def test_the_window_locks_when_idle_and_keeps_what_was_typed(window, ctx, qtbot):
    form = window.enrolment.form
    form.identity.full_name.setFocus()
    qtbot.keyClicks(form.identity.full_name, "Maria Latu")
    window.screen_lock.watcher.set_timeout_ms(SHORT_MS)
    qtbot.waitUntil(window.is_locked, timeout=3000)
    screen = window.screen_lock.screen
    assert screen.isVisible() and not window.header.isVisible() and not window.enrolment.isVisible()
    assert not window.statusBar().isVisible()
    assert "Admin Uji" in screen.who.text() and "8171A" in screen.who.text()
    assert QApplication.focusWidget() is screen.password
    qtbot.keyClicks(screen.password, "salah-sandi")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert window.is_locked() and screen.error.text() == "Kata sandi salah."
    qtbot.keyClicks(screen.password, ADMIN.password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not window.is_locked() and window.enrolment.isVisible()
    assert form.identity.full_name.text() == "Maria Latu", "the form was hidden, not rebuilt"
    assert QApplication.focusWidget() is form.identity.full_name
    qtbot.keyClicks(form.identity.full_name, "consina")
    assert form.identity.full_name.text() == "Maria Latuconsina"
    assert [(a, s) for a, s, _d in audit_events(ctx, "lock")] == [("admin", "admin")]
    assert details(ctx, "lock") == [{"reason": "idle"}]
    assert len(audit_events(ctx, "unlock")) == 1


def test_input_keeps_the_window_unlocked(window, qtbot):
    window.screen_lock.watcher.set_timeout_ms(1000)
    field = window.enrolment.form.identity.full_name
    field.setFocus()
    for _ in range(12):  # 12 × 150 ms of typing: longer than the timeout, never idle for a second
        qtbot.keyClick(field, Qt.Key.Key_A)
        qtbot.wait(150)
    assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=3000)


def test_locked_the_page_shortcuts_and_the_menu_do_nothing(window, qtbot):
    window.lock_screen("manual")
    qtbot.keyClick(window.screen_lock.screen.password, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.enrolment and window.is_locked()
    assert not window.header.session_button.isVisible()


def test_ctrl_l_locks_at_once(window, ctx, qtbot):
    field = window.enrolment.form.identity.nik
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert details(ctx, "lock") == [{"reason": "manual"}]


def test_five_wrong_passwords_at_the_lock_screen_lock_the_account(window, qtbot):
    window.lock_screen()
    screen = window.screen_lock.screen
    for _attempt in range(5):
        qtbot.keyClicks(screen.password, "salah-sandi")
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert "dikunci" in screen.error.text() and "Coba lagi pukul" in screen.error.text()
    qtbot.keyClicks(screen.password, ADMIN.password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert window.is_locked(), "locked out: the right password waits too"


def test_signing_out_from_the_lock_screen_records_it(window, ctx, qtbot, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    window.enrolment.form.identity.full_name.setText("belum disimpan")
    window.lock_screen()
    with qtbot.waitSignal(window.signed_out, timeout=1000):
        window.screen_lock.screen.sign_out_button.click()
    assert details(ctx, "logout") == [{"reason": "locked"}]
    assert not window.screen_lock.watcher.is_running()


def test_the_menu_signs_out(window, ctx, qtbot):
    with qtbot.waitSignal(window.signed_out, timeout=1000):
        window.header.sign_out_action.trigger()
    assert details(ctx, "logout") == [{"reason": "menu"}]


def test_sign_out_keeps_unsaved_typing_when_the_clerk_says_so(window, ctx, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    window.enrolment.form.identity.full_name.setText("belum disimpan")
    assert not window.sign_out()
    assert audit_events(ctx, "logout") == []


# --- the setting ------------------------------------------------------------------------------------------

def test_the_admin_sets_the_idle_time_in_settings_and_the_window_follows(window, ctx):
    settings = window.settings_page
    assert settings.idle_minutes.value() == DEFAULT_IDLE_LOCK_MINUTES and settings.idle_minutes.isEnabled()
    settings.idle_minutes.setValue(3)
    assert idle_lock_minutes(ctx) == 3
    assert window.screen_lock.watcher.timeout_ms == 3 * 60_000
    assert settings.idle_note.text() == "Tersimpan: jendela terkunci setelah 3 menit tanpa aktivitas."
    assert details(ctx, "settings.idle_lock") == [{"old": DEFAULT_IDLE_LOCK_MINUTES, "new": 3}]


def test_the_idle_time_is_an_admin_setting_within_bounds(ctx, clerk_ctx_after_admin):
    with pytest.raises(PekerjaError) as refused:
        set_idle_lock_minutes(ctx, 0)
    assert refused.value.message() == "Waktu kunci layar harus 1–120 menit, bukan '0'."
    set_idle_lock_minutes(ctx, 15)
    clerk = clerk_ctx_after_admin()
    try:
        with pytest.raises(PekerjaError) as refused:
            set_idle_lock_minutes(clerk, 20)
        assert refused.value.message().startswith("Akses ditolak: peran Petugas")
        assert idle_lock_minutes(clerk) == 15
    finally:
        clerk.close()


@pytest.fixture
def clerk_ctx_after_admin(ctx):
    """The clerk signs in once the admin's context is closed (one context at a time)."""
    from pekerja_desktop.services.accounts.manage import create_account
    from pekerja_desktop.services.accounts.signin import open_context
    from tests.support.accounts import CLERK

    create_account(ctx, CLERK)

    def sign_in():
        ctx.close()
        return open_context(ctx.layout.root, CLERK.username, CLERK.password)

    return sign_in


def test_a_clerk_sees_the_idle_time_but_may_not_change_it(clerk_ctx, runner, qtbot, indonesian):
    window = MainWindow(clerk_ctx, runner, UiPreferences(clerk_ctx.layout.root))
    qtbot.addWidget(window)
    spin = window.settings_page.idle_minutes
    assert not spin.isEnabled() and spin.toolTip().startswith("Akses ditolak: peran Petugas")


# --- signing out to the next operator ------------------------------------------------------------------

def test_signing_out_asks_for_the_next_operator_and_opens_their_window(data_dir, runner, qtbot, monkeypatch,
                                                                       indonesian):
    first = app_module.start(argparse.Namespace(data_dir=str(data_dir), lang="id", user="admin"), runner,
                             credentials=LOGIN)
    asked = []

    def next_operator(folder, username="", parent=None):
        asked.append(username)
        from pekerja_desktop.services.accounts.signin import open_context

        return open_context(folder, *LOGIN, via="gui")

    monkeypatch.setattr(login_module, "ask_sign_in", next_operator)
    desk = first.desk
    assert first.sign_out()
    second = desk.window
    qtbot.addWidget(second)
    try:
        assert asked == ["admin"] and second is not first and second.isVisible()
        assert QApplication.instance().quitOnLastWindowClosed()
        assert details(second.ctx, "logout") == [{"reason": "menu"}]
    finally:
        second.close()
        desk.close()


def test_cancelling_the_next_sign_in_ends_the_application(data_dir, runner, monkeypatch, indonesian):
    first = app_module.start(argparse.Namespace(data_dir=str(data_dir), lang="id", user="admin"), runner,
                             credentials=LOGIN)
    monkeypatch.setattr(login_module, "ask_sign_in", lambda *args, **kwargs: None)
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *args: quits.append(True))
    desk = first.desk
    assert first.sign_out()
    assert quits == [True] and desk.window is None


def test_signing_out_then_closing_leaves_a_backup_of_the_session(data_dir, runner, monkeypatch, indonesian):
    first = app_module.start(argparse.Namespace(data_dir=str(data_dir), lang="id", user="admin"), runner,
                             credentials=LOGIN)
    enrol(first.ctx, make_participant(), final=True)
    monkeypatch.setattr(login_module, "ask_sign_in", lambda *args, **kwargs: None)  # nobody signs in: closed
    monkeypatch.setattr(QApplication, "quit", lambda *args: None)
    assert first.sign_out()
    made = list_backups(data_dir / "backups")
    assert [(info.reason, info.participants) for info in made if info.reason == "signout"] == [("signout", 1)]
