"""First run: set up the office and its first admin (what `pekerja-desktop setup` does), then show the
office key fingerprint and the recovery key (once).

`SetupWizard.run_setup(...)` returns the SetupResult, or None when the clerk cancelled; the admin's
credentials stay on the wizard (`credentials`) so the window can sign in without asking again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pekerja_desktop.assets import packaged_region_index
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts.manage import (
    MIN_PASSWORD_LENGTH,
    NewAccount,
    check_password_strength,
    normalise_username,
)
from pekerja_desktop.services.setup.office import (
    OfficeSetup,
    SetupResult,
    setup_office,
    url_with_password,
    validate_setup,
)
from pekerja_desktop.ui.fonts import fixed_font
from pekerja_desktop.ui.palette import framed_style, hint_style
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.code_combo import CodeComboBox
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.recovery_key import RecoveryKeyBox
from pekerja_desktop.ui.widgets.region_picker import RegionPicker
from pekerja_desktop.ui.widgets.work_wizard import CredentialsWizard, WorkPage

OFFICE_PAGE, FINGERPRINT_PAGE = 0, 1
MAX_HEIGHT = 768 - 40  # a 1366×768 laptop screen, less the taskbar


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(hint_style())
    return label


class OfficePage(WorkPage):
    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(runner, parent)
        self._data_dir = data_dir
        self.setTitle(self.tr("Set up this office"))
        self.setSubTitle(self.tr("This laptop has no office yet. Fill in the office once; enrolments are then "
                                 "numbered with its code."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create office"))
        self._build()

    def _build(self) -> None:
        self.code = QLineEdit(self)
        self.code.setMaxLength(10)
        self.code.setPlaceholderText(self.tr("e.g. 8171A"))
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,10}"), self))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Disnaker Kota Ambon"))
        self.region = RegionPicker(packaged_region_index(), depth=1, parent=self)
        self.role = CodeComboBox([("field", self.tr("Field office: enrols workers")),
                                  ("hub", self.tr("Collecting hub: gathers the field offices' data"))],
                                 blank=None, parent=self)
        office = QGroupBox(self.tr("Office"), self)
        form = QFormLayout(office)
        form.addRow(self.tr("Office code"), self.code)
        form.addRow("", hint_label(self.tr("2–10 capital letters or digits, as registered at the hub."), office))
        form.addRow(self.tr("Office name"), self.name)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Role"), self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(office)
        layout.addWidget(self._server_box())
        layout.addWidget(self._admin_box())
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _server_box(self) -> QGroupBox:
        """(hub) Where the database lives: this computer, or a PostgreSQL server when several staff share it."""
        box = QGroupBox(self.tr("Database (collecting hub)"), self)
        self.server_address = QLineEdit(box)
        self.server_address.setPlaceholderText(self.tr("empty: on this computer; or postgresql://user@server/database"))
        self.server_password = QLineEdit(box)
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_password.setPlaceholderText(self.tr("server password"))
        fields = QHBoxLayout()
        fields.addWidget(self.server_address, 3)
        fields.addWidget(self.server_password, 1)
        form = QFormLayout(box)
        form.addRow(self.tr("Server"), fields)
        form.addRow("", hint_label(self.tr("Only for several staff on one database server; all computers then "
                                           "share this data folder."), box))
        box.setToolTip(self.tr("Every computer then uses this same data folder, on the office's shared drive; "
                               "the server makes the backups."))
        self.server_box = box
        self.role.currentIndexChanged.connect(self._show_server_box)
        self._show_server_box()
        return box

    def _show_server_box(self) -> None:
        self.server_box.setVisible(self.role.code() == "hub")
        wizard = self.wizard()
        if wizard is not None and self.server_box.isVisible():  # room for the box, within a 1366×768 screen
            wizard.resize(wizard.width(), min(max(wizard.height(), wizard.sizeHint().height()), MAX_HEIGHT))

    def database_url(self) -> str | None:
        """The server's URL with its password, or None for the encrypted file on this computer."""
        if self.role.code() != "hub" or not self.server_address.text().strip():
            return None
        return url_with_password(self.server_address.text(), self.server_password.text())

    def _admin_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("First admin account"), self)
        self.admin = QLineEdit(box)
        self.admin.setPlaceholderText(self.tr("e.g. admin.ambon"))
        self.admin_name = QLineEdit(box)
        self.admin_name.setPlaceholderText(self.tr("e.g. Yohana Latuheru"))
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(box)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(box)
        form.addRow(self.tr("Admin user name"), self.admin)
        form.addRow(self.tr("Admin full name"), self.admin_name)
        form.addRow(self.tr("Admin password"), self.password)
        form.addRow(self.tr("Repeat the password"), self.password_again)
        form.addRow("", hint_label(fill(self.tr("At least %1 characters. The admin creates the other operators' "
                                                "accounts and signs in right after this step."),
                                        MIN_PASSWORD_LENGTH), box))
        return box

    def request(self) -> OfficeSetup:
        return OfficeSetup(self.code.text(), self.name.text(), self.region.code(), self.role.code())

    def admin_account(self) -> NewAccount:
        return NewAccount(self.admin.text().strip().lower(), self.password.text(), "admin", self.admin_name.text())

    def problem(self) -> str | None:
        """The first problem from the top of the page, said before anything is made (the service checks the
        same again)."""
        try:
            validate_setup(self.request())
            self.database_url()
            normalise_username(self.admin.text())
        except PekerjaError as exc:
            return exc.message()
        if self.password.text() != self.password_again.text():
            self.password_again.setFocus()
            return self.tr("The two passwords differ.")
        try:
            check_password_strength(self.password.text())
        except PekerjaError as exc:
            self.password.setFocus()
            return exc.message()
        return None

    def work(self):
        data_dir, request, admin, url = self._data_dir, self.request(), self.admin_account(), self.database_url()
        return lambda: setup_office(data_dir, request, admin, database_url=url)


