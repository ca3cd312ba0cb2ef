"""Turning the cells of one village-list row into participant data, as a clerk would read them.

Pure functions over the reference data (no database access per row): NIKs that Excel turned into
numbers are caught, dates in the usual spellings (and Excel serials) are read, sex written any common
way, occupation and heir-relationship names mapped to their codes, villages resolved by name or code.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from pekerja_desktop.domain.characters import clean_text
from pekerja_desktop.domain.dates import format_date, parse_date
from pekerja_desktop.domain.findings import Finding, Severity, error
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.messages import MESSAGES
from pekerja_desktop.domain.participant import HeirData, ParticipantData, normalise_participant
from pekerja_desktop.domain.regions import Region, RegionIndex
from pekerja_desktop.domain.text import fold_for_search, normalise_phone
from pekerja_desktop.services.intake.messages import INTAKE_FINDINGS
from pekerja_desktop.services.intake.read import RawRow


@dataclass(frozen=True)
class IntakeFinding(Finding):
    """A finding whose message lives in the intake catalogue (domain codes still render as usual)."""

    def message(self, language: str | None = None) -> str:
        catalogue = INTAKE_FINDINGS if self.code in INTAKE_FINDINGS else MESSAGES
        return render(catalogue, self.code, self.params, language)


def intake_error(code: str, field_name: str, /, **params) -> Finding:
    return IntakeFinding(code, Severity.ERROR, field_name, params)


def intake_warning(code: str, field_name: str, /, **params) -> Finding:
    return IntakeFinding(code, Severity.WARNING, field_name, params)


# --- lookups built once per file ---------------------------------------------------------------------

OCCUPATION_SYNONYMS = {"tani": "PTN", "ojek": "OJK", "ojek motor": "OJK", "supir angkot": "SPA", "umkm": "UMK",
                       "lain lain": "LNN", "nelayan tradisional": "NLY", "buruh harian lepas": "LNN"}
RELATIONSHIP_SYNONYMS = {"isteri": "ISTRI", "anak kandung": "ANAK", "bapak": "AYAH", "bapa": "AYAH", "papa": "AYAH",
                         "mama": "IBU", "kakak": "SAUDARA", "adik": "SAUDARA", "son": "ANAK", "daughter": "ANAK",
                         "brother": "SAUDARA", "sister": "SAUDARA", "spouse": "SUAMI"}


@functools.lru_cache(maxsize=8192)  # the same few words (occupations, sexes, relations) repeat on every row
def term(text: object) -> str:
    """Folded words only: 'Motoris/Awak-Perahu ' -> 'motoris awak perahu'."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold_for_search(str(text or ""))).split())


def _name_variants(name: str) -> set[str]:
    """'Penyadap nira/aren' -> {'penyadap nira aren', 'penyadap nira', 'aren', 'penyadap aren'};
    'Pekebun (cengkih, pala)' -> also 'pekebun'."""
    variants = {term(name)}
    base = re.sub(r"\(.*?\)", " ", name)
    variants.add(term(base))
    parts = [term(p) for p in base.split("/") if term(p)]
    if len(parts) > 1:
        variants.update(parts)
        prefix = parts[0].split()[:-1]
        variants.update(" ".join([*prefix, p]) for p in parts[1:] if prefix and len(p.split()) == 1)
    return {v for v in variants if v}


def alias_map(rows: list[tuple[str, str, str]], synonyms: dict[str, str]) -> dict[str, str]:
    """Folded name or code -> code, from (code, name_id, name_en) rows; synonyms only for codes that exist."""
    codes = {code for code, _, _ in rows}
    found = {term(s): c for s, c in synonyms.items() if c in codes}
    for code, name_id, name_en in rows:
        for name in (name_en, name_id):
            found.update(dict.fromkeys(_name_variants(name), code))
        found[term(code)] = code
    return found


@dataclass
class RowContext:
    """What converting a row needs: reference maps and the values the list does not carry."""
    regions: RegionIndex
    occupations: dict[str, str]
    relationships: dict[str, str]
    funding_source: str
    coverage_start: dt.date
    today: dt.date
    _villages: dict[tuple, tuple[str, Finding | None]] = field(default_factory=dict, repr=False)


# --- cells -----------------------------------------------------------------------------------------

