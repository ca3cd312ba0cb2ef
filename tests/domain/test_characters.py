"""Unsafe characters: cleaned at the door, named where text is only checked, made visible by writers."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pekerja_desktop.domain.characters import REPLACEMENT, UNSAFE, clean_text, first_unsafe, visible_text

UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def test_every_control_format_and_separator_character_of_this_python_is_unsafe():
    missed = [f"U+{cp:04X}" for cp in range(sys.maxunicode + 1)
              if unicodedata.category(chr(cp)) in UNSAFE_CATEGORIES and not UNSAFE.match(chr(cp))]
    assert missed == []


def test_letters_digits_punctuation_and_ordinary_spaces_are_safe():
    text = "MARIA D'COSTA-DE FRETES, JL. A.Y. PATTY NO. 5 RT 001/002 · JOSÉ · Ñ · ČESKÝ · 日本 · عربي"
    assert first_unsafe(text) is None and clean_text(text) == text and visible_text(text) == text


@pytest.mark.parametrize(("typed", "kept"), [
    ("Jl. Pattimura\x01 No. 5", "Jl. Pattimura No. 5"),  # the control character of the adversarial report
    ("MA\u200bRIA", "MARIA"),  # zero-width space pasted with the name
    ("\ufeffMARIA", "MARIA"),  # a byte-order mark at the start of a cell
    ("ADMIN\u202eNIMDA", "ADMINNIMDA"),  # a right-to-left override
    ("\u2066SITI\u2069", "SITI"),  # bidirectional isolates
    ("A\u00adB", "AB"),  # soft hyphen
    ("JL.\tPATTIMURA\nNO. 5\r\n", "JL. PATTIMURA NO. 5  "),  # white space becomes spaces
    ("a\ud800b", "ab"),  # a lone surrogate, as JSON's \\ud800 escape makes one
    ("TAG\U000e0041S", "TAGS"),  # an invisible tag character
    ("", ""), (None, ""),
])
def test_clean_text_removes_or_spaces_out_unsafe_characters(typed, kept):
    assert clean_text(typed) == kept


def test_clean_text_keeps_line_breaks_where_lines_are_allowed():
    assert clean_text("baris 1\r\nbaris 2\u2028baris 3\x01\tselesai", lines=True) == "baris 1\nbaris 2\nbaris 3 selesai"


@pytest.mark.parametrize(("text", "named"), [
    ("Jl.\x01", "U+0001"), ("AB\u202eC", "U+202E"), ("\u200b", "U+200B"), ("\x7f", "U+007F"),
    ("ok", None), ("", None), (None, None),
])
def test_first_unsafe_names_the_first_offending_character(text, named):
    assert first_unsafe(text) == named


def test_visible_text_shows_each_unsafe_character_and_keeps_tabs_and_line_breaks():
    assert visible_text("a\x01b\u202ec\td\ne\rf\ud800") == f"a{REPLACEMENT}b{REPLACEMENT}c\td\ne\rf{REPLACEMENT}"


@given(st.text())
def test_clean_text_leaves_nothing_unsafe_and_is_idempotent(text):
    cleaned = clean_text(text)
    assert first_unsafe(cleaned) is None
    assert clean_text(cleaned) == cleaned
    assert len(visible_text(text)) == len(text)


@pytest.mark.parametrize("code", range(128))
def test_each_ascii_character_is_judged_as_the_ranges_judge_it(code):
    text = f"ab{chr(code)}cd"
    unsafe = UNSAFE.search(text) is not None
    assert (first_unsafe(text) is not None) is unsafe
    assert (clean_text(text) == text) is not unsafe or chr(code) == " "
    assert (visible_text(text) == text) is (not unsafe or chr(code) in "\t\n\r")
