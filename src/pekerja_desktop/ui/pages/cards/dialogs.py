"""Choosing one participant for a reprint request or a receipt. Dialogs return data; the page acts on it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

SEARCH_DELAY_MS = 150
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Found:
    registration_number: str
    full_name: str
    village: str
    status: str


@dataclass(frozen=True)
class ReprintRequest:
    registration_number: str
    reason: str  # lost | damaged


@dataclass(frozen=True)
class ReceiptRequest:
    registration_number: str
    paper: str  # a4 | a5
    full_nik: bool
    action: str  # save | print


Search = Callable[[str], list[Found]]


class ParticipantDialog(QDialog):
    """A search box and its matches; the options below depend on what the participant is chosen for.

    (Its own texts name their context: `self.tr` would look them up under the subclass's name.)
    """

    def __init__(self, search: Search, preset: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._search = search
        self.action = "save"
        self.query = QLineEdit(preset, self)
        self.query.setPlaceholderText(translate("ParticipantDialog", "Registration number, NIK or name"))
        self.query.setClearButtonEnabled(True)
        self.matches = QListWidget(self)
        self.matches.setMinimumHeight(160)
        self.options = QFormLayout()
        self.buttons = QDialogButtonBox(self)
        cancel = self.buttons.addButton(translate("ParticipantDialog", "Cancel"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self._run_search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.matches.currentRowChanged.connect(lambda _row: self._update())
        self.matches.itemDoubleClicked.connect(lambda _item: self._accept_default())
        label = QLabel(translate("ParticipantDialog", "&Participant:"), self)
        label.setBuddy(self.query)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.query)
        layout.addWidget(self.matches, 1)
        layout.addLayout(self.options)
        layout.addWidget(self.buttons)
        self.resize(560, 420)  # subclasses add their options, then run the first search

    # --- searching ---------------------------------------------------------------------------------------

    def _run_search(self) -> None:
        text = self.query.text().strip()
        self.matches.clear()
        for found in self._search(text) if text else []:
            label = f"{found.registration_number}  \u00b7  {found.full_name}  \u00b7  {found.village}"
            item = QListWidgetItem(label, self.matches)
            item.setData(Qt.ItemDataRole.UserRole, found)
        if self.matches.count():
            self.matches.setCurrentRow(0)
        self._update()

    def chosen(self) -> Found | None:
        item = self.matches.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update(self) -> None:
        ready = self.chosen() is not None and self._options_ready()
        for button in self.buttons.buttons():
            if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                button.setEnabled(ready)

    def _options_ready(self) -> bool:
        return True

    def _accept_default(self) -> None:
        if self.chosen() is not None and self._options_ready():
            self.accept()

    def _add_accept(self, text: str, action: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.clicked.connect(lambda: self._accept_with(action))
        return button

    def _accept_with(self, action: str) -> None:
        self.action = action
        self._accept_default()


class ReprintDialog(ParticipantDialog):
    def __init__(self, search: Search, preset: str = "", parent: QWidget | None = None):
        super().__init__(search, preset, parent)
        self.setWindowTitle(self.tr("Request a card reprint"))
        self.lost = QRadioButton(self.tr("&Lost"), self)
        self.damaged = QRadioButton(self.tr("&Damaged"), self)
        self.reasons = QButtonGroup(self)
        row = QHBoxLayout()
        for button in (self.lost, self.damaged):
            self.reasons.addButton(button)
            row.addWidget(button)
            button.toggled.connect(lambda _on: self._update())
        row.addStretch(1)
        self.options.addRow(self.tr("Why:"), row)
        self._add_accept(self.tr("&Queue the reprint"), "reprint").setDefault(True)
        self._run_search()

    def _options_ready(self) -> bool:
        return self.reasons.checkedButton() is not None

    @classmethod
    def get_request(cls, parent: QWidget | None, search: Search, preset: str = "") -> ReprintRequest | None:
        dialog = cls(search, preset, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return None
        return ReprintRequest(dialog.chosen().registration_number, "lost" if dialog.lost.isChecked() else "damaged")


class ReceiptDialog(ParticipantDialog):
    def __init__(self, search: Search, preset: str = "", parent: QWidget | None = None):
        super().__init__(search, preset, parent)
        self.setWindowTitle(self.tr("Registration receipt (Tanda Terima)"))
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("A5 (half a sheet)"), "a5")
        self.full_nik = QCheckBox(self.tr("Print the full &NIK (otherwise masked)"), self)
        self.options.addRow(self.tr("Paper:"), self.paper)
        self.options.addRow("", self.full_nik)
        self._add_accept(self.tr("&Print\u2026"), "print")
        self._add_accept(self.tr("&Save as PDF\u2026"), "save").setDefault(True)
        self._run_search()

    @classmethod
    def get_request(cls, parent: QWidget | None, search: Search, preset: str = "") -> ReceiptRequest | None:
        dialog = cls(search, preset, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return None
        return ReceiptRequest(dialog.chosen().registration_number, dialog.paper.currentData(),
                              dialog.full_nik.isChecked(), dialog.action)
