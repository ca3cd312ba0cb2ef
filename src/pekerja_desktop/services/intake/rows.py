"""Turning the cells of one village-list row into participant data, as a clerk would read them.

Pure functions over reference data built once per file (`RowContext`): no database access per row. What a row
could not resolve — a village, a kecamatan, an occupation — is named in `RowReading.unresolved`, so that the
preview can group it for the clerk to settle once for the whole file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pekerja_desktop.domain.findings import Finding
from pekerja_desktop.domain.participant import HeirData, ParticipantData, normalise_participant
from pekerja_desktop.domain.regions import Region
from pekerja_desktop.services.intake.cells import (
    cell_text,
    read_address,
    read_birth,
    read_kk,
    read_nik,
    read_phone,
    read_rt_rw,
    read_sex,
    read_status,
    term,
)
from pekerja_desktop.services.intake.choices import DISTRICT, OCCUPATION, VILLAGE, Choices
from pekerja_desktop.services.intake.messages import intake_error, intake_warning
from pekerja_desktop.services.intake.occupations import OccupationResolver, alias_map
from pekerja_desktop.services.intake.places import PlaceIndex, PlaceReading
from pekerja_desktop.services.intake.reading.read import RawRow

RELATIONSHIP_SYNONYMS = {"isteri": "ISTRI", "anak kandung": "ANAK", "bapak": "AYAH", "bapa": "AYAH", "papa": "AYAH",
                         "mama": "IBU", "kakak": "SAUDARA", "adik": "SAUDARA", "son": "ANAK", "daughter": "ANAK",
                         "brother": "SAUDARA", "sister": "SAUDARA", "spouse": "SUAMI"}


@dataclass
class RowContext:
    """What converting a row needs: reference lookups, the clerk's choices and the values the list does not carry."""
    places: PlaceIndex
    occupations: OccupationResolver
    relationships: dict[str, str]
    choices: Choices
    funding_source: str
    coverage_start: dt.date
    today: dt.date
    default_village: Region | None = None  # --village: a list of one desa
    default_district: Region | None = None  # --district: a list of one kecamatan
    _places: dict[tuple, tuple[str, list[Finding], list[tuple[str, str]]]] = field(default_factory=dict, repr=False)


def relationship_map(rows: list[tuple[str, str, str]]) -> dict[str, str]:
    return alias_map(rows, RELATIONSHIP_SYNONYMS)


@dataclass
class RowReading:
    values: dict[str, str]  # cell texts by column key
    data: ParticipantData | None  # normalised, None when the row is no person at all
    findings: list[Finding]  # from reading the cells
    status: str | None = None  # dead, moved, missing, gone, invalid: the list itself refuses the person
    unresolved: list[tuple[str, str]] = field(default_factory=list)  # (kind, text as written) for the clerk


# --- heirs -----------------------------------------------------------------------------------------

def read_heirs(values: dict[str, str], ctx: RowContext) -> list[HeirData]:
    name, relation = values.get("heir_name", ""), values.get("heir_relationship", "")
    bracketed = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if bracketed and not relation:  # "Yohanis (Suami)"
        name, relation = bracketed.group(1), bracketed.group(2)
    if not name and not relation:
        return []
    return [HeirData(full_name=name, relationship=ctx.relationships.get(term(relation)) or relation)]


# --- places ----------------------------------------------------------------------------------------

def read_place(values: dict[str, str], ctx: RowContext) -> tuple[str, list[Finding], list[tuple[str, str]]]:
    """(village code or "", findings, unresolved (kind, text)) — cached: a list repeats the same few places."""
    key = (values.get("village", ""), values.get("district", ""), values.get("regency", ""))
    if key not in ctx._places:
        ctx._places[key] = _place(*key, ctx)
    code, findings, unresolved = ctx._places[key]
    return code, list(findings), list(unresolved)


def _district(text: str, regency: Region | None, ctx: RowContext) -> tuple[Region | None, bool]:
    """The kecamatan a row names (its own, or the file's), and whether a written one was not recognised."""
    if not text:
        return ctx.default_district, False
    found = ctx.places.district(text, regency)
    if len(found) == 1:
        return found[0], False
    chosen = ctx.choices.code_for(DISTRICT, text)
    return (ctx.places.regions.get(chosen), False) if chosen else (None, True)


def _place(village: str, district_text: str, regency_text: str,
           ctx: RowContext) -> tuple[str, list[Finding], list[tuple[str, str]]]:
    if not village:
        if ctx.default_village is not None:
            return ctx.default_village.code, [], []
        return "", [intake_warning("intake.village_missing", "village_code")], [(VILLAGE, "")]
    regency = ctx.places.regency(regency_text)
    district, district_unknown = _district(district_text, regency, ctx)
    reading = ctx.places.read_village(village, district, regency, district_text)
    if reading.unresolved:
        reading = _chosen_village(village, reading, ctx)
    findings = [reading.finding] if reading.finding else []
    unresolved = [(VILLAGE, village)] if reading.unresolved else []
    if reading.unresolved and district_unknown:
        unresolved.append((DISTRICT, district_text))
        findings.append(intake_error("intake.district_unresolved", "village_code", text=district_text))
    return reading.code, findings, unresolved


def _chosen_village(village: str, reading: PlaceReading, ctx: RowContext) -> PlaceReading:
    chosen = ctx.choices.code_for(VILLAGE, village)
    return PlaceReading(chosen, None) if chosen and ctx.places.regions.is_village(chosen) else reading


# --- the row ---------------------------------------------------------------------------------------

def convert_row(raw: RawRow, ctx: RowContext) -> RowReading:
    """What a row says, read as a clerk would; findings from reading the cells (validation comes after)."""
    values = {key: cell_text(cell) for key, cell in raw.cells.items()}
    if not values.get("nik") and not values.get("full_name"):
        return RowReading(values, None, [intake_error("intake.not_a_person", "nik")])
    nik, nik_problem = read_nik(raw.cells.get("nik"))
    kk, kk_problem = read_kk(raw.cells.get("kk_number")) if values.get("kk_number") else ("", None)
    birth_place, birth_date, findings = read_birth(raw.cells, values, ctx.today)
    rt_rw, rt_rw_findings = read_rt_rw(raw.cells, values)
    village_code, place_findings, unresolved = read_place(values, ctx)
    occupation = ctx.occupations.read(values.get("occupation", ""))
    status, status_finding = read_status(values.get("status", ""))
    findings += [f for f in (nik_problem, kk_problem, occupation.finding, status_finding) if f]
    findings += place_findings + rt_rw_findings
    if raw.stray_quote:
        findings.append(intake_warning("intake.stray_quote", "nik"))
    if occupation.unresolved:
        unresolved.append((OCCUPATION, values["occupation"]))
    data = ParticipantData(
        nik=nik, full_name=values.get("full_name", ""), birth_place=birth_place, birth_date=birth_date,
        sex=read_sex(values.get("sex", "")), mother_name=values.get("mother_name") or None,
        address=read_address(values), rt_rw=rt_rw, village_code=village_code,
        phone=read_phone(values.get("phone", "")), occupation=occupation.code,
        funding_source=ctx.funding_source, coverage_start=ctx.coverage_start, heirs=read_heirs(values, ctx),
        kk_number="" if kk_problem else kk, ktp_occupation=occupation.ktp)
    return RowReading(values, normalise_participant(data), findings, status, unresolved)
