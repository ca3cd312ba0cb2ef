"""The hub's dashboard warns when a funding source's projected contributions pass this year's ceiling."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.services.budget.ceilings import save_ceiling
from pekerja_desktop.ui.pages.dashboard.page import DashboardPage
from tests.support.hub import add_people


def _page(qtbot, ctx, runner) -> DashboardPage:
    page = DashboardPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1166, 660)
    page.show()
    return page


def test_a_projection_past_the_ceiling_is_shown_on_the_hubs_dashboard(qtbot, hub, runner):
    add_people(hub, 10, coverage_start=dt.date(dt.date.today().year, 1, 1))
    year = dt.date.today().year
    save_ceiling(hub, year, "APBD_PROV", "murni", 10 * 16_800)  # one month's worth for the year
    page = _page(qtbot, hub, runner)
    assert page.budget.isVisible()
    text = page.budget.text()
    assert f"<b>Budget {year}" in text and "APBD Provinsi" in text and "Rp168.000" in text
    save_ceiling(hub, year, "APBD_PROV", "perubahan", 10 * 16_800 * 12)
    page.refresh()
    assert not page.budget.isVisible()


def test_no_warning_without_a_ceiling_nor_at_an_office(qtbot, hub, ctx, runner):
    add_people(hub, 3)
    assert not _page(qtbot, hub, runner).budget.isVisible()
    assert not _page(qtbot, ctx, runner).budget.isVisible()
