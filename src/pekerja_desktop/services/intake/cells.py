"""Reading one cell of a village list as a clerk would: NIKs and KK numbers Excel turned into numbers, dates in the
usual spellings (and Excel serials), sex written any common way (OpenSID's 1/2 too), the life status a village
system keeps, RT/RW, phone numbers, the dusun added to the address. Pure functions, no database.

`cell_text` is the one door through which a cell's content becomes participant text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from pekerja_desktop.domain.characters import clean_text
from pekerja_desktop.domain.dates import format_date, parse_date
from pekerja_desktop.domain.findings import Finding, error
from pekerja_desktop.domain.text import fold_for_search, normalise_phone
from pekerja_desktop.services.intake.messages import intake_error, intake_warning


def cell_text(value: object) -> str:
    """A cell as the clerk sees it: dates dd/MM/yyyy, whole numbers without '.0', spaces trimmed.

    Every text a list gives a participant passes here, cleaned of control, bidirectional-override and
    zero-width characters (#16).
    """
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return format_date(value.date() if isinstance(value, dt.datetime) else value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(str(value)).strip()


@functools.lru_cache(maxsize=8192)  # the same few words (occupations, sexes, relations) repeat on every row
def term(text: object) -> str:
    """Folded words only: 'Motoris/Awak-Perahu ' -> 'motoris awak perahu'."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold_for_search(str(text or ""))).split())


# --- NIK and KK ------------------------------------------------------------------------------------

_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE]\+?\d+$")
_DECIMAL_ZERO = re.compile(r"^\d{15,17}[.,]0+$")


def _number_digits(cell: object, code: str, field_name: str) -> tuple[str, Finding | None]:
    """The digits of a NIK/KK cell; `code` as an error when Excel stored it as a number and lost digits.

    Excel keeps 15 significant digits, so a 16-digit number typed into a number cell ends in 0 (or shows as
    8.10101E+15). A whole number ending in another digit cannot have passed through Excel and is kept.
    """
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        digits = cell_text(cell)
        if not digits.isdigit() or (len(digits) >= 16 and digits.endswith("0")):
            return digits, error(code, field_name, value=digits)
        return digits, None
    text = cell_text(cell).lstrip("'`\u2019")
    compact = text.replace(" ", "")
    if _SCIENTIFIC.match(compact) or _DECIMAL_ZERO.match(compact):
        return text, error(code, field_name, value=text)
    return text, None


def read_nik(cell: object) -> tuple[str, Finding | None]:
    """The NIK text, or a `nik.excel_number` error when Excel stored it as a number and lost digits."""
    return _number_digits(cell, "nik.excel_number", "nik")


def read_kk(cell: object) -> tuple[str, Finding | None]:
    """The KK number's text, or an `intake.kk_excel_number` error (the same loss of digits as a NIK's)."""
    text, problem = _number_digits(cell, "intake.kk_excel_number", "kk_number")
    if problem is not None:
        return text, intake_error("intake.kk_excel_number", "kk_number", value=text)
    return text, None


# --- dates -----------------------------------------------------------------------------------------

_MONTHS = {"jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7, "agu": 8,
           "agt": 8, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12, "dec": 12}
_NAMED_MONTH = re.compile(r"^(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.]+(\d{4}|\d{2})$")
_SHORT_YEAR = re.compile(r"^(\d{1,2})[/\-. ](\d{1,2})[/\-. ](\d{2})$")


def parse_intake_date(value: object, today: dt.date) -> dt.date | None:
    """`parse_date` plus '12 Agustus 1985', '12-Agt-85' and '12-08-85'."""
    parsed = parse_date(value)
    if parsed is not None or not isinstance(value, str):
        return parsed
    text = fold_for_search(value)
    named, short = _NAMED_MONTH.match(text), _SHORT_YEAR.match(text)
    if named and named.group(2)[:3] in _MONTHS:
        day, month, year = int(named.group(1)), _MONTHS[named.group(2)[:3]], named.group(3)
    elif short:
        day, month, year = int(short.group(1)), int(short.group(2)), short.group(3)
    else:
        return None
    full_year = int(year) if len(year) == 4 else _century(int(year), today)
    try:
        return dt.date(full_year, month, day)
    except ValueError:
        return None


def _century(two_digits: int, today: dt.date) -> int:
    year = 2000 + two_digits
    return year if year <= today.year else year - 100


_TRAILING_DATE = re.compile(r"[,\s]*(\d{1,2}[\s\-/.]+(?:\d{1,2}|[A-Za-z]+)\.?[\s\-/.]+\d{2,4}|\d{4}-\d{1,2}-\d{1,2})$")


