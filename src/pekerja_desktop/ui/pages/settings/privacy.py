"""Settings, Personal data: removing the personal data of records the hub accepted long ago (field offices)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.ui.pages.privacy.actions import purge_box
from pekerja_desktop.ui.tasks import TaskRunner


class PrivacySection(QWidget):
    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(purge_box(self, ctx, runner))
        layout.addStretch(1)

    def refresh(self) -> None:
        """The purge box reads its figures when asked."""
