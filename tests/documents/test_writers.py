"""The shared writers read back: a table file as CSV and XLSX, a report as PDF (pdfplumber) and XLSX (openpyxl),
the letterhead and the page marks of a multi-page document."""

from __future__ import annotations

import csv
import datetime as dt

import pdfplumber
from openpyxl import load_workbook

from pekerja_desktop.documents.report_files import write_report
from pekerja_desktop.documents.report_table import Column, Kind, Level, Masthead, Report, Row, Section, Signatory
from pekerja_desktop.documents.table_file import TableFile, render_table_file

EVIL = '=HYPERLINK("http://x","y")'
NIK = "8171014508850001"
PRINTED = dt.datetime(2026, 11, 20, 9, 30).astimezone()


def _table() -> TableFile:
    return TableFile("Daftar", ["No.", "Nama", "NIK"], [[1, EVIL, NIK], [2, "Yo", "0817"]], ["JUDUL", "Baris dua"],
                     (5, 30, 20))


def test_a_table_file_as_csv_has_a_bom_semicolons_and_no_live_formula(tmp_path):
    render_table_file(_table(), tmp_path / "t.csv", "csv")
    raw = (tmp_path / "t.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows == [["JUDUL"], ["Baris dua"], [], ["No.", "Nama", "NIK"], ["1", "'" + EVIL, NIK], ["2", "Yo", "0817"]]


def test_a_table_file_as_xlsx_keeps_text_as_text_under_a_frozen_bold_header(tmp_path):
    table = _table()
    render_table_file(table, tmp_path / "t.xlsx", "xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx")["Daftar"]
    assert sheet["A1"].value == "JUDUL" and sheet["A1"].font.b and sheet["A1"].font.sz == 13
    header = [c for c in sheet[table.header_line]]
    assert [c.value for c in header] == ["No.", "Nama", "NIK"] and all(c.font.b for c in header)
    assert sheet.freeze_panes == f"A{table.header_line + 1}"
    assert [c.value for c in sheet[table.header_line + 1]] == [1, "'" + EVIL, NIK]
    assert sheet.column_dimensions["B"].width == 30


def _report(rows: int = 2) -> Report:
    columns = (Column("Wilayah", 60), Column("Pekerja", 25, Kind.COUNT), Column("Iuran", 35, Kind.MONEY),
               Column("% target", 25, Kind.PERCENT), Column("Capaian", 30, Kind.BAR))
    body = [Row((f"Desa {n}", 1_500 + n, 1_500_000, 12.5, 12.5)) for n in range(rows)]
    section = Section("Per desa", "Per desa", columns, [*body, Row(("JUMLAH", 3_001, 3_000_000, None, None),
                                                                   Level.TOTAL)])
    return Report("LAPORAN UJI", Masthead("Dinas Uji", "Semua kantor", "Petugas Uji", PRINTED), [section],
                  subtitle="Bulan November 2026", notes=("Catatan tarif.",),
                  signatures=(Signatory(("Mengetahui,", "Kepala Dinas"), "", ("NIP. ",)),
                              Signatory(("Dibuat oleh,",), "Petugas Uji")), portrait=True, language="id")


def _pages(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_a_report_as_pdf_formats_each_kind_and_signs(tmp_path):
    write_report(_report(), tmp_path / "r.pdf")
    (page,) = _pages(tmp_path / "r.pdf")
    for expected in ("Pemerintah Provinsi Maluku", "Dinas Uji — Semua kantor", "LAPORAN UJI", "Bulan November 2026",
                     "Keadaan per 20/11/2026 · Dibuat oleh: Petugas Uji", "Catatan tarif.",
                     "Desa 1 1.501 Rp1.500.000 12,5 %", "JUMLAH 3.001 Rp3.000.000 –", "(" + "." * 48 + ")",
                     "(Petugas Uji)", "Dicetak 20/11/2026 09:30 oleh Petugas Uji", "Halaman 1 dari 1"):
        assert expected in page, expected


def test_later_pages_carry_the_running_header_and_the_page_count(tmp_path):
    write_report(_report(rows=120), tmp_path / "r.pdf")
    pages = _pages(tmp_path / "r.pdf")
    assert len(pages) >= 3
    assert pages[0].count("LAPORAN UJI") == 1  # the letterhead, no running header on the first page
    for number, page in enumerate(pages[1:], start=2):
        assert "Dinas Uji — Semua kantor" in page and "LAPORAN UJI" in page
        assert "Wilayah Pekerja Iuran % target Capaian" in page  # the table's header again
        assert f"Halaman {number} dari {len(pages)}" in page


def test_a_report_as_xlsx_keeps_numbers_and_shares_as_numbers(tmp_path):
    write_report(_report(), tmp_path / "r.xlsx")
    sheet = load_workbook(tmp_path / "r.xlsx")["Per desa"]
    rows = {row[0].value: row for row in sheet.iter_rows() if row[0].value and str(row[0].value).startswith("Desa")}
    cells = rows["Desa 0"]
    assert [c.value for c in cells] == ["Desa 0", 1_500, 1_500_000, 0.125, 0.125]
    assert cells[2].number_format == '"Rp"#,##0' and cells[3].number_format == "0.0%"
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Bulan November 2026" in values and "Catatan tarif." in values and "Petugas Uji" in values
