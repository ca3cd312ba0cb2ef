"""Per-installation interface preferences in `<data dir>/ui.ini` (window geometry, language).

Kept beside the data, not in the user's registry/config folder, so each data folder (and each
test) is self-contained.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings

from pekerja_desktop.ui.i18n import LANGUAGES

FILE_NAME = "ui.ini"


class UiPreferences:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FILE_NAME
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str | None:
        value = self._settings.value("language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)
        self._settings.sync()

    def geometry(self, name: str) -> tuple[QRect, bool] | None:
        """The window's last normal geometry and whether it was maximised."""
        value = self._settings.value(f"{name}/geometry")
        try:
            x, y, width, height = (int(part) for part in str(value).split(","))
        except ValueError:
            return None
        maximised = str(self._settings.value(f"{name}/maximised", "false")).lower() == "true"
        return QRect(x, y, width, height), maximised

    def set_geometry(self, name: str, rect: QRect, maximised: bool) -> None:
        self._settings.setValue(f"{name}/geometry", f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}")
        self._settings.setValue(f"{name}/maximised", "true" if maximised else "false")
        self._settings.sync()
