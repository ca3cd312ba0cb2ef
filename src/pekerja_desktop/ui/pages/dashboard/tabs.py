"""The dashboard's tabs: coverage per kabupaten/kota, offices (hub), per day, per week, occupation, sex, age, and
who reaches the age limit in the coming months.
Each tab is a chart with its table; any bar or link number emits `open_list(query, title)`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from pekerja_desktop.documents.formatting import percent_text
from pekerja_desktop.domain.dates import format_date, month_text
from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.services.dashboard.figures import DashboardData, Figure, OfficeActivity, RegencyCoverage
from pekerja_desktop.services.lifecycle.ending import AgeLimitFigure
from pekerja_desktop.ui.pages.dashboard.bar_chart import Bar
from pekerja_desktop.ui.pages.dashboard.figure_table import Column
from pekerja_desktop.ui.pages.dashboard.panels import FigurePanel
from pekerja_desktop.ui.palette import colours, qcolor
from pekerja_desktop.ui.widgets.formatting import fill, format_number


class DashboardTabs(QTabWidget):
    open_list = Signal(object, str)

    def __init__(self, hub: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        self._late_after = 7
        self.coverage = self._panel(self._coverage_columns(), self.tr("Coverage"))
        self.edit_targets = QPushButton(self.tr("Change the &targets…"), self)
        self.edit_targets.setAutoDefault(False)
        self.addTab(self._with_button(self.coverage, self.edit_targets), self.tr("Coverage"))
        self.offices = self._panel(self._office_columns(), self.tr("Offices"), shares=(1, 1)) if hub else None
        if self.offices is not None:
            self.addTab(self.offices, self.tr("Offices"))
        self._total = 0
        self.per_day = self._add(self.tr("Per day"), self._figure_columns(self.tr("Date")))
        self.per_week = self._add(self.tr("Per week"), self._figure_columns(self.tr("Week")))
        self.occupation = self._add(self.tr("Occupation"), self._share_columns(self.tr("Occupation")))
        self.sex = self._panel(self._share_columns(self.tr("Sex")), self.tr("Sex"))
        self.age = self._panel(self._share_columns(self.tr("Age group")), self.tr("Age group"))
        self.addTab(self._stacked(self.sex, self.age), self.tr("Sex and age"))
        self.age_limit = self._add(self.tr("Age limit"), [
            Column(self.tr("Reaches the age limit"), self._limit_label),
            Column(self.tr("Participants"), lambda f: f.count, opens=True)])

    # --- construction -------------------------------------------------------------------------------

    def _panel(self, columns: list[Column], title: str, shares: tuple[int, int] = (3, 2)) -> FigurePanel:
        panel = FigurePanel(columns, self, shares=shares)
        panel.set_title(title)
        panel.open_list.connect(self.open_list)
        return panel

    def _add(self, title: str, columns: list[Column]) -> FigurePanel:
        panel = self._panel(columns, title)
        self.addTab(panel, title)
        return panel

    def _stacked(self, first: FigurePanel, second: FigurePanel) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first, 2)
        layout.addWidget(second, 5)
        return page

    def _with_button(self, panel: FigurePanel, button: QPushButton) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 8)
        row.addWidget(panel.note, 1)
        row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel, 1)
        layout.addLayout(row)
        return page

    def _coverage_columns(self) -> list[Column]:
        return [Column(self.tr("Regency/city"), lambda r: r.name),
                Column(self.tr("Target"), lambda r: r.target or "–", right=True),
                Column(self.tr("Enrolled"), lambda r: r.enrolled, opens=True),
                Column(self.tr("% of target"), lambda r: percent_text(r.percent), right=True),
                Column(self.tr("Still to enrol"), lambda r: max(r.target - r.enrolled, 0) if r.target else "–",
                       right=True)]

    def _office_columns(self) -> list[Column]:
        return [Column(self.tr("Office"), lambda o: f"{o.code} · {o.name}"),
                Column(self.tr("Participants"), lambda o: o.enrolled, opens=True),
                Column(self.tr("Bundles received"), lambda o: o.bundles),
                Column(self.tr("Last bundle"), lambda o: format_date(o.last_bundle_at.astimezone().date())
                       if o.last_bundle_at else self.tr("never")),
                Column(self.tr("Days since"), lambda o: o.days_since if o.days_since is not None else "–",
                       alert=lambda o: o.late(self._late_after))]

    def _figure_columns(self, heading: str) -> list[Column]:
        return [Column(heading, lambda f: f.label), Column(self.tr("Participants"), lambda f: f.count, opens=True)]

    def _share_columns(self, heading: str) -> list[Column]:
        return [*self._figure_columns(heading), Column(self.tr("Share"), self._share, right=True)]

    def _share(self, figure: Figure) -> str:
        return percent_text(100 * figure.count / self._total if self._total else None)

    # --- filling ------------------------------------------------------------------------------------

    def show_data(self, data: DashboardData) -> None:
        self._late_after, self._total = data.warning_days, data.total.count
        self._show_coverage(data)
        if self.offices is not None:
            self._show_offices(data.offices)
        self._show_figures(self.per_day, data.per_day, share=False)
        self._show_figures(self.per_week, data.per_week, share=False)
        for panel, figures in ((self.occupation, data.by_occupation), (self.sex, data.by_sex), (self.age, data.by_age)):
            self._show_figures(panel, figures, share=True)
        self._show_age_limit(data.age_limit, data.age_max)

    def _show_coverage(self, data: DashboardData) -> None:
        rows, c = data.coverage, colours()
        bars = [Bar(r.name, r.percent or 0, self._coverage_text(r),
                    qcolor(c.bar_reached if (r.percent or 0) >= 100 else c.bar),
                    fill(self.tr("%1: %2 enrolled of a target of %3"), r.name, format_number(r.enrolled),
                         format_number(r.target)))
                for r in rows]
        scale = max([100.0] + [r.percent or 0 for r in rows])
        self.coverage.set_rows(rows, bars, query_of=lambda r: r.query, title_of=lambda r: r.name, scale=scale,
                               marker=100.0)
        note = (self.tr("Targets: the quota split by population (Dukcapil, December 2024); an administrator can "
                        "change them.") if data.targets.is_default else self.tr("Targets set by an administrator."))
        self.coverage.note.setText(note + " " + self.tr("The dashed line marks 100 % of the target."))
        self.coverage.note.show()

    def _coverage_text(self, row: RegencyCoverage) -> str:
        if not row.target:
            return fill(self.tr("%1 (no target here)"), format_number(row.enrolled))
        return f"{percent_text(row.percent)} ({format_number(row.enrolled)} / {format_number(row.target)})"

    def _show_offices(self, offices: list[OfficeActivity]) -> None:
        late, c = self._late_after, colours()
        bars = [Bar(f"{o.code} · {o.name}", o.days_since if o.days_since is not None else late + 1,
                    self._days_text(o), qcolor(c.bar_late if o.late(late) else c.bar),
                    fill(self.tr("%1: %2 bundles received"), o.name, format_number(o.bundles)))
                for o in offices]
        self.offices.set_rows(offices, bars, query_of=lambda o: o.query,
                              title_of=lambda o: fill(self.tr("Office %1"), f"{o.code} · {o.name}"),
                              marker=float(late))
        self.offices.note.setText(fill(self.tr("Bars: days since each office's last bundle; in red after %1 days "
                                               "(setting export_warning_days) or when none came yet."), late))
        self.offices.note.show()

    def _days_text(self, office: OfficeActivity) -> str:
        if office.days_since is None:
            return self.tr("no bundle yet")
        return fill(self.tr("%1 days"), format_number(office.days_since))

    def _show_figures(self, panel: FigurePanel, figures: list[Figure], share: bool) -> None:
        bars = [Bar(f.label, f.count, f"{format_number(f.count)} ({self._share(f)})" if share
                    else format_number(f.count), clickable=f.query is not None) for f in figures]
        panel.set_rows(figures, bars, query_of=lambda f: f.query, title_of=lambda f: f.label)

    def _limit_label(self, figure: AgeLimitFigure) -> str:
        if figure.month is None:
            return self.tr("Already past it, still active")
        return month_text(figure.month, current_language())

    def _show_age_limit(self, figures: list[AgeLimitFigure], age_max: int) -> None:
        c = colours()
        bars = [Bar(self._limit_label(f), f.count, format_number(f.count),
                    qcolor(c.bar_late if f.month is None and f.count else c.bar)) for f in figures]
        self.age_limit.set_rows(figures, bars, query_of=lambda f: f.query,
                                title_of=lambda f: fill(self.tr("Age limit: %1"), self._limit_label(f)))
        self.age_limit.note.setText(fill(self.tr("Active participants who turn %1 (the age limit is %2 years): their "
                                                 "coverage ends the day before that birthday. End them with the "
                                                 "reason age-limit, or in the yearly renewal."), age_max + 1, age_max))
        self.age_limit.note.show()
