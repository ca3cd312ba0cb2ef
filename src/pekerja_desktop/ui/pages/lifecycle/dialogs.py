"""The dialogs of a participation's lifecycle: end it, undo an end, transfer it (hub), record a claim. Each hands
its values to a `submit` callable (a short service call); a refusal is shown inside the dialog, which stays open to
correct it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from pekerja_desktop.domain.lifecycle import END_REASONS, end_reason_label
from pekerja_desktop.ui.widgets.code_combo import CodeComboBox
from pekerja_desktop.ui.widgets.date_edit import DateEdit
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.submit_dialog import SubmitDialog

MAX_CLAIM_AMOUNT = 2_000_000_000  # a spin box's bound (rupiah); the service checks the real one


class LifecycleDialogs(QObject):
    """The translation context of the texts the dialogs share."""


def _date_or_refuse(field: DateEdit, what: str) -> dt.date:
    value = field.date()
    if value is None:
        raise ValueError(fill(LifecycleDialogs.tr("Type %1 as dd/mm/yyyy."), what))
    return value


class EndDialog(SubmitDialog):
    """Why and on which day (the last covered day) the participation ends, and a note."""

    def __init__(self, registration_number: str, name: str, submit: Callable, parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.set_texts(fill(self.tr("End the participation of %1"), registration_number), self.tr("End participation"))
        self.reason = CodeComboBox([(code, end_reason_label(code)) for code in END_REASONS], blank=None, parent=self)
        self.last_day = DateEdit(self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("e.g. the death certificate's number"))
        self.form.addRow(self.tr("Participant"), QLabel(name, self))
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.form.addRow(self.tr("&Last covered day"), self.last_day)
        self.form.addRow(self.tr("&Note"), self.note)
        self.hint(self.tr("Coverage runs through the last covered day (for a death: the day of death). The change is "
                          "sent to the central office with the next data bundle; an end made by mistake can be "
                          "undone."))
        self.reason.setFocus()

    def value(self) -> tuple[str, dt.date, str]:
        return self.reason.code(), _date_or_refuse(self.last_day, self.tr("the last covered day")), self.note.text()


class ReactivateDialog(SubmitDialog):
    def __init__(self, registration_number: str, ended: str, submit: Callable, parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.set_texts(fill(self.tr("Reactivate %1"), registration_number), self.tr("Reactivate"))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(500)
        self.reason.setMinimumWidth(360)
        self.reason.setPlaceholderText(self.tr("e.g. the wrong person was ended"))
        self.form.addRow(self.tr("Ended"), QLabel(ended, self))
        self.form.addRow(self.tr("&Why undo the end"), self.reason)
        self.hint(self.tr("The participation is active again as if it had not ended; the reason stays in the "
                          "record's history."))
        self.reason.setFocus()

    def value(self) -> str:
        return self.reason.text()


class TransferDialog(SubmitDialog):
    def __init__(self, registration_number: str, current_office: str, offices: list[tuple[str, str]],
                 submit: Callable, parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.set_texts(fill(self.tr("Transfer %1 to another office"), registration_number), self.tr("Transfer"))
        choices = [(code, f"{code} · {name}") for code, name in offices if code != current_office]
        self.office = CodeComboBox(choices, blank=None, parent=self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("e.g. moved to Tual"))
        self.form.addRow(self.tr("Now at office"), QLabel(current_office, self))
        self.form.addRow(self.tr("&To office"), self.office)
        self.form.addRow(self.tr("&Note"), self.reason)
        self.hint(self.tr("Coverage goes on without a gap: the same registration number, KPJ and dates. Both offices "
                          "learn it from their next acknowledgement or reference bundle; the new office then edits "
                          "the record and prints its cards."))
        self.office.setFocus()

    def value(self) -> tuple[str, str]:
        return self.office.code(), self.reason.text()


class ClaimDialog(SubmitDialog):
    """A JKM or JKK claim: submitted on a day, and — when known — paid on a day with its amount."""

    def __init__(self, registration_number: str, died: bool, submit: Callable, parent: QWidget | None = None):
        super().__init__(submit, parent)
        self.set_texts(fill(self.tr("Record a claim of %1"), registration_number), self.tr("Record claim"))
        kinds = [("jkm", self.tr("JKM — death")), ("jkk", self.tr("JKK — work accident"))]
        self.kind = CodeComboBox(kinds if died else kinds[1:], blank=None, parent=self)
        self.submitted = DateEdit(self)
        self.paid = DateEdit(self)
        self.amount = QSpinBox(self)
        self.amount.setRange(0, MAX_CLAIM_AMOUNT)
        self.amount.setSingleStep(500_000)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setPrefix("Rp")
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Submitted to BPJS on"), self.submitted)
        self.form.addRow(self.tr("&Paid on"), self.paid)
        self.form.addRow(self.tr("&Amount paid"), self.amount)
        self.hint(self.tr("Record the claim when it is submitted; record it again with the same submission date once "
                          "it is paid."))
        self.kind.setFocus()

    def value(self) -> tuple[str, dt.date, dt.date | None, int | None]:
        submitted = _date_or_refuse(self.submitted, self.tr("the submission date"))
        if not self.paid.is_valid():
            raise ValueError(fill(LifecycleDialogs.tr("Type %1 as dd/mm/yyyy."), self.tr("the payment date")))
        paid = self.paid.date()
        return self.kind.code(), submitted, paid, (self.amount.value() or None) if paid else None
