"""A drop zone for sync bundles: drag a .pekerja file (or an older .zip bundle) from the file manager onto it, or
click it to choose the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QVBoxLayout, QWidget

from pekerja_desktop.services.sync.bundle.format import looks_like_bundle
from pekerja_desktop.ui.palette import colours


def zone_style(hover: bool) -> str:
    c = colours()
    border, background = (c.brand, c.drop_zone_hover) if hover else (c.drop_zone_border, c.drop_zone)
    return f"#drop {{ border: 2px dashed {border}; border-radius: 8px; background: {background}; }}"


def drop_zone_text_style(colour: str) -> str:
    """The zone's text: no frame of its own; `colour` says whether a drop is welcome."""
    return f"border: none; background: transparent; color: {colour};"


def bundle_paths(mime: QMimeData) -> list[Path]:
    """The local .pekerja and .zip files in a drag (anything else is not a bundle)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if looks_like_bundle(p.name)]


class DropZone(QFrame):
    """`file_chosen(str)` carries the path of the bundle dropped or chosen."""

    file_chosen = Signal(str)

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drop")
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(zone_style(hover=False))
        self.setMinimumHeight(72)
        self.label = QLabel(text, self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(drop_zone_text_style(colours().drop_zone_text) + " font-size: 13px;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.setToolTip(self.tr("Drop a sync bundle (.pekerja) here, or click to choose it"))
        self._start_dir = str(Path.home())

    # --- choosing ----------------------------------------------------------------------------------

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a sync bundle"), self._start_dir,
                                                    self.tr("Sync bundles (*.pekerja *.zip);;All files (*)"))
        if path:
            self._chosen(Path(path))

    def _chosen(self, path: Path) -> None:
        self._start_dir = str(path.parent)
        self.file_chosen.emit(str(path))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.choose()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose()
            return
        super().keyPressEvent(event)

    # --- dragging ----------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isEnabled() and bundle_paths(event.mimeData()):
            event.acceptProposedAction()
            self.setStyleSheet(zone_style(hover=True))
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.isEnabled() and bundle_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self.setStyleSheet(zone_style(hover=False))
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.setStyleSheet(zone_style(hover=False))
        paths = bundle_paths(event.mimeData()) if self.isEnabled() else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self._chosen(paths[0])  # one bundle at a time: each import is its own transaction
