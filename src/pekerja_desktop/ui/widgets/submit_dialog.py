"""The base of the small form dialogs (accounts, a participation's lifecycle): a form, a line for the refusal, and
Cancel/OK. OK hands `value()` to a `submit` callable (a short service call); a refusal — a `ValueError` from
`value()` or a `PekerjaError` from `submit` — is shown inside the dialog, which stays open to correct it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.ui.palette import hint_style
from pekerja_desktop.ui.widgets.labels import error_label

HINT_WIDTH = (420, 480)  # a note under the fields: at least, at most (px)


class SubmitDialog(QDialog):
    """Subclasses add rows to `self.form`, call `set_texts`, and give `value()`; `result_value` is what `submit`
    returned once the dialog was accepted."""

    def __init__(self, submit: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self._submit = submit
        self.result_value = None
        self.form = QFormLayout()
        self.error = error_label(self)
        self.ok_button = QPushButton(self)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.try_submit)
        # Translated under one context for every subclass (`self.tr` would look it up under each subclass's name).
        cancel = QPushButton(QCoreApplication.translate("SubmitDialog", "Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with a wrapped message
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def set_texts(self, title: str, ok_text: str) -> None:
        self.setWindowTitle(title)
        self.ok_button.setText(ok_text)

    def hint(self, text: str) -> None:
        """A note under the fields, as wide as the form."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setMinimumWidth(HINT_WIDTH[0])
        label.setMaximumWidth(HINT_WIDTH[1])
        label.setStyleSheet(hint_style())
        self.form.addRow(label)

    def value(self):
        raise NotImplementedError

    def refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def try_submit(self) -> None:
        try:
            value = self.value()
        except ValueError as problem:
            self.refuse(str(problem))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_value = self._submit(value)
        except PekerjaError as exc:
            self.refuse(exc.message())
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
