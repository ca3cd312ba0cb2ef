"""Domain rules village lists brought: the KK number, names with titles and their length, the coverage-start rule,
the KTP occupation a supervisor confirms."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.assets import packaged_region_index
from pekerja_desktop.domain.coverage_start import default_coverage_start, first_of_next_month, is_rule
from pekerja_desktop.domain.identity.kk import kk_findings
from pekerja_desktop.domain.identity.names import comparable_name, same_person_name
from pekerja_desktop.domain.participant import ParticipantData, normalise_participant
from pekerja_desktop.domain.validation import ReferenceSets, validate_participant

REF = ReferenceSets(packaged_region_index(), frozenset({"NLY"}), frozenset({"APBD_PROV"}), frozenset({"ANAK"}),
                    dukcapil_confirm={65: "GURU"})


def _codes(data: ParticipantData) -> list[str]:
    return [f.code for f in validate_participant(normalise_participant(data), REF, dt.date(2026, 12, 7), final=False)]


def test_kk_number_is_checked_like_a_nik_prefix():
    assert kk_findings("") == [] and kk_findings("8171012304120003") == []
    assert [f.code for f in kk_findings("81710123041200")] == ["kk.not_16_digits"]
    assert [f.code for f in kk_findings("81710A2304120003")] == ["kk.not_digits"]
    assert [f.code for f in kk_findings("9971012304120003")] == ["kk.province_unknown"]
    assert [f.code for f in kk_findings("8100012304120003")] == ["kk.region_zero"]
    assert _codes(ParticipantData(nik="8171014508850001", full_name="Maria", kk_number="8171 0123 0412 0003")) == []
    assert "kk.not_16_digits" in _codes(ParticipantData(nik="8171014508850001", full_name="Maria", kk_number="123"))


def test_titles_are_kept_but_ignored_when_comparing():
    assert comparable_name("Hj. Siti Aminah, S.Pd") == "siti aminah"
    assert comparable_name("Drs. H. ABDUL RAHMAN LATUCONSINA, M.Si") == "abdul rahman latuconsina"
    assert same_person_name("IR. YOHANIS PATTINAMA", "Yohanis Pattinama")
    assert not same_person_name("Yohanis Pattinama", "Yakob Pattinama")
    assert comparable_name("H.") == "h."  # a title alone is still a name
    data = normalise_participant(ParticipantData(full_name="hj. siti aminah, s.pd"))
    assert data.full_name == "HJ. SITI AMINAH, S.PD"  # stored as on the KTP


def test_a_name_longer_than_the_ktp_allows_is_a_warning():
    long_name = "MARIA MAGDALENA " * 4  # 64 characters
    assert _codes(ParticipantData(nik="8171014508850001", full_name=long_name)) == ["full_name.long"]
    assert _codes(ParticipantData(nik="8171014508850001", full_name="A" * 60)) == []


def test_a_ktp_occupation_outside_the_target_group_is_a_warning():
    assert _codes(ParticipantData(nik="8171014508850001", full_name="Maria", ktp_occupation=65)) == [
        "occupation.ktp_confirm"]
    assert _codes(ParticipantData(nik="8171014508850001", full_name="Maria", ktp_occupation=11)) == []


def test_the_coverage_start_rule():
    day = dt.date(2026, 12, 7)
    assert default_coverage_start("next_month", day) == dt.date(2027, 1, 1) == first_of_next_month(day)
    assert default_coverage_start("enrolment_day", day) == day
    assert default_coverage_start("2027-02-01", day) == dt.date(2027, 2, 1)
    assert default_coverage_start("nonsense", day) == dt.date(2027, 1, 1)
    assert is_rule("next_month") and is_rule("2027-02-01") and not is_rule("2027-02-30") and not is_rule(3)
