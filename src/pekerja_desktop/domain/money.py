"""Rupiah amounts as people and spreadsheets write them: whole rupiah, thousands grouped with dots (Indonesian) or
commas (English), sometimes with "Rp" and cents."""

from __future__ import annotations

import re

_WHOLE = re.compile(r"-?\d+")
_CENTS = re.compile(r"[.,]\d{1,2}$")


def parse_rupiah(value: object) -> int | None:
    """Whole rupiah from a number or a text (`16800`, `16.800`, `Rp16.800`, `16,800`, `16800,00`); None when it is
    not an amount."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return round(value)
    text = re.sub(r"(?i)rp|\s", "", str(value))
    text = _CENTS.sub("", text)
    text = text.replace(".", "").replace(",", "")
    return int(text) if _WHOLE.fullmatch(text) else None
