"""Reading village lists: header spellings, NIKs Excel turned into numbers, dates, bad files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import Workbook

from pekerja_desktop.services.intake.cells import parse_intake_date, read_nik, read_sex, split_place_date
from pekerja_desktop.services.intake.errors import IntakeError
from pekerja_desktop.services.intake.reading.csv_text import sniff_delimiter
from pekerja_desktop.services.intake.reading.read import header_key, read_sheet

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("header", "key"), [
    ("NIK", "nik"), ("No. KTP", "nik"), ("NAMA LENGKAP ", "full_name"), ("Nama", "full_name"),
    ("Tgl. Lahir", "birth_date"), ("Tanggal Lahir (dd-mm-yyyy)", "birth_date"),
    ("Tempat/Tgl Lahir", "birth_place_date"),
    ("JK", "sex"), ("Jenis Kelamin (L/P)", "sex"), ("L/P", "sex"), ("No. HP", "phone"), ("Telepon", "phone"),
    ("RT/RW", "rt_rw"), ("Desa / Kelurahan", "village"), ("Kab/Kota", "regency"), ("Kabupaten/Kota", "regency"),
    ("Nama Ibu Kandung", "mother_name"), ("Hubungan Ahli Waris", "heir_relationship"), ("Occupation", "occupation"),
    ("Keterangan", None), ("No", None),
])
def test_header_spellings(header, key):
    assert header_key(header) == key


@pytest.mark.parametrize(("cell", "nik", "refused"), [
    ("8171014508850001", "8171014508850001", False),
    ("'8171014508850001", "8171014508850001", False),  # the apostrophe that forces text in Excel
    (8171014508850000, "8171014508850000", True),  # int cell: Excel dropped the 16th digit
    (8171014508850000.0, "8171014508850000", True),
    (8171014508850001, "8171014508850001", False),  # a whole number not ending in 0 never went through Excel
    ("8.17101E+15", "8.17101E+15", True),
    ("8,17101E+15", "8,17101E+15", True),
    ("8171014508850000.0", "8171014508850000.0", True),
])
def test_nik_cells(cell, nik, refused):
    text, problem = read_nik(cell)
    assert text == nik
    assert (problem is not None and problem.code == "nik.excel_number") is refused


@pytest.mark.parametrize(("value", "expected"), [
    ("12-08-1985", dt.date(1985, 8, 12)), ("12/08/1985", dt.date(1985, 8, 12)), ("1985-08-12", dt.date(1985, 8, 12)),
    (31271, dt.date(1985, 8, 12)), (31271.0, dt.date(1985, 8, 12)), (dt.datetime(1985, 8, 12), dt.date(1985, 8, 12)),
    ("12 Agustus 1985", dt.date(1985, 8, 12)), ("12-Agt-85", dt.date(1985, 8, 12)),
    ("12 Aug 1985", dt.date(1985, 8, 12)),
    ("12-08-85", dt.date(1985, 8, 12)), ("1 Mei 2001", dt.date(2001, 5, 1)), ("31/02/1980", None), ("kemarin", None),
])
def test_dates(value, expected):
    assert parse_intake_date(value, TODAY) == expected


def test_place_and_date_in_one_cell():
    assert split_place_date("Ambon, 12-08-1985") == ("Ambon", "12-08-1985")
    assert split_place_date("Tulehu 12 Agustus 1985") == ("Tulehu", "12 Agustus 1985")
    assert split_place_date("Ambon") == ("Ambon", "")


@pytest.mark.parametrize(("text", "sex"), [("L", "L"), ("Laki-laki", "L"), ("LAKI LAKI", "L"), ("Pria", "L"),
                                           ("P", "P"), ("Perempuan", "P"), ("wanita", "P"), ("X", "X"), ("", None)])
def test_sex_spellings(text, sex):
    assert read_sex(text) == sex


def test_delimiter_sniffing():
    assert sniff_delimiter(["NIK;Nama;Alamat", "1;Ani;Jl. A, No. 5"]) == ";"
    assert sniff_delimiter(["NIK,Nama,Alamat", '1,Ani,"Jl. A; No. 5"']) == ","


def _xlsx(path: Path, rows: list[list]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_header_below_a_title_and_template_rows_skipped(tmp_path):
    path = _xlsx(tmp_path / "d.xlsx", [["Daftar desa"], [], ["No", "N I K", "Nama"], [1, "8171014508850001", "Ani"],
                                       [2, None, None], [3, None, None]])
    sheet = read_sheet(path, path.read_bytes())
    assert [(r.row_number, r.cells) for r in sheet.rows] == [(4, {"nik": "8171014508850001", "full_name": "Ani"})]


def test_excel_sep_hint_keeps_row_numbers(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("sep=,\nNIK,Nama\n8171014508850001,Ani\n", encoding="utf-8")
    sheet = read_sheet(path, path.read_bytes())
    assert [(r.row_number, r.cells["full_name"]) for r in sheet.rows] == [(3, "Ani")]


def _problem(path: Path) -> str:
    with pytest.raises(IntakeError) as raised:
        read_sheet(path, path.read_bytes())
    return raised.value.code


def test_bad_files(tmp_path):
    (tmp_path / "random.xlsx").write_bytes(os.urandom(2048))
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0 not really an old excel workbook")
    (tmp_path / "list.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "noheader.csv").write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    (tmp_path / "noname.csv").write_text("NIK;Alamat;Desa\n8171014508850001;Jl;Passo\n", encoding="utf-8")
    (tmp_path / "norows.csv").write_text("NIK;Nama\n", encoding="utf-8")
    _xlsx(tmp_path / "blank.xlsx", [])
    assert _problem(tmp_path / "random.xlsx") == "intake.file_corrupt"
    assert _problem(tmp_path / "empty.csv") == "intake.file_empty"
    assert _problem(tmp_path / "old.xls") == "intake.file_corrupt"
    assert _problem(tmp_path / "list.pdf") == "intake.file_type"
    assert _problem(tmp_path / "noheader.csv") == "intake.no_header"
    assert _problem(tmp_path / "noname.csv") == "intake.columns_missing"
    assert _problem(tmp_path / "norows.csv") == "intake.no_rows"
    assert _problem(tmp_path / "blank.xlsx") == "intake.file_empty"


def test_damaged_zip_inside_an_xlsx(tmp_path):
    good = _xlsx(tmp_path / "good.xlsx", [["NIK", "Nama"], ["8171014508850001", "Ani"]])
    content = good.read_bytes()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(content[: len(content) // 2])
    assert _problem(broken) == "intake.file_corrupt"


def test_headers_repeated_on_every_printed_page_are_skipped(tmp_path):
    header = ["No", "NIK", "Nama"]
    path = _xlsx(tmp_path / "d.xlsx", [header, [1, 2, 3], [1, "8171014508850001", "Ani"], header, ["(1)", "(2)", "(3)"],
                                       [2, "8171014508850002", "Budi"], [3, "NIK", "Nama"]])
    sheet = read_sheet(path, path.read_bytes())
    assert [r.row_number for r in sheet.rows] == [3, 6]
