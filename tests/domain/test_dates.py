"""Dates as clerks type them and as spreadsheets store them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pekerja_desktop.domain.dates import EXCEL_EPOCH, excel_serial_to_date, format_date, parse_date

# Serial 61 is 1900-03-01: from there on Excel's count (with its phantom 29/02/1900) matches the calendar.
FIRST_RELIABLE_SERIAL_DATE = dt.date(1900, 3, 1)
dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


def excel_serial(day: dt.date) -> int:
    return (day - EXCEL_EPOCH).days


@pytest.mark.parametrize(("typed", "expected"), [
    ("05/08/1985", dt.date(1985, 8, 5)),
    ("5/8/1985", dt.date(1985, 8, 5)),
    ("05-08-1985", dt.date(1985, 8, 5)),
    ("05.08.1985", dt.date(1985, 8, 5)),
    ("05 08 1985", dt.date(1985, 8, 5)),
    ("1985-08-05", dt.date(1985, 8, 5)),
    ("1985/8/5", dt.date(1985, 8, 5)),
    ("  31/12/1999  ", dt.date(1999, 12, 31)),
    ("29/02/2000", dt.date(2000, 2, 29)),
    ("31234", dt.date(1985, 7, 6)),
    ("31234.0", dt.date(1985, 7, 6)),
    (31234, dt.date(1985, 7, 6)),
    (31234.0, dt.date(1985, 7, 6)),
    (31234.75, dt.date(1985, 7, 6)),  # a time of day in the serial is dropped
    (45292, dt.date(2024, 1, 1)),  # a well-known anchor: 1 January 2024 is serial 45292 in Excel
    (61, FIRST_RELIABLE_SERIAL_DATE),
    (dt.date(1985, 8, 5), dt.date(1985, 8, 5)),
    (dt.datetime(1985, 8, 5, 13, 45), dt.date(1985, 8, 5)),
])
def test_accepted_forms(typed, expected):
    assert parse_date(typed) == expected


def test_datetime_gives_a_plain_date():
    parsed = parse_date(dt.datetime(1985, 8, 5, 23, 59))
    assert type(parsed) is dt.date


@pytest.mark.parametrize("typed", [
    None, "", "   ", "31/02/1985", "29/02/1985", "31/04/1985", "00/01/1985", "01/00/1985", "01/13/1985",
    "1985-02-30", "1985-13-01", "05/08/85", "5-8-85", "1985/08", "05081985", "kemarin", "5 Agustus 1985",
    "05/08/1985 10:00", "1234", "123456", "31234.5", "-31234", 0, -1, 0.5, 2958466, float("nan"), float("inf"),
    True, False,
])
def test_invalid_dates_are_none(typed):
    assert parse_date(typed) is None


@settings(max_examples=300)
@given(dates, st.sampled_from(["{d:02d}/{m:02d}/{y}", "{d}/{m}/{y}", "{d:02d}-{m:02d}-{y}", "{d:02d}.{m:02d}.{y}",
                               "{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}"]))
def test_every_typed_form_round_trips(day, pattern):
    assert parse_date(pattern.format(d=day.day, m=day.month, y=day.year)) == day


@settings(max_examples=300)
@given(st.dates(FIRST_RELIABLE_SERIAL_DATE, dt.date(2100, 12, 31)))
def test_excel_serials_round_trip(day):
    serial = excel_serial(day)
    assert parse_date(serial) == day
    assert parse_date(float(serial)) == day
    assert parse_date(str(serial)) == day or len(str(serial)) != 5
    assert excel_serial_to_date(serial + 0.99) == day


@settings(max_examples=300)
@given(dates)
def test_format_date_is_read_back(day):
    text = format_date(day)
    assert len(text) == 10 and text[2] == text[5] == "/"
    assert parse_date(text) == day


def test_format_empty():
    assert format_date(None) == ""


@pytest.mark.parametrize(("serial", "expected"), [
    (2958465, dt.date(9999, 12, 31)), (2958466, None), (0, None), (0.999, None),
])
def test_excel_serial_range(serial, expected):
    assert excel_serial_to_date(serial) == expected
