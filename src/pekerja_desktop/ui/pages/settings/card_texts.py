"""Settings, Card and receipt texts: what the card back and the registration receipt print about the issuing
office (address, telephone) and BPJS Ketenagakerjaan's contact. An admin changes them; others read them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.cards.settings import (
    MAX_PHONE_LENGTH,
    card_settings,
    save_bpjs_contact,
    save_office_address,
    save_office_phone,
)
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.failures import failure_message
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.gating import apply_refusal, refusal
from pekerja_desktop.ui.widgets.labels import NoticeLabel, read_only_label


class CardTextsSection(QWidget):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        box = QGroupBox(self.tr("Printed on the card back and the receipt"), self)
        self.address = QLineEdit(box)
        self.address.setPlaceholderText(self.tr("e.g. Jl. Dr. Kayadoe No. 12, Benteng, Nusaniwe, Kota Ambon 97117"))
        self.phone = QLineEdit(box)
        self.phone.setMaxLength(MAX_PHONE_LENGTH)
        self.phone.setPlaceholderText(self.tr("e.g. (0911) 352 123"))
        self.contact = QLineEdit(box)
        self.save_button = QPushButton(self.tr("&Save the texts"), box)
        self.notice = NoticeLabel(box)
        form = QFormLayout(box)
        form.addRow(self.tr("Office address"), self.address)
        form.addRow("", read_only_label(self.tr("Empty: the office name and its kabupaten/kota are printed."), box))
        form.addRow(self.tr("Office telephone"), self.phone)
        form.addRow(self.tr("BPJS Ketenagakerjaan contact"), self.contact)
        form.addRow("", read_only_label(self.tr("Provincial policy: the hub's value replaces this one with each "
                                                "reference bundle."), box))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.notice, 1)
        form.addRow("", buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addStretch(1)
        reason = refusal(ctx, Permission.SETTINGS)
        for widget in (self.address, self.phone, self.contact, self.save_button):
            apply_refusal(widget, reason)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        settings = card_settings(self._ctx)
        default = f"{self._ctx.office.name}, "
        self.address.setText("" if settings.office_address.startswith(default) else settings.office_address)
        self.phone.setText(settings.office_phone)
        self.contact.setText(settings.bpjs_contact)

    def save(self) -> None:
        try:
            save_office_address(self._ctx, self.address.text())
            save_office_phone(self._ctx, self.phone.text())
            save_bpjs_contact(self._ctx, self.contact.text())
        except PekerjaError as exc:
            self.notice.failed(failure_message(exc, self._ctx))
            return
        self.notice.done(self.tr("Saved: the next cards and receipts print these texts."))
