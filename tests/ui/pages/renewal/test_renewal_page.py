"""The Pembaruan tahunan page: the desa with their counts, ticking a desa's answers and applying them, the list
printed and the returned file imported, the model under the model tester, and a petugas kept to reading."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.ui.pages.renewal import page as renewal_page
from pekerja_desktop.ui.pages.renewal.model import Column
from pekerja_desktop.ui.pages.renewal.page import RenewalPage
from pekerja_desktop.ui.widgets import messages

YEAR = dt.date.today().year + 1
PEOPLE = [("81.71.01.1007", dt.date(1980, 2, 3)), ("81.71.01.1007", dt.date(YEAR - 66, 6, 10)),
          ("81.71.01.2001", dt.date(1990, 9, 10))]


@pytest.fixture
def numbers(ctx, participant_factory):
    found = []
    for serial, (village, born) in enumerate(PEOPLE, start=1):
        person = participant_factory(nik=encode_nik("817101", born, "P", serial), birth_date=born,
                                     village_code=village, full_name=f"Ibu {'ABC'[serial - 1]} Latuconsina")
        found.append(enrol(ctx, person, final=True, confirmed={"age.too_old"}).registration_number)
    return found


@pytest.fixture
def page(ctx, runner, qtbot, numbers, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    widget = RenewalPage(ctx, runner)
    qtbot.addWidget(widget)
    widget.resize(1166, 640)
    widget.show()
    widget.refresh()
    return widget


def _status(ctx, number):
    with ctx.db.session() as session:
        participant = find_participant(session, number)
        return participant.status, participant.end_reason, participant.coverage_end


def test_the_villages_and_a_desa_ticked_and_applied(page, ctx, numbers, qtmodeltester):
    assert [page.villages.itemText(i) for i in range(page.villages.count())] == [
        "Wainitu — 2 (0 answered)", "Latuhalat — 1 (0 answered)"]
    model = page.model
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    page.tick_button.click()
    old = next(r for r in range(2) if model.rows()[r].entry.over_limit)
    assert model.index(old, Column.UNDER_AGE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(old, Column.OUTCOME).data() == "Will end (Mencapai batas usia)"
    page.apply_button.click()
    assert _status(ctx, numbers[0])[0] == "active"
    assert _status(ctx, numbers[1]) == ("ended", "age-limit", dt.date(YEAR, 6, 9))
    assert page.villages.itemText(0) == "Wainitu — 2 (2 answered)"
    assert "1 continued, 1 ended" in page.status.text()
    assert model.index(old, Column.OUTCOME).data() == f"Ended 09/06/{YEAR} (Mencapai batas usia)"
    assert not model.flags(model.index(old, Column.LIVING)) & Qt.ItemFlag.ItemIsUserCheckable


def test_an_unticked_box_and_another_reason(page, ctx, numbers):
    page.villages.setCurrentIndex(1)
    model = page.model
    assert model.setData(model.index(0, Column.LIVING), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0, Column.INFORMAL), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.index(0, Column.OUTCOME).data() == "Will end (Menjadi pekerja penerima upah)"
    assert not model.setData(model.index(0, Column.END_DATE), "31/02/2026")  # not a date: refused
    model.setData(model.index(0, Column.REASON), "withdrew")
    model.setData(model.index(0, Column.END_DATE), f"30/11/{YEAR - 1}")
    page.apply_button.click()
    assert _status(ctx, numbers[2]) == ("ended", "withdrew", dt.date(YEAR - 1, 11, 30))


def test_the_list_printed_and_the_returned_file_imported(page, ctx, numbers, tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "show_info", lambda *_args, **_kw: None)
    monkeypatch.setattr(renewal_page, "ask_save_path", lambda *_args: tmp_path / "daftar.csv")
    page.print_button.click()
    text = (tmp_path / "daftar.csv").read_text(encoding="utf-8-sig").splitlines()
    header = next(i for i, line in enumerate(text) if line.startswith("Tahun;"))
    rows = [line.split(";") for line in text[header + 1:]]
    for row in rows:
        row[8], row[9] = "ya", "ya"
    (tmp_path / "daftar.csv").write_text("\n".join([*text[:header + 1], *(";".join(r) for r in rows)]) + "\n",
                                         encoding="utf-8-sig")
    monkeypatch.setattr(renewal_page, "ask_open_path", lambda *_args: tmp_path / "daftar.csv")
    page.import_button.click()
    assert "2 continued, 1 ended" in page.status.text()
    assert _status(ctx, numbers[1])[1] == "age-limit"


def test_a_petugas_reads_but_does_not_renew(ctx, data_dir, runner, qtbot, numbers):
    create_account(ctx, NewAccount("budi", "sandi-petugas-1", "petugas"))
    with open_context(data_dir, "budi", "sandi-petugas-1") as clerk:
        widget = RenewalPage(clerk, runner)
        qtbot.addWidget(widget)
        widget.refresh()
        assert widget.villages.count() == 2
        assert not widget.apply_button.isEnabled() and "Akses ditolak" in widget.apply_button.toolTip()
