"""The form's sections as group boxes: Identitas, Alamat, Kepesertaan, Persetujuan (Ahli Waris: heirs.py).

Every section lays out label | field-with-its-message in two columns, reads and writes its part of
a ParticipantData, and lists its focusable widgets in the order Tab should visit them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pekerja_desktop.domain.documents_text import consent_statement
from pekerja_desktop.domain.participant import DEFAULT_INCOME, DEFAULT_PROGRAMMES
from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.ui.fonts import fixed_font
from pekerja_desktop.ui.pages.enrolment.findings_view import FieldMessage
from pekerja_desktop.ui.pages.enrolment.labels import field_label, sex_label
from pekerja_desktop.ui.widgets.code_combo import CodeComboBox
from pekerja_desktop.ui.widgets.date_edit import DateEdit
from pekerja_desktop.ui.widgets.money import MoneyEdit
from pekerja_desktop.ui.widgets.region_picker import RegionPicker

Items = Sequence[tuple[str, str]]
MAX_COMBO_CHARACTERS = 22


def first_of_next_month(today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    return dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)


def _text(widget: QLineEdit) -> str:
    return widget.text().strip()


class SectionBox(QGroupBox):
    """A titled section: `fields` and `messages` by field name; `edited` on any user change, `field_edited(name)`
    with the field's name, and `field_left(name)` when the clerk leaves a field or picks one of its suggestions."""

    edited = Signal()
    field_edited = Signal(str)
    field_left = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self._chain: list[QWidget] = []

    def add_field(self, name: str, widget: QWidget, row: int, column: int, *, span: int = 1,
                  label: str | None = None, with_action: bool = False) -> FieldMessage:
        caption = QLabel(label if label is not None else field_label(name), self)
        caption.setBuddy(widget)
        caption.setMinimumHeight(widget.sizeHint().height())
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        message = FieldMessage(cell, with_action=with_action)
        box.addWidget(message)
        self.grid.addWidget(caption, row, column * 2, Qt.AlignmentFlag.AlignTop)
        if isinstance(widget, QComboBox):  # wide enough for "APBD Kabupaten/Kota", never for a whole list
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            longest = max((len(widget.itemText(i)) for i in range(widget.count())), default=0)
            widget.setMinimumContentsLength(min(MAX_COMBO_CHARACTERS, max(10, longest)))
        elif isinstance(widget, DateEdit | MoneyEdit):
            widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("Rp00.000.000") + 24)
        self.grid.addWidget(cell, row, column * 2 + 1, 1, span * 2 - 1, Qt.AlignmentFlag.AlignTop)
        self.fields[name], self.messages[name] = widget, message
        self._chain += [*self._focusables(widget), *message.focusables()]
        self._watch(widget)
        self._watch_leaving(name, widget)
        return message

    @staticmethod
    def _focusables(widget: QWidget) -> list[QWidget]:
        return list(widget.fields()) if isinstance(widget, RegionPicker) else [widget]

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.edited)
            widget.editTextChanged.connect(self.edited)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.edited)
        elif isinstance(widget, RegionPicker):
            widget.changed.connect(self.edited)
            for field in widget.fields():
                field.textEdited.connect(self.edited)

    def _watch_leaving(self, name: str, widget: QWidget) -> None:
        for signal in _edit_signals(widget):
            signal.connect(lambda *_args, n=name: self.field_edited.emit(n))
        for signal in _leave_signals(widget):
            signal.connect(lambda *_args, n=name: self.field_left.emit(n))

    def focus_chain(self) -> list[QWidget]:
        return list(self._chain)


def _edit_signals(widget: QWidget) -> list:
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QComboBox):
        return [widget.editTextChanged] if widget.isEditable() else []
    if isinstance(widget, RegionPicker):
        return [field.textEdited for field in widget.fields()]
    return []


