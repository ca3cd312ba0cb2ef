"""Modal questions and messages in the user's language. Pages call these through the module so tests
can stub them (`monkeypatch.setattr(messages, "confirm", ...)`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, accept_text: str, reject_text: str) -> bool:
    """A question with two named buttons; Esc and Enter choose the safe answer (reject)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.DestructiveRole)
    reject = box.addButton(reject_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reject)
    box.setEscapeButton(reject)
    box.exec()
    return box.clickedButton() is accept


def confirm_discard(parent: QWidget | None) -> bool:
    translate = QCoreApplication.translate
    return confirm(parent, translate("Messages", "Discard changes?"),
                   translate("Messages", "The data typed into this form have not been saved. Discard them?"),
                   translate("Messages", "Discard"), translate("Messages", "Keep editing"))


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.critical(parent, title or QCoreApplication.translate("Messages", "Something went wrong"), text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("Messages", "Information"), text)
