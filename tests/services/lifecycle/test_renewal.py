"""The yearly renewal: the list per desa (PDF with tick boxes, XLSX/CSV to fill), the answers back from a file or
the window, participants continued or ended in bulk — all or none — audited and sent like any change."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import select

from pekerja_desktop.documents.spreadsheet import CSV_DELIMITER, CSV_ENCODING
from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.domain.lifecycle import RenewalAnswer
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.participants import find_participant, history_of
from pekerja_desktop.services.lifecycle.errors import LifecycleError
from pekerja_desktop.services.lifecycle.renewal import Answered, load_renewal, load_renewal_villages
from pekerja_desktop.services.lifecycle.renewal_apply import apply_renewal
from pekerja_desktop.services.lifecycle.renewal_file import import_renewal_file, write_renewal_list
from pekerja_desktop.services.sync.history import count_not_exported
from pekerja_desktop.store.account_models import AuditEvent
from pekerja_desktop.store.lifecycle_models import RenewalAnswer as AnswerRow

YEAR = dt.date.today().year + 1
PEOPLE = [  # (key, village, birth date)
    ("stays", "81.71.01.1007", dt.date(1980, 2, 3)),
    ("moved", "81.71.01.1007", dt.date(1982, 4, 5)),
    ("old", "81.71.01.1007", dt.date(YEAR - 66, 6, 10)),  # turns 66 in June of the renewal year
    ("died", "81.71.01.2001", dt.date(1975, 7, 8)),
    ("silent", "81.71.01.2001", dt.date(1990, 9, 10)),
]


@pytest.fixture
def office(ctx, participant_factory):
    numbers = {}
    for serial, (key, village, born) in enumerate(PEOPLE, start=1):
        person = participant_factory(nik=encode_nik("817101", born, "P", serial), birth_date=born,
                                     village_code=village, full_name=f"Ibu {key.capitalize()} Pattinama")
        numbers[key] = enrol(ctx, person, final=True, confirmed={"age.too_old"}).registration_number
    return ctx, numbers


def _state(ctx, number):
    with ctx.db.session() as session:
        p = find_participant(session, number)
        return p.status, p.coverage_end, p.end_reason, p.version


def _fill_xlsx(path, answers: dict[str, tuple]) -> None:
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "Tahun")
    columns = {sheet.cell(header, c).value: c for c in range(1, sheet.max_column + 1)}
    for row in range(header + 1, sheet.max_row + 1):
        values = answers.get(sheet.cell(row, columns["No. pendaftaran"]).value)
        if values is None:
            continue
        for name, value in zip(("Masih tinggal di desa ini", "Masih pekerja informal", "Di bawah batas usia",
                                "Alasan berhenti", "Tanggal berhenti"), values, strict=False):
            if value is not None:
                sheet.cell(row, columns[name]).value = value
    workbook.save(path)


def test_the_list_per_desa_in_every_format(office, tmp_path):
    ctx, numbers = office
    info = write_renewal_list(ctx, YEAR, tmp_path / "daftar.xlsx")
    assert (info.villages, info.participants) == (2, 5)
    sheet = load_workbook(tmp_path / "daftar.xlsx").worksheets[0]
    rows = {r[3]: r for r in sheet.iter_rows(values_only=True) if r and r[3] in numbers.values()}
    assert rows[numbers["old"]][10] == "tidak" and rows[numbers["stays"]][10] == "ya"  # from the birth date
    assert rows[numbers["stays"]][5].count("*") == 8  # NIK masked
    write_renewal_list(ctx, YEAR, tmp_path / "daftar.pdf")
    pages = PdfReader(tmp_path / "daftar.pdf").pages
    assert len(pages) == 2  # each desa on pages of its own
    assert "Latuhalat" not in pages[0].extract_text() and numbers["died"] in pages[1].extract_text()
    assert "☐" in pages[0].extract_text()
    with pytest.raises(LifecycleError, match="this year"):
        write_renewal_list(ctx, YEAR + 5, tmp_path / "later.pdf")


def test_the_answers_from_the_returned_file_continue_and_end_in_bulk(office, tmp_path):
    ctx, numbers = office
    path = tmp_path / "jawaban.xlsx"
    write_renewal_list(ctx, YEAR, path)
    _fill_xlsx(path, {numbers["stays"]: ("ya", "ya"), numbers["moved"]: ("tidak", "ya"),
                      numbers["old"]: ("ya", "ya"),
                      numbers["died"]: (None, None, None, "died", f"02/12/{YEAR - 1}")})
    result = import_renewal_file(ctx, path)
    assert (result.year, result.continued, result.ended, result.unanswered) == (YEAR, 1, 3, 1)
    assert _state(ctx, numbers["stays"]) == ("active", None, None, 2)
    assert _state(ctx, numbers["moved"])[:3] == ("ended", dt.date(YEAR - 1, 12, 31), "moved")
    assert _state(ctx, numbers["old"])[:3] == ("ended", dt.date(YEAR, 6, 9), "age-limit")
    assert _state(ctx, numbers["died"])[:3] == ("ended", dt.date(YEAR - 1, 12, 2), "died")
    assert _state(ctx, numbers["silent"]) == ("active", None, None, 1)
    with ctx.db.session() as session:
        stays = find_participant(session, numbers["stays"])
        assert [h.new_value for h in history_of(session, stays.id) if h.field == "renewal"] == [f"{YEAR}: lanjut"]
        assert session.get(AnswerRow, (stays.id, YEAR)).source == "jawaban.xlsx"
        ends = [e for e in session.scalars(select(AuditEvent)) if e.action == "participant.end"]
        assert len(ends) == 3
        assert count_not_exported(session) == 5  # the four changes travel (and the one never exported)
    again = import_renewal_file(ctx, path)  # the same file again changes nothing
    assert (again.continued, again.ended, again.unchanged) == (0, 0, 4)


@pytest.mark.parametrize("answers,words", [
    ({"moved": ("mungkin", "ya")}, "tulis ya atau tidak"),
    ({"moved": ("ya", None)}, "isi ketiga kotak"),
    ({"moved": (None, None, None, "hilang")}, "alasan 'hilang' tidak dikenal"),
    ({"moved": (None, None, None, "died", "31/02/2026")}, "tanggal '31/02/2026' tidak valid"),
    ({"moved": (None, None, None, "died", "2026-10-01")}, "sebelum kepesertaan"),
])
def test_a_bad_row_refuses_the_whole_file_and_changes_nothing(office, tmp_path, answers, words):
    ctx, numbers = office
    path = tmp_path / "jawaban.xlsx"
    write_renewal_list(ctx, YEAR, path)
    _fill_xlsx(path, {numbers["stays"]: ("ya", "ya"), **{numbers[k]: v for k, v in answers.items()}})
    with pytest.raises(LifecycleError) as caught:
        import_renewal_file(ctx, path)
    assert words in caught.value.message() and "tidak ada yang diubah" in caught.value.message()
    assert _state(ctx, numbers["stays"]) == ("active", None, None, 1)
    with ctx.db.session() as session:
        assert session.scalars(select(AnswerRow)).all() == []


def test_a_csv_without_the_columns_is_refused(office, tmp_path):
    ctx, _ = office
    path = tmp_path / "lain.csv"
    path.write_text("nama;nik\nA;1\n", encoding="utf-8")
    with pytest.raises(LifecycleError, match="lacks the columns"):
        import_renewal_file(ctx, path)


def test_the_csv_round_trip_and_a_dry_run(office, tmp_path):
    ctx, numbers = office
    path = tmp_path / "daftar.csv"
    write_renewal_list(ctx, YEAR, path)
    with path.open(encoding=CSV_ENCODING, newline="") as handle:
        rows = list(csv.reader(handle, delimiter=CSV_DELIMITER))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "Tahun")
    for row in rows[header + 1:]:
        row[8], row[9] = ("tidak", "ya") if row[3] == numbers["moved"] else ("ya", "ya")
    with path.open("w", encoding=CSV_ENCODING, newline="") as handle:
        csv.writer(handle, delimiter=CSV_DELIMITER).writerows(rows)
    checked = import_renewal_file(ctx, path, dry_run=True)
    assert (checked.continued, checked.ended) == (3, 2)  # "old" ends for the age limit
    assert _state(ctx, numbers["moved"])[0] == "active"
    applied = import_renewal_file(ctx, path)
    assert (applied.continued, applied.ended) == (3, 2)


def test_ticking_in_the_window_and_the_desa_counts(office):
    ctx, numbers = office
    villages = load_renewal_villages(ctx, YEAR)
    assert villages == [("81.71.01.1007", 3, 0), ("81.71.01.2001", 2, 0)]
    entries = load_renewal(ctx, YEAR, "81.71.01.1007")
    assert [e.over_limit for e in entries] == [False, False, True] or sorted(e.over_limit for e in entries) == [
        False, False, True]
    apply_renewal(ctx, YEAR, [Answered(numbers["stays"], RenewalAnswer(True, True, True)),
                              Answered(numbers["moved"], RenewalAnswer(True, False, True))])
    assert _state(ctx, numbers["moved"])[2] == "wage-earner"
    assert load_renewal_villages(ctx, YEAR)[0] == ("81.71.01.1007", 3, 2)  # the ended one stays listed, answered
    with pytest.raises(LifecycleError, match="reactivate it first"):  # ended by this renewal: not continued again
        apply_renewal(ctx, YEAR, [Answered(numbers["moved"], RenewalAnswer(True, True, True))])
