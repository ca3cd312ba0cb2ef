"""Blocking keys: every typing mistake the score forgives leaves the two records sharing a key, and a pass over
many records scores a small fraction of all pairs."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import replace

from pekerja_desktop.domain.identity.matching_keys import nik_variants
from pekerja_desktop.domain.likeness.blocking import blocking_keys, worth_scoring
from pekerja_desktop.domain.likeness.facts import PersonFacts, prepare
from pekerja_desktop.domain.likeness.score import DEFAULT_MIN_SCORE, PRIOR, WEIGHTS
from pekerja_desktop.domain.likeness.search import PassCounts, likely_pairs

PERSON = PersonFacts("8171014501850001", "Yohanis Latuconsina", dt.date(1985, 1, 5), "L", "81.71.01.1007")


def test_every_near_variant_of_a_nik_shares_a_key():
    keys = blocking_keys(prepare(PERSON))
    for variant in nik_variants(PERSON.nik):
        assert keys & blocking_keys(prepare(replace(PERSON, nik=variant, full_name="Lain Sekali"))), variant


def test_a_retyped_nik_is_found_through_the_name_and_birth_date_swapped():
    again = replace(PERSON, nik="8101029999990009", full_name="Johanis Latukonsina", birth_date=dt.date(1985, 5, 1))
    assert blocking_keys(prepare(PERSON)) & blocking_keys(prepare(again))


def _stranger(rng: random.Random, index: int) -> PersonFacts:
    birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(15_000))
    name = " ".join("".join(rng.choice("bdgklmnprst") + rng.choice("aiueo") for _ in range(3)) for _ in range(2))
    return PersonFacts(f"81710{1 + index % 5}{birth:%d%m%y}{rng.randrange(1, 10):04d}", name, birth, "L")


def test_a_pass_scores_few_of_all_pairs_and_finds_the_planted_one():
    rng = random.Random(7)
    people = [_stranger(rng, i) for i in range(2000)]
    people.append(replace(people[7], nik=people[7].nik[:-1] + "9"))
    counts = PassCounts()
    found = list(likely_pairs([prepare(p) for p in people], 0.5, counts=counts))
    assert [(i, j) for i, j, _ in found] == [(7, 2000)]
    assert counts.compared < len(people) * 5  # all pairs would be two million


def test_a_judged_pair_is_skipped_unscored():
    records = [prepare(PERSON), prepare(replace(PERSON, nik="8171014501850007"))]
    counts = PassCounts()
    assert list(likely_pairs(records, 0.0, counts=counts, skip=lambda i, j: True)) == []
    assert counts.compared == 0


def test_leaving_out_pairs_whose_names_cannot_match_never_hides_one_above_the_threshold():
    """worth_scoring's promise, held against the weights: with `name_differs` and any NIK but an equal one, even
    every other fact at its best stays below the default threshold."""
    best_rest = sum(max(WEIGHTS[code] for code in family) for family in (
        ("birth_same", "birth_swapped", "birth_one_field", "birth_differs"), ("sex_same", "sex_differs"),
        ("village_same", "kecamatan_same", "place_differs"), ("kk_same", "kk_differs"),
        ("mother_same", "mother_differs")))
    best_nik = max(WEIGHTS[code] for code in ("nik_one_digit", "nik_swapped", "nik_two_digits", "nik_differs"))
    log_odds = PRIOR + WEIGHTS["name_differs"] + best_nik + best_rest
    assert 1 / (1 + math.exp(-log_odds)) < DEFAULT_MIN_SCORE / 4


def test_worth_scoring_keeps_names_that_could_match():
    a = prepare(PERSON)
    assert worth_scoring(a, prepare(replace(PERSON, nik="8171014501850007", full_name="Johanis Latukonsina")))
    assert worth_scoring(a, prepare(replace(PERSON, nik="8171014501850007", full_name="Yohanis Latucomsina")))
    assert not worth_scoring(a, prepare(replace(PERSON, nik="8171014501850007", full_name="Markus Ohoiwutun")))