def _leave_signals(widget: QWidget) -> list:
    """Leaving the field (Tab, Enter, a click elsewhere) or picking a suggestion: the moment to judge it."""
    if isinstance(widget, QLineEdit):
        return [widget.editingFinished]
    if isinstance(widget, QComboBox):
        return [widget.activated, widget.lineEdit().editingFinished] if widget.isEditable() else [widget.activated]
    if isinstance(widget, QCheckBox):
        return [widget.toggled]
    if isinstance(widget, RegionPicker):
        return [widget.changed, *(field.editingFinished for field in widget.fields())]
    return []


class IdentitySection(SectionBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Identity (as on the KTP)"), parent)
        self.nik = QLineEdit(self)
        self.nik.setMaxLength(24)
        self.nik.setPlaceholderText(self.tr("16 digits"))
        self.nik.setFont(fixed_font(self.font().pointSize()))
        self.nik.setMinimumWidth(self.nik.fontMetrics().horizontalAdvance("0" * 19) + 12)
        self.full_name = QLineEdit(self)
        self.birth_place = QLineEdit(self)
        self.birth_date = DateEdit(self)
        self.sex = CodeComboBox([("L", sex_label("L")), ("P", sex_label("P"))], parent=self)
        self.mother_name = QLineEdit(self)
        self.kk_number = QLineEdit(self)
        self.kk_number.setMaxLength(24)
        self.kk_number.setPlaceholderText(self.tr("16 digits, if known"))
        self.kk_number.setFont(fixed_font(self.font().pointSize()))
        self.add_field("nik", self.nik, 0, 0, with_action=True)
        self.add_field("full_name", self.full_name, 0, 1)
        self.add_field("birth_place", self.birth_place, 1, 0)
        self.add_field("birth_date", self.birth_date, 1, 1)
        self.add_field("sex", self.sex, 2, 0)
        self.add_field("mother_name", self.mother_name, 2, 1)
        self.add_field("kk_number", self.kk_number, 3, 0)

    def read(self) -> dict:
        return {"nik": _text(self.nik), "full_name": _text(self.full_name), "birth_place": _text(self.birth_place),
                "birth_date": self.birth_date.date(), "sex": self.sex.code() or None,
                "mother_name": _text(self.mother_name) or None, "kk_number": _text(self.kk_number)}

    def load(self, data) -> None:
        self.nik.setText(data.nik)
        self.full_name.setText(data.full_name)
        self.birth_place.setText(data.birth_place)
        self.birth_date.set_date(data.birth_date)
        self.sex.set_code(data.sex)
        self.mother_name.setText(data.mother_name or "")
        self.kk_number.setText(data.kk_number or "")


class AddressSection(SectionBox):
    def __init__(self, regions: RegionIndex, parent: QWidget | None = None, home: str | None = None):
        super().__init__(self.tr("Address"), parent)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("Street, house number, hamlet (dusun)"))
        self.rt_rw = QLineEdit(self)
        self.rt_rw.setPlaceholderText("001/002")
        self.rt_rw.setMaxLength(9)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("0812-3456-7890")
        self.village = RegionPicker(regions, depth=3, parent=self, home=home)
        self.add_field("address", self.address, 0, 0, span=2)
        self.add_field("rt_rw", self.rt_rw, 1, 0)
        self.add_field("phone", self.phone, 1, 1)
        self.add_field("village_code", self.village, 2, 0, span=2, label=self.tr("Region"))

    def village_code(self) -> str:
        region = self.village.region()
        return region.code if region is not None and region.level in ("desa", "kelurahan") else ""

    def read(self) -> dict:
        return {"address": _text(self.address), "rt_rw": _text(self.rt_rw), "phone": _text(self.phone) or None,
                "village_code": self.village_code()}

    def load(self, data) -> None:
        self.address.setText(data.address)
        self.rt_rw.setText(data.rt_rw)
        self.phone.setText(data.phone or "")
        self.village.set_code(data.village_code)


