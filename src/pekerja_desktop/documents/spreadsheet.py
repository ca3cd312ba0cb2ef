"""Safety for every CSV/XLSX the program writes."""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Keep text that a spreadsheet would run as a formula (=HYPERLINK(…), +cmd, @SUM…) as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
