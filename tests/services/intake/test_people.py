"""People in a list compared as the KTP writes them: titles ignored when a NIK repeats or is already registered, a
different name said; a name longer than the KTP allows is a warning; the KK number is kept or left out."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.intake.importer import preview_intake

BORN = dt.date(1970, 2, 2)
SITI = encode_nik("817103", BORN, "P", 7)
HEADER = "NIK;Nama;No KK;Tgl Lahir;JK;Desa;Kecamatan;Pekerjaan"


def _list(tmp_path, *lines: str):
    path = tmp_path / "daftar.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def _row(nik: str, name: str, kk: str = "") -> str:
    return f"{nik};{name};{kk};{BORN:%d/%m/%Y};P;Passo;Baguala;Petani"


def _codes(preview) -> dict[int, list[str]]:
    return {r.row_number: [f.code for f in r.findings] for r in preview.rows}


def test_titles_are_ignored_when_a_nik_repeats(ctx, tmp_path):
    other = encode_nik("817103", BORN, "P", 8)
    preview = preview_intake(ctx, _list(tmp_path, _row(SITI, "Hj. Siti Aminah, S.Pd"), _row(SITI, "SITI AMINAH"),
                                        _row(other, "Fatima Rumra"), _row(other, "Salma Rumra")))
    codes = _codes(preview)
    assert codes[3] == ["intake.duplicate_in_file"]  # the same person, titles aside
    assert codes[5] == ["intake.duplicate_in_file_other_name"]
    assert "FATIMA RUMRA" in preview.rows[3].findings[0].message()


def test_titles_are_ignored_against_the_register(ctx, tmp_path, participant_factory):
    enrol(ctx, participant_factory(nik=SITI, full_name="Siti Aminah", birth_date=BORN, sex="P"), final=False)
    other = encode_nik("817103", BORN, "P", 9)
    enrol(ctx, participant_factory(nik=other, full_name="Salma Rumra", birth_date=BORN, sex="P"), final=False)
    preview = preview_intake(ctx, _list(tmp_path, _row(SITI, "Hj. SITI AMINAH"), _row(other, "Fatima Rumra")))
    assert _codes(preview) == {2: ["intake.already_present"], 3: ["intake.already_present_other_name"]}
    assert "FATIMA RUMRA" in preview.rows[1].findings[0].message()


def test_the_kk_number_is_kept_when_it_can_be(ctx, tmp_path):
    preview = preview_intake(ctx, _list(tmp_path, _row(SITI, "Siti Aminah", "8171 0323 0412 0003"),
                                        _row(encode_nik("817103", BORN, "P", 10), "Ani", "8171032304120")))
    first, second = preview.rows
    assert (first.data.kk_number, first.outcome) == ("8171032304120003", "valid")
    assert (second.data.kk_number, second.outcome) == ("", "incomplete")
    assert "16 angka" in second.findings[0].message() and "Dikosongkan" in second.findings[0].message()
