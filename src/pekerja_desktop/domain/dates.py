"""Dates as people type them and as spreadsheets store them."""

from __future__ import annotations

import datetime as dt
import re

MONTH_NAMES = {"id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                      "Oktober", "November", "Desember"),
               "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December")}
EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's serial 1 is 1900-01-01 (with the 1900 leap-year bug)
_DMY = re.compile(r"^(\d{1,2})[/\-. ](\d{1,2})[/\-. ](\d{4})$")
_YMD = re.compile(r"^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$")


def parse_date(value) -> dt.date | None:
    """dd/MM/yyyy, dd-MM-yyyy, dd.MM.yyyy, yyyy-MM-dd, an Excel serial, or a date/datetime; else None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return excel_serial_to_date(value)
    text = str(value).strip()
    if not text:
        return None
    for pattern, order in ((_DMY, (3, 2, 1)), (_YMD, (1, 2, 3))):
        match = pattern.match(text)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return excel_serial_to_date(float(text))
    return None


def excel_serial_to_date(serial: float) -> dt.date | None:
    if not 1 <= serial < 2958466:  # up to 9999-12-31
        return None
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def month_text(month: dt.date, language: str = "id") -> str:
    """'Maret 2027' (Indonesian) or 'March 2027' (English)."""
    return f"{MONTH_NAMES.get(language, MONTH_NAMES['id'])[month.month - 1]} {month.year}"


def local_day_bounds_utc(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """A local calendar day (the laptop's time zone, WIT in Maluku) as a UTC range, as timestamps are stored."""
    start = dt.datetime.combine(day, dt.time.min).astimezone()
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min).astimezone()
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def format_datetime_local(value: dt.datetime | None) -> str:
    """dd/MM/yyyy HH:MM in the laptop's time zone (stored timestamps are UTC, naive when read back)."""
    if value is None:
        return ""
    aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return aware.astimezone().strftime("%d/%m/%Y %H:%M")
