"""Reconciling a closed bill with the invoice or participant list BPJS sends: matched, only ours, only theirs,
amounts that differ, unreadable rows — as PDF or XLSX; a file without the needed columns is one clear line."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from pekerja_desktop.__main__ import main
from pekerja_desktop.domain.money import parse_rupiah
from pekerja_desktop.services.billing.errors import BillingError
from pekerja_desktop.services.billing.reconcile_output import write_reconciliation
from pekerja_desktop.store.models import Participant
from tests.support.billing import close, end_participation, give_kpj
from tests.support.hub import add_people

SEP, OCT = dt.date(2026, 9, 1), dt.date(2026, 10, 1)


def _people(hub, numbers: list[str]) -> dict[str, tuple[str, str]]:
    with hub.db.session() as session:
        rows = session.execute(select(Participant.registration_number, Participant.nik, Participant.kpj)
                               .where(Participant.registration_number.in_(numbers)))
        return {number: (nik, kpj) for number, nik, kpj in rows}


def _invoice(path, header: list[str], rows: list[list]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["TAGIHAN IURAN BPU - WADAH PEMDA MALUKU"])  # a title above the header, as invoices have
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


@pytest.fixture
def october(hub, tmp_path):
    """Five participants billed for October (one of them also in arrears for September), closed."""
    numbers = add_people(hub, 4, coverage_start=SEP)
    (late,) = add_people(hub, 1, start=10, kpj=False, coverage_start=SEP)
    close(hub, "2026-09", tmp_path)
    give_kpj(hub, late, "12345678901")
    close(hub, "2026-10", tmp_path)
    return [*numbers, late]


def test_every_outcome_is_counted_and_listed(hub, tmp_path, october):
    first, second, third, fourth, late = october
    people = _people(hub, october)
    _invoice(tmp_path / "tagihan.xlsx", ["No. KPJ", "NIK", "Nama Peserta", "Jumlah Iuran (Rp)"], [
        [people[first][1], None, "A", "Rp16.800"],  # by KPJ
        [None, people[second][0], "B", 16800],  # by NIK (Excel kept it as text)
        [people[third][1], people[third][0], "C", "10.000"],  # a different amount
        [people[late][1], None, "E", "33.600,00"],  # the month and its arrears
        ["99999999999", "8171010101990001", "Orang Lain", "16.800"],  # not on our bill
        [None, None, "JUMLAH", "94.000"],  # a total row: no key
    ])
    result = write_reconciliation(hub, OCT, tmp_path / "tagihan.xlsx", tmp_path / "rekonsiliasi.xlsx")
    assert {outcome: result.count(outcome) for outcome in
            ("matched", "different", "ours_only", "theirs_only", "unreadable")} == {
        "matched": 3, "different": 1, "ours_only": 1, "theirs_only": 1, "unreadable": 1}
    assert result.our_total == 6 * 16_800 and [x.ours.registration_number for x in result.of("ours_only")] == [fourth]
    sheets = load_workbook(tmp_path / "rekonsiliasi.xlsx").sheetnames
    assert sheets[0] == "Ringkasan" and "Cocok" in sheets and "Jumlah berbeda" in sheets


def test_the_pdf_names_what_to_look_into(hub, tmp_path, october):
    people = _people(hub, october)
    _invoice(tmp_path / "tagihan.xlsx", ["KPJ", "Iuran"], [[people[october[0]][1], 16800]])
    write_reconciliation(hub, OCT, tmp_path / "tagihan.xlsx", tmp_path / "rekonsiliasi.pdf")
    with pdfplumber.open(tmp_path / "rekonsiliasi.pdf") as pdf:
        content = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "REKONSILIASI" in content and "Hanya pada tagihan kami" in content
    assert october[1] in content and "Rp16.800" in content


def test_unknown_columns_an_open_month_and_a_bad_output_are_one_clear_line(hub, tmp_path, october, capsys):
    _invoice(tmp_path / "lain.xlsx", ["Nomor", "Nama", "Alamat"], [["1", "X", "Y"]])
    with pytest.raises(BillingError) as refused:
        write_reconciliation(hub, OCT, tmp_path / "lain.xlsx", tmp_path / "r.pdf")
    assert refused.value.code == "reconcile.missing_columns" and not (tmp_path / "r.pdf").exists()
    with pytest.raises(BillingError) as open_month:
        write_reconciliation(hub, dt.date(2026, 11, 1), tmp_path / "lain.xlsx", tmp_path / "r.pdf")
    assert open_month.value.code == "closed.not_closed" and "--month 2026-11 --close" in open_month.value.message()
    hub.close()
    root = str(tmp_path / "hub")
    for argv, code in ((["--month", "2026-10", str(tmp_path / "lain.xlsx"), "--out", str(tmp_path / "r.pdf")], 1),
                       (["--month", "2026-10", str(tmp_path / "lain.xlsx"), "--out", str(tmp_path / "r.doc")], 2),
                       (["--month", "2026-10", str(tmp_path / "absent.csv"), "--out", str(tmp_path / "r.pdf")], 1)):
        try:
            returned = main(["--data-dir", root, "billing-reconcile", *argv])
        except SystemExit as exc:
            returned = exc.code
        err = capsys.readouterr().err
        assert returned == code and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "r.pdf").exists()


def test_a_csv_with_kpj_numbers_excel_turned_into_numbers(hub, tmp_path, october, capsys):
    people = _people(hub, october)
    lines = ["no;kpj;iuran"] + [f"{i};{int(people[n][1])};16800" for i, n in enumerate(october[:4], start=1)]
    (tmp_path / "bpjs.csv").write_text("\n".join(lines), encoding="cp1252")
    end_participation(hub, october[0], dt.date(2026, 9, 30))  # after the close: the closed bill is what counts
    hub.close()
    code = main(["--data-dir", str(tmp_path / "hub"), "billing-reconcile", "--month", "2026-10",
                 str(tmp_path / "bpjs.csv"), "--out", str(tmp_path / "r.xlsx")])
    out = capsys.readouterr().out
    assert code == 0 and "cocok 4" in out and "hanya pada tagihan kami 1" in out and "Rp100.800" in out


@pytest.mark.parametrize(("text", "amount"), [("16800", 16_800), ("16.800", 16_800), ("Rp16.800", 16_800),
                                              ("Rp 16.800,00", 16_800), ("16,800", 16_800), ("16800.00", 16_800),
                                              (16800.0, 16_800), ("-16.800", -16_800), ("enam belas", None),
                                              ("", None), (None, None)])
def test_amounts_as_invoices_write_them(text, amount):
    assert parse_rupiah(text) == amount
