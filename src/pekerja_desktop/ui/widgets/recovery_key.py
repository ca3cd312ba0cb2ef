"""How the recovery key is shown, once, by the setup wizard and the wizard that encrypts a 0.1 folder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def recovery_key_label(parent: QWidget) -> QLabel:
    """A framed, selectable label in a fixed-width font (13 groups of four characters)."""
    from pekerja_desktop.ui.settings_page import fixed_font

    label = QLabel(parent)
    label.setFont(fixed_font(13))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("padding: 8px; border: 1px solid palette(mid);")
    return label
