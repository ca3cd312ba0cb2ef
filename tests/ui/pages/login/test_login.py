"""Signing in (office shown, Enter signs in, wrong password, lockout until HH:MM, deactivated account) and
changing one's own password (from the menu, and forced after an admin's reset)."""

from __future__ import annotations

import argparse
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts import manage
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.accounts.unlock import locked_until
from pekerja_desktop.ui import app as app_module
from pekerja_desktop.ui.pages.login.page import LoginDialog
from pekerja_desktop.ui.pages.login.password_dialog import PasswordDialog, ensure_own_password
from tests.conftest import ADMIN, LOGIN
from tests.support.accounts import CLERK, audit_events


@pytest.fixture
def dialog(data_dir, qtbot, indonesian):
    widget = LoginDialog(data_dir)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    yield widget
    if widget.context is not None:
        widget.context.close()


def sign_in(qtbot, dialog, username: str, password: str) -> None:
    """Typed as a clerk types: user name, Tab, password, Enter."""
    dialog.username.setFocus()
    dialog.username.selectAll()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_dialog_names_the_office_and_enter_signs_in(dialog, qtbot):
    assert dialog.windowTitle() == "Pekerja Desktop — masuk"
    assert dialog.summary == {"code": "8171A", "name": "Disnaker Kota Ambon", "role": "field"}
    assert dialog.sign_in_button.text() == "Masuk" and dialog.sign_in_button.isDefault()
    assert dialog.focusWidget() is dialog.username
    sign_in(qtbot, dialog, "Admin", ADMIN.password)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.context.operator.username == "admin" and dialog.context.operator.role == "admin"
    assert audit_events(dialog.context, "login")[-1][:2] == ("admin", "admin")


def test_a_wrong_password_is_said_and_the_password_cleared(dialog, qtbot):
    sign_in(qtbot, dialog, "admin", "salah-sekali")
    assert dialog.isVisible() and dialog.context is None
    assert dialog.error.text() == ("Nama pengguna atau kata sandi salah. Setelah 5 kali salah, akun dikunci selama "
                                   "5 menit.")
    assert dialog.password.text() == "" and dialog.focusWidget() is dialog.password


def test_five_failures_lock_the_account_and_the_dialog_says_until_when(dialog, qtbot, data_dir):
    for _attempt in range(5):
        sign_in(qtbot, dialog, "admin", "salah-sekali")
    until = locked_until(DataLayout(data_dir), "admin")
    assert until is not None
    clock = until.astimezone().strftime("%H:%M")
    assert dialog.error.text() == (f"Akun admin dikunci karena terlalu banyak percobaan masuk yang gagal. "
                                   f"Coba lagi pukul {clock}.")
    sign_in(qtbot, dialog, "admin", ADMIN.password)
    assert dialog.context is None, "the right password waits for the lock to end"
    assert re.search(r"pukul \d\d:\d\d", dialog.error.text())


def test_a_deactivated_account_is_told_to_ask_the_admin(dialog, qtbot, data_dir):
    with open_context(data_dir, *LOGIN) as admin:
        manage.create_account(admin, CLERK)
        manage.set_active(admin, CLERK.username, False)
    sign_in(qtbot, dialog, CLERK.username, CLERK.password)
    assert dialog.context is None
    assert dialog.error.text().startswith("Nama pengguna atau kata sandi salah."), \
        "a deactivated account's password opens nothing any more"


def test_empty_fields_are_asked_for_without_a_try(dialog, qtbot, data_dir):
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.error.text() == "Ketik nama pengguna dan kata sandi Anda."
    assert dialog.focusWidget() is dialog.username
    assert locked_until(DataLayout(data_dir), "admin") is None


# --- one's own password ---------------------------------------------------------------------------------

def fill_password_dialog(dialog: PasswordDialog, old: str, new: str, repeat: str | None = None) -> None:
    dialog.old.setText(old)
    dialog.new.setText(new)
    dialog.repeat.setText(new if repeat is None else repeat)
    dialog.change_button.click()