class FingerprintPage(QWizardPage):
    def __init__(self, office_page: OfficePage, parent: QWidget | None = None):
        super().__init__(parent)
        self._office_page = office_page
        self.setTitle(self.tr("Office created"))
        self.setSubTitle(self.tr("Write down this key fingerprint. The collecting hub compares it by phone "
                                 "before it accepts data from this office."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.fingerprint = QLabel(self)
        self.fingerprint.setFont(fixed_font(20))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setStyleSheet(framed_style(12))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.fingerprint)
        layout.addWidget(QLabel(self.tr("It is also shown later under Settings."), self))
        self.key_box = box = RecoveryKeyBox(self)
        self.recovery_key, self.key_kept = box.recovery_key, box.key_kept
        self.key_kept.toggled.connect(self.completeChanged)
        layout.addWidget(box)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        """Finish waits for the tick: the recovery key is never shown again."""
        return self.key_kept.isChecked()

    def initializePage(self) -> None:
        result = self._office_page.result
        if result is None:
            return
        self.summary.setText(self.tr("Office %1 — %2, %3.").replace("%1", result.office_code)
                             .replace("%2", result.office_name).replace("%3", result.region_name))
        self.fingerprint.setText(result.fingerprint)
        self.key_box.set_key(result.recovery_key, result.office_code, result.office_name, result.fingerprint)


class SetupWizard(CredentialsWizard):
    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None):
        office_page = OfficePage(data_dir, runner)
        super().__init__(office_page, FingerprintPage(office_page), parent)
        self.office_page, self.fingerprint_page = office_page, self.page(FINGERPRINT_PAGE)
        self.setWindowTitle(self.tr("Pekerja Desktop — office setup"))
        self.resize(760, 640)

    def result_value(self) -> SetupResult | None:
        return self.office_page.result

    @classmethod
    def run_setup(cls, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None) -> tuple[str, str] | None:
        """The admin's (user name, password) once the office exists; None if cancelled."""
        return cls.run(data_dir, runner, parent)
