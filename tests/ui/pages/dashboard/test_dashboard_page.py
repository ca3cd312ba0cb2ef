"""The Dasbor page: it shows the figures, every bar and link number opens the register filtered to the people
behind it, the admin edits the targets; at the hub the offices tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import text

from pekerja_desktop.services.dashboard.figures import load_dashboard
from pekerja_desktop.services.dashboard.targets import load_targets
from pekerja_desktop.services.demo.generate import generate_demo
from pekerja_desktop.services.register.search import count_participants
from pekerja_desktop.store.errors import DatabaseError
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.pages.dashboard import dialogs as targets_dialog
from pekerja_desktop.ui.pages.dashboard.page import DashboardPage
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.widgets.formatting import format_number


@pytest.fixture
def demo(ctx):
    generate_demo(ctx, 240, seed=2)
    return ctx


@pytest.fixture
def page(qtbot, demo, runner):
    widget = DashboardPage(demo, runner)
    qtbot.addWidget(widget)
    widget.resize(1166, 660)
    widget.show()
    return widget


def click_bar(qtbot, chart, index: int) -> None:
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.row_rect(index).center())


def click_cell(qtbot, table, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_page_shows_the_figures(page, demo):
    data = load_dashboard(demo)
    assert page.enrolled.value.text() == format_number(240) == format_number(data.total.count)
    assert page.target.value.text() == format_number(load_targets(demo).of("81.71"))
    tabs = page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Coverage", "Per day", "Per week", "Occupation",
                                                              "Sex and age", "Age limit"]
    assert [bar.label for bar in tabs.coverage.chart.bars()] == [r.name for r in data.coverage]
    assert tabs.coverage.chart.bars()[0].label == "Kota Ambon"  # the office's own regency first
    assert tabs.sex.chart.bars()[0].text.startswith(format_number(data.by_sex[0].count))
    model = tabs.occupation.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        format_number(f.count) for f in data.by_occupation]
    assert page.third.value.text() == "never"  # days since the last export: nothing exported yet


def test_the_model_passes_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.tabs.coverage.model)
    qtmodeltester.check(page.tabs.per_week.model)


def test_a_bar_and_a_link_number_give_the_list_behind_them(page, demo, qtbot):
    data = page.data
    group = next(i for i, figure in enumerate(data.by_age) if figure.count)
    with qtbot.waitSignal(page.open_list) as signal:
        click_bar(qtbot, page.tabs.age.chart, group)
    query, title = signal.args
    assert title == data.by_age[group].label
    with demo.db.session() as session:
        assert count_participants(session, query) == data.by_age[group].count
    page.tabs.setCurrentIndex(3)
    with qtbot.waitSignal(page.open_list) as signal:
        click_cell(qtbot, page.tabs.occupation.table, 0, 1)
    assert signal.args[0].occupation == data.by_occupation[0].key
    with qtbot.assertNotEmitted(page.open_list):
        click_cell(qtbot, page.tabs.occupation.table, 0, 0)  # the name is not a link


def test_the_age_limit_tab_lists_the_coming_months_and_opens_their_lists(page, demo, qtbot):
    data = page.data
    tabs = page.tabs
    assert tabs.age_limit.chart.bars()[0].label == "Already past it, still active"
    assert len(data.age_limit) == 7 and data.age_limit[1].month == data.today.replace(day=1)
    assert "turn 66" in tabs.age_limit.note.text()
    tabs.setCurrentIndex(5)
    row = max(range(len(data.age_limit)), key=lambda i: data.age_limit[i].count)
    with qtbot.waitSignal(page.open_list) as signal:
        click_cell(qtbot, tabs.age_limit.table, row, 1)
    query, title = signal.args
    assert title.startswith("Age limit: ")
    with demo.db.session() as session:
        assert count_participants(session, query) == data.age_limit[row].count


def test_clicking_a_number_opens_the_register_filtered(demo, runner, qtbot):
    window = MainWindow(demo, runner, UiPreferences(demo.layout.root))
    qtbot.addWidget(window)
    window.show()
    dashboard = window.dashboard_page
    window.show_page(window.pages.indexOf(dashboard))
    women = next(f for f in dashboard.data.by_sex if f.key == "P")
    dashboard.tabs.setCurrentIndex(4)
    click_cell(qtbot, dashboard.tabs.sex.table, [f.key for f in dashboard.data.by_sex].index("P"), 1)
    register = window.register_page
    assert window.pages.currentWidget() is register
    qtbot.waitUntil(lambda: register.total_label.text() == f"Participants: {format_number(women.count)}")
    assert register.drilldown.isVisible() and "Perempuan" in register.drilldown.label.text()
    assert register.current_query().sex == "P" and register.current_query().status == "active"
    assert register.filters.status.currentData() == "active"
    register.drilldown.clear_button.click()
    qtbot.waitUntil(lambda: register.total_label.text() == f"Participants: {format_number(240)}")
    assert not register.drilldown.isVisible() and register.current_query().sex is None


def test_a_day_opens_the_register_with_its_dates(demo, runner, qtbot):
    window = MainWindow(demo, runner, UiPreferences(demo.layout.root))
    qtbot.addWidget(window)
    window.show()
    dashboard = window.dashboard_page
    busiest = max(range(len(dashboard.data.per_day)), key=lambda i: dashboard.data.per_day[i].count)
    day = dashboard.data.per_day[busiest]
    dashboard.tabs.setCurrentIndex(1)
    click_bar(qtbot, dashboard.tabs.per_day.chart, busiest)
    register = window.register_page
    assert register.filters.created_from.date() == register.filters.created_to.date() == dt.date.fromisoformat(day.key)
    qtbot.waitUntil(lambda: register.total_label.text() == f"Participants: {format_number(day.count)}")


def test_the_admin_changes_the_targets(page, demo, monkeypatch):
    chosen = {region.code: 100 for region in demo.reference.regions.regencies()}
    monkeypatch.setattr(targets_dialog.TargetsDialog, "edit", classmethod(lambda cls, *args: chosen))
    assert page.tabs.edit_targets.isEnabled()
    page.tabs.edit_targets.click()
    assert load_targets(demo).by_regency == chosen
    assert page.target.value.text() == "100"
    with demo.db.session() as session:
        assert session.scalar(text("SELECT count(*) FROM audit_event WHERE action = 'settings.targets'")) == 1


def test_the_targets_dialog_fills_the_population_split(qtbot, demo):
    regencies = demo.reference.regions.regencies()
    dialog = targets_dialog.TargetsDialog(regencies, {}, {"81.01": 7818, "81.71": 6503})
    qtbot.addWidget(dialog)
    assert sum(dialog.values().values()) == 0
    dialog.reset_button.click()
    assert dialog.values()["81.01"] == 7818 and dialog.total.text() == f"Total: {format_number(14_321)} workers"


def test_in_indonesian(page, indonesian, demo, runner, qtbot):
    fresh = DashboardPage(demo, runner)
    qtbot.addWidget(fresh)
    assert fresh.tabs.tabText(0) == "Cakupan" and fresh.reload.text() == "&Muat ulang"
    assert fresh.title.text() == "Dasbor — Disnaker Kota Ambon"


def test_a_failure_is_shown_not_raised(page, monkeypatch):
    from pekerja_desktop.ui.pages.dashboard import page as dashboard_page

    def broken(_ctx):
        raise DatabaseError("database.locked")

    monkeypatch.setattr(dashboard_page, "load_dashboard", broken)
    page.refresh()
    assert "could not be read" in page.status.text()
    assert not page._loading


def test_chart_keys_choose_and_open(page, qtbot):
    chart = page.tabs.coverage.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.open_list) as signal:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert signal.args[0].region_code == page.data.coverage[0].code
    assert chart.index_at(QPoint(5, chart.row_rect(0).center().y())) == 0  # an office: its own kabupaten/kota


def test_the_window_lists_the_dashboard_in_indonesian(demo, runner, qtbot, indonesian):
    window = MainWindow(demo, runner, UiPreferences(demo.layout.root))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Dasbor" in titles
    register = window.register_page
    register.show_query(window.dashboard_page.data.total.query, "Semua")
    assert register.drilldown.label.text() == "Ditampilkan dari dasbor: Semua"
