"""NIK parser: structure `PP KK CC DDMMYY SSSS`, women's day + 40, reject/warn rules of domain.md."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from pekerja_desktop.domain.findings import Severity
from pekerja_desktop.domain.identity.nik import (
    NIK_LENGTH,
    PROVINCE_CODES,
    _is_dummy,
    clean_nik,
    encode_nik,
    mask_nik,
    parse_nik,
)
from pekerja_desktop.domain.messages import MESSAGES

TODAY = dt.date(2026, 7, 1)
VALID = "8171014508850001"  # a woman born 05/08/1985, registered in Nusaniwe, Kota Ambon
NIK_ERROR_CODES = {
    "nik.required", "nik.not_16_digits", "nik.not_digits", "nik.province_unknown", "nik.regency_zero",
    "nik.district_zero", "nik.day_invalid", "nik.month_invalid", "nik.date_impossible", "nik.serial_zero",
    "nik.dummy",
}
SEPARATORS = [" ", ".", "-", "\t", "\u00a0"]  # what clerks type, and the no-break space of copy-paste


def codes(findings) -> set[str]:
    return {f.code for f in findings}


def rejected_with(raw: str, today: dt.date = TODAY) -> set[str]:
    info, findings = parse_nik(raw, today)
    assert info is None, f"{raw!r} should be rejected"
    assert findings and all(f.severity is Severity.ERROR and f.field == "nik" for f in findings)
    return codes(findings)


def with_(nik: str, start: int, digits: str) -> str:
    """`nik` with the digits at `start` replaced (a 16-digit NIK stays 16 digits)."""
    return nik[:start] + digits + nik[start + len(digits):]


# --- strategies -------------------------------------------------------------------------------------------------

provinces = st.sampled_from(sorted(PROVINCE_CODES))
two_digit_non_zero = st.integers(1, 99).map("{:02d}".format)
districts = st.builds(lambda p, k, c: p + k + c, provinces, two_digit_non_zero, two_digit_non_zero)
sexes = st.sampled_from(["L", "P"])
serials = st.integers(1, 9999)
todays = st.dates(dt.date(1990, 1, 1), dt.date(2095, 12, 31))


@st.composite
def birth_dates_before(draw, today: dt.date) -> dt.date:
    """A birth date the 2-digit year can express: after today a hundred years ago, up to today."""
    earliest = dt.date(today.year - 100, 1, 1)
    born = draw(st.dates(earliest, today))
    assume((born.year + 100, born.month, born.day) > (today.year, today.month, today.day))
    return born


@st.composite
def valid_niks(draw):
    today = draw(todays)
    born = draw(birth_dates_before(today))
    district, sex, serial = draw(districts), draw(sexes), draw(serials)
    nik = encode_nik(district, born, sex, serial)
    assume(not _is_dummy(nik))
    return nik, today, district, born, sex, serial


# --- round trip -------------------------------------------------------------------------------------------------

@settings(max_examples=400)
@given(valid_niks())
@example(("8171014508850001", TODAY, "817101", dt.date(1985, 8, 5), "P", 1))
@example(("8171016902000001", TODAY, "817101", dt.date(2000, 2, 29), "P", 1)).via("29 Feb of a leap year")
@example(("8171010107269999", TODAY, "817101", TODAY, "L", 9999)).via("born today")
def test_encoded_nik_parses_back(case):
    nik, today, district, born, sex, serial = case
    assert len(nik) == NIK_LENGTH and nik.isdigit()
    assert int(nik[6:8]) == born.day + (40 if sex == "P" else 0)  # women: day + 40
    info, findings = parse_nik(nik, today)
    assert findings == []
    assert info is not None
    assert (info.birth_date, info.sex) == (born, sex)
    assert (info.province, info.regency, info.district, info.region_prefix) == (
        district[:2], district[:4], district, district)
    assert info.serial == f"{serial:04d}"
    assert info.nik == nik


@settings(max_examples=300)
@given(st.text(alphabet="0123456789", min_size=16, max_size=16), todays)
def test_random_16_digit_strings_never_raise(nik, today):
    info, findings = parse_nik(nik, today)
    if info is not None:
        assert findings == []
        # what was decoded encodes back to the same digits, and the date is a possible birth date
        assert encode_nik(info.district, info.birth_date, info.sex, int(info.serial)) == nik
        born = info.birth_date
        assert born <= today < dt.date(born.year + 100, born.month, 1) + dt.timedelta(days=born.day - 1)
    else:
        assert findings
        assert all(f.severity is Severity.ERROR for f in findings)
        assert codes(findings) <= NIK_ERROR_CODES
        for finding in findings:
            for language in ("id", "en"):
                text = finding.message(language)
                assert text and "{" not in text, (finding, language)


def test_every_nik_code_has_both_languages():
    for code in NIK_ERROR_CODES | {"nik.birth_date_mismatch", "nik.sex_mismatch", "nik.region_unknown",
                                   "nik.outside_maluku"}:
        assert set(MESSAGES[code]) >= {"id", "en"}, code
        assert MESSAGES[code]["id"] != MESSAGES[code]["en"]


# --- not 16 ASCII digits ----------------------------------------------------------------------------------------

@settings(max_examples=300)
@given(st.text(min_size=1, max_size=40))
@example("８１７１０１４５０８８５０００１").via("full-width digits")
@example("٨١٧١٠١٤٥٠٨٨٥٠٠٠١").via("Arabic-Indic digits")
@example("8.17101450885E+15").via("a NIK Excel turned into a number")
@example("8171O14508850001").via("letter O for zero")
@example("817101450885000²")
def test_anything_but_16_ascii_digits_is_rejected(raw):
    cleaned = clean_nik(raw)
    assume(not (len(cleaned) == NIK_LENGTH and cleaned.isascii() and cleaned.isdigit()))
    found = rejected_with(raw)
    if not cleaned:
        assert found == {"nik.required"}
    else:
        assert len(found) == 1 and found <= {"nik.not_16_digits", "nik.not_digits"}


@settings(max_examples=200)
@given(st.text(alphabet="0123456789", max_size=40).filter(lambda s: len(s) != NIK_LENGTH and s))
def test_wrong_length_says_how_long_it_was(digits):
    info, findings = parse_nik(digits, TODAY)
    assert info is None and codes(findings) == {"nik.not_16_digits"}
    assert findings[0].params["length"] == len(digits)
    assert f"tertulis {len(digits)} karakter" in findings[0].message("id")
    assert f"got {len(digits)} characters" in findings[0].message("en")


@pytest.mark.parametrize("raw", [None, "", "   ", " - . "])
def test_empty_nik_is_required(raw):
    assert rejected_with(raw) == {"nik.required"}


# --- typed separators -------------------------------------------------------------------------------------------

@settings(max_examples=200)
@given(valid_niks(), st.lists(st.tuples(st.integers(0, 16), st.sampled_from(SEPARATORS)), max_size=6))
def test_spaces_dots_and_dashes_inside_a_typed_nik_are_accepted(case, inserts):
    nik, today, *_ = case
    typed = nik
    for position, separator in sorted(inserts, reverse=True):
        typed = typed[:position] + separator + typed[position:]
    assert clean_nik(typed) == nik
    info, findings = parse_nik(typed, today)
    assert findings == [] and info is not None and info.nik == nik


@pytest.mark.parametrize("typed", [
    "8171 0145 0885 0001", "81.71.01.450885.0001", "8171-01-450885-0001", " 8171014508850001\n",
    "8171\u00a00145\u00a00885\u00a00001", "817101 450885 0001\t",
])
def test_typical_typed_forms(typed):
    info, findings = parse_nik(typed, TODAY)
    assert findings == [] and info is not None and info.nik == VALID


# --- reject table -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("day", range(100))
def test_birth_day_field(day):
    nik = with_(VALID, 6, f"{day:02d}0185")  # month 01, 1985: every day 1–31 exists
    if 1 <= day <= 31 or 41 <= day <= 71:
        info, findings = parse_nik(nik, TODAY)
        assert findings == [] and info is not None
        assert info.sex == ("P" if day > 40 else "L")
        assert info.birth_date == dt.date(1985, 1, day - 40 if day > 40 else day)
    else:  # 00, 32–40, 72–99
        assert rejected_with(nik) == {"nik.day_invalid"}


@pytest.mark.parametrize("month", range(100))
def test_birth_month_field(month):
    nik = with_(VALID, 8, f"{month:02d}")
    if 1 <= month <= 12:
        assert parse_nik(nik, TODAY)[0].birth_date == dt.date(1985, month, 5)
    else:
        assert rejected_with(nik) == {"nik.month_invalid"}


@pytest.mark.parametrize(("ddmmyy", "why"), [
    ("310285", "31 February"), ("710285", "31 February, woman"),
    ("300285", "30 February"), ("700285", "30 February, woman"),
    ("290285", "29 February, 1985 not a leap year"), ("690285", "29 February, woman, 1985"),
    ("310485", "31 April"), ("310685", "31 June"), ("310985", "31 September"), ("711185", "31 November, woman"),
])
def test_impossible_dates_are_rejected(ddmmyy, why):
    assert rejected_with(with_(VALID, 6, ddmmyy)) == {"nik.date_impossible"}, why


@pytest.mark.parametrize(("ddmmyy", "born", "sex"), [
    ("290284", dt.date(1984, 2, 29), "L"), ("690200", dt.date(2000, 2, 29), "P"),
    ("310185", dt.date(1985, 1, 31), "L"), ("711285", dt.date(1985, 12, 31), "P"),
    ("410185", dt.date(1985, 1, 1), "P"), ("010185", dt.date(1985, 1, 1), "L"),
])
def test_edge_dates_are_accepted(ddmmyy, born, sex):
    info, findings = parse_nik(with_(VALID, 6, ddmmyy), TODAY)
    assert findings == [] and (info.birth_date, info.sex) == (born, sex)


def test_impossible_date_message_shows_the_date_after_subtracting_40():
    _, findings = parse_nik(with_(VALID, 6, "710285"), TODAY)
    assert findings[0].params["date"] == "31/02/85"


def test_serial_0000_is_rejected():
    assert rejected_with(with_(VALID, 12, "0000")) == {"nik.serial_zero"}
    assert parse_nik(with_(VALID, 12, "0001"), TODAY)[1] == []
    assert parse_nik(with_(VALID, 12, "9999"), TODAY)[1] == []


def test_regency_and_district_00_are_rejected():
    assert rejected_with(with_(VALID, 2, "00")) == {"nik.regency_zero"}
    assert rejected_with(with_(VALID, 4, "00")) == {"nik.district_zero"}
    assert rejected_with("8100000101850000") == {"nik.regency_zero", "nik.district_zero", "nik.serial_zero"}


def test_there_are_38_provinces_and_maluku_is_one():
    assert len(PROVINCE_CODES) == 38
    assert {"81", "82", "31", "91", "96"} <= PROVINCE_CODES
    assert all(re.fullmatch(r"[1-9]\d", code) for code in PROVINCE_CODES)


@pytest.mark.parametrize("province", [f"{n:02d}" for n in range(100) if f"{n:02d}" not in PROVINCE_CODES])
def test_unknown_province_is_rejected(province):
    assert rejected_with(with_(VALID, 0, province)) == {"nik.province_unknown"}


@pytest.mark.parametrize("province", sorted(PROVINCE_CODES))
def test_every_known_province_is_accepted_by_the_parser(province):
    assert parse_nik(with_(VALID, 0, province), TODAY)[1] == []


@pytest.mark.parametrize("dummy", [
    "1234567890123456", "6543210987654321", "1234567812345678", "1212121212121212",
    "1111111111111111", "8888888888888888", "0000000000000000", "9999999999999999",
    "3456789012345678", "9876543210987654", "0123456789012345",
])
def test_obvious_dummies_are_rejected(dummy):
    assert rejected_with(dummy) == {"nik.dummy"}


@pytest.mark.parametrize("dummy", ["1234 5678 9012 3456", "1111-1111-1111-1111"])
def test_typed_dummies_are_rejected(dummy):
    assert rejected_with(dummy) == {"nik.dummy"}


# --- century ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("ddmmyy", "born"), [
    ("010126", dt.date(2026, 1, 1)),
    ("010726", dt.date(2026, 7, 1)),  # today
    ("020726", dt.date(1926, 7, 2)),  # tomorrow in 2026: must be 1926
    ("311226", dt.date(1926, 12, 31)),
    ("010127", dt.date(1927, 1, 1)),
    ("010100", dt.date(2000, 1, 1)),
    ("290200", dt.date(2000, 2, 29)),
    ("311299", dt.date(1999, 12, 31)),
    ("150885", dt.date(1985, 8, 15)),
])
def test_two_digit_year_resolves_to_the_most_recent_past(ddmmyy, born):
    info, findings = parse_nik(with_(VALID, 6, ddmmyy), TODAY)
    assert findings == [] and info.birth_date == born


@settings(max_examples=300)
@given(todays, st.integers(-1, 99), st.integers(1, 12), st.integers(1, 28))
@example(dt.date(2026, 7, 1), 26, 7, 2).via("tomorrow, a hundred years ago")
@example(dt.date(1999, 12, 31), 99, 12, 31).via("today, last century")
def test_resolved_birth_date_is_never_in_the_future(today, yy, month, day):
    yy = today.year % 100 if yy < 0 else yy  # this year's two digits are the tricky case: draw them often
    info, findings = parse_nik(with_(VALID, 6, f"{day:02d}{month:02d}{yy:02d}"), today)
    assert findings == []
    assert info.birth_date.year % 100 == yy
    assert info.birth_date <= today
    assert (info.birth_date.year + 100, month, day) > (today.year, today.month, today.day)


def test_without_today_the_clock_decides():
    info, _ = parse_nik(VALID)
    assert info.birth_date == dt.date(1985, 8, 5)


# --- masking ----------------------------------------------------------------------------------------------------

@settings(max_examples=200)
@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_mask_shows_region_and_serial_only(nik):
    masked = mask_nik(nik)
    assert masked == nik[:4] + "********" + nik[12:]
    assert len(masked) == NIK_LENGTH


def test_mask_example_and_other_lengths():
    assert mask_nik("8171014508850001") == "8171********0001"
    assert mask_nik("") == ""
    assert mask_nik("81710145") == "********"  # never leak a part of a malformed NIK
