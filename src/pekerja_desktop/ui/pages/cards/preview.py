"""The preview pane: the rendered pages one under the other, scaled to the pane's width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from pekerja_desktop.ui.palette import colours

PAGE_GAP = 12


class PreviewPane(QScrollArea):
    """`show_pages(images)`; `show_message(text)` instead when there is nothing (or no way) to preview."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        background = colours().preview_background
        self.setStyleSheet(f"QScrollArea {{ background: {background}; }} #pages {{ background: {background}; }}")
        self._images: list[QImage] = []
        self._labels: list[QLabel] = []
        body = QWidget(self)
        body.setObjectName("pages")
        self._column = QVBoxLayout(body)
        self._column.setSpacing(PAGE_GAP)
        self._column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet(f"color: {colours().on_dark}; font-size: 13px;")
        self._column.addWidget(self.message)
        self._column.addStretch(1)
        self.setWidget(body)

    def page_count(self) -> int:
        return len(self._images)

    def show_message(self, text: str) -> None:
        self._clear()
        self.message.setText(text)
        self.message.show()

    def show_pages(self, images: list[QImage], caption: str = "") -> None:
        self._clear()
        self._images = list(images)
        self.message.setText(caption)
        self.message.setVisible(bool(caption))
        for _image in self._images:
            label = QLabel(self.widget())
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            label.setFrameShape(QFrame.Shape.NoFrame)
            self._labels.append(label)
            self._column.insertWidget(self._column.count() - 1, label)
        self._scale()

    def _clear(self) -> None:
        for label in self._labels:
            self._column.removeWidget(label)
            label.deleteLater()
        self._labels, self._images = [], []

    def _scale(self) -> None:
        width = max(100, self.viewport().width() - 2 * PAGE_GAP)
        for label, image in zip(self._labels, self._images, strict=True):
            pixmap = QPixmap.fromImage(image).scaledToWidth(min(width, image.width()),
                                                             Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setFixedHeight(pixmap.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._images:
            self._scale()
