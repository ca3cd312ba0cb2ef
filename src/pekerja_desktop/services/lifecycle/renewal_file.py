"""The renewal's paper and file: `renewal --year YYYY --out FILE.pdf|.xlsx|.csv` writes the re-verification list
(one part per desa; the PDF has tick boxes to fill by hand, the XLSX/CSV has yes/no columns to fill and return),
and `renewal-import FILE` reads the answers back (XLSX or CSV, Indonesian or English headers) and applies them
through `apply_renewal`: all of them, or none when a row is wrong.

The third box, under the age limit, comes filled in from the birth date; the office checks it like the others.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from pekerja_desktop.documents.output import writing
from pekerja_desktop.documents.table_file import TableFile, render_table_file
from pekerja_desktop.domain.dates import format_date, parse_date
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.domain.lifecycle import RenewalAnswer, parse_end_reason
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import FileProblem
from pekerja_desktop.progress import Cancelled, Progress
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.intake.reading.csv_text import decode_text, sniff_delimiter
from pekerja_desktop.services.lifecycle.errors import LifecycleError, Problem, RenewalRefused
from pekerja_desktop.services.lifecycle.renewal import (
    Answered,
    RenewalEntry,
    RenewalResult,
    check_office,
    check_year,
    load_renewal,
    reason_choices,
)
from pekerja_desktop.services.lifecycle.renewal_apply import apply_renewal
from pekerja_desktop.services.lifecycle.renewal_pdf import write_renewal_pdf

LIST_SUFFIXES = (".pdf", ".xlsx", ".csv")
ANSWER_SUFFIXES = (".xlsx", ".csv")
COLUMNS = ("year", "village_code", "village", "registration_number", "full_name", "nik", "birth_date", "age",
           "living", "informal", "under_age", "reason", "end_date", "note")
HEADERS: dict[str, dict[str, str]] = {
    "year": {"id": "Tahun", "en": "Year"},
    "village_code": {"id": "Kode desa", "en": "Village code"},
    "village": {"id": "Desa/Kelurahan", "en": "Village"},
    "registration_number": {"id": "No. pendaftaran", "en": "Registration no."},
    "full_name": {"id": "Nama", "en": "Name"},
    "nik": {"id": "NIK", "en": "NIK"},
    "birth_date": {"id": "Tgl. lahir", "en": "Born"},
    "age": {"id": "Umur 31/12", "en": "Age on 31/12"},
    "living": {"id": "Masih tinggal di desa ini", "en": "Still living here"},
    "informal": {"id": "Masih pekerja informal", "en": "Still an informal worker"},
    "under_age": {"id": "Di bawah batas usia", "en": "Under the age limit"},
    "reason": {"id": "Alasan berhenti", "en": "End reason"},
    "end_date": {"id": "Tanggal berhenti", "en": "End date"},
    "note": {"id": "Catatan", "en": "Note"},
}
REQUIRED = ("registration_number", "living", "informal", "under_age")
YES = frozenset({"ya", "y", "yes", "1", "true", "benar", "✓", "✔", "☑", "☒"})
NO = frozenset({"tidak", "t", "no", "n", "0", "false", "salah", "tdk", "✗", "✘", "☐"})
WORDS = {"yes": {"id": "ya", "en": "yes"}, "no": {"id": "tidak", "en": "no"},
         "title": {"id": "DAFTAR VERIFIKASI ULANG PESERTA TAHUN {year}",
                   "en": "PARTICIPANTS' RE-VERIFICATION LIST FOR {year}"},
         "how": {"id": "Isi tiga kolom ya/tidak untuk setiap peserta. Jika berhenti, alasan boleh diisi (died, moved, "
                       "wage-earner, age-limit, withdrew, duplicate, not-eligible) beserta tanggalnya; tanpa tanggal "
                       "kepesertaan berakhir 31/12/{previous}. Lalu: pekerja-desktop renewal-import BERKAS.",
                 "en": "Fill the three yes/no columns for each participant. When one stops, the reason may be given "
                       "(died, moved, wage-earner, age-limit, withdrew, duplicate, not-eligible) with its date; "
                       "without a date coverage ends on 31/12/{previous}. Then: pekerja-desktop renewal-import FILE."}}
HEADER_SCAN_ROWS = 12


@dataclass(frozen=True)
class RenewalListInfo:
    year: int
    path: Path
    villages: int
    participants: int


def _header_key(text: object) -> str | None:
    folded = re.sub(r"[^a-z0-9]", "", str(text or "").lower())
    for key, names in HEADERS.items():
        if folded in {re.sub(r"[^a-z0-9]", "", name.lower()) for name in names.values()}:
            return key
    return {"nopendaftaran": "registration_number", "nomorpendaftaran": "registration_number",
            "registrationnumber": "registration_number", "alasan": "reason", "reason": "reason",
            "tanggal": "end_date", "keterangan": "note"}.get(folded)


def _check_suffix(path: Path, suffixes: tuple[str, ...]) -> Path:
    if Path(path).suffix.lower() not in suffixes:
        raise LifecycleError("renewal.bad_suffix", path=str(path), suffixes=" / ".join(suffixes))
    return Path(path)


# --- writing the list ------------------------------------------------------------------------------------

def _row(entry: RenewalEntry, year: int, village: str, language: str) -> list:
    under = render(WORDS, "no" if entry.over_limit else "yes", None, language)
    return [year, entry.village_code, village, entry.registration_number, entry.full_name, entry.masked_nik,
            format_date(entry.birth_date), entry.age_at_year_end, "", "", under, "", "", ""]


def write_renewal_list(ctx: AppContext, year: int, out: Path, *, progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> RenewalListInfo:
    """The re-verification list of every desa with participants, as the file `out` asks for (the PDF reports its
    progress desa by desa and stops when cancelled, leaving no file)."""
    out = _check_suffix(out, LIST_SUFFIXES)
    check_office(ctx)
    ctx.require(Permission.LIFECYCLE)
    entries = load_renewal(ctx, check_year(year))
    language = current_language()
    names = {code: (region.name if (region := ctx.reference.regions.get(code)) else code)
             for code in {e.village_code for e in entries}}
    if out.suffix.lower() == ".pdf":
        write_renewal_pdf(ctx, year, entries, out, progress, cancelled)
    else:
        table = TableFile(f"{render(HEADERS, 'year', None, language)} {year}",
                          [render(HEADERS, key, None, language) for key in COLUMNS],
                          [_row(e, year, names[e.village_code], language) for e in entries],
                          [render(WORDS, "title", {"year": year}, language),
                           render(WORDS, "how", {"previous": year - 1}, language)],
                          (7, 14, 22, 20, 32, 18, 12, 9, 12, 12, 12, 14, 14, 24))
        with writing(out) as temporary:
            render_table_file(table, temporary, out.suffix.lower().lstrip("."))
    villages = len(names)
    ctx.audit("renewal.list", out.name, year=year, villages=villages, participants=len(entries))
    return RenewalListInfo(year, out, villages, len(entries))


# --- reading the answers ---------------------------------------------------------------------------------

def _read_rows(path: Path) -> list[list[object]]:
    try:
        if path.suffix.lower() == ".xlsx":
            workbook = load_workbook(path, read_only=True, data_only=True)
            try:
                return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
            finally:
                workbook.close()
        lines = decode_text(path.read_bytes()).splitlines()
        return [list(row) for row in csv.reader(lines, delimiter=sniff_delimiter(lines[:HEADER_SCAN_ROWS]))]
    except FileNotFoundError:
        raise FileProblem("file.missing", path=str(path)) from None
    except OSError as exc:
        raise LifecycleError("renewal.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise LifecycleError("renewal.unreadable", path=str(path), reason=type(exc).__name__) from None


def _header(rows: list[list[object]], path: Path) -> tuple[int, dict[str, int]]:
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        positions: dict[str, int] = {}
        for column, value in enumerate(row):
            key = _header_key(value)
            if key is not None and key not in positions:
                positions[key] = column
        if all(key in positions for key in REQUIRED):
            return index, positions
    names = ", ".join(render(HEADERS, key) for key in REQUIRED)
    raise LifecycleError("renewal.missing_columns", path=str(path), columns=names)


class RowProblem(ValueError):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code, self.params = code, params


def _tick(value: object, column: str) -> bool | None:
    text = "" if value is None else str(value).strip().lower()
    if text == "":
        return None
    if text in YES:
        return True
    if text in NO:
        return False
    raise RowProblem("renewal.bad_tick", value=value, column=render(HEADERS, column))


def _answer(cells: dict[str, object]) -> RenewalAnswer | None:
    """None when the row was left unanswered (the age box comes filled in: it alone is no answer)."""
    ticks = [_tick(cells.get(key), key) for key in ("living", "informal", "under_age")]
    reason_text = str(cells.get("reason") or "").strip()
    reason = parse_end_reason(reason_text) if reason_text else None
    if reason_text and reason is None:
        raise RowProblem("renewal.bad_reason", value=reason_text, choices=reason_choices())
    end_date = _date(cells.get("end_date"))
    if reason is None and ticks[0] is None and ticks[1] is None:
        return None
    if reason is None and any(tick is None for tick in ticks):
        raise RowProblem("renewal.incomplete")
    living, informal, under = (tick if tick is not None else True for tick in ticks)
    return RenewalAnswer(living, informal, under, reason, end_date)


def _date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise RowProblem("renewal.bad_date", value=value)
    return parsed


@dataclass
class ReadAnswers:
    answers: list[Answered]
    unanswered: int
    problems: list[Problem]
    years: set[int]


def read_answers(path: Path) -> ReadAnswers:
    rows = _read_rows(_check_suffix(Path(path), ANSWER_SUFFIXES))
    start, positions = _header(rows, Path(path))
    found = ReadAnswers([], 0, [], set())
    for number, row in enumerate(rows[start + 1:], start=start + 2):
        cells = {key: row[column] if column < len(row) else None for key, column in positions.items()}
        key = str(cells.get("registration_number") or "").strip()
        if not key:
            continue
        if str(cells.get("year") or "").strip().isdigit():
            found.years.add(int(str(cells["year"]).strip()))
        try:
            answer = _answer(cells)
        except RowProblem as problem:
            found.problems.append((number, key, problem.code, problem.params))
            continue
        if answer is None:
            found.unanswered += 1
        else:
            found.answers.append(Answered(key, answer, number, str(cells.get("note") or "").strip()))
    return found


def import_renewal_file(ctx: AppContext, path: Path, year: int | None = None, *,
                        dry_run: bool = False) -> RenewalResult:
    """Apply the answers of a returned list; the year is the file's own unless given."""
    ctx.require(Permission.LIFECYCLE)
    read = read_answers(Path(path))
    year = year or (min(read.years) if len(read.years) == 1 else None)
    if year is None:
        raise LifecycleError("renewal.no_year", path=str(path))
    if read.problems:
        raise RenewalRefused(year, read.problems)
    result = apply_renewal(ctx, year, read.answers, source=Path(path).name, dry_run=dry_run)
    result.unanswered = read.unanswered
    return result
