"""The likelihood that two records are one person: each fact's reason carries a weight (the log-odds it adds, in
the manner of Fellegi and Sunter), their sum over a prior gives the score through the logistic function.

The weights and the default threshold were tuned on the planted-duplicate corpus (services/demo/planted.py; the
precision/recall test in tests/services/duplicates/ holds them): a name that differs outweighs everything else, so
twins — same KK, mother, birth date and a NIK one serial apart — stay below the threshold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pekerja_desktop.domain.likeness.facts import PersonFacts, Prepared, prepare
from pekerja_desktop.domain.likeness.parts import RELATIONS

PRIOR = -9.0  # the log-odds of two records sharing a blocking key being one person, before their facts are read
DEFAULT_MIN_SCORE = 0.5
WEIGHTS: dict[str, float] = {
    "nik_same": 9.0, "nik_one_digit": 5.5, "nik_swapped": 6.0, "nik_two_digits": 2.0, "nik_differs": -2.5,
    "name_same": 5.0, "name_sounds_same": 4.5, "name_part": 3.0, "name_similar": 3.0, "name_differs": -9.0,
    "birth_same": 4.0, "birth_swapped": 3.0, "birth_one_field": 1.5, "birth_differs": -3.0,
    "sex_same": 0.3, "sex_differs": -2.5,
    "village_same": 1.2, "kecamatan_same": 0.5, "place_differs": 0.0,
    "kk_same": 2.5, "kk_differs": -0.5,
    "mother_same": 2.0, "mother_differs": -2.0,
}


@dataclass(frozen=True, slots=True)
class Likeness:
    score: float  # 0–1
    reasons: tuple[str, ...]  # codes, in the order NIK, name, birth date, sex, place, KK, mother

    def at_least(self, threshold: float) -> bool:
        return self.score >= threshold


def reasons_of(a: Prepared, b: Prepared) -> tuple[str, ...]:
    return tuple(code for code in (relation(a, b) for relation in RELATIONS) if code is not None)


def score_of(reasons: tuple[str, ...]) -> float:
    log_odds = PRIOR + sum(WEIGHTS[code] for code in reasons)
    return 1.0 / (1.0 + math.exp(-log_odds))


def compare(a: Prepared, b: Prepared) -> Likeness:
    reasons = reasons_of(a, b)
    return Likeness(round(score_of(reasons), 4), reasons)


def likeness(a: PersonFacts, b: PersonFacts) -> Likeness:
    """How likely `a` and `b` are one person, and why."""
    return compare(prepare(a), prepare(b))