class MembershipSection(SectionBox):
    """The occupation now (and, from a village list, the one the KTP states), income, funding, coverage start."""

    def __init__(self, occupations: Items, funding_sources: Items, parent: QWidget | None = None,
                 dukcapil: Mapping[int, str] | None = None):
        super().__init__(self.tr("Membership"), parent)
        self._dukcapil, self._ktp_occupation = dict(dukcapil or {}), None
        self.ktp_note = QLabel(self)
        self.ktp_note.setWordWrap(True)
        self.occupation = CodeComboBox(occupations, searchable=True, parent=self)
        self.income = MoneyEdit(self)
        self.income.set_value(DEFAULT_INCOME)
        self.funding_source = CodeComboBox(funding_sources, searchable=True, parent=self)
        self.coverage_start = DateEdit(self)
        self.programmes = QLabel(self.tr("JKK (work accident) + JKM (death)"), self)
        self.programmes.setWordWrap(True)
        self.add_field("occupation", self.occupation, 0, 0)
        self.add_field("income", self.income, 0, 1)
        self.add_field("funding_source", self.funding_source, 1, 0)
        self.add_field("coverage_start", self.coverage_start, 1, 1)
        self.add_field("programmes", self.programmes, 2, 0, span=2)
        self.grid.addWidget(self.ktp_note, 3, 1, 1, 3)
        self.ktp_note.hide()

    def read(self) -> dict:
        return {"occupation": self.occupation.code(), "income": self.income.value() or 0,
                "programmes": DEFAULT_PROGRAMMES, "funding_source": self.funding_source.code(),
                "coverage_start": self.coverage_start.date(), "ktp_occupation": self._ktp_occupation}

    def load(self, data) -> None:
        self.occupation.set_code(data.occupation)
        self.income.set_value(data.income)
        self.funding_source.set_code(data.funding_source)
        self.coverage_start.set_date(data.coverage_start)
        self._ktp_occupation = data.ktp_occupation
        name = self._dukcapil.get(data.ktp_occupation, "") if data.ktp_occupation is not None else ""
        self.ktp_note.setText(self.tr("Occupation on the KTP: %1 (Dukcapil %2)").replace("%1", name).replace(
            "%2", str(data.ktp_occupation)) if data.ktp_occupation is not None else "")
        self.ktp_note.setVisible(data.ktp_occupation is not None)


class AgreementLabel(QLabel):
    """A check box's text that wraps when the form is narrow (a QCheckBox's own text never does); a click on it
    toggles the box, as a click on the box's own text would."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setBuddy(box)
        box.setAccessibleName(text)
        self._box = box

    def place_beside_box(self) -> None:
        """Into the box's row of its field cell (the cell SectionBox.add_field made)."""
        cell = self._box.parentWidget().layout()
        cell.removeWidget(self._box)
        row = QHBoxLayout()
        row.addWidget(self._box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self, 1)
        cell.insertLayout(0, row)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._box.toggle()
            self._box.setFocus()
        super().mouseReleaseEvent(event)


class ConsentSection(SectionBox):
    """The statement read to the worker; it is printed on the receipt."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Consent"), parent)
        self.statement = QLabel(self.statement_text(), self)
        self.statement.setWordWrap(True)
        self.statement.setStyleSheet("padding: 6px; background: palette(alternate-base); border-radius: 4px;")
        self.grid.addWidget(self.statement, 0, 0, 1, 4)
        self.consent = QCheckBox(self)
        self.agreement = AgreementLabel(self.tr("The worker heard or read this statement and agrees"),
                                        self.consent, self)
        self.add_field("consent_given", self.consent, 1, 0, span=2, label="")
        self.agreement.place_beside_box()

    def statement_text(self) -> str:
        # The statement itself is the one the receipt prints (one text, kept in the domain layer).
        note = self.tr("This statement is printed on the registration receipt.")  # a literal lupdate can read
        return f"{consent_statement()}\n\n{note}"

    def read(self) -> dict:
        return {"consent_given": self.consent.isChecked()}

    def load(self, data) -> None:
        self.consent.setChecked(bool(data.consent_given))
