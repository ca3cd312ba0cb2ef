"""Registration numbers `OFFICE-YY-SSSSSS-C`: round trip, normalisation, and typo detection by the Damm digit."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pekerja_desktop.domain.identity.checkdigit import damm_is_valid
from pekerja_desktop.domain.identity.regnum import (
    MAX_SERIAL,
    RegistrationNumber,
    format_registration_number,
    is_valid_office_code,
    normalise_office_code,
    normalise_registration_number,
    parse_registration_number,
)

office_codes = st.from_regex(r"[A-Z0-9]{2,10}", fullmatch=True)
years = st.integers(2000, 2099)
serials = st.integers(1, MAX_SERIAL)


def _numeric_positions(number: str) -> list[int]:
    """Indexes of the digits after the office code: YY, SSSSSS and the check digit."""
    start = number.index("-") + 1
    return [i for i in range(start, len(number)) if number[i].isdigit()]


@settings(max_examples=300)
@given(office_codes, years, serials)
@example("8171A", 2026, 1)
@example("AMBON", 2026, MAX_SERIAL)
@example("ZZ", 2000, 1)
@example("00", 2099, 999_998)
def test_format_then_parse_round_trips(office, year, serial):
    number = format_registration_number(office, year, serial)
    assert number.startswith(f"{office}-{year % 100:02d}-{serial:06d}-")
    assert len(number) == len(office) + 12
    parsed = parse_registration_number(number)
    assert parsed == RegistrationNumber(office, year % 100, serial)
    assert str(parsed) == number


def test_known_number():
    # 8171A → digits 8171 10, then 26, 000001; Damm over "81711026000001".
    number = format_registration_number("8171A", 2026, 1)
    assert number[:-1] == "8171A-26-000001-"
    assert parse_registration_number(number) == RegistrationNumber("8171A", 26, 1)


@settings(max_examples=300)
@given(office_codes, years, serials)
def test_any_single_digit_change_in_the_numeric_part_is_rejected(office, year, serial):
    number = format_registration_number(office, year, serial)
    for i in _numeric_positions(number):
        for digit in "0123456789":
            if digit != number[i]:
                typo = number[:i] + digit + number[i + 1:]
                assert parse_registration_number(typo) is None, typo


@settings(max_examples=300)
@given(office_codes, years, serials)
def test_any_adjacent_transposition_in_the_numeric_part_is_rejected(office, year, serial):
    """Neighbouring digits swapped, also across the dashes (the last digit of YY with the first of the serial)."""
    number = format_registration_number(office, year, serial)
    positions = _numeric_positions(number)
    for a, b in itertools.pairwise(positions):
        if number[a] != number[b]:
            chars = list(number)
            chars[a], chars[b] = chars[b], chars[a]
            typo = "".join(chars)
            assert parse_registration_number(typo) is None, typo


@settings(max_examples=200)
@given(office_codes, years, serials, st.lists(st.sampled_from([" ", "  ", "\t"]), min_size=4, max_size=4))
def test_lower_case_and_spaces_are_normalised(office, year, serial, gaps):
    number = format_registration_number(office, year, serial)
    office_part, yy, ss, check = number.split("-")
    typed = f"{gaps[0]}{office_part.lower()}{gaps[1]}-{yy}-{gaps[2]}{ss} -{check}{gaps[3]}"
    assert normalise_registration_number(typed) == number
    assert parse_registration_number(typed) == parse_registration_number(number)


@pytest.mark.parametrize("raw", [
    "", "   ", "8171A", "8171A-26-000001", "8171A-2026-000001-5", "8171A-26-1-5", "8171A_26_000001_5",
    "8171A-26-0000001-5", "A-26-000001-5", "ABCDEFGHIJK-26-000001-5", "8171Ä-26-000001-5", "8171A-2x-000001-5",
    "8171A--26-000001-5",
])
def test_malformed_numbers_are_rejected(raw):
    assert parse_registration_number(raw) is None


def test_normalise_registration_number_handles_none():
    assert normalise_registration_number(None) == ""
    assert parse_registration_number(None) is None


@pytest.mark.parametrize("serial", [1, 2, 999_999])
def test_serial_range_inside(serial):
    assert parse_registration_number(format_registration_number("8171A", 2026, serial)).serial == serial


@pytest.mark.parametrize("serial", [0, -1, MAX_SERIAL + 1, 10**7])
def test_serial_range_outside(serial):
    assert MAX_SERIAL == 999_999
    with pytest.raises(ValueError, match="serial out of range"):
        format_registration_number("8171A", 2026, serial)


def test_year_is_kept_as_two_digits():
    assert format_registration_number("8171A", 2026, 7).split("-")[1] == "26"
    assert format_registration_number("8171A", 2100, 7).split("-")[1] == "00"


@pytest.mark.parametrize(("raw", "code", "valid"), [
    (" 8171a ", "8171A", True), ("ambon", "AMBON", True), ("81", "81", True), ("A", "A", False),
    ("ABCDEFGHIJK", "ABCDEFGHIJK", False), ("81-71", "81-71", False), ("81 71", "81 71", False),
])
def test_office_codes(raw, code, valid):
    assert normalise_office_code(raw) == code
    assert is_valid_office_code(code) is valid



@given(st.sampled_from(["8171A", "8101", "X001", "AB", "ZZ99ZZ99ZZ"]), st.integers(0, 99), st.integers(0, 999_999),
       st.integers(0, 9))
@settings(max_examples=300)
def test_the_check_digit_is_judged_as_over_all_the_digits(office, year, serial, check):
    """The Damm state after an office and year is kept for its numbers; the verdict is the one over every digit."""
    number = f"{office}-{year:02d}-{serial:06d}-{check}"
    letters_as_digits = "".join(c if c.isdigit() else str(ord(c) - ord("A") + 10) for c in office)
    whole = letters_as_digits + f"{year:02d}{serial:06d}{check}"
    expected = serial != 0 and damm_is_valid(whole)
    assert (parse_registration_number(number) is not None) is expected
