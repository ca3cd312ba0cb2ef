"""The one formatter: Rupiah, counts and shares in Indonesian and English."""

from __future__ import annotations

from pekerja_desktop.documents.formatting import number_text, percent_text, rupiah
from pekerja_desktop.domain.i18n import set_language


def test_indonesian_groups_with_dots_and_decimals_with_a_comma():
    assert rupiah(16_800, "id") == "Rp16.800"
    assert rupiah(588_000_000, "id") == "Rp588.000.000"
    assert number_text(200_000, "id") == "200.000"
    assert percent_text(12.54, "id") == "12,5 %"


def test_english_groups_with_commas_and_decimals_with_a_point():
    assert rupiah(16_800, "en") == "Rp16,800"
    assert number_text(1_470, "en") == "1,470"
    assert percent_text(4.2, "en") == "4.2 %"


def test_the_language_of_the_messages_is_the_default():
    assert rupiah(1_500_000) == "Rp1.500.000" and number_text(35_000) == "35.000"
    set_language("en")
    assert rupiah(1_500_000) == "Rp1,500,000" and number_text(35_000) == "35,000"


def test_edges():
    assert rupiah(None) == "" and rupiah(0) == "Rp0" and rupiah(-500) == "-Rp500"
    assert number_text(999) == "999" and number_text(1000) == "1.000"
    assert percent_text(None) == "–" and percent_text(100) == "100,0 %"