def cell_text(value: object) -> str:
    """A cell as the clerk sees it: dates dd/MM/yyyy, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return format_date(value.date() if isinstance(value, dt.datetime) else value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(str(value)).strip()  # no control, bidirectional or zero-width character enters (#16)


_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE]\+?\d+$")
_DECIMAL_ZERO = re.compile(r"^\d{15,17}[.,]0+$")


def read_nik(cell: object) -> tuple[str, Finding | None]:
    """The NIK text, or a `nik.excel_number` error when Excel stored it as a number and lost digits.

    Excel keeps 15 significant digits, so a 16-digit NIK typed into a number cell ends in 0 (or shows as
    8.10101E+15). A whole number ending in another digit cannot have passed through Excel and is kept.
    """
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        digits = cell_text(cell)
        if not digits.isdigit() or (len(digits) >= 16 and digits.endswith("0")):
            return digits, error("nik.excel_number", "nik", value=digits)
        return digits, None
    text = str(cell or "").strip().lstrip("'`\u2019")
    compact = text.replace(" ", "")
    if _SCIENTIFIC.match(compact) or _DECIMAL_ZERO.match(compact):
        return text, error("nik.excel_number", "nik", value=text)
    return text, None


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
    return place, birth_date, [] if birth_date else [error("birth_date.invalid", "birth_date")]


_SEXES = {"l": "L", "lk": "L", "laki": "L", "lakilaki": "L", "lelaki": "L", "pria": "L", "male": "L", "m": "L",
          "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "female": "P", "f": "P", "w": "P"}


def read_sex(text: str) -> str | None:
    return _SEXES.get(term(text).replace(" ", ""), text.strip().upper() or None)


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


def read_code(text: str, aliases: dict[str, str]) -> str | None:
    return aliases.get(term(text)) if text else None


def read_heirs(values: dict[str, str], ctx: RowContext) -> list[HeirData]:
    name, relation = values.get("heir_name", ""), values.get("heir_relationship", "")
    bracketed = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if bracketed and not relation:  # "Yohanis (Suami)"
        name, relation = bracketed.group(1), bracketed.group(2)
    if not name and not relation:
        return []
    return [HeirData(full_name=name, relationship=read_code(relation, ctx.relationships) or relation)]


# --- villages --------------------------------------------------------------------------------------

_VILLAGE_PREFIXES = (("kelurahan ", "kelurahan"), ("kel. ", "kelurahan"), ("kel ", "kelurahan"),
                     ("desa ", "desa"), ("ds. ", "desa"), ("ds ", "desa"), ("negeri ", None))
_DISTRICT_PREFIXES = ("kecamatan ", "kec. ", "kec ")


def _strip_district(text: str) -> str:
    folded = fold_for_search(text)
    for prefix in _DISTRICT_PREFIXES:
        if folded.startswith(prefix):
            return text.strip()[len(prefix):].strip()
    return text.strip()


def _village_name_and_level(text: str) -> tuple[str, str | None]:
    folded = fold_for_search(text)
    for prefix, level in _VILLAGE_PREFIXES:
        if folded.startswith(prefix):
            return text.strip()[len(prefix):].strip(), level
    return text.strip(), None


def _describe(region: Region, regions: RegionIndex) -> str:
    above = regions.ancestors(region.code)
    district = above.get("kecamatan")
    regency = above.get("kabupaten")
    where = ", ".join(p for p in (f"Kec. {district.name}" if district else "", regency.name if regency else "") if p)
    return f"{region.name} ({region.level}, {where}; {region.code})"


def _candidates(village: str, district: str, regency: str, regions: RegionIndex) -> list[Region]:
    found = regions.resolve_village(village, district or None, regency or None)
    name, level = _village_name_and_level(village)
    if not found and name != village.strip():
        found = regions.resolve_village(name, district or None, regency or None)
    if len(found) > 1 and level:
        found = [r for r in found if r.level == level] or found
    return found


def resolve_village(values: dict[str, str], ctx: RowContext) -> tuple[str, Finding | None]:
    village = values.get("village", "")
    if not village:
        return "", None
    key = (village, values.get("district", ""), values.get("regency", ""))
    if key not in ctx._villages:
        ctx._villages[key] = _resolved(village, _strip_district(key[1]), key[2], ctx.regions)
    return ctx._villages[key]


def _resolved(village: str, district: str, regency: str, regions: RegionIndex) -> tuple[str, Finding | None]:
    found = _candidates(village, district, regency, regions)
    if len(found) == 1:
        return found[0].code, None
    if not found:
        shown = ", ".join(p for p in (village, district, regency) if p)
        return "", error("village.unknown", "village_code", code=shown)
    listed = "; ".join(_describe(r, regions) for r in found)
    return "", intake_error("intake.village_ambiguous", "village_code", name=village, candidates=listed)


# --- the row ---------------------------------------------------------------------------------------

def convert_row(raw: RawRow, ctx: RowContext) -> tuple[dict[str, str], ParticipantData | None, list[Finding]]:
    """(cell texts by column, normalised data or None, findings from reading the cells)."""
    values = {key: cell_text(cell) for key, cell in raw.cells.items()}
    if not values.get("nik") and not values.get("full_name"):
        return values, None, [intake_error("intake.not_a_person", "nik")]
    nik, nik_problem = read_nik(raw.cells.get("nik"))
    birth_place, birth_date, findings = read_birth(raw.cells, values, ctx.today)
    rt_rw, rt_rw_findings = read_rt_rw(raw.cells, values)
    village_code, village_problem = resolve_village(values, ctx)
    occupation = read_code(values.get("occupation", ""), ctx.occupations)
    findings += [f for f in (nik_problem, village_problem) if f] + rt_rw_findings
    if values.get("occupation") and occupation is None:
        findings.append(error("occupation.unknown", "occupation", code=values["occupation"]))
    data = ParticipantData(
        nik=nik, full_name=values.get("full_name", ""), birth_place=birth_place, birth_date=birth_date,
        sex=read_sex(values.get("sex", "")), mother_name=values.get("mother_name") or None,
        address=values.get("address", ""), rt_rw=rt_rw, village_code=village_code,
        phone=read_phone(values.get("phone", "")), occupation=occupation or "",
        funding_source=ctx.funding_source, coverage_start=ctx.coverage_start, heirs=read_heirs(values, ctx))
    return values, normalise_participant(data), findings
