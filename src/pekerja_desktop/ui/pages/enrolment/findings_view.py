"""Validation messages beside their field: errors in red; warnings in amber, each with its own
"I have checked" box (the deliberate confirmation), and for a duplicate NIK a button to open it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pekerja_desktop.ui.palette import colours, error_style, text_style

WARNING_SLOTS = 2


@dataclass(frozen=True)
class Notice:
    """One message for one field: an error (blocks) or a warning (code to confirm). `key` names what the clerk
    must have left before it is shown: the field, or an heir's part ("heirs.0.relationship")."""
    field: str
    text: str
    warning_code: str | None = None
    key: str = ""

    @property
    def judged_by(self) -> str:
        return self.key or self.field


def _wrapping_label(style: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.hide()
    return label


class TickCaption(QLabel):
    """A check box's caption that wraps; a click on it toggles the box, as a click on the box's own text would."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setBuddy(box)
        self._box = box

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus()
        super().mouseReleaseEvent(event)


class FieldMessage(QWidget):
    """Created right after its field, so its confirmation boxes follow the field in the tab order."""

    confirmation_changed = Signal(str, bool)
    action_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_action: bool = False):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self._errors = _wrapping_label(error_style(), self)
        layout.addWidget(self._errors)
        self._action = None
        if with_action:
            self._action = QPushButton(self)
            self._action.hide()
            self._action.clicked.connect(self.action_requested)
            row = QHBoxLayout()
            row.addWidget(self._action)
            row.addStretch(1)
            layout.addLayout(row)
        self._warnings: list[tuple[QLabel, QCheckBox]] = []
        self._captions: list[QWidget] = []
        self._caption_labels: list[TickCaption] = []
        self.captions: dict[str, str] = {}  # warning code → its tick's caption, where the default would mislead
        for _ in range(WARNING_SLOTS):
            label = _wrapping_label(text_style(colours().finding_warning), self)
            box, row = self._confirm_row()
            layout.addWidget(label)
            layout.addWidget(row)
            self._warnings.append((label, box))
        self.hide()

    def _confirm_row(self) -> tuple[QCheckBox, QWidget]:
        """The tick and its caption, which wraps (a check box's own text never does, and would widen the form's
        column the moment a warning appears)."""
        row = QWidget(self)
        box = QCheckBox(row)
        text = self.tr("I have checked: this is correct")
        box.setAccessibleName(text)
        caption = TickCaption(text, box, row)
        self._caption_labels.append(caption)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(caption, 1)
        box.toggled.connect(lambda on, b=box: self.confirmation_changed.emit(b.property("code"), on))
        row.hide()
        self._captions.append(row)
        return box, row

    def show_notices(self, notices: list[Notice], confirmed: set[str], refusals: dict[str, str] | None = None) -> None:
        """`refusals`: warning code → why this operator may not tick it (the box is then shown disabled, saying
        who may)."""
        errors = [n.text for n in notices if n.warning_code is None]
        warnings = [n for n in notices if n.warning_code is not None]
        self._errors.setText("\n".join(errors))
        self._errors.setVisible(bool(errors))
        for index, (label, box) in enumerate(self._warnings):
            notice = warnings[index] if index < len(warnings) else None
            self._show_warning(label, box, notice, confirmed)
            refusal = (refusals or {}).get(notice.warning_code or "") if notice is not None else None
            for widget in (box.parentWidget(), box):  # the caption greys and explains with its box
                widget.setEnabled(refusal is None)
                widget.setToolTip(refusal or "")
        self.setVisible(bool(errors or warnings) or self._action_visible())

    def _show_warning(self, label: QLabel, box: QCheckBox, notice: Notice | None, confirmed: set[str]) -> None:
        label.setVisible(notice is not None)
        box.parentWidget().setVisible(notice is not None)
        if notice is None:
            return
        label.setText("⚠ " + notice.text)
        box.setProperty("code", notice.warning_code)
        caption = self.captions.get(notice.warning_code or "", self.tr("I have checked: this is correct"))
        self._caption_labels[[b for _, b in self._warnings].index(box)].setText(caption)
        box.setAccessibleName(caption)
        box.blockSignals(True)
        box.setChecked(notice.warning_code in confirmed)
        box.blockSignals(False)

    def set_action(self, text: str | None) -> None:
        if self._action is None:
            return
        self._action.setText(text or "")
        self._action.setVisible(bool(text))
        self.setVisible(self._errors.isVisible() or bool(text) or bool(self.confirm_boxes()))

    def _action_visible(self) -> bool:
        return self._action is not None and not self._action.isHidden()

    # for tab order and tests
    def focusables(self) -> list[QWidget]:
        widgets: list[QWidget] = [self._action] if self._action else []
        return widgets + [box for _, box in self._warnings]

    def confirm_boxes(self) -> list[QCheckBox]:
        return [box for _, box in self._warnings if not box.parentWidget().isHidden()]

    def action_button(self) -> QPushButton | None:
        return self._action

    def error_text(self) -> str:
        return self._errors.text() if not self._errors.isHidden() else ""

    def caption_texts(self) -> list[str]:
        return [caption.text() for caption in self._caption_labels if not caption.parentWidget().isHidden()]

    def warning_texts(self) -> list[str]:
        return [label.text() for label, _ in self._warnings if not label.isHidden()]
