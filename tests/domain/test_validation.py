"""validate_participant: errors block, warnings need one confirmation; draft mode tolerates what is missing."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect

import pytest

from pekerja_desktop.assets import packaged_reference_data, packaged_region_index
from pekerja_desktop.domain import validation as validation_module
from pekerja_desktop.domain.findings import Severity, errors_in, warnings_in
from pekerja_desktop.domain.i18n import current_language, set_language
from pekerja_desktop.domain.identity import nik as nik_module
from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.domain.messages import MESSAGES
from pekerja_desktop.domain.participant import HeirData, ParticipantData, normalise_participant
from pekerja_desktop.domain.validation import ReferenceSets, validate_participant

TODAY = dt.date(2026, 7, 1)


@pytest.fixture(scope="module")
def ref() -> ReferenceSets:
    data = packaged_reference_data()
    return ReferenceSets(
        regions=packaged_region_index(),
        occupations=frozenset(code for code, *_ in data["occupations"]),
        funding_sources=frozenset(code for code, *_ in data["funding_sources"]),
        relationships=frozenset(code for code, *_ in data["heir_relationships"]),
        age_min=data["settings"]["age_min"],
        age_max=data["settings"]["age_max"],
    )


@pytest.fixture
def check(participant_factory, ref):
    """Findings for the conftest participant with some fields overridden, normalised as the form does."""
    def run(final: bool = True, reference: ReferenceSets | None = None, **overrides):
        data = normalise_participant(participant_factory(**overrides))
        return validate_participant(data, reference or ref, TODAY, final=final)
    return run


def codes(findings) -> list[str]:
    return sorted(f.code for f in findings)


def born(years_ago: int, days_later: int = 0, today: dt.date = TODAY) -> dict:
    """Overrides for someone born `years_ago` years before today (plus some days), NIK consistent with the form."""
    birth = today.replace(year=today.year - years_ago) + dt.timedelta(days=days_later)
    return {"birth_date": birth, "nik": encode_nik("817101", birth, "P", 1), "sex": "P"}


# --- a complete, valid enrolment --------------------------------------------------------------------------------

@pytest.mark.parametrize("final", [True, False])
def test_complete_enrolment_has_no_findings(check, final):
    assert check(final=final) == []


def test_typed_forms_are_normalised_before_validation(check):
    assert check(nik="8171 0145 0885 0001", full_name="  maria  latuconsina ", sex="p", rt_rw="1/2",
                 phone="+62 812-3456-7890", occupation="pdp", funding_source="apbd_prov", programmes="jkm, jkk",
                 village_code=" 8171011007 ",
                 heirs=[HeirData("yohanis latuconsina", "suami", dt.date(1980, 1, 2), "0812 9876 5432", None),
                        HeirData("", "", None, "", "")]) == []


# --- completeness -----------------------------------------------------------------------------------------------

MISSING_IN_FINAL = [
    ("birth_place", "", "birth_place.required"),
    ("birth_date", None, "birth_date.required"),
    ("sex", None, "sex.required"),
    ("sex", "  ", "sex.required"),
    ("address", "   ", "address.required"),
    ("village_code", "", "village.required"),
    ("occupation", "", "occupation.required"),
    ("funding_source", "", "funding_source.required"),
    ("coverage_start", None, "coverage_start.required"),
    ("consent_given", False, "consent.required"),
]


@pytest.mark.parametrize(("name", "value", "code"), MISSING_IN_FINAL, ids=[c for *_, c in MISSING_IN_FINAL])
def test_each_missing_field_blocks_the_final_save(check, name, value, code):
    findings = check(**{name: value})
    assert codes(findings) == [code]
    assert findings[0].severity is Severity.ERROR
    assert findings[0].field == ("consent_given" if name == "consent_given" else name)


def test_missing_heir_is_only_a_warning(check):
    findings = check(heirs=[])
    assert codes(findings) == ["heir.missing"] and warnings_in(findings) == findings


def test_a_draft_may_leave_everything_optional_empty(check):
    empty = {name: value for name, value, _ in MISSING_IN_FINAL}
    assert check(final=False, heirs=[], mother_name=None, phone=None, rt_rw="", **empty) == []
    assert codes(check(final=True, heirs=[], **empty)) == sorted(
        {code for *_, code in MISSING_IN_FINAL} | {"heir.missing"})


@pytest.mark.parametrize(("overrides", "code"), [
    ({"nik": ""}, "nik.required"), ({"full_name": "  "}, "full_name.required"),
])
def test_a_draft_needs_its_nik_and_name(check, overrides, code):
    assert codes(check(final=False, **overrides)) == [code]


WRONG_VALUES = [
    ({"nik": "817101450885000"}, "nik.not_16_digits"),
    ({"nik": "8171013102850001"}, "nik.date_impossible"),
    ({"full_name": "Maria 2"}, "full_name.invalid_chars"),
    ({"full_name": "A" * 101}, "full_name.too_long"),
    ({"sex": "X"}, "sex.invalid"),
    ({"mother_name": "Ibu_1"}, "mother_name.invalid_chars"),
    ({"phone": "0812-34"}, "phone.invalid"),
    ({"phone": "telp kantor"}, "phone.invalid"),
    ({"rt_rw": "1/2/3"}, "rt_rw.invalid"),
    ({"village_code": "81.71.01.9999"}, "village.unknown"),
    ({"village_code": "81.71.01"}, "village.unknown"),  # a kecamatan, not a village
    ({"village_code": "31.71.01.1001"}, "village.unknown"),  # Jakarta
    ({"occupation": "PNS"}, "occupation.unknown"),
    ({"funding_source": "APBN"}, "funding_source.unknown"),
    ({"income": 0}, "income.invalid"),
    ({"income": None}, "income.invalid"),
    ({"programmes": "JKK"}, "programmes.invalid"),
    ({"programmes": "JKK,JKM,JHT"}, "programmes.invalid"),
    # bounds no genuine enrolment crosses; the hub holds every record it receives to them too (#16)
    ({"income": 100_000_001}, "income.too_high"),
    ({"birth_place": '=HYPERLINK("http://x","y")'}, "birth_place.invalid_chars"),
    ({"address": "=cmd|' /C calc'!A0"}, "address.formula"),
    ({"address": "  @SUM(A1)"}, "address.formula"),
    ({"coverage_start": dt.date(1999, 12, 31)}, "coverage_start.out_of_range"),
    ({"coverage_start": TODAY + dt.timedelta(days=367)}, "coverage_start.out_of_range"),
]


@pytest.mark.parametrize("final", [True, False], ids=["final", "draft"])
@pytest.mark.parametrize(("overrides", "code"), WRONG_VALUES, ids=[c for _, c in WRONG_VALUES])
def test_wrong_values_are_errors_in_final_and_draft(check, overrides, code, final):
    findings = check(final=final, **overrides)
    assert codes(findings) == [code]
    assert findings[0].severity is Severity.ERROR


def test_a_birth_date_before_1900_is_impossible(check):
    findings = check(birth_date=dt.date(1800, 1, 1))
    assert "birth_date.too_early" in codes(errors_in(findings))
    assert "01/01/1900" in next(f for f in findings if f.code == "birth_date.too_early").message("id")


def test_place_names_of_the_region_list_and_ordinary_addresses_pass(check):
    assert check(birth_place="Kota Tual (Kei Kecil)/Dullah-Utara", address="-") == []
    assert check(address="Jl. A.Y. Patty No. 5 - 7, RT 001/002") == []


def test_unknown_codes_are_named_in_the_message(check):
    (finding,) = check(village_code="81.71.01.9999")
    assert "81.71.01.9999" in finding.message("id") and "81.71.01.9999" in finding.message("en")


def test_a_plain_digit_village_code_is_accepted(check):
    assert check(village_code="8171011007") == []


# --- age --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("years", "days", "expected"), [
    (15, 0, []),  # 15th birthday today
    (15, 1, ["age.too_young"]),  # 15 tomorrow
    (10, 0, ["age.too_young"]),
    (65, 0, []),
    (65, -364, []),  # 66 tomorrow
    (66, 0, ["age.too_old"]),
    (80, 0, ["age.too_old"]),
])
def test_age_bounds(check, years, days, expected):
    assert codes(check(**born(years, days))) == expected


def test_too_young_blocks_and_too_old_warns(check):
    (young,) = check(**born(14))
    assert young.severity is Severity.ERROR and young.params == {"age": 14, "min": 15}
    (old,) = check(**born(70))
    assert old.severity is Severity.WARNING and old.params == {"age": 70, "max": 65}
    assert "14" in young.message("en") and "15" in young.message("en")


def test_age_bounds_come_from_the_reference_sets(check, ref):
    strict = dataclasses.replace(ref, age_min=18, age_max=60)
    assert codes(check(reference=strict, **born(17))) == ["age.too_young"]
    assert codes(check(reference=strict, **born(18))) == []
    assert codes(check(reference=strict, **born(60))) == []
    assert codes(check(reference=strict, **born(61))) == ["age.too_old"]


def test_birth_date_in_the_future(check):
    tomorrow = TODAY + dt.timedelta(days=1)
    findings = check(final=False, birth_date=tomorrow)
    assert "birth_date.future" in codes(errors_in(findings))
    assert "age.too_young" not in codes(findings)


# --- NIK against the form ---------------------------------------------------------------------------------------

def test_nik_warnings_reach_the_enrolment(check):
    findings = check(sex="L", birth_date=dt.date(1985, 8, 6))
    assert codes(findings) == ["nik.birth_date_mismatch", "nik.sex_mismatch"]
    assert errors_in(findings) == []
    assert {f.field for f in findings} == {"birth_date", "sex"}


def test_nik_issued_outside_maluku_is_a_warning(check):
    findings = check(nik="7371014508850001")
    assert codes(findings) == ["nik.outside_maluku"] and errors_in(findings) == []


def test_nik_with_unknown_maluku_prefix_is_a_warning(check):
    assert codes(check(nik="8171094508850001")) == ["nik.region_unknown"]


# --- heirs ------------------------------------------------------------------------------------------------------

def heir(**overrides) -> HeirData:
    values = {"full_name": "Yohanis Latuconsina", "relationship": "SUAMI", "birth_date": dt.date(1980, 1, 2),
              "phone": "081298765432", "nik": None}
    values.update(overrides)
    return HeirData(**values)


HEIR_PROBLEMS = [
    ({"full_name": ""}, "heir.name_required"),
    ({"full_name": "Yohanis 3"}, "full_name.invalid_chars"),
    ({"relationship": ""}, "heir.relationship_required"),
    ({"relationship": "TETANGGA"}, "heir.relationship_unknown"),
    ({"nik": "8171011208"}, "heir.nik_invalid"),
    ({"nik": "1234567890123456"}, "heir.nik_invalid"),
    ({"phone": "12"}, "heir.phone_invalid"),
    ({"birth_date": TODAY + dt.timedelta(days=1)}, "heir.birth_date_future"),
    ({"birth_date": dt.date(1899, 12, 31)}, "heir.birth_date_too_early"),
]


@pytest.mark.parametrize("final", [True, False], ids=["final", "draft"])
@pytest.mark.parametrize(("overrides", "code"), HEIR_PROBLEMS, ids=[c for _, c in HEIR_PROBLEMS])
def test_heir_checks(check, overrides, code, final):
    findings = check(final=final, heirs=[heir(), heir(**overrides)])
    assert codes(findings) == [code]
    assert findings[0].severity is Severity.ERROR
    assert findings[0].field == "heirs.1"  # the second heir, so the form can point at the row
    assert findings[0].params.get("index", 2) == 2


def test_valid_heir_details_pass(check):
    heirs = [heir(nik="81.71.01.120880.0002", relationship="anak", full_name="d'costa - de fretes",
                  phone="+62 812 9876 5432"),
             heir(full_name="Ani", relationship="IBU", birth_date=None, phone=None)]
    assert check(heirs=heirs) == []


def test_empty_heir_rows_are_ignored(check):
    assert codes(check(heirs=[HeirData(), HeirData("  ", "", None, " ", "")])) == ["heir.missing"]


def test_a_heir_row_with_only_a_phone_needs_name_and_relationship(check):
    findings = check(heirs=[HeirData(phone="081298765432")])
    assert codes(findings) == ["heir.name_required", "heir.relationship_required"]


def test_heir_nik_reason_follows_the_language_of_the_message(check):
    set_language("id")
    (finding,) = check(heirs=[heir(nik="8171011208")])
    assert finding.message("id") == "NIK ahli waris ke-1 tidak valid: NIK harus 16 angka (tertulis 10 karakter)."
    assert finding.message("en") == "Heir 1: invalid NIK: NIK must be 16 digits (got 10 characters)."


# --- messages ---------------------------------------------------------------------------------------------------

def test_every_finding_renders_in_both_languages(check):
    findings = check(
        nik="3171010508850001", full_name="Maria 2", birth_place="", sex="X", mother_name="Ibu_1", phone="12",
        rt_rw="x", village_code="81.71.01.9999", occupation="PNS", funding_source="APBN", income=0,
        programmes="JKK", coverage_start=None, consent_given=False,
        heirs=[heir(full_name="", relationship="TETANGGA", nik="123", phone="1",
                    birth_date=TODAY + dt.timedelta(days=3))])
    assert len(findings) >= 15
    for finding in findings:
        indonesian, english = finding.message("id"), finding.message("en")
        assert indonesian and english and indonesian != english, finding
        assert "{" not in indonesian + english, finding
        assert finding.message() == indonesian


def test_set_language_switches_the_default(check):
    (finding,) = check(occupation="PNS")
    try:
        set_language("en")
        assert current_language() == "en"
        assert finding.message() == "Occupation PNS is not in the occupation list."
    finally:
        set_language("id")
    assert finding.message() == "Pekerjaan PNS tidak ada di daftar pekerjaan."
    with pytest.raises(ValueError):
        set_language("fr")


def _codes_used_in(module) -> set[str]:
    """The first argument of every error(…)/warning(…) call in a module's source."""
    tree = ast.parse(inspect.getsource(module))
    return {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in {"error", "warning"} and node.args and isinstance(node.args[0], ast.Constant)}


def test_every_code_used_by_validation_has_both_texts():
    used = _codes_used_in(validation_module) | _codes_used_in(nik_module)
    assert len(used) >= 30
    for code in used:
        assert code in MESSAGES, code
        assert MESSAGES[code].get("id") and MESSAGES[code].get("en"), code


def test_every_message_has_both_languages_with_the_same_placeholders():
    import string
    for code, texts in MESSAGES.items():
        assert set(texts) == {"id", "en"}, code
        fields = [{name for _, name, _, _ in string.Formatter().parse(texts[lang]) if name} for lang in ("id", "en")]
        assert fields[0] == fields[1], code


def test_findings_point_at_form_fields(check):
    names = {f.name for f in dataclasses.fields(ParticipantData)}
    findings = check(nik="8171014508850001", sex="L", full_name="", birth_place="", phone="1", rt_rw="x",
                     consent_given=False, heirs=[heir(full_name="")], **{"coverage_start": None})
    for finding in findings:
        assert finding.field in names or finding.field.startswith("heirs."), finding
