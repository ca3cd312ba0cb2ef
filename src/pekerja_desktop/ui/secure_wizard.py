"""A data folder made by release 0.1.0 (not encrypted, no accounts): the clerk learns that the data will be
encrypted, creates the first admin, then sees the recovery key once — what `pekerja-desktop secure` does.

`SecureWizard.run_secure(data_dir, runner)` returns the admin's (user name, password) once the data are
encrypted, or None when the clerk cancelled (the folder is then left as it was).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts.legacy import SecureResult, secure_legacy_database
from pekerja_desktop.services.accounts.manage import NewAccount
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.recovery_key import RecoveryKeyBox

ADMIN_PAGE, RECOVERY_PAGE = 0, 1


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class AdminPage(QWizardPage):
    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._data_dir, self._runner = data_dir, runner
        self.result: SecureResult | None = None
        self._busy = False
        self.setTitle(self.tr("Protect this office's data"))
        self.setSubTitle(self.tr("These data were made by an older version of Pekerja Desktop: they are not "
                                 "encrypted and there are no user accounts yet."))
        self.setCommitPage(True)
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
        self.error = _wrapped("", self)
        self.error.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr("Create the first admin account. The data are then encrypted: only "
                                          "someone who signs in can read them, also if the laptop is lost. "
                                          "Every record is kept."), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def admin_account(self) -> NewAccount:
        return NewAccount(self.admin.text().strip().lower(), self.password.text(), "admin", self.admin_name.text())

    def validatePage(self) -> bool:
        if self.result is not None:
            return True
        if self.password.text() != self.password_again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return False
        if not self._busy:
            self._start()
        return False

    def _start(self) -> None:
        self._busy = True
        self.error.clear()
        self.wizard().button(QWizard.WizardButton.CommitButton).setEnabled(False)
        data_dir, admin = self._data_dir, self.admin_account()
        self._runner.run(lambda _control: secure_legacy_database(data_dir, admin), on_done=self._done,
                         on_error=self._failed)

    def _done(self, result: SecureResult) -> None:
        self._busy = False
        self.result = result
        QTimer.singleShot(0, self.wizard().next)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.wizard().button(QWizard.WizardButton.CommitButton).setEnabled(True)
        if isinstance(exc, PekerjaError):
            self.error.setText(exc.message())
        else:
            messages.show_error(self, self.tr("The data could not be encrypted: %1").replace("%1", str(exc)))


class RecoveryPage(QWizardPage):
    def __init__(self, admin_page: AdminPage, parent: QWidget | None = None):
        super().__init__(parent)
        self._admin_page = admin_page
        self.setTitle(self.tr("Data encrypted"))
        self.setSubTitle(self.tr("Every record was kept. From now on each operator signs in with a user name "
                                 "and password."))
        box = RecoveryKeyBox(self)
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
            self.recovery_key.setText(result.recovery_key)


class SecureWizard(QWizard):
    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pekerja Desktop — protect the data"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.admin_page = AdminPage(data_dir, runner, self)
        self.recovery_page = RecoveryPage(self.admin_page, self)
        self.setPage(ADMIN_PAGE, self.admin_page)
        self.setPage(RECOVERY_PAGE, self.recovery_page)
        self.resize(720, 520)

    def result_value(self) -> SecureResult | None:
        return self.admin_page.result

    @property
    def credentials(self) -> tuple[str, str]:
        admin = self.admin_page.admin_account()
        return admin.username, admin.password

    @classmethod
    def run_secure(cls, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None) -> tuple[str, str] | None:
        """The admin's (user name, password) once the data are encrypted; None if cancelled."""
        wizard = cls(data_dir, runner, parent)
        wizard.exec()
        return wizard.credentials if wizard.result_value() is not None else None
