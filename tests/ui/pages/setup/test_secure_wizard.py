"""A data folder from release 0.1.0 opens on the small wizard that encrypts it and creates the first admin."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from PySide6.QtWidgets import QWizard

from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.legacy import is_legacy_plain
from pekerja_desktop.services.accounts.recovery_key import parse_recovery_key
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.services.setup.secure import secure_legacy_database
from pekerja_desktop.ui import app as app_module
from pekerja_desktop.ui.pages.setup.secure_wizard import RECOVERY_PAGE, SecureWizard
from tests.conftest import ADMIN, LOGIN
from tests.support.paths import FIXTURES_DIR

OLD_OFFICE = FIXTURES_DIR / "releases" / "0.1.0" / "office"


def legacy_folder(tmp_path: Path) -> Path:
    return Path(shutil.copytree(OLD_OFFICE, tmp_path / "old"))


def shown_wizard(qtbot, data_dir: Path, runner) -> SecureWizard:
    wizard = SecureWizard(data_dir, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def fill(wizard: SecureWizard, password: str, again: str) -> None:
    page = wizard.admin_page
    page.admin.setText("Admin")
    page.admin_name.setText("Admin Uji")
    page.password.setText(password)
    page.password_again.setText(again)


def test_the_wizard_encrypts_the_data_and_shows_the_recovery_key(tmp_path, runner, qtbot, indonesian):
    data_dir = legacy_folder(tmp_path)
    wizard = shown_wizard(qtbot, data_dir, runner)
    fill(wizard, ADMIN.password, ADMIN.password)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Enkripsi Data"
    commit.click()
    qtbot.waitUntil(lambda: wizard.currentId() == RECOVERY_PAGE, timeout=10_000)
    key_text = wizard.recovery_page.recovery_key.text()
    assert parse_recovery_key(key_text) == unlock_key(DataLayout(data_dir), *LOGIN)
    assert "USB" in wizard.recovery_page.old_copies.text()
    assert wizard.credentials == LOGIN
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text().replace("&", "") == "Selesai" and not finish.isEnabled()
    wizard.recovery_page.key_kept.setChecked(True)
    assert finish.isEnabled()
    with open_context(data_dir, *LOGIN) as ctx:
        assert ctx.operator.display_name == "Admin Uji"


def test_differing_passwords_change_nothing(tmp_path, runner, qtbot, indonesian):
    data_dir = legacy_folder(tmp_path)
    wizard = shown_wizard(qtbot, data_dir, runner)
    fill(wizard, ADMIN.password, "lain-sekali-1")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.admin_page.error.text() == "Kedua kata sandi tidak sama."
    assert wizard.currentId() != RECOVERY_PAGE and is_legacy_plain(DataLayout(data_dir))


def test_a_refused_password_is_explained_on_the_page(tmp_path, runner, qtbot, indonesian):
    data_dir = legacy_folder(tmp_path)
    wizard = shown_wizard(qtbot, data_dir, runner)
    fill(wizard, "pendek", "pendek")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert "minimal 8" in wizard.admin_page.error.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert is_legacy_plain(DataLayout(data_dir))


def test_the_application_starts_on_the_wizard_for_a_legacy_folder(tmp_path, runner, qtbot, monkeypatch):
    data_dir = legacy_folder(tmp_path)
    asked = []

    def fake_run_secure(target, runner_, parent=None):
        asked.append(target)
        secure_legacy_database(target, ADMIN)
        return LOGIN

    monkeypatch.setattr(SecureWizard, "run_secure", staticmethod(fake_run_secure))
    args = argparse.Namespace(data_dir=str(data_dir), lang=None, user=None)
    ctx = app_module.open_or_set_up(data_dir, args, runner)
    try:
        assert asked == [data_dir] and ctx.operator.username == ADMIN.username and ctx.office.code == "8171A"
    finally:
        ctx.close()
    ctx = app_module.open_or_set_up(data_dir, args, runner, LOGIN)  # secured: no wizard the second time
    ctx.close()
    assert asked == [data_dir]


def test_cancelling_the_wizard_opens_nothing_and_changes_nothing(tmp_path, runner, monkeypatch):
    data_dir = legacy_folder(tmp_path)
    monkeypatch.setattr(SecureWizard, "run_secure", staticmethod(lambda *a, **k: None))
    args = argparse.Namespace(data_dir=str(data_dir), lang=None, user=None)
    assert app_module.open_or_set_up(data_dir, args, runner) is None
    assert is_legacy_plain(DataLayout(data_dir))
