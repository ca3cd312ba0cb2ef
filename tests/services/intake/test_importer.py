"""Village-list intake through the service: the committed messy fixtures, the database after import, the report."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.errors import FileProblem, OperationCancelled
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.intake.errors import IntakeError
from pekerja_desktop.services.intake.importer import IntakeOptions, import_preview, preview_intake, write_report
from pekerja_desktop.services.intake.messages import findings_from_json
from pekerja_desktop.store.models import ChangeHistory, Heir, IntakeBatch, Participant
from tests.support.paths import FIXTURES_DIR

FIXTURES = FIXTURES_DIR / "intake"
XLSX_OUTCOMES = {7: "valid", 8: "valid", 9: "invalid", 10: "valid", 11: "duplicate_in_file", 12: "already_present",
                 13: "incomplete", 14: "incomplete", 16: "incomplete", 17: "incomplete", 18: "valid"}
CSV_OUTCOMES = {2: "valid", 3: "invalid", 4: "valid", 5: "duplicate_in_file", 6: "invalid"}
REGISTERED_NIK = "8171022811750004"  # row 12 of the XLSX


@pytest.fixture
def lists(tmp_path: Path) -> Path:
    """The fixtures copied out of the repository, so reports written beside them land in tmp."""
    target = tmp_path / "lists"
    shutil.copytree(FIXTURES, target, ignore=shutil.ignore_patterns("*.py", "__pycache__", "corpus"))
    return target


@pytest.fixture
def registered(ctx, participant_factory):
    """The NIK of XLSX row 12 already enrolled through the form."""
    data = participant_factory(nik=REGISTERED_NIK, full_name="Yakob Titaley", birth_date=dt.date(1975, 11, 28),
                               sex="L", village_code="81.71.02.2003")
    return enrol(ctx, data, final=False)


def _by_row(preview):
    return {row.row_number: row for row in preview.rows}


def _codes(row) -> list[str]:
    return [f.code for f in row.findings]


def preview_groups(ctx, lists):
    return preview_intake(ctx, lists / "daftar_desa_ambon.xlsx").groups


def _count(ctx, model) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_xlsx_preview_reads_the_messy_list(ctx, lists, registered):
    preview = preview_intake(ctx, lists / "daftar_desa_ambon.xlsx")
    rows = _by_row(preview)
    assert {n: r.outcome for n, r in rows.items()} == XLSX_OUTCOMES
    assert preview.counts() == {"valid": 4, "incomplete": 4, "invalid": 1, "already_present": 1,
                                "duplicate_in_file": 1}
    assert preview.columns["full_name"] == "NAMA LENGKAP"
    assert preview.columns["heir_relationship"] == "AHLI WARIS / Hubungan"
    assert {"birth_date", "sex", "phone"} <= preview.columns.keys()
    assert preview.unknown_headers == ["Keterangan"]
    assert len(preview.sha256) == 64


def test_xlsx_cells_become_normalised_data(ctx, lists):
    rows = _by_row(preview_intake(ctx, lists / "daftar_desa_ambon.xlsx"))
    maria, rahman, nela = rows[7].data, rows[8].data, rows[10].data
    assert (maria.occupation, maria.village_code, maria.heirs[0].relationship) == ("PDP", "81.71.01.1007", "SUAMI")
    assert rahman.birth_date == dt.date(1980, 3, 12)  # an Excel serial number
    assert rahman.village_code == "81.71.04.2007"  # "Laha" exists twice: Kecamatan Teluk Ambon decides
    assert (rahman.sex, rahman.phone, rahman.rt_rw, rahman.occupation) == ("L", "081298765432", "001/003", "NLY")
    assert rahman.heirs[0].relationship == "ISTRI"  # "isteri"
    assert (nela.nik, nela.village_code, nela.occupation) == ("8171016707900003", "81.71.02.2003", "PDK")
    assert rows[18].data.village_code == "81.71.01.1006"  # "Kel. Nusaniwe", not Desa Nusaniwe
    assert rows[7].values["birth_date"] == "05/08/1985"
    today = dt.date.today()
    next_month = dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)  # the coverage-start setting
    assert (maria.funding_source, maria.coverage_start) == ("APBD_PROV", next_month)


def test_xlsx_refusals_say_why(ctx, lists, registered):
    rows = _by_row(preview_intake(ctx, lists / "daftar_desa_ambon.xlsx"))
    assert _codes(rows[9]) == ["nik.excel_number"]
    assert "8171016707900000" in rows[9].findings[0].message() and "Teks" in rows[9].findings[0].message()
    assert _codes(rows[11]) == ["intake.duplicate_in_file"] and "baris 7" in rows[11].findings[0].message()
    assert _codes(rows[12]) == ["intake.already_present"]
    assert registered.registration_number in rows[12].findings[0].message()
    ambiguous = rows[13].findings[0].message()
    assert _codes(rows[13]) == ["intake.village_ambiguous"]  # lands as a draft without a village
    assert "81.01.09.2005" in ambiguous and "Kecamatan" in ambiguous
    assert _codes(rows[14]) == ["intake.occupation_unresolved"] and "Astronot" in rows[14].findings[0].message()
    assert rows[14].data.occupation == "" and rows[14].unresolved == [("occupation", "Astronot")]
    assert _codes(rows[16]) == ["intake.village_unresolved"]
    assert _codes(rows[17]) == ["intake.birth_date_unreadable"] and rows[17].data.birth_date is None
    assert _codes(rows[18]) == ["nik.sex_mismatch"]  # a warning: the row stays valid
    assert not any(f.is_error for n in (13, 14, 16, 17) for f in rows[n].findings)
    assert [(g.kind, g.text, g.row_numbers) for g in preview_groups(ctx, lists)] == [
        ("village", "Atlantis", [16]), ("village", "Kampung Baru", [13]), ("occupation", "Astronot", [14])]


def test_csv_semicolon_cp1252(ctx, lists):
    preview = preview_intake(ctx, lists / "daftar_desa_cp1252.csv")
    rows = _by_row(preview)
    assert {n: r.outcome for n, r in rows.items()} == CSV_OUTCOMES
    assert rows[2].data.full_name == "DÉSIRÉE PATTIASINA" and rows[2].data.mother_name == "MARIËTTE SAHETAPY"
    assert (rows[2].data.birth_place, rows[2].data.birth_date) == ("AMBON", dt.date(1992, 5, 1))
    assert (rows[2].data.rt_rw, rows[2].data.phone, rows[2].data.sex) == ("003/004", "081344445555", "P")
    assert rows[4].data.birth_date == dt.date(1985, 8, 12)  # "12 Agustus 1985"
    assert rows[4].data.heirs[0].relationship == "ANAK"
    assert _codes(rows[3]) == ["nik.excel_number"] and "8,17103E+15" in rows[3].findings[0].message()
    assert _codes(rows[6]) == ["full_name.invalid_chars"]


def test_import_creates_drafts_in_one_batch(ctx, lists, registered):
    preview = preview_intake(ctx, lists / "daftar_desa_ambon.xlsx",
                             IntakeOptions(funding_source="apbdes", coverage_start=dt.date(2027, 1, 1)))
    result = import_preview(ctx, preview)
    assert (result.imported, result.rejected, result.already_present, result.duplicate_in_file) == (8, 1, 1, 1)
    assert result.row_numbers == [7, 8, 10, 13, 14, 16, 17, 18] and len(result.registration_numbers) == 8
    assert result.incomplete == 4
    with ctx.db.session() as session:
        imported = session.scalars(select(Participant).where(Participant.source.like("intake:%"))
                                   .order_by(Participant.id)).all()
        heirs = session.scalars(select(Heir).where(Heir.participant_id == imported[0].id)).all()
        batch = session.get(IntakeBatch, result.batch_id)
        history = session.scalar(select(func.count()).select_from(ChangeHistory)
                                 .where(ChangeHistory.participant_id == imported[0].id))
    assert [p.registration_number for p in imported] == result.registration_numbers
    assert [p.source for p in imported] == [f"intake:{preview.sha256[:16]}:{n}" for n in (7, 8, 10, 13, 14, 16, 17,
                                                                                         18)]
    assert imported[0].intake_findings == ""  # a clean row carries nothing
    carried = findings_from_json(imported[5].intake_findings)  # row 16: the village to settle travels with it
    assert [f.code for f in carried] == ["intake.village_unresolved"] and "Atlantis" in carried[0].message()
    assert {p.status for p in imported} == {"draft"}
    assert {(p.funding_source, p.coverage_start) for p in imported} == {("APBDES", dt.date(2027, 1, 1))}
    assert (imported[0].nik, imported[0].full_name, imported[0].created_by) == (
        "8171014508850001", "MARIA LATUCONSINA", "admin")
    assert [(h.full_name, h.relationship) for h in heirs] == [("YOHANIS LATUCONSINA", "SUAMI")]
    assert history == 1
    assert (batch.file_name, batch.file_sha256, batch.rows_total, batch.rows_imported) == (
        "daftar_desa_ambon.xlsx", preview.sha256, 11, 8)
    assert (batch.rows_rejected, batch.rows_already_present, batch.imported_by) == (2, 1, "admin")


def test_reimport_adds_nothing_twice(ctx, lists):
    first = import_preview(ctx, preview_intake(ctx, lists / "daftar_desa_ambon.xlsx"))
    again = preview_intake(ctx, lists / "daftar_desa_ambon.xlsx")
    second = import_preview(ctx, again)
    assert (first.imported, first.duplicate_in_file) == (9, 1)
    # row 11 repeated row 7's NIK; now that NIK is registered, so it is reported as such
    assert (second.imported, second.already_present, second.duplicate_in_file) == (0, 10, 0)
    assert second.rejected == first.rejected == 1
    assert _count(ctx, Participant) == 9
    assert _count(ctx, IntakeBatch) == 2  # both attempts are on record


def test_import_rechecks_duplicates_inside_its_transaction(ctx, lists, participant_factory):
    preview = preview_intake(ctx, lists / "daftar_desa_cp1252.csv")
    enrol(ctx, participant_factory(nik="8171031208850006", full_name="Ahmad Rumra", birth_date=dt.date(1985, 8, 12),
                                   sex="L"), final=False)
    result = import_preview(ctx, preview)
    assert (result.imported, result.already_present, result.row_numbers) == (1, 1, [2])
    assert _by_row(preview)[4].outcome == "already_present"
    assert _count(ctx, Participant) == 2


def test_csv_report_lists_rows_and_reasons(ctx, lists, registered):
    preview = preview_intake(ctx, lists / "daftar_desa_ambon.xlsx")
    result = import_preview(ctx, preview)
    report = write_report(preview, lists / "laporan.csv", result)
    text = report.read_text(encoding="utf-8-sig")
    lines = list(csv.reader(text.splitlines(), delimiter=";"))
    assert lines[0] == ["Baris", "Hasil", "NIK", "Nama", "Kode", "Keterangan"]
    by_row = {int(line[0]): line for line in lines[1:]}
    assert sorted(by_row) == [9, 11, 12, 13, 14, 16, 17, 18]  # clean imported rows are left out
    assert by_row[9][1:3] == ["ditolak", "8171016707900000"] and "digit terakhir hilang" in by_row[9][5]
    assert by_row[11][1] == "ganda dalam berkas" and by_row[12][1] == "sudah terdaftar"
    assert by_row[14][4] == "intake.occupation_unresolved" and "Astronot" in by_row[14][5]
    assert by_row[14][1] == "diimpor" and result.registration_numbers[4] in by_row[14][5]
    assert by_row[18][1] == "diimpor" and result.registration_numbers[7] in by_row[18][5]
    assert not list(lists.glob("*.partial"))


def test_report_neutralises_formulas_and_follows_the_language(ctx, lists):
    preview = preview_intake(ctx, lists / "daftar_desa_cp1252.csv")
    set_language("en")
    report = write_report(preview, lists / "report.xlsx")
    sheet = load_workbook(report, read_only=True).active
    lines = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert lines[0] == ["Row", "Outcome", "NIK", "Name", "Codes", "Messages"]
    formula = next(line for line in lines if line[0] == 6)
    assert formula[3].startswith("'=") and formula[1] == "rejected"
    assert "name may contain letters" in formula[5]
    valid_nik = next(line for line in lines if line[0] == 5)[2]
    assert valid_nik == "8171034105920005"  # text, not a number Excel would round


def test_report_refuses_other_suffixes_and_missing_folders(ctx, lists):
    preview = preview_intake(ctx, lists / "daftar_desa_cp1252.csv")
    with pytest.raises(IntakeError) as wrong:
        write_report(preview, lists / "laporan.pdf")
    assert wrong.value.code == "intake.report_type"
    with pytest.raises(IntakeError) as missing:
        write_report(preview, lists / "nope" / "laporan.csv")
    assert missing.value.code == "intake.report_folder_missing"
    with pytest.raises(FileProblem) as folder:
        write_report(preview, Path(lists / "laporan.csv").mkdir() or lists / "laporan.csv")  # a folder of that name
    assert folder.value.code == "file.unwritable"


def test_progress_and_cancellation(ctx, lists):
    seen = []
    preview_intake(ctx, lists / "daftar_desa_ambon.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (22, 22)  # reading is the first half of the work, checking the rows the second
    assert all(0 <= done <= total for done, total in seen)
    with pytest.raises(OperationCancelled):
        preview_intake(ctx, lists / "daftar_desa_ambon.xlsx", cancelled=lambda: True)


def test_unknown_funding_source_is_refused_up_front(ctx, lists):
    with pytest.raises(IntakeError) as raised:
        preview_intake(ctx, lists / "daftar_desa_cp1252.csv", IntakeOptions(funding_source="DANA_X"))
    assert raised.value.code == "intake.funding_source_unknown" and "APBD_PROV" in raised.value.message()


def test_odd_cells(ctx, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(["NIK", "Nama", "Tempat, Tgl Lahir", "L/P", "RT/RW", "No HP", "Ahli Waris", "Alamat",
                            "Desa", "Pekerjaan"])
    workbook.active.append(["8171 0145 0885 0001", "ani  de la cruz", "Ambon 5 Agustus 1985", "wanita",
                            dt.datetime(2026, 2, 1), "0812-3456-7890 / 0813 2222 3333", "Yohanis (Suami)",
                            "Jl. A", "Negeri Lima", "Pekebun"])
    workbook.active.append([None, None, None, None, None, None, None, "JUMLAH", None, None])
    workbook.save(tmp_path / "odd.xlsx")
    rows = _by_row(preview_intake(ctx, tmp_path / "odd.xlsx"))
    ani = rows[2].data
    assert (ani.nik, ani.full_name, ani.birth_place, ani.birth_date, ani.sex) == (
        "8171014508850001", "ANI DE LA CRUZ", "AMBON", dt.date(1985, 8, 5), "P")
    assert (ani.rt_rw, ani.phone, ani.village_code, ani.occupation) == ("001/002", "081234567890", "81.01.15.2008",
                                                                         "PKB")
    assert [(h.full_name, h.relationship) for h in ani.heirs] == [("YOHANIS", "SUAMI")]
    assert rows[2].outcome == "valid" and _codes(rows[2]) == ["intake.rt_rw_date"]
    assert 3 not in rows  # the total row under the table is no person
