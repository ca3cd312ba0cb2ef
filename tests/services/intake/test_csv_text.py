"""CSV text as Excel saves it: encodings, separators, a cell running over a line break that is an address, and a
stray quote confined to its own line."""

from __future__ import annotations

from pekerja_desktop.services.intake.reading.csv_text import csv_rows, decode_text, parse_csv


def test_a_quoted_cell_over_two_lines_is_an_address_not_a_fault():
    rows, faults = parse_csv('NIK;Nama;Alamat\n1;Ani;"Jl. Baru\nDusun Wailela"\n2;Budi;Jl. Lama\n', ";")
    assert rows == [["NIK", "Nama", "Alamat"], ["1", "Ani", "Jl. Baru\nDusun Wailela"], ["2", "Budi", "Jl. Lama"]]
    assert faults == []


def test_a_stray_quote_is_its_own_line_and_the_rest_is_read():
    text = 'NIK;Nama;Desa\n1;"Ani;Passo\n2;Budi;Passo\n3;Cici;Halong\n'
    rows, faults = parse_csv(text, ";")
    assert rows == [["NIK", "Nama", "Desa"], ["1", '"Ani', "Passo"], ["2", "Budi", "Passo"], ["3", "Cici", "Halong"]]
    assert [(f.record, f.line) for f in faults] == [(2, 2)]


def test_excels_separator_hint_keeps_the_row_numbers():
    rows, faults = csv_rows(b'sep=;\nNIK;Nama;Desa\n1;"Ani;Passo\n2;Budi;Passo\n')
    assert rows[0] == [] and rows[1] == ["NIK", "Nama", "Desa"] and rows[3] == ["2", "Budi", "Passo"]
    assert [(f.record, f.line) for f in faults] == [(3, 3)]


def test_encodings():
    text = "NIK;Nama\n1;Désirée\n"
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"):
        assert decode_text(text.encode(encoding)) == text, encoding
    assert "\ufffd" in decode_text(b"NIK;Nama\n1;\x81\x8d\n")  # cp1252's holes: replaced, never an error
