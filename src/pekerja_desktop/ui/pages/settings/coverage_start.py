"""Pengaturan, "Mulai kepesertaan": the default coverage start of every new enrolment, in the form and in village
lists — the first of the month after the enrolment, the day of enrolment, or a fixed date (the start of the
agreement). The hub's admin sets it; the offices receive it in reference bundles and show it here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from pekerja_desktop.domain.coverage_start import ENROLMENT_DAY, NEXT_MONTH, fixed_date
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reference.coverage import (
    coverage_start_rule,
    default_coverage_start_for,
    set_coverage_start_rule,
)
from pekerja_desktop.ui.palette import error_style
from pekerja_desktop.ui.tasks import TaskRunner
from pekerja_desktop.ui.widgets.date_edit import DateEdit
from pekerja_desktop.ui.widgets.gating import refusal


class CoverageStartSection(QGroupBox):
    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Coverage start of a new enrolment"), parent)
        self._ctx = ctx
        self.next_month = QRadioButton(self.tr("The first day of the month after the enrolment"), self)
        self.enrolment_day = QRadioButton(self.tr("The day of enrolment"), self)
        self.fixed = QRadioButton(self.tr("A fixed date:"), self)
        self.date = DateEdit(self)
        self.date.setFixedWidth(self.date.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.buttons = QButtonGroup(self)
        for button in (self.next_month, self.enrolment_day, self.fixed):
            self.buttons.addButton(button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._lay_out()
        self._show(coverage_start_rule(ctx))
        self._gate()
        self.buttons.buttonClicked.connect(lambda _button: self._save())
        self.date.editingFinished.connect(self._save)


    def refresh(self) -> None:
        self._show(coverage_start_rule(self._ctx))

    def _lay_out(self) -> None:
        fixed = QHBoxLayout()
        fixed.addWidget(self.fixed)
        fixed.addWidget(self.date)
        fixed.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.next_month)
        layout.addWidget(self.enrolment_day)
        layout.addLayout(fixed)
        layout.addWidget(self.message)

    def _gate(self) -> None:
        reason = refusal(self._ctx, Permission.SETTINGS)
        if self._ctx.office.role != "hub":
            reason = self.tr("Set by the provincial hub; it arrives with the reference bundles.")
        for widget in (self.next_month, self.enrolment_day, self.fixed, self.date):
            widget.setEnabled(reason is None)
            widget.setToolTip(reason or "")

    def _show(self, rule: str) -> None:
        fixed = fixed_date(rule)
        {NEXT_MONTH: self.next_month, ENROLMENT_DAY: self.enrolment_day}.get(rule, self.fixed).setChecked(True)
        self.date.set_date(fixed or dt.date.today())
        starts = default_coverage_start_for(self._ctx)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("An enrolment today starts its coverage on %1.").replace(
            "%1", starts.strftime("%d/%m/%Y")))

    def rule(self) -> str | None:
        if self.next_month.isChecked():
            return NEXT_MONTH
        if self.enrolment_day.isChecked():
            return ENROLMENT_DAY
        day = self.date.date()
        return day.isoformat() if day is not None and self.date.is_valid() else None

    def _save(self) -> None:
        rule = self.rule()
        if rule is None or rule == coverage_start_rule(self._ctx):
            return
        try:
            self._show(set_coverage_start_rule(self._ctx, rule))
        except PekerjaError as exc:
            self.message.setStyleSheet(error_style())
            self.message.setText(exc.message())
