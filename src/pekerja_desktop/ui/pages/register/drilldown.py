"""The register opened on the list behind a dashboard figure: the filters the register has are set to the
figure's query; the others (sex, age group, office, the hub's verdict) stay in force, named in a bar with a
button back to every participant."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from pekerja_desktop.services.register.search import ParticipantQuery
from pekerja_desktop.ui.pages.register.filters import RegisterFilters
from pekerja_desktop.ui.palette import colours
from pekerja_desktop.ui.widgets.formatting import fill

EXTRA_FIELDS = ("sex", "born_from", "born_to", "office_code", "not_rejected_at_hub")  # no filter widget shows them


def extras_of(query: ParticipantQuery) -> dict:
    return {name: getattr(query, name) for name in EXTRA_FIELDS}


def with_extras(query: ParticipantQuery, extras: dict) -> ParticipantQuery:
    return dataclasses.replace(query, **extras) if extras else query


def set_filters(filters: RegisterFilters, query: ParticipantQuery) -> None:
    """The filter widgets to the query's region, status, occupation and dates, with one `changed` at most."""
    widgets = (filters.region, filters.status, filters.occupation, filters.created_from, filters.created_to)
    blocked = [widget.blockSignals(True) for widget in widgets]
    try:
        filters.region.set_code(query.region_code or "")
        filters.status.setCurrentIndex(max(0, filters.status.findData(query.status)))
        filters.occupation.setCurrentIndex(max(0, filters.occupation.findData(query.occupation)))
        filters.created_from.set_date(query.created_from)
        filters.created_to.set_date(query.created_to)
    finally:
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)


class DrillDownBar(QFrame):
    """"Shown from the dashboard: Perempuan" and a button back to the whole register (`cleared`)."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drilldown")
        c = colours()
        self.setStyleSheet(f"#drilldown {{ background: {c.highlight}; border: 1px solid {c.highlight_border}; "
                           "border-radius: 4px; }")
        self.label = QLabel(self)
        self.clear_button = QPushButton(self.tr("Show every participant"), self)
        self.clear_button.setToolTip(self.tr("Back to the whole register (the dashboard's filter is removed)"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.cleared)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_title(self, title: str) -> None:
        self.label.setText(fill(self.tr("Shown from the dashboard: %1"), title))
        self.show()
