"""First run: an empty data folder leads through the setup wizard to a created office and its fingerprint."""

from __future__ import annotations

import argparse

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from pekerja_desktop.paths import DataLayout, is_set_up
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.sync.signing_key import fingerprint
from pekerja_desktop.ui import app as app_module
from pekerja_desktop.ui.i18n import remove_translators
from pekerja_desktop.ui.pages.setup.wizard import FINGERPRINT_PAGE, SetupWizard
from pekerja_desktop.ui.widgets import recovery_key as recovery_key_module
from pekerja_desktop.ui.widgets.recovery_key import RecoveryKeyBox
from tests.conftest import ADMIN, LOGIN


def test_the_wizard_creates_the_office_and_shows_its_fingerprint(tmp_path, runner, qtbot, keyboard, indonesian):
    data_dir = tmp_path / "fresh"
    wizard = SetupWizard(data_dir, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.isActiveWindow)
    page = wizard.office_page
    page.code.setFocus()
    keyboard.type("8171b")
    keyboard.tab()
    keyboard.type("Disnaker Kota Ambon")
    keyboard.tab()
    keyboard.type("Kota Ambon")
    keyboard.tab()
    assert page.region.code() == "81.71"
    page.admin.setText("Admin.Ambon")
    page.password.setText("sandi-rahasia-1")
    page.password_again.setText("sandi-rahasia-1")
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Buat Kantor"
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == FINGERPRINT_PAGE, timeout=5000)
    assert is_set_up(DataLayout(data_dir))
    ctx = open_context(data_dir, "admin.ambon", "sandi-rahasia-1")
    try:
        assert ctx.operator.role == "admin"
        assert (ctx.office.code, ctx.office.name, ctx.office.region_code, ctx.office.role) == (
            "8171B", "Disnaker Kota Ambon", "81.71", "field")
        shown = wizard.fingerprint_page.fingerprint.text()
        assert shown == fingerprint(ctx.office.public_key) == wizard.result_value().fingerprint
    finally:
        ctx.close()
    assert "8171B" in wizard.fingerprint_page.summary.text()
    assert wizard.fingerprint_page.recovery_key.text() == wizard.result_value().recovery_key
    assert len(wizard.result_value().recovery_key.split("-")) == 13
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text().replace("&", "") == "Selesai"
    assert not finish.isEnabled(), "the recovery key is shown once: Finish waits until it is kept"
    wizard.fingerprint_page.key_kept.setChecked(True)
    assert finish.isEnabled()


