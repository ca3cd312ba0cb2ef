"""Text that gives way only where space truly ends: a label and an item delegate that elide in the middle (a name
keeps its start and end, a path its drive and file name) when the room is too small, with the full text in the
tooltip. Wherever there is room, the whole text is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

MIDDLE = Qt.TextElideMode.ElideMiddle
MIN_CHARACTERS = 8  # the narrowest an elided label gets: a few letters either side of the "…"


class ElidedLabel(QLabel):
    """A one-line plain-text label: the whole text if it fits, else elided in the middle with the whole text as
    its tooltip. `text()` is always the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, mode: Qt.TextElideMode = MIDDLE):
        super().__init__(parent)
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * MIN_CHARACTERS), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self._mode, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), shown)


class ElidingDelegate(QStyledItemDelegate):
    """For a table column whose texts may be longer than the column (names, regions): elided in the middle, and
    the whole text as the tooltip of a cell that does not show all of it."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = MIDDLE

    def helpEvent(self, event: QHelpEvent, view, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            own_tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if not own_tip and text and self._is_cut(text, option, view):
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)

    @staticmethod
    def _is_cut(text: str, option: QStyleOptionViewItem, view) -> bool:
        style = view.style() if view is not None else None
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1 if style else 4
        return option.fontMetrics.horizontalAdvance(text) + 2 * margin > option.rect.width()
