"""The recovery key as both wizards show it, once: what it is for, the key, and the tick that Finish waits for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from pekerja_desktop.ui.fonts import fixed_font
from pekerja_desktop.ui.palette import framed_style


class RecoveryKeyBox(QWidget):
    """`key_kept.toggled` tells the page to re-check whether Finish may be pressed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        note = QLabel(self.tr("<b>Recovery key — shown only this once.</b> Print it or write it down and keep it "
                              "at the provincial office. It opens this office's data when every password is lost."),
                      self)
        note.setWordWrap(True)
        self.recovery_key = QLabel(self)
        self.recovery_key.setFont(fixed_font(13))
        self.recovery_key.setWordWrap(True)
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key.setStyleSheet(framed_style(8))
        self.key_kept = QCheckBox(self.tr("I have written down or printed the recovery key"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.recovery_key)
        layout.addWidget(self.key_kept)
