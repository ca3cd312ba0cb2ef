"""The likeness of a typed record and another office's person as the hub shares it (no NIK, no name in clear)."""

from __future__ import annotations

import datetime as dt

import pytest

from pekerja_desktop.domain.identity.matching_keys import name_key
from pekerja_desktop.domain.likeness.facts import PersonFacts
from pekerja_desktop.domain.likeness.shared import SharedPerson, name_key_relation, shared_likeness

BIRTH = dt.date(1985, 8, 5)
TYPED = PersonFacts("8171014508850001", "Yohanis Latuconsina", BIRTH, "L")


@pytest.mark.parametrize(("typed", "shared", "relation"), [
    ("Yohanis Latuconsina", "Johanis Latuconsina", "name_sounds_same"),
    ("Yohanis Latuconsina", "Yohanis Markus Latuconsina", "name_part"),
    ("Yohanis Latuconsina", "Y. Latuconsina", "name_part"),
    ("Yohanis Latuconsina", "Yohanis Latuconsira", "name_similar"),
    ("Yohanis Latuconsina", "Abdul Rahman", "name_differs"),
    ("", "Abdul Rahman", None),
])
def test_names_are_compared_by_their_phonetic_keys_word_by_word(typed, shared, relation):
    assert name_key_relation(name_key(typed), name_key(shared)) == relation


def test_a_near_nik_with_the_same_name_and_birth_date_is_likely_and_says_why():
    person = SharedPerson("8171014508850007", name_key("Johanis Latuconsina"), BIRTH, "L")
    found = shared_likeness(TYPED, person)
    assert found.reasons == ("nik_one_digit", "name_sounds_same", "birth_same", "sex_same") and found.score > 0.99


def test_without_a_matching_nik_hash_a_namesake_born_another_day_is_not_likely():
    person = SharedPerson(None, name_key("Yohanis Latuconsina"), dt.date(1990, 1, 2), "L")
    found = shared_likeness(TYPED, person)
    assert found.reasons[0] == "nik_differs" and found.score < 0.5


def test_missing_facts_give_no_reason_rather_than_a_wrong_one():
    found = shared_likeness(PersonFacts("", "", None, None), SharedPerson(None, "", None, None))
    assert found.reasons == ()
