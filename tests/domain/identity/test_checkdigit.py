"""Damm check digit: every single-digit substitution and every adjacent transposition is detected."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pekerja_desktop.domain.identity.checkdigit import _DAMM_TABLE, damm_check_digit, damm_is_valid

DIGITS = "0123456789"
digit_strings = st.text(alphabet=DIGITS, min_size=1, max_size=24)


def _substitutions(code: str):
    """Every string that differs from `code` in exactly one digit."""
    for position, original in enumerate(code):
        for replacement in DIGITS:
            if replacement != original:
                yield code[:position] + replacement + code[position + 1:]


def _adjacent_transpositions(code: str):
    """Every string obtained by swapping two neighbouring, different digits of `code`."""
    for position in range(len(code) - 1):
        a, b = code[position], code[position + 1]
        if a != b:
            yield code[:position] + b + a + code[position + 2:]


def _all_strings(length: int) -> list[str]:
    return ["".join(p) for p in itertools.product(DIGITS, repeat=length)]


def test_known_vector():
    # The worked example in Damm's description: 572 → check digit 4.
    assert damm_check_digit("572") == "4"
    assert damm_is_valid("5724")
    assert not damm_is_valid("5727")


def test_table_is_a_totally_anti_symmetric_quasigroup():
    """The properties the error detection rests on, checked on the table itself."""
    rows = _DAMM_TABLE
    assert all(sorted(row) == list(range(10)) for row in rows)  # Latin square: rows …
    assert all(sorted(col) == list(range(10)) for col in zip(*rows, strict=True))  # … and columns
    assert all(rows[i][i] == 0 for i in range(10))  # zero diagonal: appending the check digit gives 0
    for c, x, y in itertools.product(range(10), repeat=3):
        if x != y:
            assert rows[rows[c][x]][y] != rows[rows[c][y]][x], (c, x, y)


@settings(max_examples=300)
@given(digit_strings)
def test_appending_the_check_digit_makes_the_string_valid(digits):
    check = damm_check_digit(digits)
    assert len(check) == 1 and check.isdigit()
    assert damm_is_valid(digits + check)
    assert [d for d in DIGITS if damm_is_valid(digits + d)] == [check]  # the only valid digit


@settings(max_examples=300)
@given(digit_strings)
def test_every_single_digit_substitution_is_detected(digits):
    code = digits + damm_check_digit(digits)
    for wrong in _substitutions(code):
        assert not damm_is_valid(wrong), (code, wrong)


@settings(max_examples=300)
@given(digit_strings)
def test_every_adjacent_transposition_is_detected(digits):
    code = digits + damm_check_digit(digits)
    for wrong in _adjacent_transpositions(code):
        assert not damm_is_valid(wrong), (code, wrong)


@pytest.mark.parametrize("length", [2, 3])
def test_exhaustive_over_short_strings(length):
    valid = set()
    for digits in _all_strings(length):
        code = digits + damm_check_digit(digits)
        valid.add(code)
        assert damm_is_valid(code)
        assert not any(damm_is_valid(w) for w in _substitutions(code)), code
        assert not any(damm_is_valid(w) for w in _adjacent_transpositions(code)), code
    # Exactly one valid check digit per body: the valid codes of this length + 1 are the ones built above.
    assert {c for c in _all_strings(length + 1) if damm_is_valid(c)} == valid


@pytest.mark.parametrize("bad", ["", "12a4", "12 34", "-123", "1.5"])
def test_check_digit_needs_decimal_digits(bad):
    with pytest.raises(ValueError):
        damm_check_digit(bad)
    assert not damm_is_valid(bad)