@pytest.fixture
def password_dialog(ctx, qtbot, indonesian):
    widget = PasswordDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_password_dialog_refuses_a_wrong_old_a_mismatch_and_a_short_password(password_dialog):
    fill_password_dialog(password_dialog, ADMIN.password, "sandi-baru-1", "sandi-baru-2")
    assert password_dialog.error.text() == "Kedua kata sandi baru tidak sama."
    fill_password_dialog(password_dialog, ADMIN.password, "pendek")
    assert password_dialog.error.text() == "Kata sandi terlalu pendek: minimal 8 karakter."
    fill_password_dialog(password_dialog, "bukan-sandi-lama", "sandi-baru-1")
    assert password_dialog.error.text() == "Kata sandi lama salah."
    fill_password_dialog(password_dialog, ADMIN.password, ADMIN.password)
    assert password_dialog.error.text() == "Kata sandi baru harus berbeda dari yang sekarang."
    assert password_dialog.result() != QDialog.DialogCode.Accepted


def test_a_changed_password_opens_and_the_old_one_no_longer(password_dialog, data_dir, ctx):
    fill_password_dialog(password_dialog, ADMIN.password, "sandi-baru-123")
    assert password_dialog.result() == QDialog.DialogCode.Accepted
    assert audit_events(ctx, "account.password_change")[-1][:2] == ("admin", "admin")
    with pytest.raises(PekerjaError):
        open_context(data_dir, "admin", ADMIN.password)
    open_context(data_dir, "admin", "sandi-baru-123").close()


def test_the_window_menu_offers_the_password_change(ctx, runner, qtbot, indonesian, monkeypatch):
    from pekerja_desktop.ui.main_window import MainWindow
    from pekerja_desktop.ui.preferences import UiPreferences

    window = MainWindow(ctx, runner, UiPreferences(ctx.layout.root))
    qtbot.addWidget(window)
    assert window.header.session_button.text() == "admin (Admin)"
    asked = []
    monkeypatch.setattr(PasswordDialog, "exec", lambda self: asked.append(self.forced) or QDialog.DialogCode.Rejected)
    window.header.password_action.trigger()
    assert asked == [False]
    assert [a.text() for a in window.header.session_button.menu().actions() if a.text()] == [
        "Ganti kata sandi…", "Kunci layar", "Keluar"]


def temporary_password_account(data_dir) -> str:
    """The clerk, whose password the admin has just reset (must be changed at the next sign-in)."""
    with open_context(data_dir, *LOGIN) as admin:
        manage.create_account(admin, CLERK)
        manage.reset_password(admin, CLERK.username, "sementara-1")
    return "sementara-1"


def test_a_temporary_password_must_be_replaced_before_the_window_opens(data_dir, runner, qtbot, monkeypatch,
                                                                        indonesian):
    temporary = temporary_password_account(data_dir)
    shown = []

    def choose_new(dialog: PasswordDialog):
        shown.append((dialog.forced, dialog.cancel_button.text()))
        fill_password_dialog(dialog, temporary, "sandi-maria-123")
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", choose_new)
    monkeypatch.setenv("PEKERJA_PASSWORD", temporary)
    window = app_module.start(argparse.Namespace(data_dir=str(data_dir), lang="id", user=CLERK.username), runner)
    qtbot.addWidget(window)
    try:
        assert shown == [(True, "Keluar")]
        assert window.ctx.operator.username == CLERK.username and not window.ctx.operator.must_change_password
    finally:
        window.close()
        window.ctx.close()
    with open_context(data_dir, CLERK.username, "sandi-maria-123") as again:
        assert not again.operator.must_change_password


def test_refusing_to_replace_the_temporary_password_opens_nothing(data_dir, qtbot, monkeypatch):
    temporary = temporary_password_account(data_dir)
    monkeypatch.setattr(PasswordDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    ctx = open_context(data_dir, CLERK.username, temporary, via="gui")
    assert ctx.operator.must_change_password
    assert not ensure_own_password(ctx)
    assert not app_module.after_sign_in(ctx)
