"""Ahli waris: a short editable list, one row of inputs per heir, driven entirely from the keyboard.

Tab walks each row (name, relationship, birth date, phone, NIK, remove); the add button after the
last row appends a row and puts the cursor in its name; Ctrl+Shift+Delete removes the row being typed in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pekerja_desktop.domain.participant import HeirData
from pekerja_desktop.ui.pages.enrolment.findings_view import FieldMessage, Notice
from pekerja_desktop.ui.widgets.code_combo import CodeComboBox
from pekerja_desktop.ui.widgets.date_edit import DateEdit

MAX_HEIRS = 10
# The name takes what is left: at 1280 px beside the change history about 220 px (a NIK needs 150, a phone 125).
WIDTHS = {"relationship": 130, "birth_date": 105, "phone": 125, "nik": 150, "remove": 80}


# Which part of an heir's row each finding is about: a message is judged when the clerk has left that part.
HEIR_PARTS = {"heir.name_required": "full_name", "full_name.invalid_chars": "full_name",
              "heir.relationship_required": "relationship", "heir.relationship_unknown": "relationship",
              "heir.nik_invalid": "nik", "heir.phone_invalid": "phone", "heir.birth_date_future": "birth_date"}


class HeirRow(QWidget):
    edited = Signal()
    part_edited = Signal(str)  # "full_name", "relationship", …
    part_left = Signal(str)
    remove_requested = Signal(object)

    def __init__(self, relationships: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.full_name = QLineEdit(self)
        self.relationship = CodeComboBox(relationships, searchable=True, parent=self)
        self.birth_date = DateEdit(self)
        self.phone = QLineEdit(self)
        self.nik = QLineEdit(self)
        self.nik.setMaxLength(24)
        self.nik.setPlaceholderText(self.tr("optional"))
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setToolTip(self.tr("Remove this heir (Ctrl+Shift+Delete)"))
        self.message = FieldMessage(self)
        self._layout()
        for edit in (self.full_name, self.birth_date, self.phone, self.nik):
            edit.textEdited.connect(self.edited)
        self.relationship.currentIndexChanged.connect(self.edited)
        self.relationship.editTextChanged.connect(self.edited)
        for part in ("full_name", "birth_date", "phone", "nik"):
            edit = getattr(self, part)
            edit.textEdited.connect(lambda _text, p=part: self.part_edited.emit(p))
            edit.editingFinished.connect(lambda p=part: self.part_left.emit(p))
        self.relationship.editTextChanged.connect(lambda _text: self.part_edited.emit("relationship"))
        self.relationship.activated.connect(lambda _index: self.part_left.emit("relationship"))
        self.relationship.lineEdit().editingFinished.connect(lambda: self.part_left.emit("relationship"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+Delete"), self,
                             context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.remove_requested.emit(self))

    def _layout(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.full_name, 1)
        for name in ("relationship", "birth_date", "phone", "nik", "remove"):
            widget = getattr(self, name)
            widget.setFixedWidth(WIDTHS[name])
            row.addWidget(widget)
        outer.addLayout(row)
        outer.addWidget(self.message)

    def data(self) -> HeirData:
        return HeirData(self.full_name.text().strip(), self.relationship.code(), self.birth_date.date(),
                        self.phone.text().strip() or None, self.nik.text().strip() or None)

    def load(self, heir: HeirData) -> None:
        self.full_name.setText(heir.full_name)
        self.full_name.setCursorPosition(0)  # a long name shows its start, not its end
        self.full_name.setToolTip(heir.full_name)
        self.relationship.set_code(heir.relationship)
        self.birth_date.set_date(heir.birth_date)
        self.phone.setText(heir.phone or "")
        self.nik.setText(heir.nik or "")

    def inputs(self) -> list[QWidget]:
        return [self.full_name, self.relationship, self.birth_date, self.phone, self.nik]

    def focus_chain(self) -> list[QWidget]:
        return [*self.inputs(), self.remove, *self.message.focusables()]


def _header(texts: Sequence[str], parent: QWidget) -> QWidget:
    header = QWidget(parent)
    row = QHBoxLayout(header)
    row.setContentsMargins(0, 0, 0, 0)
    for index, (name, text) in enumerate(zip(("name", *WIDTHS), texts, strict=True)):
        label = QLabel(text, header)
        label.setWordWrap(True)  # a caption longer than its column goes on two lines
        if index:
            label.setFixedWidth(WIDTHS[name])
        row.addWidget(label, 0 if index else 1)
    return header


class HeirsEditor(QGroupBox):
    edited = Signal()
    structure_changed = Signal()
    field_edited = Signal(str)  # "heirs.N.part", N counting the rows with something filled in (as the domain does)
    field_left = Signal(str)

    def __init__(self, relationships: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(self.tr("Heirs (ahli waris)"), parent)
        self._relationships = list(relationships)
        self.rows: list[HeirRow] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        self._titles = [self.tr("Name"), self.tr("Relationship"), self.tr("Date of birth"), self.tr("Mobile phone"),
                        self.tr("NIK")]
        layout.addWidget(_header([*self._titles, ""], self))
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        layout.addLayout(self._rows_box)
        self.add_button = QPushButton(self.tr("Add heir"), self)
        self.add_button.setToolTip(self.tr("Adds a row and puts the cursor in its name"))
        self.add_button.clicked.connect(self._add_and_focus)
        self.message = FieldMessage(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.structure_changed.connect(self._name_rows)

    # --- rows ---------------------------------------------------------------------------------
    def add_row(self, heir: HeirData | None = None) -> HeirRow | None:
        if len(self.rows) >= MAX_HEIRS:
            return None
        row = HeirRow(self._relationships, self)
        if heir is not None:
            row.load(heir)
        row.edited.connect(self.edited)
        row.part_edited.connect(lambda part, r=row: self.field_edited.emit(self.part_key(r, part)))
        row.part_left.connect(lambda part, r=row: self.field_left.emit(self.part_key(r, part)))
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        row.show()  # at once, not queued by the layout: it can take focus and shortcuts immediately
        self.add_button.setEnabled(len(self.rows) < MAX_HEIRS)
        self.structure_changed.emit()
        return row

    def _name_rows(self) -> None:
        """What a screen reader calls each input: "Heir 2: Date of birth" (the columns' captions are not labels)."""
        for number, row in enumerate(self.rows, start=1):
            for widget, title in zip(row.inputs(), self._titles, strict=True):
                widget.setAccessibleName(self.tr("Heir %1: %2").replace("%1", str(number)).replace("%2", title))

    def _add_and_focus(self) -> None:
        row = self.add_row()
        if row is not None:
            row.full_name.setFocus(Qt.FocusReason.TabFocusReason)
        self.edited.emit()

    def remove_row(self, row: HeirRow) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.add_button.setEnabled(True)
        self.structure_changed.emit()
        following = self.rows[index].full_name if index < len(self.rows) else self.add_button
        following.setFocus(Qt.FocusReason.TabFocusReason)
        self.edited.emit()

    # --- data -----------------------------------------------------------------------------------
    def heirs(self) -> list[HeirData]:
        return [row.data() for row in self.rows]

    def set_heirs(self, heirs: Sequence[HeirData], *, blank_row: bool = True) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for heir in heirs:
            self.add_row(heir)
        if not heirs and blank_row:
            self.add_row()
        self.structure_changed.emit()

    def part_key(self, row: HeirRow, part: str) -> str:
        """"heirs.N.part": N is the row's place among the filled rows, the domain's index of the heir."""
        filled = self._filled_rows()
        index = filled.index(row) if row in filled else len(filled)
        return f"heirs.{index}.{part}"

    def local_notices(self) -> list[Notice]:
        notices = []
        for index, row in enumerate(self.rows):
            field, number = f"heirrow.{index}", str(index + 1)
            if not row.birth_date.is_valid():
                notices.append(Notice(field, self.tr("Heir %1: the date of birth is not a real date (dd/mm/yyyy).")
                                      .replace("%1", number), key=self.part_key(row, "birth_date")))
            if row.relationship.is_unresolved():
                notices.append(Notice(field, self.tr("Heir %1: choose the relationship from the list.")
                                      .replace("%1", number), key=self.part_key(row, "relationship")))
        return notices

    def _filled_rows(self) -> list[HeirRow]:
        """The rows the domain sees: it drops heirs with nothing filled in, so its `heirs.N` counts these."""
        return [row for row in self.rows if row.data() != HeirData()]

    def message_for(self, field: str) -> FieldMessage | None:
        """`heirs`, `heirs.N` (the domain's index) or `heirrow.N` (the row on screen)."""
        if field == "heirs":
            return self.message
        prefix, _, number = field.partition(".")
        rows = self._filled_rows() if prefix == "heirs" else self.rows if prefix == "heirrow" else []
        index = int(number) if number.isdigit() else -1
        return rows[index].message if 0 <= index < len(rows) else None

    def messages(self) -> list[FieldMessage]:
        return [row.message for row in self.rows] + [self.message]

    def focus_chain(self) -> list[QWidget]:
        chain = [widget for row in self.rows for widget in row.focus_chain()]
        return [*chain, self.add_button, *self.message.focusables()]
