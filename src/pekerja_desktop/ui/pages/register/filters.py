"""The register's filters: region (cascading kabupaten/kota → kecamatan → desa), status, occupation and
enrolment date range. They only describe a query; the page runs it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.services.register.search import ParticipantQuery
from pekerja_desktop.ui.pages.register.date_field import FilterDateField
from pekerja_desktop.ui.pages.register.labels import STATUS_LABELS, status_label
from pekerja_desktop.ui.widgets.region_picker import RegionPicker


class RegisterFilters(QWidget):
    """`apply(query)` returns the query narrowed by the current filter values."""

    changed = Signal()

    def __init__(self, regions: RegionIndex, occupations: Sequence[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.region = RegionPicker(regions, depth=3, allow_empty=True, parent=self)
        self.status = self._combo(self.tr("All statuses"), [(code, status_label(code)) for code in STATUS_LABELS])
        self.occupation = self._combo(self.tr("All occupations"), occupations)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.occupation.setMinimumContentsLength(22)
        self.created_from = FilterDateField(self)
        self.created_to = FilterDateField(self)
        self.created_to.edit.setAccessibleName(self.tr("Registered up to"))  # its label says only "to:"
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setToolTip(self.tr("Show every participant again"))
        self._build_layout()
        self.region.changed.connect(self._emit_changed)
        self.status.currentIndexChanged.connect(self._emit_changed)
        self.occupation.currentIndexChanged.connect(self._emit_changed)
        self.created_from.changed.connect(self._emit_changed)
        self.created_to.changed.connect(self._emit_changed)
        self.clear_button.clicked.connect(self.reset)
        self._resetting = False

    def _combo(self, everything: str, choices: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        for code, label in choices:
            combo.addItem(label, code)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _build_layout(self) -> None:
        regions = QHBoxLayout()
        regions.addWidget(self._label(self.tr("&Region:"), self.region), 0, Qt.AlignmentFlag.AlignBottom)
        regions.addWidget(self.region, 1)
        regions.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignBottom)  # the row below is the fuller one
        others = QHBoxLayout()
        others.addWidget(self._label(self.tr("S&tatus:"), self.status))
        others.addWidget(self.status)
        others.addSpacing(12)
        others.addWidget(self._label(self.tr("&Occupation:"), self.occupation))
        others.addWidget(self.occupation)
        others.addSpacing(12)
        others.addWidget(self._label(self.tr("Registered &from:"), self.created_from))
        others.addWidget(self.created_from)
        others.addWidget(self._label(self.tr("to:"), self.created_to))
        others.addWidget(self.created_to)
        others.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(regions)
        layout.addLayout(others)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def apply(self, query: ParticipantQuery) -> ParticipantQuery:
        return dataclasses.replace(
            query, region_code=self.region.code() or None, status=self.status.currentData(),
            occupation=self.occupation.currentData(), created_from=self.created_from.date(),
            created_to=self.created_to.date())

    def reset(self) -> None:
        """Every filter back to "all", with a single `changed`."""
        self._resetting = True
        try:
            self.region.set_code("")
            self.status.setCurrentIndex(0)
            self.occupation.setCurrentIndex(0)
            self.created_from.clear()
            self.created_to.clear()
        finally:
            self._resetting = False
        self.changed.emit()

    def _emit_changed(self, *_args) -> None:
        if not self._resetting:
            self.changed.emit()
