"""The monthly change file to BPJS: additions, exits with reason and date, corrections of data BPJS has,
reactivations; a back-dated change in the next file with its real date; nothing ever reported twice."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.hub.bpjs_change_file import write_change_file
from pekerja_desktop.services.hub.bpjs_template import CHANGES, save_template
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.store.hub_models import BpjsChange
from tests.support.billing import correct, end_participation, give_kpj, reactivate, submitted
from tests.support.hub import add_people

SEP, OCT, NOV, DEC = (dt.date(2026, m, 1) for m in (9, 10, 11, 12))
UPLOADED = dt.datetime(2026, 9, 5, 2, 0, tzinfo=dt.UTC)  # the morning of 5 September in Maluku


def _lines(path) -> list[dict]:
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _report(hub, month: dt.date, folder, name: str = "") -> list[dict]:
    out = folder / (name or f"perubahan-{month:%Y-%m}.xlsx")
    result = write_change_file(hub, month, out)
    return _lines(out) if result.path else []


def _known(hub, count: int, **values) -> list[str]:
    numbers = add_people(hub, count, kpj=False, accepted=True, coverage_start=SEP, **values)
    submitted(hub, numbers, UPLOADED)
    return numbers


def test_additions_are_reported_once_with_their_segment_and_start(hub, tmp_path):
    first, second = _known(hub, 2)
    (village,) = _known(hub, 1, start=10, funding_source="APBDES")
    (unsent,) = add_people(hub, 1, start=20, kpj=False, accepted=True, coverage_start=SEP)
    (refused,) = add_people(hub, 1, start=30, kpj=False, accepted=True, coverage_start=SEP)
    submitted(hub, [refused], UPLOADED, refused=True)
    give_kpj(hub, first, "12345678901")
    lines = _report(hub, SEP, tmp_path)
    assert [(x["NO REGISTRASI"], x["JENIS PERUBAHAN"], x["TANGGAL"], x["SEGMEN"]) for x in lines] == [
        (first, "TAMBAH", "01-09-2026", "SG"), (second, "TAMBAH", "01-09-2026", "SG"),
        (village, "TAMBAH", "01-09-2026", "SD")]
    assert lines[0]["KPJ"] == "12345678901" and lines[1]["KPJ"] is None
    assert unsent not in str(lines) and refused not in str(lines)
    assert write_change_file(hub, SEP, tmp_path / "lagi.xlsx").path is None
    assert not (tmp_path / "lagi.xlsx").exists()


def test_an_exit_has_its_reason_and_date_and_a_back_dated_one_goes_into_the_next_file(hub, tmp_path):
    died, moved, later = _known(hub, 3)
    _report(hub, SEP, tmp_path)
    end_participation(hub, died, dt.date(2026, 10, 12), reason="died")
    end_participation(hub, later, dt.date(2026, 11, 30), reason="age-limit")  # set ahead of time
    october = _report(hub, OCT, tmp_path)
    assert [(x["NO REGISTRASI"], x["JENIS PERUBAHAN"], x["TANGGAL"], x["ALASAN KELUAR"]) for x in october] == [
        (died, "KURANG", "12-10-2026", "MENINGGAL DUNIA")]
    end_participation(hub, moved, dt.date(2026, 10, 20), reason="moved")  # recorded after October was reported
    november = _report(hub, NOV, tmp_path)
    assert [(x["NO REGISTRASI"], x["TANGGAL"], x["ALASAN KELUAR"]) for x in november] == [
        (moved, "20-10-2026", "PINDAH DOMISILI"), (later, "30-11-2026", "MELEWATI BATAS USIA")]
    assert _report(hub, DEC, tmp_path) == []
    with hub.db.session() as session:
        exits = session.scalars(select(BpjsChange.registration_number).where(BpjsChange.kind == "exit")).all()
    assert sorted(exits) == sorted([died, moved, later])  # each exit exactly once


def test_corrections_of_name_birth_date_and_nik_tell_the_old_and_new_value(hub, tmp_path):
    named, born, numbered = _known(hub, 3)
    _report(hub, SEP, tmp_path)
    correct(hub, named, "full_name", "Maria Latuconsina-Patty", dt.datetime(2026, 10, 3, 1, tzinfo=dt.UTC))
    correct(hub, born, "birth_date", dt.date(1985, 8, 15), dt.datetime(2026, 10, 7, 1, tzinfo=dt.UTC))
    correct(hub, numbered, "nik", "8171014508850999", dt.datetime(2026, 11, 2, 1, tzinfo=dt.UTC))  # after October
    october = _report(hub, OCT, tmp_path)
    assert [(x["NO REGISTRASI"], x["DATA YANG DIUBAH"], x["DATA LAMA"], x["DATA BARU"], x["TANGGAL"])
            for x in october] == [(named, "NAMA", "Maria Latuconsina", "Maria Latuconsina-Patty", "03-10-2026"),
                                  (born, "TANGGAL LAHIR", "05-08-1985", "15-08-1985", "07-10-2026")]
    november = _report(hub, NOV, tmp_path)
    assert [(x["DATA YANG DIUBAH"], x["NIK"], x["DATA BARU"]) for x in november] == [
        ("NIK", "8171014508850999", "8171014508850999")]
    correct(hub, named, "full_name", "Maria Latuconsina", dt.datetime(2026, 12, 1, 1, tzinfo=dt.UTC))  # and back again
    assert [(x["DATA LAMA"], x["DATA BARU"]) for x in _report(hub, DEC, tmp_path)] == [
        ("Maria Latuconsina-Patty", "Maria Latuconsina")]


def test_a_change_made_before_the_first_report_is_a_correction_of_the_uploaded_data(hub, tmp_path):
    (named,) = _known(hub, 1)
    correct(hub, named, "full_name", "Maria Patty", dt.datetime(2026, 9, 10, 1, tzinfo=dt.UTC))
    lines = _report(hub, SEP, tmp_path)
    assert [(x["JENIS PERUBAHAN"], x["NAMA"], x["DATA LAMA"]) for x in lines] == [
        ("TAMBAH", "Maria Patty", None), ("UBAH DATA", "Maria Patty", "Maria Latuconsina")]


def test_an_exit_undone_is_a_reactivation_and_a_changed_exit_date_a_correction(hub, tmp_path):
    mistaken, redated = _known(hub, 2)
    _report(hub, SEP, tmp_path)
    end_participation(hub, mistaken, dt.date(2026, 10, 5), reason="withdrew")
    end_participation(hub, redated, dt.date(2026, 10, 25), reason="moved")
    _report(hub, OCT, tmp_path)
    reactivate(hub, mistaken)
    end_participation(hub, redated, dt.date(2026, 10, 15), reason="moved")
    november = _report(hub, NOV, tmp_path)
    assert [(x["NO REGISTRASI"], x["JENIS PERUBAHAN"], x["TANGGAL"], x["DATA LAMA"], x["DATA BARU"])
            for x in november] == [(mistaken, "AKTIF KEMBALI", "06-10-2026", None, None),
                                   (redated, "UBAH DATA", "15-10-2026", "25-10-2026", "15-10-2026")]


def test_a_month_before_the_last_reported_is_refused_and_changes_nothing(hub, tmp_path):
    _known(hub, 1)
    _report(hub, OCT, tmp_path)
    with pytest.raises(HubError) as refused:
        write_change_file(hub, SEP, tmp_path / "sep.xlsx")
    assert refused.value.code == "changes.before_reported" and not (tmp_path / "sep.xlsx").exists()


def test_a_failed_write_marks_nothing(hub, tmp_path):
    _known(hub, 2)
    with pytest.raises(OSError):  # the missing folder
        write_change_file(hub, SEP, tmp_path / "no-such-folder" / "perubahan.csv")
    with hub.db.session() as session:
        assert session.scalar(select(func.count()).select_from(BpjsChange)) == 0
    assert len(_report(hub, SEP, tmp_path)) == 2


def test_the_change_template_is_a_setting_and_csv_follows_it(hub, tmp_path):
    (number,) = _known(hub, 1)
    save_template(hub, {"csv_delimiter": ";", "columns": [
        {"header": "Jenis", "field": "change", "map": {"addition": "T"}}, {"header": "No", "field": "kpj"},
        {"header": "Mulai", "field": "date", "date_format": "yyyy/MM/dd"},
        {"header": "Kode", "value": "WADAH-01"}]}, CHANGES)
    give_kpj(hub, number, "12345678901")
    write_change_file(hub, SEP, tmp_path / "perubahan.csv")
    with (tmp_path / "perubahan.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle, delimiter=";")) == [["Jenis", "No", "Mulai", "Kode"],
                                                            ["T", "12345678901", "2026/09/01", "WADAH-01"]]


def test_the_command_reports_and_explains_in_one_line(hub, tmp_path, capsys):
    _known(hub, 2)
    hub.close()
    root = str(tmp_path / "hub")
    out = tmp_path / "perubahan.xlsx"
    assert main(["--data-dir", root, "bpjs-changes", "--month", "2026-09", "--out", str(out)]) == 0
    assert "tambah 2" in capsys.readouterr().out and out.exists()
    assert main(["--data-dir", root, "--lang", "en", "bpjs-changes", "--month", "2026-09", "--out", str(out)]) == 0
    assert "No change to report" in capsys.readouterr().out
    for argv, code in ((["--month", "2026-13", "--out", str(out)], 2), (["--month", "2026-10", "--out", "x.doc"], 2),
                       (["--month", "2026-08", "--out", str(tmp_path / "a.xlsx")], 1)):
        try:
            returned = main(["--data-dir", root, "bpjs-changes", *argv])
        except SystemExit as exc:
            returned = exc.code
        err = capsys.readouterr().err
        assert returned == code and len(err.strip().splitlines()) == 1, err
