"""A data folder made by release 0.1.0 (not encrypted, no accounts): the clerk learns that the data will be
encrypted, creates the first admin, then sees the recovery key once — what `pekerja-desktop secure` does.

`SecureWizard.run_secure(data_dir, runner)` returns the admin's (user name, password) once the data are
encrypted, or None when the clerk cancelled (the folder is then left as it was).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from pekerja_desktop.services.accounts.manage import NewAccount
from pekerja_desktop.services.setup.secure import SecureResult, secure_legacy_database
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.recovery_key import RecoveryKeyBox
from pekerja_desktop.ui.widgets.work_wizard import CredentialsWizard, WorkPage

ADMIN_PAGE, RECOVERY_PAGE = 0, 1


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class AdminPage(WorkPage):
    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(runner, parent)
        self._data_dir = data_dir
        self.setTitle(self.tr("Protect this office's data"))
        self.setSubTitle(self.tr("These data were made by an older version of Pekerja Desktop: they are not "
                                 "encrypted and there are no user accounts yet."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Encrypt the data"))
        self._build()

    def _build(self) -> None:
        self.admin = QLineEdit(self)
        self.admin.setPlaceholderText(self.tr("e.g. admin.ambon"))
        self.admin_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(self)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Admin user name"), self.admin)
        form.addRow(self.tr("Admin full name"), self.admin_name)
        form.addRow(self.tr("Admin password"), self.password)
        form.addRow(self.tr("Repeat the password"), self.password_again)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr("Create the first admin account. The data are then encrypted: only "
                                          "someone who signs in can read them, also if the laptop is lost. "
                                          "Every record is kept."), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def admin_account(self) -> NewAccount:
        return NewAccount(self.admin.text().strip().lower(), self.password.text(), "admin", self.admin_name.text())

    def problem(self) -> str | None:
        if self.password.text() != self.password_again.text():
            return self.tr("The two passwords differ.")
        return None

    def work(self):
        data_dir, admin = self._data_dir, self.admin_account()
        return lambda: secure_legacy_database(data_dir, admin)


class RecoveryPage(QWizardPage):
    def __init__(self, admin_page: AdminPage, parent: QWidget | None = None):
        super().__init__(parent)
        self._admin_page = admin_page
        self.setTitle(self.tr("Data encrypted"))
        self.setSubTitle(self.tr("Every record was kept. From now on each operator signs in with a user name "
                                 "and password."))
        self.key_box = box = RecoveryKeyBox(self)
        self.recovery_key, self.key_kept = box.recovery_key, box.key_kept
        self.key_kept.toggled.connect(self.completeChanged)
        self.old_copies = _wrapped(self.tr("<b>Older backups kept elsewhere</b> (for example on USB sticks) are "
                                           "still not encrypted: delete them, and make a new backup."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.old_copies)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        """Finish waits for the tick: the recovery key is never shown again."""
        return self.key_kept.isChecked()

    def initializePage(self) -> None:
        result = self._admin_page.result
        if result is not None:
            self.key_box.set_key(result.recovery_key, result.office_code, "")


class SecureWizard(CredentialsWizard):
    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None):
        admin_page = AdminPage(data_dir, runner)
        super().__init__(admin_page, RecoveryPage(admin_page), parent)
        self.admin_page, self.recovery_page = admin_page, self.page(RECOVERY_PAGE)
        self.setWindowTitle(self.tr("Pekerja Desktop — protect the data"))
        self.resize(720, 520)

    def result_value(self) -> SecureResult | None:
        return self.admin_page.result

    @classmethod
    def run_secure(cls, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None) -> tuple[str, str] | None:
        """The admin's (user name, password) once the data are encrypted; None if cancelled."""
        return cls.run(data_dir, runner, parent)
