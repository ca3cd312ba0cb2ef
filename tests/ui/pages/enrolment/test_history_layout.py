"""A record opened with its change history beside it, on the smallest screen supported: the history narrows so that
an heir's name keeps room to be read and typed, and a heir's full NIK still shows whole."""

from __future__ import annotations

import datetime as dt

import pytest

from pekerja_desktop.domain.participant import HeirData
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.ui.pages.enrolment.page import HISTORY_WIDTHS, EnrolmentPage
from tests.conftest import make_participant

PAGE_AT = {"1280x720": (1060, 640), "1366x768": (1146, 690)}  # what each window leaves the page, beside the list
HEIR_NIK = "8171010201800002"
MIN_NAME_WIDTH = 200  # px: about twenty capitals, most heirs' names whole


@pytest.fixture
def opened(ctx, runner, qtbot, indonesian):
    """A page of each size showing a record with two heirs, its history open."""
    heirs = [HeirData("Yohanis Latuconsina", "SUAMI", dt.date(1980, 1, 2), "0812-3456-7890", HEIR_NIK),
             HeirData("Fransina Wattimena Latuconsina", "ANAK", dt.date(2010, 3, 4), None, None)]
    number = enrol(ctx, make_participant(heirs=heirs), final=True).registration_number

    def open_at(screen: str) -> EnrolmentPage:
        page = EnrolmentPage(ctx, runner)
        qtbot.addWidget(page)
        page.resize(*PAGE_AT[screen])
        page.show()
        qtbot.waitExposed(page)
        page.open_participant(number)
        qtbot.waitUntil(lambda: page.history.isVisible())
        qtbot.wait(10)
        return page

    return open_at


def test_at_1280_the_history_narrows_and_the_heirs_names_keep_room(opened):
    page = opened("1280x720")
    assert page.history.width() == HISTORY_WIDTHS[0]
    rows = page.form.heirs.rows
    assert all(row.full_name.width() >= MIN_NAME_WIDTH for row in rows)
    nik = rows[0].nik
    assert nik.text() == HEIR_NIK and nik.fontMetrics().horizontalAdvance(HEIR_NIK) < nik.contentsRect().width()
    phone = rows[0].phone
    assert phone.fontMetrics().horizontalAdvance(phone.text()) < phone.contentsRect().width()
    assert not page._scroll.horizontalScrollBar().isVisible()


def test_at_1366_the_history_keeps_its_wider_width(opened):
    page = opened("1366x768")
    assert page.history.width() == HISTORY_WIDTHS[1]
    assert all(row.full_name.width() >= MIN_NAME_WIDTH for row in page.form.heirs.rows)
