"""(hub) Files for BPJS through a configurable column template: the upload file (bpjs_export.py) and the monthly
change file (bpjs_changes.py) share it.

A template is JSON: `{"columns": [{"header": ..., "field": ... | "value": ..., "date_format": "dd-MM-yyyy",
"code_format": "dotted"|"plain"|"name"|"code", "map": {...}}], "csv_delimiter": ","}`. A row is a mapping of
field names to values; a date is written with the column's `date_format`, a code through `map`, `code_format`
(`plain`: a region code without dots; `name`: the Indonesian name of an occupation or funding source). Every cell
is text (a NIK keeps its 16 digits) and formula-neutralised; files are written whole or not at all.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from pekerja_desktop.documents.spreadsheet import neutralise_formula
from pekerja_desktop.fileio import atomic_path, atomic_writer
from pekerja_desktop.services.hub.errors import HubError

DATE_TOKENS = (("yyyy", "%Y"), ("MM", "%m"), ("dd", "%d"))
CODE_FORMATS = (None, "dotted", "plain", "name", "code")
SUFFIXES = (".xlsx", ".csv")


def check_template(template, fields: Sequence[str], setting: str = "bpjs_template") -> dict:
    """The template as given, or HubError('bpjs.bad_template') naming the first thing wrong with it."""
    columns = template.get("columns") if isinstance(template, dict) else None
    if not isinstance(columns, list) or not columns:
        raise HubError("bpjs.bad_template", setting=setting, reason="columns")
    for column in columns:
        if not isinstance(column, dict) or not isinstance(column.get("header"), str):
            raise HubError("bpjs.bad_template", setting=setting, reason=f"header {column!r}")
        if "value" not in column and column.get("field") not in fields:
            raise HubError("bpjs.bad_template", setting=setting, reason=f"field {column.get('field')!r}")
        if column.get("code_format") not in CODE_FORMATS:
            raise HubError("bpjs.bad_template", setting=setting, reason=f"code_format {column.get('code_format')!r}")
        if not isinstance(column.get("map", {}), dict):
            raise HubError("bpjs.bad_template", setting=setting, reason=f"map {column.get('map')!r}")
    if len(str(template.get("csv_delimiter", ","))) != 1:
        raise HubError("bpjs.bad_template", setting=setting,
                       reason=f"csv_delimiter {template.get('csv_delimiter')!r}")
    return template


def check_suffix(out: Path) -> None:
    if Path(out).suffix.lower() not in SUFFIXES:
        raise HubError("output.bad_suffix", path=str(out), suffixes=" / ".join(SUFFIXES))


def _strftime(pattern: str) -> str:
    for token, directive in DATE_TOKENS:
        pattern = pattern.replace(token, directive)
    return pattern


def cell(column: dict, row: Mapping[str, object], names: Mapping[str, Mapping[str, str]]) -> str:
    """One cell of `row` through `column`; `names` maps a field's codes to names (occupation, funding source)."""
    if "value" in column:
        return str(column["value"])
    name = column["field"]
    value = row.get(name)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime(_strftime(column.get("date_format", "dd-MM-yyyy")))
    text = str(value)
    mapping = column.get("map")
    if isinstance(mapping, dict):
        text = str(mapping.get(text, text))
    code_format = column.get("code_format")
    if code_format == "plain":
        text = text.replace(".", "")
    elif code_format == "name":
        text = names.get(name, {}).get(text, text)
    if name == "address" and row.get("rt_rw"):
        text = f"{text} RT/RW {row['rt_rw']}"
    return text


def table(template: dict, rows: Sequence[Mapping[str, object]],
          names: Mapping[str, Mapping[str, str]]) -> tuple[list[str], list[list[str]]]:
    columns = template["columns"]
    return [c["header"] for c in columns], [[cell(c, row, names) for c in columns] for row in rows]


def write_csv(path: Path, headers: list[str], rows: list[list[str]], delimiter: str) -> None:
    with atomic_writer(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([neutralise_formula(h) for h in headers])
        writer.writerows([[neutralise_formula(v) for v in row] for row in rows])


def write_xlsx(path: Path, headers: list[str], rows: list[list[str]], sheet_name: str = "BPJS") -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name)
    sheet.append([neutralise_formula(h) for h in headers])
    for row in rows:
        sheet.append([neutralise_formula(v) for v in row])  # every value is text: NIKs keep their digits
    with atomic_path(path) as temporary:
        workbook.save(temporary)


def write_table(path: Path, template: dict, headers: list[str], rows: list[list[str]],
                sheet_name: str = "BPJS", suffix: str | None = None) -> None:
    """As CSV or XLSX by `suffix` (else the suffix of `path`)."""
    if (suffix or path.suffix).lower() == ".csv":
        write_csv(path, headers, rows, str(template.get("csv_delimiter") or ","))
    else:
        write_xlsx(path, headers, rows, sheet_name)
