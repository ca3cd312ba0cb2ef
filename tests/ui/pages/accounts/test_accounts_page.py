"""The Akun page (admins): the accounts table, a new account with a temporary password, another role, a
temporary password, unlocking, deactivating and reactivating; all through services.accounts.manage."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pekerja_desktop.errors import AccessError, PekerjaError
from pekerja_desktop.services.accounts import manage
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.ui.pages.accounts.dialogs import (
    READABLE,
    NewAccountDialog,
    ResetPasswordDialog,
    RoleDialog,
    suggest_password,
)
from pekerja_desktop.ui.pages.accounts.model import AccountsModel, Column
from pekerja_desktop.ui.pages.accounts.page import AccountsPage
from pekerja_desktop.ui.widgets import messages
from tests.support.accounts import CLERK, audit_events


@pytest.fixture
def page(ctx, runner, qtbot, indonesian):
    widget = AccountsPage(ctx, runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def rows(page) -> dict[str, list[str]]:
    model = page.model
    return {model.index(r, Column.USERNAME).data(): [model.index(r, c).data() for c in Column]
            for r in range(model.rowCount())}


def select(page, username: str) -> None:
    page.table.selectRow(page.model.row_of(username))


def answer(monkeypatch, dialog_class, fill) -> list:
    """Replace the dialog's exec: `fill(dialog)` types into it, then OK is pressed; the dialogs are kept."""
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        fill(dialog)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return shown


def type_new_account(username: str, password: str = CLERK.password, role: str = "petugas"):
    def fill(dialog: NewAccountDialog) -> None:
        dialog.username.setText(username)
        dialog.display_name.setText("Maria Sahetapy")
        dialog.role.set_code(role)
        dialog.password.setText(password)
    return fill


def test_the_table_lists_the_accounts_in_indonesian(page, qtmodeltester):
    today = dt.date.today().strftime("%d/%m/%Y")
    assert rows(page) == {"admin": ["admin", "Admin Uji", "Admin", "Aktif", "", today]}
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Nama pengguna", "Nama lengkap", "Peran", "Status", "Terkunci sampai", "Kata sandi diatur"]
    qtmodeltester.check(page.model)


def test_an_empty_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(AccountsModel())


def test_the_admin_adds_a_clerk_with_a_temporary_password(page, ctx, data_dir, monkeypatch):
    shown = answer(monkeypatch, NewAccountDialog, type_new_account(" Maria.S "))
    page.add_button.click()
    assert shown[0].result() == QDialog.DialogCode.Accepted
    assert rows(page)["maria.s"][:5] == ["maria.s", "Maria Sahetapy", "Petugas", "Aktif, kata sandi sementara", ""]
    assert page.current().username == "maria.s"
    assert page.notice.text().startswith("Akun maria.s dibuat (Petugas).")
    assert [s for _a, s, _d in audit_events(ctx, "account.create")][-1] == "maria.s"
    ctx.close()  # one context at a time: the clerk signs in
    with open_context(data_dir, "maria.s", CLERK.password) as clerk:
        assert clerk.operator.role == "petugas" and clerk.operator.must_change_password


def test_a_refused_new_account_is_explained_in_the_dialog(page, monkeypatch):
    shown = answer(monkeypatch, NewAccountDialog, type_new_account("Maria Sahetapy"))
    page.add_button.click()
    assert shown[0].result() != QDialog.DialogCode.Accepted
    assert shown[0].error.text().startswith("Nama pengguna 'Maria Sahetapy' tidak valid")
    shown = answer(monkeypatch, NewAccountDialog, type_new_account("maria.s", password="pendek"))
    page.add_button.click()
    assert shown[0].error.text() == "Kata sandi terlalu pendek: minimal 8 karakter."
    assert list(rows(page)) == ["admin"]


def test_suggested_temporary_passwords_are_long_readable_and_different():
    first, second = suggest_password(), suggest_password()
    assert first != second and len(first) == 14 and len(first.replace("-", "")) >= manage.MIN_PASSWORD_LENGTH
    assert set(first.replace("-", "")) <= set(READABLE)


def test_the_admin_changes_a_role(page, ctx, monkeypatch):
    manage.create_account(ctx, CLERK)
    page.refresh(CLERK.username)
    answer(monkeypatch, RoleDialog, lambda dialog: dialog.role.set_code("supervisor"))
    page.role_button.click()
    assert rows(page)[CLERK.username][2] == "Supervisor"
    assert page.notice.text() == "petugas1 sekarang Supervisor."


def test_a_temporary_password_for_a_forgotten_one(page, ctx, data_dir, monkeypatch):
    manage.create_account(ctx, CLERK)
    page.refresh(CLERK.username)
    answer(monkeypatch, ResetPasswordDialog, lambda dialog: dialog.password.setText("sementara-99"))
    page.reset_button.click()
    assert rows(page)[CLERK.username][3] == "Aktif, kata sandi sementara"
    ctx.close()
    with pytest.raises(PekerjaError):
        open_context(data_dir, CLERK.username, CLERK.password)
    with open_context(data_dir, CLERK.username, "sementara-99") as clerk:
        assert clerk.operator.must_change_password


def test_unlocking_an_account_locked_by_wrong_passwords(page, ctx):
    manage.create_account(ctx, CLERK)
    for _attempt in range(5):
        with pytest.raises(AccessError):
            unlock_key(ctx.layout, CLERK.username, "salah-sandi")
    page.refresh(CLERK.username)
    assert rows(page)[CLERK.username][4] != "" and page.unlock_button.isEnabled()
    page.unlock_button.click()
    assert rows(page)[CLERK.username][4] == "" and not page.unlock_button.isEnabled()
    assert page.notice.text() == "petugas1 boleh masuk lagi."
    unlock_key(ctx.layout, CLERK.username, CLERK.password)
    assert audit_events(ctx, "account.unlock")[-1][:2] == ("admin", CLERK.username)


def test_deactivating_asks_then_the_password_opens_nothing_and_reactivating_needs_a_new_one(
        page, ctx, data_dir, monkeypatch):
    manage.create_account(ctx, CLERK)
    page.refresh(CLERK.username)
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    page.active_button.click()
    assert rows(page)[CLERK.username][3] == "Aktif", "the question was answered no"
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    page.active_button.click()
    assert rows(page)[CLERK.username][3] == "Nonaktif"
    assert page.active_button.text() == "&Aktifkan kembali…"
    with pytest.raises(AccessError):
        unlock_key(ctx.layout, CLERK.username, CLERK.password)
    shown = answer(monkeypatch, ResetPasswordDialog, lambda dialog: dialog.password.setText("kembali-123"))
    page.active_button.click()
    assert shown[0].windowTitle() == "Aktifkan kembali petugas1"
    assert rows(page)[CLERK.username][3] == "Aktif, kata sandi sementara"
    unlock_key(ctx.layout, CLERK.username, "kembali-123")


def test_the_admin_cannot_change_or_deactivate_their_own_account_here(page):
    select(page, "admin")
    for button in (page.role_button, page.reset_button, page.active_button):
        assert not button.isEnabled()
        assert button.toolTip().startswith("Tidak untuk akun Anda sendiri")

