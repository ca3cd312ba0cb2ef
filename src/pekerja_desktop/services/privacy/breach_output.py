"""`breach-list`: the persons a bundle carried, as CSV (`;`, BOM, as Excel on an Indonesian Windows opens it),
XLSX (NIKs as text) or PDF (A4 landscape), chosen by the file's suffix: the bundle and the 3 × 24 hours
notification duty above one line per person. Every spreadsheet cell passes through `neutralise_formula`; files
appear only complete; the listing is audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.documents.output import writing
from pekerja_desktop.documents.table_file import TableFile, render_table_file
from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.privacy.breach import breach_list
from pekerja_desktop.services.privacy.breach_pdf import write_breach_pdf
from pekerja_desktop.services.privacy.breach_table import COLUMN_WIDTHS, HEADERS, Preamble, preamble, table_rows
from pekerja_desktop.services.privacy.errors import output_format

FORMATS = ("csv", "xlsx", "pdf")
SHEET_NAMES = {"id": "Daftar orang", "en": "Persons"}


@dataclass(frozen=True)
class BreachResult:
    path: Path
    sequence: int
    persons: int
    recorded: bool


def write_breach_list(ctx: AppContext, key: str, out: Path, *, language: str | None = None,
                      now_text: str | None = None) -> BreachResult:
    """Write the list for bundle `key` to `out` (.csv, .xlsx or .pdf) and record "breach.list"."""
    language = language or current_language()
    fmt = output_format(out, FORMATS)
    listing = breach_list(ctx, key)
    operator = f"{ctx.operator.display_name} ({ctx.actor})" if ctx.operator.display_name else ctx.actor
    head = preamble(listing, operator, now_text or format_datetime_local(dt.datetime.now(dt.UTC)), language)
    rows = table_rows(listing, language)
    if fmt == "pdf":
        write_breach_pdf(out, listing, head, rows, HEADERS[language], language=language, author=operator)
    else:
        _write_sheet(out, fmt, head, rows, language)
    ctx.audit("breach.list", listing.file_name, sequence=listing.sequence, persons=len(listing.persons),
              recorded=listing.recorded, out=Path(out).name)
    return BreachResult(Path(out), listing.sequence, len(listing.persons), listing.recorded)


def _write_sheet(out: Path, fmt: str, head: Preamble, rows: list[list[str]], language: str) -> None:
    table = TableFile(SHEET_NAMES.get(language, SHEET_NAMES["id"]), list(HEADERS[language]), rows, head.lines(),
                      COLUMN_WIDTHS)
    with writing(Path(out)) as staged:
        render_table_file(table, staged, fmt)
