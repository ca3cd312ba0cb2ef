"""Rupiah amounts shown as Rp1.000.000 and typed as plain digits."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from pekerja_desktop.documents.formatting import rupiah


def format_rupiah(amount: int | None) -> str:
    """As the form takes it, in either language: its validator knows only the Indonesian grouping."""
    return rupiah(amount, "id")


def parse_rupiah(text: str) -> int | None:
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else None


class MoneyEdit(QLineEdit):
    """Digits typed anywhere are regrouped at once: 1500000 → Rp1.500.000."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"(Rp|rp|RP)?[0-9. ]{0,15}"), self))
        self.textEdited.connect(self._reformat)

    def _reformat(self, text: str) -> None:
        formatted = format_rupiah(parse_rupiah(text))
        if formatted == text:
            return
        digits_after = sum(ch.isdigit() for ch in text[self.cursorPosition():])
        self.setText(formatted)
        position = len(formatted)
        while digits_after and position > 0:
            position -= 1
            digits_after -= formatted[position].isdigit()
        self.setCursorPosition(position)

    def value(self) -> int | None:
        return parse_rupiah(self.text())

    def set_value(self, amount: int | None) -> None:
        self.setText(format_rupiah(amount))
