"""The keys likely duplicates share: a NIK's near variants, its keyed hash, a name's phonetic key."""

from __future__ import annotations

import pytest

from pekerja_desktop.domain.identity.matching_keys import keyed_nik_hash, name_key, nik_variants

NIK = "8171014508850001"


def test_the_variants_of_a_nik_are_every_one_digit_change_and_every_adjacent_swap():
    variants = nik_variants(NIK)
    assert variants[0] == NIK
    assert "8171014508850002" in variants  # the last digit mistyped
    assert "8171104508850001" in variants  # "01" typed "10"
    assert "8171014508850010" in variants
    assert len(variants) == len(set(variants)) == 1 + 16 * 9 + sum(NIK[i] != NIK[i + 1] for i in range(15))
    assert "8171014508850012" not in variants  # two digits changed: not one typing mistake away


def test_a_malformed_nik_is_its_own_only_variant():
    assert nik_variants("81710145") == ["81710145"]


def test_the_keyed_hash_depends_on_the_key_and_gives_equal_niks_equal_hashes():
    key, other = b"k" * 32, b"o" * 32
    assert keyed_nik_hash(key, NIK) == keyed_nik_hash(key, NIK)
    assert keyed_nik_hash(key, NIK) != keyed_nik_hash(other, NIK)
    assert keyed_nik_hash(key, NIK) != keyed_nik_hash(key, "8171014508850002")
    assert NIK not in keyed_nik_hash(key, NIK) and len(keyed_nik_hash(key, NIK)) == 32


@pytest.mark.parametrize("names", [
    ("Yohanis Latuheru", "Johanis Latuheru", "Yohanes Latuhery", "YOHANIS LATUHERU"),
    ("Muhammad Rumra", "Moh. Rumra", "Rumra Muhamad", "Mochammad Rumra"),
    ("Hj. Siti Aminah, S.Pd", "SITI AMINAH"),
    ("Djafar Tjokro", "Jafar Cokro"),
    ("Oesman Latuconsina", "Usman Latukonsina"),
    ("Achmad Philipus", "Ahmad Filipus"),
    ("Chairul Sjarif", "Khairul Syarif", "Hairul Sarif"),
])
def test_spellings_of_one_name_share_its_key(names):
    assert len({name_key(name) for name in names}) == 1


def test_different_names_keep_different_keys():
    assert name_key("Maria Pattiasina") != name_key("Marthen Pattiasina")
    assert name_key("Yohanis Latuheru") != name_key("Yosef Latuheru")
    assert name_key("") == name_key(None) == ""