def split_place_date(text: str) -> tuple[str, str]:
    """'Ambon, 12-08-1985' -> ('Ambon', '12-08-1985')."""
    match = _TRAILING_DATE.search(text.strip())
    if match is None:
        return text.strip().rstrip(","), ""
    return text[:match.start()].strip().rstrip(","), match.group(1)


def read_birth(cells: dict, values: dict[str, str], today: dt.date) -> tuple[str, dt.date | None, list[Finding]]:
    place, date_cell = values.get("birth_place", ""), cells.get("birth_date")
    combined = values.get("birth_place_date", "")
    if combined:
        combined_place, combined_date = split_place_date(combined)
        place = place or combined_place
        date_cell = combined_date if date_cell is None and combined_date else date_cell
    if date_cell is None or not cell_text(date_cell):
        return place, None, []
    birth_date = parse_intake_date(date_cell, today)
    if birth_date is None:
        return place, None, [intake_error("intake.birth_date_unreadable", "birth_date", value=cell_text(date_cell))]
    return place, birth_date, []


# --- sex, status, phone, RT/RW, address --------------------------------------------------------------

_SEXES = {"l": "L", "lk": "L", "laki": "L", "lakilaki": "L", "lelaki": "L", "pria": "L", "male": "L", "m": "L",
          "1": "L", "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "female": "P", "f": "P", "w": "P", "2": "P"}


def read_sex(text: str) -> str | None:
    """L or P from L/P, LK/PR, 1/2 (OpenSID), Laki-laki/Perempuan…; anything else as written (validation says)."""
    return _SEXES.get(term(text).replace(" ", ""), text.strip().upper() or None)


# OpenSID's status_dasar: 1 hidup, 2 mati, 3 pindah, 4 hilang, 6 pergi, 9 tidak valid; lists write the words.
_STATUS_CODES = {"2": "dead", "3": "moved", "4": "missing", "6": "gone", "9": "invalid"}
_STATUS_WORDS = {"mati": "dead", "meninggal": "dead", "meninggal dunia": "dead", "wafat": "dead", "almarhum": "dead",
                 "almarhumah": "dead", "alm": "dead", "almh": "dead", "md": "dead", "pindah": "moved",
                 "pindah keluar": "moved", "pindah domisili": "moved", "hilang": "missing", "pergi": "gone",
                 "tidak valid": "invalid", "dead": "dead", "deceased": "dead", "moved": "moved", "missing": "missing"}
_LIVING = {"1", "hidup", "ada", "aktif", "tetap", "alive", "living"}
_MARITAL = {"kawin", "belum kawin", "cerai hidup", "cerai mati", "janda", "duda", "married", "single"}


def read_status(text: str) -> tuple[str | None, Finding | None]:
    """('dead'|'moved'|'missing'|'gone'|'invalid', None) for a person the list itself marks so; (None, a warning)
    for a status not understood; (None, None) for the living or a marital status written in a "Status" column."""
    words = term(text)
    if not words or words in _LIVING or words in _MARITAL:
        return None, None
    found = _STATUS_CODES.get(words) or _STATUS_WORDS.get(words)
    if found is None:
        return None, intake_warning("intake.status_unknown", "status", value=text)
    return found, None


def read_phone(text: str) -> str | None:
    """The first number when the cell holds several ('0812… / 0813…')."""
    if not text or normalise_phone(text):
        return text or None
    first = re.split(r"\s*[/,;]\s*|\s+atau\s+", text.strip())[0]
    return first if normalise_phone(first) else text


def read_rt_rw(cells: dict, values: dict[str, str]) -> tuple[str, list[Finding]]:
    cell = cells.get("rt_rw")
    if isinstance(cell, dt.datetime | dt.date):  # Excel turned '01/02' into 1 February (Indonesian locale)
        rt_rw = f"{cell.day:03d}/{cell.month:03d}"
        return rt_rw, [intake_warning("intake.rt_rw_date", "rt_rw", value=cell_text(cell), rt_rw=rt_rw)]
    if values.get("rt_rw"):
        return values["rt_rw"], []
    rt, rw = values.get("rt", ""), values.get("rw", "")
    return (f"{rt}/{rw}" if rt or rw else ""), []


_PLACE_WORDS = frozenset({"dusun", "dsn", "ohoi", "lingkungan", "kampung", "soa", "lorong"})


def read_address(values: dict[str, str]) -> str:
    """The address with its dusun (many negeri use dusun instead of RT/RW), unless the address names it already."""
    address, dusun = values.get("address", ""), values.get("dusun", "")
    if not dusun:
        return address
    named = dusun if term(dusun).split(" ")[0] in _PLACE_WORDS else f"Dusun {dusun}"
    if term(dusun) in term(address):
        return address
    return f"{address}, {named}" if address else named
