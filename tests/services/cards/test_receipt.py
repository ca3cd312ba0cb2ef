"""The registration receipt read back: paper sizes, what it says, NIK masking, the consent statement, fonts."""

from __future__ import annotations

import datetime as dt

import pytest

from pekerja_desktop.domain.documents_text import consent_statement
from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.domain.participant import HeirData
from pekerja_desktop.services.cards.errors import CardError
from pekerja_desktop.services.cards.receipt import render_receipt
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.errors import EnrolmentError
from tests.support.cards import fonts_without_file, page_sizes, words_of

A4_SIZE = (595.28, 841.89)
A5_SIZE = (419.53, 595.28)


@pytest.fixture
def number(ctx, participant_factory) -> str:
    return enrol(ctx, participant_factory(), final=True).registration_number


def _text(path) -> str:
    return " ".join(w["text"] for page in words_of(path) for w in page)


def _sizes_match(path, expected) -> bool:
    return all(abs(w - expected[0]) < 0.01 and abs(h - expected[1]) < 0.01 for w, h in page_sizes(path))


def test_a4_receipt_says_what_was_recorded(ctx, number, tmp_path):
    out = tmp_path / "receipt.pdf"
    result = render_receipt(ctx, number, out, "a4")
    assert result.pages == 1 and _sizes_match(out, A4_SIZE)
    text = _text(out)
    for expected in ("TANDA TERIMA PENDAFTARAN", number, "MARIA LATUCONSINA", "8171********0001", "Wainitu",
                     "Kota Ambon", "YOHANIS LATUCONSINA", "Suami", "JKK + JKM", "Pekerja", "Petugas",
                     "BPJS Ketenagakerjaan: 175", "menunggu penerbitan", "Langkah selanjutnya"):
        assert expected in text, expected
    assert "8171014508850001" not in text
    assert fonts_without_file(out) == []


def test_the_consent_statement_is_the_shared_one(ctx, number, tmp_path):
    out = tmp_path / "receipt.pdf"
    render_receipt(ctx, number, out, "a4")
    assert " ".join(consent_statement().split()) in _text(out)


def test_full_nik_on_request(ctx, number, tmp_path):
    out = tmp_path / "receipt.pdf"
    render_receipt(ctx, number, out, "a5", full_nik=True)
    assert "8171014508850001" in _text(out)
    assert _sizes_match(out, A5_SIZE)


@pytest.mark.parametrize(("paper", "size", "margin"), [("a4", A4_SIZE, 16 * 72 / 25.4),
                                                      ("a5", A5_SIZE, 8 * 72 / 25.4)])
def test_text_and_rules_stay_inside_the_page_margins(ctx, number, tmp_path, paper, size, margin):
    import pdfplumber

    out = tmp_path / "receipt.pdf"
    render_receipt(ctx, number, out, paper)
    for page in words_of(out):
        for word in page:
            assert word["x0"] >= margin - 0.5 and word["x1"] <= size[0] - margin + 0.5, word["text"]
            assert word["y0"] >= margin / 2 - 3 and word["y1"] <= size[1] - margin + 0.5, word["text"]
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            assert all(margin - 0.5 <= line["x0"] and line["x1"] <= size[0] - margin + 0.5 for line in page.lines)


def test_english_receipt(ctx, number, tmp_path):
    set_language("en")
    out = tmp_path / "receipt.pdf"
    render_receipt(ctx, number, out, "a4")
    text = _text(out)
    assert "REGISTRATION RECEIPT" in text and "What happens next" in text
    assert " ".join(consent_statement("en").split()) in text


def test_office_address_setting_is_printed(ctx, number, tmp_path):
    from pekerja_desktop.services.cards.settings import save_office_address

    save_office_address(ctx, "Jl. Pattimura No. 1, Ambon")
    out = tmp_path / "receipt.pdf"
    render_receipt(ctx, number, out, "a4")
    assert "Jl. Pattimura No. 1, Ambon" in _text(out)


def test_bad_input_writes_nothing(ctx, number, tmp_path):
    with pytest.raises(EnrolmentError):
        render_receipt(ctx, "8171A-26-999999-0", tmp_path / "x.pdf")
    with pytest.raises(CardError):
        render_receipt(ctx, number, tmp_path / "x.pdf", "letter")
    with pytest.raises(CardError):
        render_receipt(ctx, number, tmp_path / "missing" / "x.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_an_a5_receipt_with_three_heirs_and_a_long_address_is_one_page(ctx, participant_factory, tmp_path):
    heirs = [HeirData("Yohanis Latuconsina", "SUAMI", dt.date(1980, 1, 2), "081298765432", None),
             HeirData("Petrus Latuconsina", "ANAK", dt.date(2008, 1, 2), None, None),
             HeirData("Agnes Latuconsina", "ANAK", dt.date(2010, 1, 2), None, None)]
    number = enrol(ctx, participant_factory(full_name="Maria Magdalena Latuconsina", heirs=heirs,
                                            address="Jl. Sultan Hairun No. 5, Dusun Waiheru Atas"),
                   final=True).registration_number
    out = tmp_path / "a5.pdf"
    assert render_receipt(ctx, number, out, "a5").pages == 1
    text = _text(out)
    assert "Pekerja" in text and "Petugas" in text and "AGNES LATUCONSINA" in text


def test_the_receipt_names_the_operator_and_says_when_the_cover_starts(ctx, participant_factory, tmp_path):
    start = dt.date.today().replace(day=1) + dt.timedelta(days=40)
    number = enrol(ctx, participant_factory(coverage_start=start), final=True).registration_number
    out = tmp_path / "r.pdf"
    render_receipt(ctx, number, out, "a4")
    text = _text(out)
    assert "Admin Uji" in text  # the fixture admin's full name, not only "admin"
    assert f"Terdaftar — perlindungan mulai {start:%d/%m/%Y}" in text and "Aktif" not in text
