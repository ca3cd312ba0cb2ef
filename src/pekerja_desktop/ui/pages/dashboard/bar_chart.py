"""A horizontal bar chart painted with QPainter (PySide6-Essentials has no QtCharts): a label, a bar and its
value per row; every bar can be clicked (or chosen with the arrow keys and Enter) to open what it counts.

Bar colours are the palette's (Okabe–Ito), distinguishable with the common colour-vision deficiencies; the value is
always written beside the bar, so nothing depends on colour alone. A screen reader reads every bar's label and value
in the chart's accessible description (its name is given by whoever places it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pekerja_desktop.ui.palette import colours, qcolor
from pekerja_desktop.ui.widgets.accessible import CHART_PROPERTY

MIN_ROW, MAX_ROW = 15, 28
DESCRIBED_BARS = 60  # a screen reader is given the first bars' labels and values
LABEL_SHARE = 0.42  # at most this share of the width for the labels


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # the bar's length against the chart's scale
    text: str  # what is written beside it
    colour: QColor = field(default_factory=lambda: qcolor(colours().bar))
    tooltip: str = ""
    clickable: bool = True


class BarChart(QWidget):
    """`set_bars(bars, scale=None, marker=None)`; `activated(int)` gives the index of the bar chosen."""

    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._scale = 1.0
        self._marker: float | None = None
        self._hover = -1
        self._current = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty(CHART_PROPERTY, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- data ---------------------------------------------------------------------------------------

    def set_bars(self, bars: list[Bar], scale: float | None = None, marker: float | None = None) -> None:
        """`scale`: the value of a full-length bar (default: the largest); `marker`: a value drawn as a line."""
        self._bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{bar.label}: {bar.text}" for bar in self._bars[:DESCRIBED_BARS]))
        self._scale = max(scale or max((bar.value for bar in self._bars), default=0), 1e-9)
        self._marker = marker
        self._hover = -1
        self._current = min(self._current, len(self._bars) - 1)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    # --- geometry -----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self._bars)) * 24 + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, max(1, len(self._bars)) * MIN_ROW + 8)

    def _row_height(self) -> int:
        if not self._bars:
            return MAX_ROW
        return max(MIN_ROW, min(MAX_ROW, (self.height() - 8) // len(self._bars)))

    def row_rect(self, index: int) -> QRect:
        height = self._row_height()
        return QRect(0, 4 + index * height, self.width(), height)

    def index_at(self, point: QPoint) -> int:
        if not self._bars or point.y() < 4:
            return -1
        index = (point.y() - 4) // self._row_height()
        return index if 0 <= index < len(self._bars) else -1

    def _label_width(self, metrics: QFontMetrics) -> int:
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0)
        return min(widest + 12, int(self.width() * LABEL_SHARE))

    def _value_width(self, metrics: QFontMetrics) -> int:
        return max((metrics.horizontalAdvance(bar.text) for bar in self._bars), default=0) + 10

    # --- painting -----------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        metrics = painter.fontMetrics()
        label_width, value_width = self._label_width(metrics), self._value_width(metrics)
        track_width = max(20, self.width() - label_width - value_width - 8)
        for index, bar in enumerate(self._bars):
            self._paint_row(painter, metrics, index, bar, label_width, track_width)
        if self._marker is not None:
            self._paint_marker(painter, label_width, track_width)
        painter.end()

    def _paint_row(self, painter: QPainter, metrics: QFontMetrics, index: int, bar: Bar, label_width: int,
                   track_width: int) -> None:
        row = self.row_rect(index)
        if index == self._hover and bar.clickable:
            painter.fillRect(row, qcolor(colours().highlight))
        painter.setPen(qcolor(colours().strong_text))
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
        painter.drawText(QRect(4, row.y(), label_width - 8, row.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        thickness = max(6, row.height() - 8)
        top = row.y() + (row.height() - thickness) // 2
        painter.fillRect(QRect(label_width, top, track_width, thickness), qcolor(colours().bar_track))
        length = int(track_width * min(bar.value / self._scale, 1.0))
        painter.fillRect(QRect(label_width, top, length, thickness), bar.colour)
        painter.drawText(QRect(label_width + length + 6, row.y(), self.width(), row.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.text)
        if index == self._current and self.hasFocus():
            painter.setPen(QPen(qcolor(colours().strong_text), 1, Qt.PenStyle.DotLine))
            painter.drawRect(row.adjusted(1, 0, -2, -1))

    def _paint_marker(self, painter: QPainter, label_width: int, track_width: int) -> None:
        x = label_width + int(track_width * min(self._marker / self._scale, 1.0))
        painter.setPen(QPen(qcolor(colours().secondary_text), 1, Qt.PenStyle.DashLine))
        painter.drawLine(x, 2, x, 4 + len(self._bars) * self._row_height())

    # --- interaction --------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index != self._hover:
            self._hover = index
            clickable = index >= 0 and self._bars[index].clickable
            self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
            self.update()
        if index >= 0 and self._bars[index].tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), self._bars[index].tooltip, self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self._current = index
            self.activate(index)
        super().mouseReleaseEvent(event)

    def activate(self, index: int) -> None:
        if 0 <= index < len(self._bars) and self._bars[index].clickable:
            self.activated.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self._current = max(0, min(len(self._bars) - 1, self._current + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate(self._current)
        else:
            super().keyPressEvent(event)
