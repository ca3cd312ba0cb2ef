"""Safety and the CSV convention for every CSV/XLSX the program writes: text a spreadsheet would run as a formula
is kept as text, a character no cell may hold (a control character, a bidirectional override…) is shown as U+FFFD
(domain/characters.py) so one odd record never stops a file; a CSV has `;` between values and a byte-order mark,
as Excel on an Indonesian Windows opens it. (Standard library only: the command line imports this at start.)"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from pekerja_desktop.domain.characters import visible_text

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"  # with the byte-order mark Excel needs to read UTF-8


def neutralise_formula(value):
    """Keep text that a spreadsheet would run as a formula (=HYPERLINK(…), +cmd, @SUM…) as text, and show each
    character a cell cannot hold as U+FFFD."""
    if not isinstance(value, str):
        return value
    value = visible_text(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def write_csv(rows: Iterable[Sequence], target: Path) -> None:
    """Every value neutralised; `target` is written directly (callers stage it)."""
    with Path(target).open("w", encoding=CSV_ENCODING, newline="") as handle:
        csv.writer(handle, delimiter=CSV_DELIMITER).writerows([neutralise_formula(v) for v in row] for row in rows)
