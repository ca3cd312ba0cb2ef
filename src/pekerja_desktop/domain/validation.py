"""Validation of an enrolment as pure functions: errors block, warnings need one confirmation.

`final=False` validates a draft: what is filled in must be right, but missing values are allowed
(except the NIK and the name, which identify the draft).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from pekerja_desktop.domain.findings import Finding, error, warning
from pekerja_desktop.domain.identity.kk import kk_findings
from pekerja_desktop.domain.identity.names import KTP_NAME_LENGTH
from pekerja_desktop.domain.identity.nik import parse_nik
from pekerja_desktop.domain.participant import SEXES, HeirData, ParticipantData, age_on
from pekerja_desktop.domain.regions import PROVINCE_MALUKU, RegionIndex
from pekerja_desktop.domain.text import (
    NAME_MAX_LENGTH,
    name_has_valid_characters,
    normalise_phone,
    place_has_valid_characters,
    starts_like_formula,
)

REQUIRED_PROGRAMMES = "JKK,JKM"
# Bounds no genuine enrolment crosses (a record received from elsewhere is held to them too: domain/received.py)
EARLIEST_BIRTH = dt.date(1900, 1, 1)
EARLIEST_COVERAGE = dt.date(2000, 1, 1)
COVERAGE_AHEAD = dt.timedelta(days=366)  # coverage may start at most a year ahead
MAX_INCOME = 100_000_000  # rupiah a month; an informal worker declares a few million


@dataclass(frozen=True)
class ReferenceSets:
    regions: RegionIndex
    occupations: frozenset[str]
    funding_sources: frozenset[str]
    relationships: frozenset[str]
    age_min: int = 15
    age_max: int = 65
    # Dukcapil occupations a supervisor confirms when the KTP states them (code -> name): wage earners, officials
    dukcapil_confirm: Mapping[int, str] = field(default_factory=dict)


def _fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def validate_nik(data: ParticipantData, ref: ReferenceSets, today: dt.date) -> list[Finding]:
    info, findings = parse_nik(data.nik, today)
    if info is None:
        return findings
    if data.birth_date and data.birth_date != info.birth_date:
        findings.append(warning("nik.birth_date_mismatch", "birth_date",
                                form_date=_fmt(data.birth_date), nik_date=_fmt(info.birth_date)))
    if data.sex in SEXES and data.sex != info.sex:
        findings.append(warning("nik.sex_mismatch", "sex", form_sex=data.sex, nik_sex=info.sex))
    if info.province != PROVINCE_MALUKU:
        findings.append(warning("nik.outside_maluku", "nik", prefix=info.district))
    elif not ref.regions.knows_district_prefix(info.district):
        findings.append(warning("nik.region_unknown", "nik", prefix=info.district))
    return findings


def validate_name(data: ParticipantData, _ref: ReferenceSets, _today: dt.date) -> list[Finding]:
    if not data.full_name:
        return [error("full_name.required", "full_name")]
    if len(data.full_name) > NAME_MAX_LENGTH:
        return [error("full_name.too_long", "full_name", max=NAME_MAX_LENGTH)]
    if not name_has_valid_characters(data.full_name):
        return [error("full_name.invalid_chars", "full_name")]
    if len(data.full_name) > KTP_NAME_LENGTH:  # Permendagri 73/2022; older KTPs may still carry longer names
        return [warning("full_name.long", "full_name", length=len(data.full_name), max=KTP_NAME_LENGTH)]
    return []


def validate_birth(data: ParticipantData, ref: ReferenceSets, today: dt.date) -> list[Finding]:
    if data.birth_date is None:
        return []
    if data.birth_date > today:
        return [error("birth_date.future", "birth_date")]
    if data.birth_date < EARLIEST_BIRTH:
        return [error("birth_date.too_early", "birth_date", earliest=_fmt(EARLIEST_BIRTH))]
    age = age_on(data.birth_date, today)
    if age < ref.age_min:
        return [error("age.too_young", "birth_date", age=age, min=ref.age_min)]
    if age > ref.age_max:
        return [warning("age.too_old", "birth_date", age=age, max=ref.age_max)]
    return []


def validate_person(data: ParticipantData, _ref: ReferenceSets, _today: dt.date) -> list[Finding]:
    found = []
    if data.sex and data.sex not in SEXES:
        found.append(error("sex.invalid", "sex"))
    if data.mother_name and not name_has_valid_characters(data.mother_name):
        found.append(error("mother_name.invalid_chars", "mother_name"))
    if data.birth_place and not place_has_valid_characters(data.birth_place):
        found.append(error("birth_place.invalid_chars", "birth_place"))
    if starts_like_formula(data.address):
        found.append(error("address.formula", "address"))
    if data.phone and normalise_phone(data.phone) is None:
        found.append(error("phone.invalid", "phone", value=data.phone))
    if data.rt_rw and not _is_rt_rw(data.rt_rw):
        found.append(error("rt_rw.invalid", "rt_rw"))
    return found + kk_findings(data.kk_number)


def _is_rt_rw(value: str) -> bool:
    return len(value) == 7 and value[3] == "/" and (value[:3] + value[4:]).isdigit()


def validate_enrolment_terms(data: ParticipantData, ref: ReferenceSets, today: dt.date) -> list[Finding]:
    found = []
    if data.village_code and not ref.regions.is_village(data.village_code):
        found.append(error("village.unknown", "village_code", code=data.village_code))
    if data.occupation and data.occupation not in ref.occupations:
        found.append(error("occupation.unknown", "occupation", code=data.occupation))
    if data.ktp_occupation is not None and data.ktp_occupation in ref.dukcapil_confirm:
        found.append(warning("occupation.ktp_confirm", "occupation",
                             ktp=ref.dukcapil_confirm[data.ktp_occupation]))
    if data.funding_source and data.funding_source not in ref.funding_sources:
        found.append(error("funding_source.unknown", "funding_source", code=data.funding_source))
    if data.income is None or data.income <= 0:
        found.append(error("income.invalid", "income"))
    elif data.income > MAX_INCOME:
        found.append(error("income.too_high", "income", max=f"{MAX_INCOME:,}".replace(",", ".")))
    if data.programmes != REQUIRED_PROGRAMMES:
        found.append(error("programmes.invalid", "programmes"))
    if data.coverage_start and not EARLIEST_COVERAGE <= data.coverage_start <= today + COVERAGE_AHEAD:
        found.append(error("coverage_start.out_of_range", "coverage_start", earliest=_fmt(EARLIEST_COVERAGE),
                           latest=_fmt(today + COVERAGE_AHEAD)))
    return found


def validate_heirs(data: ParticipantData, ref: ReferenceSets, today: dt.date) -> list[Finding]:
    found: list[Finding] = []
    for index, heir in enumerate(data.heirs, start=1):
        found.extend(_heir_findings(heir, index, ref, today))
    return found


def _heir_findings(heir: HeirData, index: int, ref: ReferenceSets, today: dt.date) -> list[Finding]:
    field = f"heirs.{index - 1}"
    found = []
    if not heir.full_name:
        found.append(error("heir.name_required", field, index=index))
    elif not name_has_valid_characters(heir.full_name):
        found.append(error("full_name.invalid_chars", field))
    if not heir.relationship:
        found.append(error("heir.relationship_required", field, index=index))
    elif heir.relationship not in ref.relationships:
        found.append(error("heir.relationship_unknown", field, index=index, value=heir.relationship))
    if heir.nik:
        info, problems = parse_nik(heir.nik, today)
        if info is None:
            found.append(error("heir.nik_invalid", field, index=index, reason=problems[0]))
    if heir.phone and normalise_phone(heir.phone) is None:
        found.append(error("heir.phone_invalid", field, index=index, value=heir.phone))
    if heir.birth_date and heir.birth_date > today:
        found.append(error("heir.birth_date_future", field, index=index))
    elif heir.birth_date and heir.birth_date < EARLIEST_BIRTH:
        found.append(error("heir.birth_date_too_early", field, index=index, earliest=_fmt(EARLIEST_BIRTH)))
    return found


_REQUIRED_FOR_FINAL: tuple[tuple[str, str], ...] = (
    ("birth_place", "birth_place.required"),
    ("birth_date", "birth_date.required"),
    ("sex", "sex.required"),
    ("address", "address.required"),
    ("village_code", "village.required"),
    ("occupation", "occupation.required"),
    ("funding_source", "funding_source.required"),
    ("coverage_start", "coverage_start.required"),
)


def validate_completeness(data: ParticipantData, _ref: ReferenceSets, _today: dt.date) -> list[Finding]:
    found = [error(code, name) for name, code in _REQUIRED_FOR_FINAL if not getattr(data, name)]
    if not data.consent_given:
        found.append(error("consent.required", "consent_given"))
    if not data.heirs:
        found.append(warning("heir.missing", "heirs"))
    return found


_RULES: tuple[Callable[[ParticipantData, ReferenceSets, dt.date], list[Finding]], ...] = (
    validate_nik, validate_name, validate_birth, validate_person, validate_enrolment_terms, validate_heirs,
)


def validate_participant(data: ParticipantData, ref: ReferenceSets, today: dt.date | None = None,
                         final: bool = True) -> list[Finding]:
    """All findings for a normalised enrolment (see `normalise_participant`)."""
    today = today or dt.date.today()
    findings = [f for rule in _RULES for f in rule(data, ref, today)]
    if final:
        findings.extend(validate_completeness(data, ref, today))
    return findings
