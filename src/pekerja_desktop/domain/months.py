"""Calendar months as the programme counts them: a month is named by its first day (a `datetime.date`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from pekerja_desktop.domain.i18n import current_language

MONTH_NAMES = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def month_label(month: dt.date, language: str | None = None) -> str:
    """"November 2026" in the messages' language (or `language`)."""
    names = MONTH_NAMES.get(language or current_language(), MONTH_NAMES["id"])
    return f"{names[month.month - 1]} {month.year}"


def first_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def previous_month(month: dt.date) -> dt.date:
    return (month.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def month_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day of the month of `month` (any day of it)."""
    first = month.replace(day=1)
    return first, next_month(first) - dt.timedelta(days=1)


def months_from(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """Every month from the one of `first` to the one of `last`, both included."""
    month, end = first.replace(day=1), last.replace(day=1)
    while month <= end:
        yield month
        month = next_month(month)


def year_months(year: int) -> list[dt.date]:
    return [dt.date(year, number, 1) for number in range(1, 13)]
