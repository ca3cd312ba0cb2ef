"""The intake page: preview of a village list with every row's outcome, import of the valid rows, the report,
and cancellation while checking."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.services.enrolment.participants import count_by_status
from pekerja_desktop.ui.pages.intake import page as intake_module
from pekerja_desktop.ui.pages.intake.model import Column, IntakePreviewModel, ObjectRole
from pekerja_desktop.ui.pages.intake.page import IntakePage, report_path_with_suffix
from pekerja_desktop.ui.tasks import SynchronousRunner

HEADER = ["NIK", "Nama", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Alamat", "Desa", "Pekerjaan", "No HP",
          "Nama Ibu Kandung", "Ahli Waris", "Hubungan"]
MARIA = ["8171014508850001", "Maria Latuconsina", "Ambon", "05/08/1985", "P", "Jl. Sultan Hairun No. 5",
         "81.71.01.1007", "Pedagang pasar", "081234567890", "Yuliana Pattinama", "Yohanis Latuconsina", "Suami"]
SHORT_NIK = ["81710145088", "Yohanis Pattinama", "Ambon", "05/08/1985", "L", "Jl. A", "81.71.01.1007", "Nelayan",
             "081234567891", "Ibu", "Maria", "Istri"]
MARIA_BIRTH = dt.date(1985, 8, 5)


def write_list(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *rows])
    return path


@pytest.fixture
def village_list(tmp_path) -> Path:
    """Row 2 valid, row 3 a NIK of 11 digits, row 4 repeats row 2."""
    return write_list(tmp_path / "daftar_desa.csv", [MARIA, SHORT_NIK, MARIA])


@pytest.fixture
def page(qtbot, ctx, monkeypatch):
    widget = IntakePage(ctx, SynchronousRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    monkeypatch.setattr(intake_module.messages, "confirm", lambda *args, **kwargs: True)
    return widget


def choose(monkeypatch, page, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))
    page.pick_button.click()


def rows_by_number(page) -> dict[int, dict[Column, str]]:
    model = page.model
    return {int(model.index(r, Column.ROW).data()): {c: model.index(r, c).data() for c in Column}
            for r in range(model.rowCount())}


def participants(ctx) -> int:
    with ctx.db.session() as session:
        return sum(count_by_status(session).values())


def test_the_preview_shows_each_row_with_its_outcome_and_messages(monkeypatch, page, village_list):
    choose(monkeypatch, page, village_list)
    rows = rows_by_number(page)
    assert sorted(rows) == [2, 3, 4]
    assert rows[2][Column.OUTCOME] == "Valid"
    assert rows[2][Column.NAME] == "MARIA LATUCONSINA"
    assert rows[2][Column.MESSAGES] == ""
    assert rows[3][Column.OUTCOME] == "Rejected"
    assert "16" in rows[3][Column.MESSAGES]
    assert rows[4][Column.OUTCOME] == "Repeated in file"
    assert "2" in rows[4][Column.MESSAGES]
    summary = page.summary.text()
    assert "Rows in the list: 3" in summary and "1 valid" in summary and "1 rejected" in summary
    assert page.import_button.isEnabled()
    assert page.import_button.text() == "&Import as drafts (1)"


def test_the_current_row_shows_its_messages_in_full(monkeypatch, page, village_list):
    choose(monkeypatch, page, village_list)
    page.table.setCurrentIndex(page.proxy.index(1, Column.NAME))
    assert page.detail.text().startswith("Row 3: NIK")
    page.table.setCurrentIndex(page.proxy.index(0, Column.NAME))
    assert page.detail.text() == "Row 2: no errors or warnings."


def test_messages_follow_the_domain_language(monkeypatch, page, village_list):
    choose(monkeypatch, page, village_list)
    assert "NIK harus 16 angka" in rows_by_number(page)[3][Column.MESSAGES]


def test_only_problem_rows_can_be_shown(monkeypatch, page, village_list, qtbot):
    choose(monkeypatch, page, village_list)
    qtbot.mouseClick(page.problems_only, Qt.MouseButton.LeftButton)
    shown = [page.proxy.index(r, Column.ROW).data() for r in range(page.proxy.rowCount())]
    assert shown == ["3", "4"]
    page.problems_only.setChecked(False)
    assert page.proxy.rowCount() == 3


def test_importing_creates_drafts_for_the_valid_rows_only(monkeypatch, page, village_list, ctx, qtbot):
    choose(monkeypatch, page, village_list)
    with qtbot.waitSignal(page.imported, timeout=2000) as signal:
        page.import_button.click()
    assert signal.args == [1]
    with ctx.db.session() as session:
        assert count_by_status(session) == {"draft": 1}
    assert page.model.index(0, Column.OUTCOME).data() == "Imported"
    assert "Participants imported as drafts: 1 (8171A-" in page.notice.text()
    assert not page.import_button.isEnabled()


def test_the_report_saves_where_the_clerk_chooses(monkeypatch, page, village_list, tmp_path):
    choose(monkeypatch, page, village_list)
    page.import_button.click()
    target = tmp_path / "laporan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "CSV for Excel (*.csv)")))
    page.report_button.click()
    saved = target.with_suffix(".csv")
    text = saved.read_text(encoding="utf-8-sig")
    assert "81710145088" in text and "ditolak" in text  # refused rows are listed with their reason
    assert str(saved) in page.notice.text()


def test_the_report_can_be_an_excel_workbook(monkeypatch, page, village_list, tmp_path):
    choose(monkeypatch, page, village_list)
    target = tmp_path / "laporan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    page.report_button.click()
    assert target.read_bytes()[:2] == b"PK"


def test_report_names_get_the_suffix_of_the_chosen_format():
    assert report_path_with_suffix("/x/laporan", "Excel workbook (*.xlsx)").name == "laporan.xlsx"
    assert report_path_with_suffix("/x/laporan.csv", "Excel workbook (*.xlsx)").name == "laporan.csv"


def test_cancel_while_checking_imports_nothing(monkeypatch, page, ctx, tmp_path):
    rows = [[encode_nik("817101", MARIA_BIRTH, "P", i + 1), f"Warga Nomor {i}", *MARIA[2:]] for i in range(1200)]
    path = write_list(tmp_path / "besar.csv", rows)
    page.progress.valueChanged.connect(lambda _value: page.cancel_button.click())  # cancel once it starts
    choose(monkeypatch, page, path)
    assert page.model.rowCount() == 0
    assert page.notice.text() == "Cancelled: nothing was imported."
    assert not page.import_button.isEnabled()
    page.import_button.click()
    assert participants(ctx) == 0


def test_a_file_that_cannot_be_read_says_why(monkeypatch, page, tmp_path):
    path = tmp_path / "catatan.pdf"
    path.write_bytes(b"%PDF-1.4")
    choose(monkeypatch, page, path)
    assert page.model.rowCount() == 0
    assert "catatan.pdf" in page.notice.text()


def test_the_preview_model_passes_the_model_tester(qtmodeltester, monkeypatch, page, village_list):
    empty = IntakePreviewModel(page._ctx.reference.regions)
    qtmodeltester.check(empty)
    choose(monkeypatch, page, village_list)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    page.import_button.click()  # a reset with the imported numbers
    qtmodeltester.check(page.model)
    assert page.model.index(0, 0).data(ObjectRole).row_number == 2



def test_the_page_speaks_indonesian(indonesian, monkeypatch, qtbot, ctx, village_list):
    page = IntakePage(ctx, SynchronousRunner())
    qtbot.addWidget(page)
    assert page.pick_button.text() == "&Pilih daftar desa\u2026"
    choose(monkeypatch, page, village_list)
    outcomes = {row: values[Column.OUTCOME] for row, values in rows_by_number(page).items()}
    assert outcomes == {2: "Valid", 3: "Ditolak", 4: "Ganda dalam berkas"}
    assert page.model.headerData(Column.MESSAGES, Qt.Orientation.Horizontal) == "Kesalahan dan peringatan"
    assert "Baris dalam daftar: 3" in page.summary.text()
    assert page.import_button.text() == "&Impor sebagai draf (1)"
