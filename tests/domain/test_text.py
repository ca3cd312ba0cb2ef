"""Names as on the KTP, accent-insensitive search keys, phone numbers and RT/RW."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pekerja_desktop.domain.text import (
    fold_for_search,
    name_has_valid_characters,
    normalise_name,
    normalise_phone,
    normalise_rt_rw,
    place_has_valid_characters,
)

# --- names ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("maria latuconsina", "MARIA LATUCONSINA"),
    ("  Maria   Latuconsina  ", "MARIA LATUCONSINA"),
    ("maria\tlatu\nconsina", "MARIA LATU CONSINA"),
    ("nur\u00a0aini", "NUR AINI"),  # no-break space pasted from a web page
    ("La Ode  Muh.  Ali", "LA ODE MUH. ALI"),
    ("o’neil", "O'NEIL"), ("ma‘ruf", "MA'RUF"), ("ma`ruf", "MA'RUF"), ("ma´ruf", "MA'RUF"), ("d'costa", "D'COSTA"),
    ("siti-aminah", "SITI-AMINAH"),
    ("siti – aminah", "SITI-AMINAH"),  # en dash typed by a word processor
    # A hyphen typed with spaces around it belongs to a double name: the KTP prints it without spaces, and the
    # duplicate check must see "D'COSTA-DE FRETES" whichever way the clerk typed it.
    ("  d'costa - de fretes ", "D'COSTA-DE FRETES"),
    ("d’costa-de  fretes", "D'COSTA-DE FRETES"),
    ("José da Silva", "JOSÉ DA SILVA"),  # the accent stays in the stored name …
    ("Jose\u0301 da Silva", "JOSÉ DA SILVA"),  # … in composed form (NFC) however it was typed
    ("", ""), (None, ""), ("   ", ""),
])
def test_normalise_name(typed, stored):
    assert normalise_name(typed) == stored


def test_accents_are_folded_for_search_only():
    stored = normalise_name("José Müller")
    assert stored == "JOSÉ MÜLLER"
    assert fold_for_search(stored) == fold_for_search("jose muller") == "jose muller"


name_alphabet = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèüöçñÉ '’‘`.,-–\t\u00a0"))
names = st.text(alphabet=name_alphabet, max_size=40)


@settings(max_examples=300)
@given(names)
def test_name_normalisation_is_idempotent_and_tidy(typed):
    stored = normalise_name(typed)
    assert normalise_name(stored) == stored
    assert stored == stored.strip() and "  " not in stored
    assert stored == stored.upper()
    assert not set("’‘`–\t\u00a0") & set(stored)
    assert " -" not in stored and "- " not in stored


@settings(max_examples=300)
@given(names)
def test_typed_names_remain_valid_names(typed):
    stored = normalise_name(typed)
    assert name_has_valid_characters(stored) == bool(stored)


@pytest.mark.parametrize("name", ["MARIA LATUCONSINA", "JOSÉ", "D'COSTA-DE FRETES", "LA ODE MUH. ALI", "SITI, S.PD"])
def test_valid_name_characters(name):
    assert name_has_valid_characters(name)


@pytest.mark.parametrize("name", ["", "MARIA 2", "AGUS_S", "BUDI@", "ANI/ANA", "ΑΝΝΑ", "张伟", "RINA!"])
def test_invalid_name_characters(name):
    assert not name_has_valid_characters(name)


@settings(max_examples=300)
@given(st.text(max_size=30))
def test_fold_for_search_is_idempotent_and_case_insensitive(text):
    folded = fold_for_search(text)
    assert fold_for_search(folded) == folded  # a stored search key can be folded again safely
    if text.isascii():
        assert fold_for_search(text.upper()) == fold_for_search(text.lower()) == folded


@settings(max_examples=300)
@given(names)
def test_stored_names_fold_to_plain_ascii(typed):
    """Accented Latin names are found by typing them without accents, in any case."""
    stored = normalise_name(typed)
    folded = fold_for_search(stored)
    assert folded.isascii() and folded == folded.lower()
    assert fold_for_search(typed.lower()) == fold_for_search(typed.upper())


@pytest.mark.parametrize(("a", "b"), [
    ("José", "JOSE"), ("müller", "MULLER"), ("Ñusa", "nusa"), ("  la   ode ", "LA ODE"), ("Straße", "STRASSE"),
    ("Jose\u0301", "josé"),
])
def test_fold_examples(a, b):
    assert fold_for_search(a) == fold_for_search(b)


def test_fold_empty():
    assert fold_for_search(None) == "" and fold_for_search("") == ""


# --- phones -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "canonical"), [
    ("081234567890", "081234567890"),
    ("0812-3456-7890", "081234567890"),
    ("0812 3456 7890", "081234567890"),
    ("0812.3456.7890", "081234567890"),
    ("+62 812 3456 7890", "081234567890"),
    ("+62 (812) 3456-7890", "081234567890"),
    ("+6281234567890", "081234567890"),
    ("62 812-3456-7890", "081234567890"),
    ("812 3456 7890", "081234567890"),
    (" 0812345678 ", "0812345678"),
    ("(0911) 352-111", "0911352111"),  # Ambon landline keeps its area code
    ("0911/352111", "0911352111"),
    ("0813 4444 55556", "0813444455556"),  # 13 digits, the longest
    ("0911 35211", "091135211"),  # 9 digits, the shortest
])
def test_phones_are_made_canonical(typed, canonical):
    assert normalise_phone(typed) == canonical


@pytest.mark.parametrize("typed", [
    None, "", "   ", "08123", "0911 3521", "0812 3456 7890 12", "+62 812 3456 7890 123",
    "0812-3456-789O", "0812abc4567", "tidak ada", "+1 555 123 4567", "0062 812 3456 7890", "00812345678",
    "0８１２３４５６７８９", "0٨١٢٣٤٥٦٧٨٩",  # digits of other scripts are not stored as they are
])
def test_non_phones_are_none(typed):
    assert normalise_phone(typed) is None


mobile_bodies = st.text(alphabet="0123456789", min_size=7, max_size=10).map(lambda s: "8" + s)  # 8…, 8–11 digits
separators = st.sampled_from(["", " ", "-", ".", "  "])


@settings(max_examples=300)
@given(mobile_bodies, st.sampled_from(["0", "+62", "62", "+62 ", "62 ", "", "(+62)"]), separators, st.integers(1, 5))
def test_any_written_form_of_a_mobile_gives_the_same_canonical_number(body, prefix, separator, group):
    chunks = [body[i:i + group + 2] for i in range(0, len(body), group + 2)]
    typed = prefix + separator.join(chunks)
    assert normalise_phone(typed) == "0" + body


@settings(max_examples=300)
@given(st.text(max_size=20))
def test_phone_result_is_none_or_canonical(typed):
    phone = normalise_phone(typed)
    if phone is not None:
        assert phone.isascii() and phone.isdigit()
        assert phone.startswith("0") and not phone.startswith("00")
        assert 9 <= len(phone) <= 13
        assert normalise_phone(phone) == phone


# --- RT/RW ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "canonical"), [
    ("1/2", "001/002"), ("001/002", "001/002"), ("001 / 002", "001/002"), ("01-02", "001/002"), ("1.2", "001/002"),
    (" 12 / 3 ", "012/003"), ("999/999", "999/999"),
    ("", ""), (None, ""), ("   ", ""),  # not filled in
])
def test_rt_rw(typed, canonical):
    assert normalise_rt_rw(typed) == canonical


@pytest.mark.parametrize("typed", ["1/2/3", "x", "1234/1", "1/1234", "RT 1 RW 2", "1 2", "1/", "/2", "1//2"])
def test_not_rt_rw(typed):
    assert normalise_rt_rw(typed) is None


# --- the ASCII fast paths give what folding first gives ------------------------------------------------------

def _name_by_folding(name: str) -> bool:
    return bool(re.match(r"^[A-Z .,'\-]+$", fold_for_search(name).upper())) if name else False


def _place_by_folding(place: str) -> bool:
    return bool(re.match(r"^[A-Z0-9 .,'\-/()]+$", fold_for_search(place).upper())) if place else False


ASCII = [chr(code) for code in range(128)]


@pytest.mark.parametrize("text", [*ASCII, *(f" {c} " for c in ASCII), *(f"A{c}B" for c in ASCII), "", " ", "\t\n",
                                  "\x1c", "A\x1fB", "O'NEIL-SMITH, S.PD", "  siti  ", "JL. (LAMA) 5/2"])
def test_ascii_name_and_place_checks_agree_with_folding_first(text):
    assert name_has_valid_characters(text) is _name_by_folding(text)
    assert place_has_valid_characters(text) is _place_by_folding(text)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
@settings(max_examples=500)
def test_any_ascii_text_is_judged_as_by_folding_first(text):
    assert name_has_valid_characters(text) is _name_by_folding(text)
    assert place_has_valid_characters(text) is _place_by_folding(text)
