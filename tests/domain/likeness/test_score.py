"""The likeness score on the issue's cases: each typing mistake forgiven with its reason, twins and namesakes kept
apart, reasons in words in both languages."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from pekerja_desktop.domain.likeness.facts import PersonFacts
from pekerja_desktop.domain.likeness.parts import nik_relation
from pekerja_desktop.domain.likeness.reasons import REASON_TEXTS, reasons_in_words
from pekerja_desktop.domain.likeness.score import DEFAULT_MIN_SCORE, WEIGHTS, likeness

FIRST = PersonFacts(nik="8171014501850001", full_name="Yohanis Latuconsina", birth_date=dt.date(1985, 1, 5),
                    sex="L", village_code="81.71.01.1007", kk_number="8171010101100001",
                    mother_name="Maria Pattinasarany")


@pytest.mark.parametrize("nik,expected", [
    ("8171014501850001", "nik_same"),
    ("8171014501850007", "nik_one_digit"),
    ("8171014501850010", "nik_swapped"),
    ("8171041501850001", "nik_swapped"),
    ("8171014501850092", "nik_two_digits"),
    ("8271014501859991", "nik_differs"),
])
def test_the_nik_distance_names_the_typing_mistake(nik, expected):
    assert nik_relation(FIRST.nik, nik) == expected


@pytest.mark.parametrize("name,expected", [
    ("YOHANIS LATUCONSINA", "name_same"),
    ("Drs. Yohanis Latuconsina", "name_same"),  # a title added
    ("Johanis Latuconsina", "name_sounds_same"),
    ("Yohanes Latukonsina", "name_sounds_same"),
    ("Latuconsina Yohanis", "name_sounds_same"),  # word order
    ("Y. Latuconsina", "name_part"),  # an initial
    ("Yohanis Latucomsina", "name_similar"),  # a slip of the finger
    ("Markus Latuconsina", "name_differs"),
])
def test_name_variants_common_in_maluku_are_recognised(name, expected):
    assert likeness(FIRST, replace(FIRST, full_name=name)).reasons[1] == expected


def test_a_second_name_dropped_and_muhammad_abbreviated():
    full = replace(FIRST, full_name="Muhammad Rizal Rumra")
    assert "name_part" in likeness(full, replace(FIRST, full_name="Muhammad Rumra")).reasons
    assert "name_sounds_same" in likeness(full, replace(FIRST, full_name="Moh. Rizal Rumra")).reasons


@pytest.mark.parametrize("birth,expected", [
    (dt.date(1985, 1, 5), "birth_same"),
    (dt.date(1985, 5, 1), "birth_swapped"),
    (dt.date(1985, 1, 6), "birth_one_field"),
    (dt.date(1958, 1, 5), "birth_one_field"),
    (dt.date(1990, 7, 9), "birth_differs"),
])
def test_birth_dates(birth, expected):
    assert expected in likeness(FIRST, replace(FIRST, birth_date=birth)).reasons


def test_the_issues_example_scores_high_with_its_reasons_in_words():
    again = replace(FIRST, nik="8171014501850007", village_code="81.71.01.1001", kk_number="", mother_name=None)
    found = likeness(FIRST, again)
    assert found.reasons == ("nik_one_digit", "name_same", "birth_same", "sex_same", "kecamatan_same")
    assert found.score >= 0.99
    assert reasons_in_words(found.reasons) == ("NIK beda satu angka; nama sama; tanggal lahir sama; kecamatan sama")
    assert reasons_in_words(found.reasons, "en") == ("NIK differs in one digit; same name; same birth date; "
                                                     "same kecamatan")


def test_a_person_moved_and_retyped_by_another_office_is_still_found():
    moved = PersonFacts("8171014501850010", "Johanis Latukonsina", dt.date(1985, 5, 1), "L", "81.01.02.2003",
                        "", "Maria")
    assert likeness(FIRST, moved).score >= DEFAULT_MIN_SCORE


def test_twins_stay_below_the_threshold():
    twin = replace(FIRST, nik="8171014501850002", full_name="Markus Latuconsina")
    found = likeness(FIRST, twin)
    assert {"nik_one_digit", "birth_same", "kk_same", "mother_same", "name_differs"} <= set(found.reasons)
    assert found.score < DEFAULT_MIN_SCORE


def test_namesakes_born_elsewhere_on_another_day_stay_apart():
    namesake = PersonFacts("8103026704900003", "Yohanis Latuconsina", dt.date(1990, 4, 27), "L", "81.03.02.2001")
    assert likeness(FIRST, namesake).score < 0.01


def test_unknown_facts_give_no_reason_and_every_reason_has_a_weight_and_words():
    bare = PersonFacts(FIRST.nik, FIRST.full_name)
    assert likeness(FIRST, bare).reasons == ("nik_same", "name_same")
    assert set(WEIGHTS) == set(REASON_TEXTS)
    assert all(texts["id"] and texts["en"] for texts in REASON_TEXTS.values())


def test_the_score_is_symmetric_and_between_zero_and_one():
    other = replace(FIRST, nik="8171014501850010", full_name="Y. Latuconsina", birth_date=dt.date(1985, 5, 1))
    forth, back = likeness(FIRST, other), likeness(other, FIRST)
    assert forth == back and 0.0 <= forth.score <= 1.0
