"""Where a bundle goes: the removable drives plugged in (USB sticks), or a folder the clerk chooses.

A volume looks removable when it is mounted where desktops mount USB sticks (Linux: /media, /run/media, /mnt;
macOS: /Volumes) or, on Windows, is a drive letter other than the system drive; never the root or a read-only,
virtual or unready volume. Qt cannot tell a USB stick from a second internal disk, so this is a guess the
clerk confirms by choosing.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStorageInfo, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from pekerja_desktop.ui.pages.sync import labels

LINUX_MOUNTS = ("/media/", "/run/media/", "/mnt/")
MAC_MOUNTS = ("/Volumes/",)
VIRTUAL_TYPES = {"tmpfs", "devtmpfs", "squashfs", "overlay", "proc", "sysfs", "ramfs", "autofs", "iso9660", "udf"}


@dataclass(frozen=True)
class Volume:
    root: str
    name: str
    free: int
    fs_type: str = ""
    read_only: bool = False
    ready: bool = True


def system_drive() -> str:
    return os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()


def looks_removable(volume: Volume, platform: str = sys.platform, system: str | None = None) -> bool:
    if volume.read_only or not volume.ready or volume.fs_type.lower() in VIRTUAL_TYPES:
        return False
    root = volume.root.replace("\\", "/")
    if platform == "win32":
        letter = root[:2].upper()
        return len(root) <= 3 and letter[1:] == ":" and letter != (system or system_drive())
    prefixes = MAC_MOUNTS if platform == "darwin" else LINUX_MOUNTS
    return root != "/" and any(root.startswith(prefix) for prefix in prefixes)


def mounted_volumes() -> list[Volume]:
    volumes = []
    for storage in QStorageInfo.mountedVolumes():
        if not storage.isValid():
            continue
        fs_type = bytes(storage.fileSystemType().data()).decode(errors="replace")
        volumes.append(Volume(storage.rootPath(), storage.displayName() or storage.rootPath(),
                              storage.bytesAvailable(), fs_type, storage.isReadOnly(), storage.isReady()))
    return volumes


def removable_volumes(volumes: list[Volume] | None = None, platform: str = sys.platform) -> list[Volume]:
    found = mounted_volumes() if volumes is None else volumes
    return sorted((v for v in found if looks_removable(v, platform)), key=lambda v: v.root)


def volume_label(volume: Volume) -> str:
    name = volume.name if volume.name != volume.root else Path(volume.root).name or volume.root
    where = volume.root.rstrip("/\\") if sys.platform == "win32" else volume.root
    free = labels.fill(labels.tr(QT_TRANSLATE_NOOP("SyncLabels", "%1 free")), labels.size_text(volume.free))
    return f"{name} ({where}) \u2014 {free}" if name != where else f"{where} \u2014 {free}"


class DestinationPicker(QWidget):
    """A list of the removable drives and chosen folders, with Rescan and Choose folder…"""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._folders: list[str] = []
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # not the placeholder's width
        self.combo.setMinimumWidth(self.combo.fontMetrics().horizontalAdvance("x" * 28))
        self.combo.setPlaceholderText(self.tr("No USB drive: plug one in or choose a folder"))
        self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.rescan_button = QPushButton(self.tr("Rescan"), self)
        self.rescan_button.setToolTip(self.tr("Look again for USB drives plugged in"))
        self.rescan_button.clicked.connect(self.rescan)
        self.folder_button = QPushButton(self.tr("Choose &folder\u2026"), self)
        self.folder_button.clicked.connect(self.choose_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.rescan_button)
        layout.addWidget(self.folder_button)
        self.setFocusProxy(self.combo)

    def directory(self) -> Path | None:
        data = self.combo.currentData()
        return Path(data) if data else None

    def rescan(self, volumes: list[Volume] | None = None) -> None:
        """List the drives again, keeping the current choice when it is still there."""
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for volume in removable_volumes(volumes):
            self.combo.addItem(volume_label(volume), volume.root)
        for folder in self._folders:
            self.combo.addItem(labels.fill(self.tr("Folder: %1"), folder), folder)
        found = self.combo.findData(current) if current else -1
        self.combo.setCurrentIndex(found if found >= 0 else (0 if self.combo.count() else -1))
        self.combo.blockSignals(False)
        self.changed.emit()

    def add_folder(self, folder: str) -> None:
        if folder not in self._folders:
            self._folders.append(folder)
        self.rescan()
        self.combo.setCurrentIndex(self.combo.findData(folder))

    def choose_folder(self) -> None:
        start = str(self.directory() or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where to write the bundle"), start)
        if folder:
            self.add_folder(folder)
