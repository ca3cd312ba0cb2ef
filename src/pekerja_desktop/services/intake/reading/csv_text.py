"""CSV as village offices save it: the encoding detected, the separator sniffed, and a malformed quote confined to its
own line.

Excel saves UTF-8 with or without a BOM, UTF-16 ("Unicode text") and, on an Indonesian Windows, cp1252. A stray
quote (`"` opening a cell that never closes) would make a CSV reader swallow every following line into one cell, or
stop on "field larger than field limit": here the line holding it is read with the quote as a plain character, the
next line is read afresh, and the line is reported (`QuoteFault`).
"""

from __future__ import annotations

import codecs
import csv
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

SNIFF_LINES = 30
UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class QuoteFault:
    record: int  # 1-based, as the rows are numbered
    line: int  # the physical line in the file


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 saved without a BOM: ASCII text leaves every other byte NUL."""
    if len(head) < 4 or head.count(0) < len(head) // 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 2 * even:
        return "utf-16-le"
    if even > 2 * odd:
        return "utf-16-be"
    return None


def decode_text(content: bytes) -> str:
    """UTF-16 (BOM or NUL pattern), UTF-8 (with or without BOM), else cp1252; never raises."""
    for bom, encoding in UTF16_BOMS:
        if content.startswith(bom):
            return content[len(bom):].decode(encoding, errors="replace")
    guessed = _utf16_without_bom(content[:4096])
    if guessed:
        return content.decode(guessed, errors="replace")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def sniff_delimiter(lines: Sequence[str]) -> str:
    """The separator that splits the first lines into the most fields (quotes respected)."""
    def fields(delimiter: str) -> int:
        try:
            return sum(len(row) - 1 for row in csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            return sum(line.count(delimiter) for line in lines)
    return max((";", ",", "\t"), key=fields)


def _swallowed(record: list[str], delimiter: str) -> bool:
    """A cell running over a line break that holds what look like whole rows: an unclosed quote, not an address."""
    for cell in record:
        if "\n" in cell or "\r" in cell:
            later = cell.splitlines()[1:]
            if any(line.count(delimiter) >= 2 for line in later):
                return True
    return False


def _literal(line: str, delimiter: str) -> list[str]:
    """One physical line split with quotes taken as plain characters."""
    return next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])


def parse_csv(text: str, delimiter: str) -> tuple[list[list[str]], list[QuoteFault]]:
    """Every record of `text`; a record a stray quote would have run on is its line alone, read literally."""
    lines = text.splitlines(keepends=True)
    rows: list[list[str]] = []
    faults: list[QuoteFault] = []
    start = 0
    while start < len(lines):
        restart = _parse_from(lines, start, delimiter, rows, faults)
        if restart is None:
            break
        start = restart
    return rows, faults


def _parse_from(lines: list[str], start: int, delimiter: str, rows: list[list[str]],
                faults: list[QuoteFault]) -> int | None:
    """Read records from physical line `start`; the line to restart from after a fault, or None at the end."""
    reader = csv.reader(itertools.islice(lines, start, None), delimiter=delimiter)
    consumed = 0
    try:
        for record in reader:
            if reader.line_num - consumed > 1 and _swallowed(record, delimiter):
                return _fault(lines, start + consumed, delimiter, rows, faults)
            rows.append(record)
            consumed = reader.line_num
    except csv.Error:  # "field larger than field limit", a NUL byte…: the line where it began
        return _fault(lines, start + consumed, delimiter, rows, faults)
    return None


def _fault(lines: list[str], line: int, delimiter: str, rows: list[list[str]], faults: list[QuoteFault]) -> int:
    rows.append(_literal(lines[line], delimiter))
    faults.append(QuoteFault(record=len(rows), line=line + 1))
    return line + 1


def csv_rows(content: bytes) -> tuple[list[list[str]], list[QuoteFault]]:
    """The rows of a CSV file (Excel's "sep=;" hint honoured) and the lines whose quotes were read literally."""
    text = decode_text(content).replace("\x00", "")
    first, _, rest = text.partition("\n")
    if first.lower().startswith("sep=") and len(first.strip()) >= 5:
        rows, faults = parse_csv(rest, first.strip()[4])
        return [[], *rows], [QuoteFault(f.record + 1, f.line + 1) for f in faults]  # the hint is a row of its own
    return parse_csv(text, sniff_delimiter(text.splitlines()[:SNIFF_LINES]))
