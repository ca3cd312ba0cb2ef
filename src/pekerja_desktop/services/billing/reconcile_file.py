"""(hub) Reading the invoice or participant list BPJS sends for a month (XLSX, first sheet, or CSV with `;`, `,` or
tab): a header row within the first 10 rows naming at least NIK or KPJ and an amount; optionally the name.
Headers are case-, space- and punctuation-insensitive (`No. KPJ`, `Nomor Peserta`, `Iuran`, `Jumlah Iuran (Rp)`…).

Each data row becomes a `TheirRow`: its NIK (16 digits) or KPJ (11 digits) — also when Excel stored them as
numbers — and its amount in whole rupiah (`16800`, `16.800`, `Rp16.800`, `16,800`, `16800.00`); a row whose key or
amount cannot be read is kept with the reason, for the report.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.domain.money import parse_rupiah
from pekerja_desktop.services.billing.errors import BillingError
from pekerja_desktop.services.intake.reading.csv_text import decode_text, sniff_delimiter

HEADER_SCAN_ROWS = 10
HEADER_ALIASES = {
    "nik": "nik", "noktp": "nik", "nomorktp": "nik", "nomorindukkependudukan": "nik",
    "kpj": "kpj", "nokpj": "kpj", "nomorkpj": "kpj", "nopeserta": "kpj", "nomorpeserta": "kpj",
    "iuran": "amount", "jumlahiuran": "amount", "totaliuran": "amount", "tagihan": "amount",
    "jumlahtagihan": "amount", "nominal": "amount", "jumlah": "amount", "amount": "amount", "total": "amount",
    "iuranrp": "amount", "jumlahiuranrp": "amount", "totaliuranrp": "amount", "jumlahrp": "amount",
    "nama": "name", "namapeserta": "name", "namatenagakerja": "name", "name": "name",
}
NIK = re.compile(r"\d{16}")
KPJ = re.compile(r"\d{11}")


@dataclass(frozen=True)
class TheirRow:
    number: int  # the row number in the file (1 = its first line)
    nik: str
    kpj: str
    name: str
    amount: int | None
    problem: str = ""  # why the row cannot be matched (empty: it can)


def _header_key(value: object) -> str | None:
    return HEADER_ALIASES.get(re.sub(r"[^a-z0-9]", "", str(value or "").lower()))


def _rows(path: Path) -> list[list[object]]:
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import load_workbook

            workbook = load_workbook(path, read_only=True, data_only=True)
            try:
                return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
            finally:
                workbook.close()
        lines = decode_text(path.read_bytes()).splitlines()
        return [list(row) for row in csv.reader(lines, delimiter=sniff_delimiter(lines[:HEADER_SCAN_ROWS]))]
    except OSError as exc:
        raise BillingError("reconcile.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise BillingError("reconcile.unreadable", path=str(path), reason=type(exc).__name__) from None


def _digits(value: object, width: int) -> str:
    """An identifier as digits: Excel's numbers turned back into text (a KPJ's leading zeros restored)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value).zfill(width)
    return re.sub(r"[\s.\-]", "", str(value or ""))


def _their_row(number: int, nik: object, kpj: object, name: object, amount: object) -> TheirRow:
    nik_text, kpj_text = _digits(nik, 16), _digits(kpj, 11)
    nik_text = nik_text if NIK.fullmatch(nik_text) else ""
    kpj_text = kpj_text if KPJ.fullmatch(kpj_text) else ""
    value = parse_rupiah(amount)
    problem = ("" if nik_text or kpj_text else "no_key") or ("" if value is not None else "no_amount")
    return TheirRow(number, nik_text, kpj_text, str(name or "").strip(), value, problem)


def read_invoice(path: Path) -> list[TheirRow]:
    path = Path(path)
    rows = _rows(path)
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        positions: dict[str, int] = {}
        for column, value in enumerate(row):
            key = _header_key(value)
            if key and key not in positions:
                positions[key] = column
        if "amount" in positions and ("nik" in positions or "kpj" in positions):
            return _data_rows(path, rows, index, positions)
    raise BillingError("reconcile.missing_columns", path=str(path))


def _data_rows(path: Path, rows: list[list[object]], header: int, positions: dict[str, int]) -> list[TheirRow]:
    def get(row: list[object], key: str) -> object:
        column = positions.get(key)
        return row[column] if column is not None and column < len(row) else None

    found = [_their_row(number, get(row, "nik"), get(row, "kpj"), get(row, "name"), get(row, "amount"))
             for number, row in enumerate(rows[header + 1:], start=header + 2)
             if not all(value in (None, "") for value in row)]
    if not found:
        raise BillingError("reconcile.empty", path=str(path))
    return found
