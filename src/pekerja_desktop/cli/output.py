"""Printing rows as a table, CSV or JSON."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Sequence

from pekerja_desktop.documents.spreadsheet import neutralise_formula
from pekerja_desktop.domain.i18n import render

YES_NO = {"yes": {"id": "ya", "en": "yes"}, "no": {"id": "tidak", "en": "no"}}


def yes_no(flag: bool) -> str:
    """A yes/no column of a table, in the user's language."""
    return render(YES_NO, "yes" if flag else "no")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _json_default(value):
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
    sys.stdout.write("\n")


def print_csv(rows: Sequence[dict], columns: Sequence[str]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise_formula(_json_default(v) if isinstance(v, dt.date) else v)
                         for v in (row.get(c) for c in columns)])


def print_table(rows: Sequence[dict], columns: Sequence[str], headers: Sequence[str]) -> None:
    cells = [[_text(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
