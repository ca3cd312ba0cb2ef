"""A date typed key by key as dd/MM/yyyy: slashes appear by themselves, blanks are allowed."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from pekerja_desktop.domain.dates import format_date, parse_date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def _pad_groups(text: str) -> str:
    """Digits of a typed date; a one-digit day or month closed by a separator gets its leading zero."""
    groups = re.split(r"[^0-9]", text)
    digits = ""
    for index, group in enumerate(groups):
        closed = index < len(groups) - 1
        if closed and len(group) == 1 and len(digits) in (0, 2):
            group = "0" + group
        digits += group
    return digits[:8]


def format_typed_date(text: str) -> str:
    """'05081985' → '05/08/1985'; '5/' → '05/'; an ISO date is turned around."""
    iso = _ISO.match(text.strip())
    if iso:
        year, month, day = iso.groups()
        return f"{int(day):02d}/{int(month):02d}/{year}"
    digits = _pad_groups(text)
    result = digits[:2]
    if len(digits) > 2:
        result += "/" + digits[2:4]
    if len(digits) > 4:
        result += "/" + digits[4:]
    if text and not text[-1].isdigit() and len(digits) in (2, 4):
        result += "/"
    return result


def _position_after_digits(text: str, count: int) -> int:
    seen = 0
    for position, char in enumerate(text):
        if seen == count:
            return position
        seen += char.isdigit()
    return len(text)


class DateEdit(QLineEdit):
    """`date()` is None when blank or not a real date; `is_valid()` tells the two apart."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(10)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/.\- ]{0,10}"), self))
        self.textEdited.connect(self._reformat)

    def _reformat(self, text: str) -> None:
        formatted = format_typed_date(text)
        if formatted == text:
            return
        digits_before = sum(ch.isdigit() for ch in text[:self.cursorPosition()])
        at_end = self.cursorPosition() == len(text)
        self.setText(formatted)
        self.setCursorPosition(len(formatted) if at_end else _position_after_digits(formatted, digits_before))

    def date(self) -> dt.date | None:
        text = self.text().strip()
        return parse_date(text) if len(text) == 10 else None

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def is_blank(self) -> bool:
        return not self.text().strip()

    def is_valid(self) -> bool:
        return self.is_blank() or self.date() is not None
