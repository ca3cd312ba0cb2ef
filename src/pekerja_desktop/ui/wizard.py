"""First run: set up the office (what `pekerja-desktop setup` does), then show its key fingerprint.

`SetupWizard.run_setup(...)` returns the SetupResult, or None when the clerk cancelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from pekerja_desktop.assets import packaged_region_index
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.setup import OfficeSetup, SetupResult, setup_office
from pekerja_desktop.ui.settings_page import fixed_font
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.code_combo import CodeComboBox
from pekerja_desktop.ui.widgets.region_picker import RegionPicker

OFFICE_PAGE, FINGERPRINT_PAGE = 0, 1


class OfficePage(QWizardPage):
    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._data_dir, self._runner = data_dir, runner
        self.result: SetupResult | None = None
        self._busy = False
        self.setTitle(self.tr("Set up this office"))
        self.setSubTitle(self.tr("This laptop has no office yet. Fill in the office once; enrolments are then "
                                 "numbered with its code."))
        self.setCommitPage(True)
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
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Office code"), self.code)
        form.addRow("", QLabel(self.tr("2–10 capital letters or digits, as registered at the hub."), self))
        form.addRow(self.tr("Office name"), self.name)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Role"), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def request(self) -> OfficeSetup:
        return OfficeSetup(self.code.text(), self.name.text(), self.region.code(), self.role.code())

    def validatePage(self) -> bool:
        if self.result is not None:
            return True
        if not self._busy:
            self._start()
        return False

    def _start(self) -> None:
        self._busy = True
        self.error.clear()
        self.wizard().button(QWizard.WizardButton.CommitButton).setEnabled(False)
        data_dir, request = self._data_dir, self.request()
        self._runner.run(lambda _control: setup_office(data_dir, request), on_done=self._done, on_error=self._failed)

    def _done(self, result: SetupResult) -> None:
        self._busy = False
        self.result = result
        QTimer.singleShot(0, self.wizard().next)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.wizard().button(QWizard.WizardButton.CommitButton).setEnabled(True)
        if isinstance(exc, PekerjaError):
            self.error.setText(exc.message())
        else:
            messages.show_error(self, self.tr("The office could not be set up: %1").replace("%1", str(exc)))


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
        self.fingerprint.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.fingerprint)
        layout.addWidget(QLabel(self.tr("It is also shown later under Settings."), self))
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self._office_page.result
        if result is None:
            return
        self.summary.setText(self.tr("Office %1 — %2, %3.").replace("%1", result.office_code)
                             .replace("%2", result.office_name).replace("%3", result.region_name))
        self.fingerprint.setText(result.fingerprint)


class SetupWizard(QWizard):
    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pekerja Desktop — office setup"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.office_page = OfficePage(data_dir, runner, self)
        self.fingerprint_page = FingerprintPage(self.office_page, self)
        self.setPage(OFFICE_PAGE, self.office_page)
        self.setPage(FINGERPRINT_PAGE, self.fingerprint_page)
        self.resize(720, 520)

    def result_value(self) -> SetupResult | None:
        return self.office_page.result

    @classmethod
    def run_setup(cls, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None) -> SetupResult | None:
        wizard = cls(data_dir, runner, parent)
        wizard.exec()
        return wizard.result_value()
