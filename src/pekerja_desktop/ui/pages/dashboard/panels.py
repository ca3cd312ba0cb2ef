"""The dashboard's building blocks: a chart with its table beside it, and the summary tiles on top.
Widgets only: the page fills them with the figures of `services.dashboard`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pekerja_desktop.ui.pages.dashboard.bar_chart import Bar, BarChart
from pekerja_desktop.ui.pages.dashboard.figure_table import Column, FigureTable, FigureTableModel
from pekerja_desktop.ui.palette import colours, secondary_style
from pekerja_desktop.ui.widgets.formatting import fill


class FigurePanel(QWidget):
    """A bar chart and a table of the same rows; a bar or a link cell emits `open_list(query, title)`."""

    open_list = Signal(object, str)

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None, note: str = "",
                 shares: tuple[int, int] = (3, 2)):
        super().__init__(parent)
        self.chart = BarChart(self)
        self.model = FigureTableModel(columns, self)
        self.table = FigureTable(self.model, self)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(secondary_style())
        self.note.setVisible(bool(note))
        self._rows: list = []
        self._query_of: Callable = lambda _row: None
        self._title_of: Callable = lambda _row: ""
        self._lay_out(shares)
        self.chart.activated.connect(self._open)
        self.table.open_requested.connect(self._open)

    def set_title(self, title: str) -> None:
        """What a screen reader calls the chart and the table."""
        self.chart.setAccessibleName(fill(self.tr("Chart: %1"), title))
        self.table.setAccessibleName(fill(self.tr("Table: %1"), title))

    def _lay_out(self, shares: tuple[int, int]) -> None:
        """`shares`: how the width is split between the chart and the table."""
        row = QHBoxLayout()
        row.addWidget(self.chart, shares[0])
        row.addWidget(self.table, shares[1])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row, 1)
        layout.addWidget(self.note)

    def set_rows(self, rows: Sequence, bars: Sequence[Bar], *, query_of: Callable, title_of: Callable,
                 scale: float | None = None, marker: float | None = None) -> None:
        self._rows, self._query_of, self._title_of = list(rows), query_of, title_of
        self.model.set_rows(rows, can_open=lambda row: query_of(row) is not None)
        self.chart.set_bars(list(bars), scale=scale, marker=marker)

    def _open(self, index: int) -> None:
        if 0 <= index < len(self._rows):
            query = self._query_of(self._rows[index])
            if query is not None:
                self.open_list.emit(query, self._title_of(self._rows[index]))


def value_style(colour: str | None) -> str:
    """A tile's big number (None: the system's text colour)."""
    return "font-size: 20px; font-weight: 600;" + (f" color: {colour};" if colour else "")


class Tile(QFrame):
    """A big number with its caption; `clicked` when it opens a list (then drawn as a link)."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None, clickable: bool = False):
        super().__init__(parent)
        self.setObjectName("tile")
        self._clickable = clickable
        self.value = QLabel("…", self)
        self.value.setStyleSheet(value_style(colours().link if clickable else None))
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet(secondary_style())
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(f"#tile {{ background: {colours().tile}; border: 1px solid {colours().tile_border}; "
                           "border-radius: 6px; }")
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_value(self, text: str, alert: bool = False) -> None:
        self.value.setText(text)
        c = colours()
        self.value.setStyleSheet(value_style(c.error_text if alert else c.link if self._clickable else c.strong_text))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
