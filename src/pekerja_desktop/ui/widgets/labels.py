"""Labels the pages share: a value shown read-only (selectable, wrapped), the red label a dialog says a
refusal in, and the notice under a page's actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from pekerja_desktop.ui.palette import done_style, error_style


def read_only_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def error_label(parent: QWidget, *, hidden: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(error_style())
    label.setVisible(not hidden)
    return label


class NoticeLabel(QLabel):
    """The line under a page's actions saying how the last one ended: done, failed, or plainly. Hidden while it
    has nothing to say, unless it keeps its place in a row of buttons."""

    def __init__(self, parent: QWidget | None = None, *, keep_place: bool = False):
        super().__init__(parent)
        self._keep_place = keep_place
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setVisible(keep_place)

    def say(self, text: str, style: str = "") -> None:
        self.setText(text)
        self.setStyleSheet(style)
        self.setVisible(self._keep_place or bool(text))

    def done(self, text: str) -> None:
        self.say(text, done_style())

    def failed(self, text: str) -> None:
        self.say(text, error_style())
