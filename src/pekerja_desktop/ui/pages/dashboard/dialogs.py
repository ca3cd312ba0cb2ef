"""The admin's editor of the enrolment targets per kabupaten/kota. Returns the values; the page saves them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from pekerja_desktop.domain.regions import Region
from pekerja_desktop.services.dashboard.targets import MAX_TARGET
from pekerja_desktop.ui.widgets.formatting import fill, format_number


class TargetsDialog(QDialog):
    """`TargetsDialog.edit(parent, regencies, current, defaults)` → the new targets, or None if cancelled."""

    def __init__(self, regencies: list[Region], current: dict[str, int], defaults: dict[str, int],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrolment targets"))
        self._defaults = defaults
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for region in regencies:
            spin = QSpinBox(self)
            spin.setRange(0, MAX_TARGET)
            spin.setGroupSeparatorShown(True)
            spin.setValue(current.get(region.code, 0))
            spin.valueChanged.connect(self._update_total)
            self.spins[region.code] = spin
            form.addRow(f"{region.name} ({region.code})", spin)
        self.total = QLabel(self)
        self._build(form)
        self._update_total()

    def _build(self, form: QFormLayout) -> None:
        intro = QLabel(self.tr("Workers to enrol in each regency or city. The default splits the quota by "
                               "population; change it when the programme agrees other numbers."), self)
        intro.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("&Population split"), self)
        self.reset_button.setToolTip(self.tr("Fill in the default: the quota split by population"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.reset_button.clicked.connect(self.fill_defaults)
        self.save_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addLayout(buttons)

    def values(self) -> dict[str, int]:
        return {code: spin.value() for code, spin in self.spins.items()}

    def fill_defaults(self) -> None:
        for code, spin in self.spins.items():
            spin.setValue(self._defaults.get(code, 0))

    def _update_total(self) -> None:
        self.total.setText(fill(self.tr("Total: %1 workers"), format_number(sum(self.values().values()))))

    @classmethod
    def edit(cls, parent: QWidget, regencies: list[Region], current: dict[str, int],
             defaults: dict[str, int]) -> dict[str, int] | None:
        dialog = cls(regencies, current, defaults, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
