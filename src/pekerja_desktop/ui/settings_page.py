"""Pengaturan: the interface language (applied at the next start) and the office identity, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.keys import fingerprint
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.widgets.code_combo import CodeComboBox

LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


def fixed_font(point_size: int) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    return font


def read_only_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext, prefs: UiPreferences, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._prefs, self._running_language = prefs, language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._language_box(language))
        layout.addWidget(self._office_box(ctx))
        layout.addStretch(1)

    def _language_box(self, language: str) -> QGroupBox:
        box = QGroupBox(self.tr("Language"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = CodeComboBox(LANGUAGE_NAMES, blank=None, parent=box)
        self.language.set_code(self._prefs.language or language)
        self.language.setMinimumWidth(220)
        self.language_note = QLabel(box)
        self.language_note.setWordWrap(True)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow("", self.language_note)
        self.language.currentIndexChanged.connect(self._on_language)
        self._update_note()
        return box

    def _on_language(self) -> None:
        code = self.language.code()
        self._prefs.language = code
        self._update_note()
        self.language_chosen.emit(code)

    def _update_note(self) -> None:
        pending = self.language.code() != self._running_language
        self.language_note.setText(self.tr("The new language applies the next time Pekerja Desktop starts.")
                                   if pending else "")

    def _office_box(self, ctx: AppContext) -> QGroupBox:
        box = QGroupBox(self.tr("This office"), self)
        form = QFormLayout(box)
        office = ctx.office
        region = ctx.reference.regions.get(office.region_code)
        roles = {"field": self.tr("Field office"), "hub": self.tr("Collecting hub")}
        self.fingerprint = read_only_label(fingerprint(office.public_key), box)
        self.fingerprint.setFont(fixed_font(13))
        rows = (
            (self.tr("Office code"), office.code),
            (self.tr("Office name"), office.name),
            (self.tr("Region"), f"{region.name} ({office.region_code})" if region else office.region_code),
            (self.tr("Role"), roles.get(office.role, office.role)),
        )
        for caption, value in rows:
            form.addRow(caption, read_only_label(value, box))
        form.addRow(self.tr("Key fingerprint"), self.fingerprint)
        form.addRow("", read_only_label(self.tr("Read this fingerprint to the collecting hub by phone when it "
                                                "registers this office."), box))
        form.addRow(self.tr("Data folder"), read_only_label(str(ctx.layout.root), box))
        form.addRow(self.tr("Operator"), read_only_label(ctx.actor, box))
        return box

    def refresh(self) -> None:
        """Nothing changes underneath this page while it is open."""
