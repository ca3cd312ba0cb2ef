"""The shape every report takes before it becomes a PDF or an XLSX (the central office's reports, coverage, the
bill): notes, then titled sections of tables whose cells keep their type (text, a count, an amount, a date…) so
each writer formats them its own way, then the signatures. Texts are already in the report's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from pekerja_desktop.domain.dates import format_date, format_datetime_local
from pekerja_desktop.domain.i18n import current_language, render

TABLE_LABELS: dict[str, dict[str, str]] = {
    "no_data": {"id": "Tidak ada data.", "en": "No data."},
    "prepared_by": {"id": "Dibuat oleh: {name}", "en": "Prepared by: {name}"},
    "as_of": {"id": "Keadaan per {date}", "en": "As of {date}"},
    "printed": {"id": "Dicetak {moment} oleh {name} — Pekerja Desktop",
                "en": "Printed {moment} by {name} — Pekerja Desktop"},
    "page": {"id": "Halaman {page} dari {pages}", "en": "Page {page} of {pages}"},
}


class Kind(StrEnum):
    TEXT = "text"  # wrapped within its column
    CODE = "code"  # an identifier (NIK, registration number, region code): never wrapped, shrunk to fit
    COUNT = "count"
    MONEY = "money"  # whole rupiah
    PERCENT = "percent"  # a share in percent (12.5), None without a target
    BAR = "bar"  # the same share drawn as a bar in the PDF (a percentage in the XLSX)
    DATE = "date"

    @property
    def is_figure(self) -> bool:
        """Right-aligned, a number in the XLSX."""
        return self in (Kind.COUNT, Kind.MONEY, Kind.PERCENT)


class Level:
    """How a row stands out: a plain line, a group's line (bold), a shaded subtotal, the grand total."""
    PLAIN = 0
    GROUP = 1
    SUBTOTAL = 2
    TOTAL = 3


@dataclass(frozen=True)
class Column:
    label: str
    width_mm: float
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Row:
    values: tuple
    level: int = Level.PLAIN
    indent: int = 0  # nesting depth of the first cell (kecamatan under kabupaten, desa under kecamatan)


@dataclass(frozen=True)
class Section:
    title: str
    sheet: str  # the XLSX sheet name (at most 31 characters)
    columns: tuple[Column, ...]
    rows: list[Row]
    empty_text: str = ""  # shown instead of the table when there is no row
    note: str = ""  # one line under the title (what is counted)

    def empty_line(self, language: str) -> str:
        return self.empty_text or render(TABLE_LABELS, "no_data", None, language)


@dataclass(frozen=True)
class Masthead:
    """Who made a report, where and when, and whose records it covers."""
    office_name: str
    scope: str  # every office, or one office
    prepared_by: str
    printed_at: dt.datetime

    @property
    def office_line(self) -> str:
        return f"{self.office_name} — {self.scope}" if self.scope else self.office_name

    def as_of_line(self, language: str) -> str:
        as_of = render(TABLE_LABELS, "as_of", {"date": format_date(self.printed_at.date())}, language)
        return f"{as_of} · {render(TABLE_LABELS, 'prepared_by', {'name': self.prepared_by}, language)}"

    def printed_line(self, language: str) -> str:
        return render(TABLE_LABELS, "printed", {"moment": format_datetime_local(self.printed_at),
                                                "name": self.prepared_by}, language)


@dataclass(frozen=True)
class Signatory:
    """One side of the signature block: the lines above the space to sign, the name, the lines under it."""
    heading: tuple[str, ...]
    name: str  # "" leaves a dotted line to fill in by hand
    footing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    title: str
    masthead: Masthead
    sections: list[Section] = field(default_factory=list)
    subtitle: str = ""  # under the title: what the report is about (the month of a bill…)
    notes: tuple[str, ...] = ()  # under the masthead: what the figures rest on (rates, targets…)
    signatures: tuple[Signatory, ...] = ()
    portrait: bool = False  # A4 upright; reports are landscape unless their tables are narrow
    language: str = field(default_factory=current_language)


def local_date(moment: dt.datetime | None) -> dt.date | None:
    """The laptop's calendar day of a stored timestamp (stored in UTC, naive when read back)."""
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone().date()
