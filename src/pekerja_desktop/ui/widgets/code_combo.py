"""A combo box of (code, label) items with an optional blank first item.

`searchable=True` makes it type-ahead: the clerk types any part of a label (spaces included) and
picks from the matching items; leaving the field takes the exact or the only match.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class CodeComboBox(QComboBox):
    def __init__(self, items: Iterable[tuple[str, str]] = (), *, blank: str | None = "",
                 searchable: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._blank = blank
        self.set_items(items)
        if searchable:
            self._make_searchable()

    def _make_searchable(self) -> None:
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self.resolve)

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if self._blank is not None:
            self.addItem(self._blank, "")
        for code, label in items:
            self.addItem(label, code)
        self.blockSignals(False)
        self.set_code(current)

    def _exact_index(self) -> int:
        if not self.isEditable():
            return self.currentIndex()
        text = self.currentText().strip()
        return self.findText(text, Qt.MatchFlag.MatchFixedString) if text else self.findData("")

    def code(self) -> str:
        index = self._exact_index()
        return (self.itemData(index) or "") if index >= 0 else ""

    def is_unresolved(self) -> bool:
        return self.isEditable() and bool(self.currentText().strip()) and self._exact_index() < 0

    def resolve(self) -> None:
        """Typed text → the item it names exactly, else the only item containing it."""
        if not self.isEditable() or not self.is_unresolved():
            return
        text = self.currentText().strip().casefold()
        matches = [i for i in range(self.count()) if text in self.itemText(i).casefold()]
        if len(matches) == 1:
            self.setCurrentIndex(matches[0])

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(index if index >= 0 else 0)
        if self.isEditable():
            self.setEditText(self.itemText(self.currentIndex()))

    def label_of(self, code: str) -> str:
        index = self.findData(code)
        return self.itemText(index) if index >= 0 else code
