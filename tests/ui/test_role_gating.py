"""The window's half of the permission matrix: for every role and every gated action, whether the window offers
it; what it does not offer is hidden, or disabled with the service's own refusal as the tooltip. Also the
record-level rules of the enrolment form, and an admin-made clerk's first window."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.edit_rights import set_petugas_confirmable
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.ui import app as app_module
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.pages.accounts.dialogs import NewAccountDialog
from pekerja_desktop.ui.pages.login.password_dialog import PasswordDialog
from pekerja_desktop.ui.preferences import UiPreferences
from tests.conftest import LOGIN, make_participant
from tests.support.accounts import CLERK, SUPERVISOR, sign_in_as

ROLE_NAMES = {"petugas": "Petugas", "supervisor": "Supervisor", "admin": "Admin"}
EVERYONE = {"petugas", "supervisor", "admin"}
# Who may do what, as the issue says: petugas enrol, edit their own records until exported and print;
# supervisors also confirm warnings, export, import, reprint; admins also manage accounts and settings.
EXPECTED = {
    "enrol": EVERYONE,
    "print_cards": EVERYONE,
    "own_password": EVERYONE,
    "lock_screen": EVERYONE,
    "sign_out": EVERYONE,
    "reveal_one_nik": {"petugas"},  # the others see every NIK in full, without a reveal
    "full_nik_in_lists": {"supervisor", "admin"},
    "confirm_warnings": {"supervisor", "admin"},
    "village_list_import": {"supervisor", "admin"},
    "export": {"supervisor", "admin"},
    "import": {"supervisor", "admin"},
    "reprint": {"supervisor", "admin"},
    "trust_the_hub": {"admin"},
    "accounts": {"admin"},
    "idle_lock_setting": {"admin"},
}
# Refused but shown (greyed with the reason); the rest of what is refused is not shown at all.
SHOWN_WHEN_REFUSED = {"confirm_warnings", "village_list_import", "export", "import", "reprint", "trust_the_hub",
                      "idle_lock_setting"}


def offered(widget: QWidget) -> tuple[bool, str]:
    return widget.isEnabled() and not widget.isHidden(), widget.toolTip()


def nav_item(window: MainWindow, title: str):
    items = [window.nav.item(i) for i in range(window.nav.count())]
    return next((item for item in items if item.text() == title), None)


def nav_offered(window: MainWindow, title: str) -> tuple[bool, str]:
    item = nav_item(window, title)
    if item is None:
        return False, ""
    return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled), item.toolTip()


def warning_box(window: MainWindow):
    """The "I have checked" box of a birth date that differs from the NIK."""
    page = window.enrolment
    page.form.set_data(make_participant(birth_date=dt.date(1985, 8, 6)))
    page.validator.run_now()
    return page.form.message_for("birth_date").confirm_boxes()[0]


def menu_action(window: MainWindow, action_name: str) -> tuple[bool, str]:
    action = getattr(window.header, action_name)
    return action.isEnabled() and action.isVisible(), ""


PROBES: dict[str, Callable[[MainWindow], tuple[bool, str]]] = {
    "enrol": lambda w: offered(w.enrolment.finish_button),
    "print_cards": lambda w: (w.cards_page.actions.print_button.toolTip() == ""
                              and w.cards_page.actions.save_button.toolTip() == "", ""),
    "own_password": lambda w: menu_action(w, "password_action"),
    "lock_screen": lambda w: menu_action(w, "lock_action"),
    "sign_out": lambda w: menu_action(w, "sign_out_action"),
    "reveal_one_nik": lambda w: (not w.register_page.reveal.isHidden(), ""),
    "full_nik_in_lists": lambda w: (w.register_page.model.nik_revealed, ""),
    "confirm_warnings": lambda w: offered(warning_box(w)),
    "village_list_import": lambda w: nav_offered(w, "Impor Daftar Desa"),
    "export": lambda w: (w.sync_page.refusals["export"] is None, w.sync_page.export_box.export_button.toolTip()),
    "import": lambda w: offered(w.sync_page.import_box.drop_zone),
    "reprint": lambda w: offered(w.cards_page.actions.reprint_button),
    "trust_the_hub": lambda w: (w.sync_page.refusals["trust"] is None, w.sync_page.trust_box.trust_button.toolTip()),
    "accounts": lambda w: nav_offered(w, "Akun"),
    "idle_lock_setting": lambda w: offered(w.settings_page.idle_minutes),
}


@pytest.fixture(params=["petugas", "supervisor", "admin"])
def role_ctx(request, data_dir):
    """Signed in with each role in turn (one context at a time)."""
    if request.param == "admin":
        context = open_context(data_dir, *LOGIN, via="gui")
    else:
        context = sign_in_as(data_dir, CLERK if request.param == "petugas" else SUPERVISOR)
    yield context
    context.close()


def open_window(ctx, runner, qtbot) -> MainWindow:
    window = MainWindow(ctx, runner, UiPreferences(ctx.layout.root))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def observed_matrix(window: MainWindow) -> tuple[dict[str, bool], dict[str, str]]:
    offers, reasons = {}, {}
    for action, probe in PROBES.items():
        offers[action], reasons[action] = probe(window)
    return offers, reasons


def test_every_gated_action_for_every_role(role_ctx, runner, qtbot, indonesian):
    role = role_ctx.operator.role
    window = open_window(role_ctx, runner, qtbot)
    offers, reasons = observed_matrix(window)
    assert offers == {action: role in roles for action, roles in EXPECTED.items()}
    refusal = f"Akses ditolak: peran {ROLE_NAMES[role]} tidak boleh"
    for action, roles in EXPECTED.items():
        if role in roles:
            assert not reasons[action].startswith("Akses ditolak"), action
        elif action == "confirm_warnings":  # which warnings is a setting: the refusal names the warning and who
            assert reasons[action].startswith("Akses ditolak: peringatan “"), reasons[action]
            assert "supervisor atau admin" in reasons[action]
        elif action in SHOWN_WHEN_REFUSED:
            assert reasons[action].startswith(refusal), (action, reasons[action])
    assert window.header.session_button.text() == f"{role_ctx.actor} ({ROLE_NAMES[role]})"


def test_a_refused_page_cannot_be_reached_by_its_shortcut(role_ctx, runner, qtbot):
    window = open_window(role_ctx, runner, qtbot)
    intake = next(i for i in range(window.nav.count()) if window.nav.item(i).text() == "Village list import")
    window.show_page(intake)
    reached = window.pages.currentIndex() == intake
    assert reached == (role_ctx.operator.role != "petugas")


# --- record-level rules in the form --------------------------------------------------------------------

def test_a_clerk_views_another_operators_record_read_only(data_dir, runner, qtbot, indonesian):
    with open_context(data_dir, *LOGIN) as admin:
        theirs = enrol(admin, make_participant(), final=False).registration_number
    clerk = sign_in_as(data_dir, CLERK)
    try:
        window = open_window(clerk, runner, qtbot)
        page = window.enrolment
        page.open_participant(theirs)
        assert page.title.text().startswith(f"Melihat {theirs}") and page.title.text().endswith("(hanya baca)")
        for button in (page.finish_button, page.draft_button):
            assert not button.isEnabled()
            assert button.toolTip().startswith("Akses ditolak: petugas hanya boleh mengubah data")
        own = enrol(clerk, make_participant(nik="8171014508850002"), final=False).registration_number
        page.open_participant(own)
        assert own in page.title.text() and "hanya baca" not in page.title.text()
        assert page.finish_button.isEnabled() and page.draft_button.isEnabled()
    finally:
        clerk.close()


def test_a_clerk_saves_a_warned_record_as_a_draft_for_the_supervisor(clerk_ctx, runner, qtbot, indonesian):
    window = open_window(clerk_ctx, runner, qtbot)
    page = window.enrolment
    box = warning_box(window)
    assert not box.isEnabled()
    assert box.toolTip().startswith("Akses ditolak: peringatan “tanggal lahir berbeda dengan NIK” dikonfirmasi oleh "
                                    "supervisor atau admin")
    messages = []
    page.message.connect(messages.append)
    page.save(final=True)
    assert messages[-1].startswith("Belum tersimpan: peringatan bertanda ⚠ dikonfirmasi oleh supervisor")
    with qtbot.waitSignal(page.saved):
        page.save(final=False)


# --- an admin-made clerk's first window -----------------------------------------------------------------

def test_the_admin_makes_a_clerk_whose_window_hides_what_a_clerk_may_not_do(data_dir, runner, qtbot, monkeypatch,
                                                                           indonesian):
    admin = open_context(data_dir, *LOGIN, via="gui")
    admin_window = open_window(admin, runner, qtbot)

    def fill(dialog: NewAccountDialog) -> None:
        dialog.username.setText("maria.s")
        dialog.display_name.setText("Maria Sahetapy")
        dialog.password.setText("sementara-1")
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(NewAccountDialog, "exec", fill)
    admin_window.accounts_page.add_button.click()
    admin_window.close()
    admin.close()

    def choose_own(dialog: PasswordDialog):
        dialog.old.setText("sementara-1")
        dialog.new.setText("sandi-maria-123")
        dialog.repeat.setText("sandi-maria-123")
        dialog.change_button.click()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", choose_own)
    monkeypatch.setenv("PEKERJA_PASSWORD", "sementara-1")
    window = app_module.start(argparse.Namespace(data_dir=str(data_dir), lang="id", user="maria.s"), runner)
    qtbot.addWidget(window)
    try:
        offers, _reasons = observed_matrix(window)
        assert {action for action, yes in offers.items() if yes} == {
            action for action, roles in EXPECTED.items() if "petugas" in roles}
        assert window.header.session_button.text() == "maria.s (Petugas)"
    finally:
        window.close()
        window.ctx.close()



# --- the warnings a petugas may confirm (a setting) -----------------------------------------------------------

def test_a_clerk_confirms_a_missing_heir_by_default(clerk_ctx, runner, qtbot, indonesian):
    window = open_window(clerk_ctx, runner, qtbot)
    page = window.enrolment
    page.form.set_data(make_participant(heirs=[]))
    page.save(final=True)  # a missing heir is pointed out once the clerk means to finish
    box = page.form.message_for("heirs").confirm_boxes()[0]
    assert box.isEnabled() and box.toolTip() == ""
    box.click()
    with qtbot.waitSignal(page.saved):
        page.save(final=True)


def test_the_setting_lets_a_clerk_confirm_a_birth_date_warning(data_dir, runner, qtbot, indonesian):
    with open_context(data_dir, *LOGIN) as admin:
        set_petugas_confirmable(admin, {"heir.missing", "nik.birth_date_mismatch"})
    clerk = sign_in_as(data_dir, CLERK)
    try:
        window = open_window(clerk, runner, qtbot)
        box = warning_box(window)
        assert box.isEnabled()
        box.click()
        with qtbot.waitSignal(window.enrolment.saved):
            window.enrolment.save(final=True)
    finally:
        clerk.close()