def test_a_refused_office_code_is_explained_on_the_page(tmp_path, runner, qtbot, indonesian):
    wizard = SetupWizard(tmp_path / "fresh", runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office_page.name.setText("Disnaker")
    wizard.office_page.region.set_code("81.71")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert "Kode kantor" in wizard.office_page.error.text()
    assert wizard.currentId() != FINGERPRINT_PAGE
    assert not is_set_up(DataLayout(tmp_path / "fresh"))


def office_filled(tmp_path, runner, qtbot, password: str, again: str) -> SetupWizard:
    wizard = SetupWizard(tmp_path / "fresh", runner)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.office_page
    page.code.setText("8171A")
    page.name.setText("Disnaker Kota Ambon")
    page.region.set_code("81.71")
    page.admin.setText("admin.ambon")
    page.password.setText(password)
    page.password_again.setText(again)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    return wizard


def test_two_different_passwords_are_said_before_anything_is_made(tmp_path, runner, qtbot, indonesian):
    wizard = office_filled(tmp_path, runner, qtbot, "sandi-rahasia-1", "sandi-rahasia-2")
    assert wizard.office_page.error.text() == "Kedua kata sandi tidak sama."
    assert wizard.currentId() != FINGERPRINT_PAGE and not (tmp_path / "fresh").exists()


def test_a_short_password_is_refused_before_anything_is_made(tmp_path, runner, qtbot, indonesian):
    wizard = office_filled(tmp_path, runner, qtbot, "pendek", "pendek")
    assert wizard.office_page.error.text() == "Kata sandi terlalu pendek: minimal 8 karakter."
    assert wizard.currentId() != FINGERPRINT_PAGE and not (tmp_path / "fresh").exists()


def test_the_wizard_fits_the_laptop_screen(tmp_path, runner, qtbot):
    wizard = SetupWizard(tmp_path / "fresh", runner)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.height() <= 768 - 40 and wizard.width() <= 1366
    assert wizard.office_page.sizeHint().height() <= wizard.height()


def test_first_start_runs_the_wizard_then_opens_the_main_window(tmp_path, runner, qtbot, monkeypatch):
    data_dir = tmp_path / "fresh"

    def fake_wizard(target, runner_, parent=None):
        from pekerja_desktop.services.setup.office import OfficeSetup, setup_office

        setup_office(target, OfficeSetup("8171A", "Disnaker Kota Ambon", "81.71", "field"), ADMIN)
        return LOGIN

    monkeypatch.setattr(SetupWizard, "run_setup", staticmethod(fake_wizard))
    window = app_module.start(argparse.Namespace(data_dir=str(data_dir), lang=None, user="admin"), runner)
    qtbot.addWidget(window)
    try:
        assert window.isVisible() and window.ctx.office.code == "8171A"
        assert window.focusWidget() is window.enrolment.form.identity.nik
    finally:
        window.close()
        window.ctx.close()
        remove_translators(app_module.ensure_application())


def test_cancelling_the_wizard_opens_nothing(tmp_path, runner, monkeypatch, qapp):
    monkeypatch.setattr(SetupWizard, "run_setup", staticmethod(lambda *args, **kwargs: None))
    assert app_module.start(argparse.Namespace(data_dir=str(tmp_path / "x"), lang="en", user=None), runner) is None
    remove_translators(qapp)


assert Qt  # keyboard constants used through the fixture


def test_a_hub_can_be_set_up_on_a_database_server(tmp_path, runner, qtbot, indonesian):
    from sqlalchemy.engine import make_url

    from tests.support import pgserver

    server = pgserver.databases()
    url = server.fresh()
    try:
        wizard = SetupWizard(tmp_path / "hub", runner)
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.office_page
        assert not page.server_box.isVisible(), "a field office always keeps its database on the laptop"
        page.code.setText("MALUKU")
        page.name.setText("Disnakertrans Provinsi Maluku")
        page.region.set_code("81.71")
        page.role.set_code("hub")
        assert page.server_box.isVisible() and page.server_box.title() == "Basis data (kantor pengumpul)"
        parsed = make_url(url)
        page.server_address.setText(parsed.render_as_string(hide_password=True).replace(":***@", "@"))
        page.server_password.setText(parsed.password)
        page.admin.setText("admin")
        page.password.setText(ADMIN.password)
        page.password_again.setText(ADMIN.password)
        assert wizard.height() <= 768 - 40 and page.sizeHint().height() <= 768 - 40
        wizard.button(QWizard.WizardButton.CommitButton).click()
        qtbot.waitUntil(lambda: wizard.currentId() == FINGERPRINT_PAGE, timeout=10000)
        assert f":{parsed.password}@" not in (tmp_path / "hub" / "database.json").read_text(encoding="utf-8")
        with open_context(tmp_path / "hub", "admin", ADMIN.password) as ctx:
            assert ctx.db.on_server and ctx.office.role == "hub"
    finally:
        server.drop(url)


def test_a_wrong_server_address_is_said_before_anything_is_made(tmp_path, runner, qtbot, indonesian):
    wizard = SetupWizard(tmp_path / "hub", runner)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.office_page
    page.code.setText("MALUKU")
    page.name.setText("Disnakertrans Provinsi Maluku")
    page.region.set_code("81.71")
    page.role.set_code("hub")
    page.server_address.setText("mysql://server/pekerja")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert "tidak dikenali" in page.error.text() and not (tmp_path / "hub").exists()


def test_the_recovery_key_can_be_saved_as_a_one_page_sheet(tmp_path, runner, qtbot, monkeypatch):
    box = RecoveryKeyBox()
    qtbot.addWidget(box)
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST"
    box.set_key(key, "8171A", "Disnaker Kota Ambon", "EC74-96AA-72A8-F5FA")
    target = tmp_path / "usb" / "kunci"
    target.parent.mkdir()
    monkeypatch.setattr(recovery_key_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    box.save_button.click()
    sheet = target.with_suffix(".pdf")
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert len(PdfReader(sheet).pages) == 1
    assert "8171A" in text and "Disnaker Kota Ambon" in text and "EC74-96AA-72A8-F5FA" in text
    assert key.replace("-", "") in "".join(ch for ch in text if ch.isalnum())
    assert str(sheet) in box.notice.text()
