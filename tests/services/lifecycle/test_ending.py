"""The age-limit list: who reaches the limit in a month (and who is already past it), as figures with the register
query behind them and as `report ending` in PDF and XLSX."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.lifecycle.end import end_participation
from pekerja_desktop.services.lifecycle.ending import age_limit_figures, ending_list, write_ending_report
from pekerja_desktop.services.register.search import search_participants

CONFIRM = {"age.too_old", "nik.birth_date_mismatch", "nik.sex_mismatch"}
BIRTHS = {"march": dt.date(1961, 3, 15), "april": dt.date(1961, 4, 1), "past": dt.date(1960, 1, 10),
          "young": dt.date(1985, 8, 5)}


@pytest.fixture
def people(ctx, participant_factory):
    numbers = {}
    for serial, (key, born) in enumerate(BIRTHS.items(), start=1):
        person = participant_factory(nik=encode_nik("817101", born, "P", serial), birth_date=born,
                                     full_name=f"Ibu {key.capitalize()} Latuconsina")
        numbers[key] = enrol(ctx, person, final=True, confirmed=CONFIRM).registration_number
    return numbers


def test_the_list_of_a_month_and_those_already_past(ctx, people):
    listing = ending_list(ctx, dt.date(2027, 3, 1))
    (row,) = listing.reaching
    assert (row.registration_number, row.limit_day, row.last_day) == (
        people["march"], dt.date(2027, 3, 15), dt.date(2027, 3, 14))
    assert row.masked_nik.count("*") == 8 and row.village_name == "Wainitu"
    assert [r.registration_number for r in listing.overdue] == [people["past"]]


def test_an_ended_participant_is_no_longer_listed(ctx, people):
    end_participation(ctx, people["march"], "age-limit", dt.date(2027, 3, 14), today=dt.date(2027, 3, 1))
    assert ending_list(ctx, dt.date(2027, 3, 1)).reaching == []


def test_the_dashboard_figures_count_what_the_register_lists(ctx, people):
    figures = age_limit_figures_at(ctx, dt.date(2026, 12, 7))
    assert [(f.month, f.count) for f in figures] == [
        (None, 1), (dt.date(2026, 12, 1), 0), (dt.date(2027, 1, 1), 0), (dt.date(2027, 2, 1), 0),
        (dt.date(2027, 3, 1), 1), (dt.date(2027, 4, 1), 1), (dt.date(2027, 5, 1), 0)]
    with ctx.db.session() as session:
        listed = search_participants(session, figures[4].query)
    assert [row.registration_number for row in listed] == [people["march"]]


def age_limit_figures_at(ctx, today):
    with ctx.db.session() as session:
        return age_limit_figures(session, ctx.reference.age_max, today, hub=False)


def test_the_report_as_xlsx_and_pdf(ctx, people, tmp_path):
    write_ending_report(ctx, dt.date(2027, 3, 1), tmp_path / "batas-usia.xlsx")
    sheet = load_workbook(tmp_path / "batas-usia.xlsx")["Bulan ini"]
    values = [[cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)]
    assert ["DAFTAR PESERTA MENCAPAI BATAS USIA"] in values and ["Bulan Maret 2027 · batas usia 65 tahun"] in values
    (row,) = [r for r in values if r and r[0] == people["march"]]
    assert row[-2:] == [dt.datetime(2027, 3, 15), dt.datetime(2027, 3, 14)]
    write_ending_report(ctx, dt.date(2027, 3, 1), tmp_path / "batas-usia.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "batas-usia.pdf").pages)
    assert people["march"] in text and people["past"] in text and "14/03/2027" in text
