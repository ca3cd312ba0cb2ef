"""A filter date: the shared dd/mm/yyyy `DateEdit` plus a calendar button; empty means "no limit"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QMenu, QToolButton, QWidget, QWidgetAction

from pekerja_desktop.ui.palette import colours
from pekerja_desktop.ui.widgets.date_edit import DateEdit


def invalid_style() -> str:
    c = colours()
    return f"QLineEdit {{ border: 1px solid {c.error_text}; background: {c.invalid_field}; }}"


class FilterDateField(QWidget):
    """`date()` is None while empty; `changed` fires when a complete date is entered or the field cleared."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._date: dt.date | None = None
        self.edit = DateEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 36)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._show_validity)
        self._calendar = QCalendarWidget(self)
        self._calendar.setGridVisible(True)
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)
        self.button = self._calendar_button()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _calendar_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setArrowType(Qt.ArrowType.DownArrow)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        button.setToolTip(self.tr("Pick a date from the calendar"))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, day: dt.date | None) -> None:
        self.edit.set_date(day)

    def clear(self) -> None:
        self.edit.clear()

    def is_valid(self) -> bool:
        return self.edit.is_valid()

    def _text_changed(self, _text: str) -> None:
        complete = self.edit.is_blank() or self.edit.date() is not None
        if not complete:
            return
        self.edit.setStyleSheet("")
        self.edit.setToolTip("")
        day = self.edit.date()
        if day != self._date:
            self._date = day
            self.changed.emit()

    def _show_validity(self) -> None:
        valid = self.edit.is_valid()
        self.edit.setStyleSheet("" if valid else invalid_style())
        self.edit.setToolTip("" if valid else self.tr("Not a date: type it as dd/mm/yyyy"))

    def _prepare_calendar(self) -> None:
        day = self._date or dt.date.today()
        self._calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, qdate: QDate) -> None:
        self.set_date(dt.date(qdate.year(), qdate.month(), qdate.day()))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
