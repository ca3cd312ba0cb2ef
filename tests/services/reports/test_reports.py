"""Central-office reports: the enrolment recap, the duplicates review list and the rejected records, as data
checked against SQL, as PDF (read back with pdfplumber) and as XLSX (read back with openpyxl)."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest
from openpyxl import load_workbook
from sqlalchemy import insert, select, text

from pekerja_desktop.__main__ import main
from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.reports.files import (
    load_duplicates,
    load_recap,
    load_rejected,
    write_duplicates_report,
    write_recap_report,
    write_rejected_report,
)
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.hub.verdicts import reject_record
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.account_models import AuditEvent
from pekerja_desktop.store.sync_models import SyncDuplicate
from tests.conftest import LOGIN
from tests.support.hub import add_people
from tests.support.sites import enrol_many, nik_for, sites  # noqa: F401  (the `sites` fixture)

EVIL = '=HYPERLINK("http://x","y")'
WRITERS = (write_recap_report, write_duplicates_report, write_rejected_report)
EFFECTIVE_STATUS = ("CASE WHEN h.status = 'rejected' THEN 'rejected' ELSE p.status END")
FROM_PARTICIPANTS = "FROM participant p LEFT JOIN sync_hub_record h ON h.uuid = p.uuid"


def _pdf_pages(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _sql(ctx, query: str) -> list[tuple]:
    with ctx.db.session() as session:
        return [tuple(row) for row in session.execute(text(query)).all()]


def _cli(capsys, root, *argv) -> tuple[int, str, str]:
    try:
        code = main([*argv, "--data-dir", str(root)])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _mixed_hub(hub) -> None:
    """Statuses, sexes, three kabupaten/kota, an unknown village, and hub verdicts (one rejected)."""
    add_people(hub, 6)  # Kota Ambon, Nusaniwe, Wainitu; women
    add_people(hub, 3, start=10, sex="L", village_code="81.71.02.1010")  # Kota Ambon, Sirimau
    add_people(hub, 2, start=20, status="draft", sex=None, village_code="")  # drafts without sex or village
    add_people(hub, 2, start=30, status="ended", village_code="81.72.01.2001")  # Kota Tual
    add_people(hub, 1, start=40, status="rejected", village_code="81.01.01.1009")  # rejected by its office
    accepted = add_people(hub, 3, start=50, accepted=True, sex="L", village_code="81.72.01.2002")
    with hub.db.write() as session:  # the hub's verdict wins over the office's status
        session.execute(text("UPDATE sync_hub_record SET status = 'rejected' WHERE registration_number = :n"),
                        {"n": accepted[0]})


def test_recap_figures_agree_with_sql(hub):
    _mixed_hub(hub)
    recap = load_recap(hub)
    assert recap.total.total == _sql(hub, "SELECT count(*) FROM participant")[0][0] == 17
    expected_status = dict(_sql(hub, f"SELECT {EFFECTIVE_STATUS}, count(*) {FROM_PARTICIPANTS} GROUP BY 1"))
    assert dict(recap.total.status) == expected_status == {"active": 11, "draft": 2, "ended": 2, "rejected": 2}
    expected_sex = dict(_sql(hub, "SELECT coalesce(sex, ''), count(*) FROM participant GROUP BY 1"))
    assert dict(recap.total.sex) == expected_sex
    assert recap.has_unknown_sex
    per_village = {(v, s): n for v, s, n in _sql(
        hub, f"SELECT p.village_code, {EFFECTIVE_STATUS}, count(*) {FROM_PARTICIPANTS} "
             "WHERE p.village_code != '' GROUP BY 1, 2")}
    shown = {(village.code, status): count
             for regency in recap.regencies if regency.code for district in regency.children
             for village in district.children for status, count in village.counts.status.items() if count}
    assert shown == per_village
    per_regency = dict(_sql(hub, "SELECT substr(village_code, 1, 5), count(*) FROM participant "
                                 "WHERE village_code != '' GROUP BY 1"))
    assert {r.code: r.counts.total for r in recap.regencies if r.code} == per_regency
    unknown = next(r for r in recap.regencies if not r.code)
    assert unknown.counts.total == 2 and unknown.counts.status["draft"] == 2
    tual = next(r for r in recap.regencies if r.code == "81.72")
    assert tual.name == "Kota Tual" and tual.counts.status["rejected"] == 1 and tual.counts.sex["L"] == 3
    assert [(o.code, o.counts.total) for o in recap.offices] == _sql(
        hub, "SELECT office_code, count(*) FROM participant GROUP BY 1 ORDER BY 1")


def test_recap_pdf_and_xlsx(hub, tmp_path):
    _mixed_hub(hub)
    write_recap_report(hub, tmp_path / "rekap.pdf")
    (page,) = _pdf_pages(tmp_path / "rekap.pdf")
    assert "REKAPITULASI PENDAFTARAN PEKERJA RENTAN" in page
    assert "Disnakertrans Provinsi Maluku — Semua kantor" in page and "Dibuat oleh: Admin Uji" in page
    assert "Halaman 1 dari 1" in page
    assert "Kota Tual 81.72 0 2 1 2 3 2 0 5" in page  # draft active rejected ended L P (no sex) total
    assert "Wilayah tidak diketahui 2 0 0 0 0 0 2 2" in page
    assert "JUMLAH 2 11 2 2 6 9 2 17" in page

    write_recap_report(hub, tmp_path / "rekap.xlsx")
    book = load_workbook(tmp_path / "rekap.xlsx")
    assert book.sheetnames == ["Per kantor", "Per wilayah"]
    sheet = book["Per wilayah"]
    header = next(r for r in sheet.iter_rows() if r[0].value == "Wilayah")
    assert [c.value for c in header][2:] == ["Draf", "Aktif", "Ditolak", "Berakhir", "L", "P", "JK belum diisi",
                                             "Jumlah"]
    assert all(c.font.b for c in header)
    assert sheet.freeze_panes == f"A{header[0].row + 1}"
    assert sheet.cell(header[0].row + 1, 1).value == "Kabupaten Maluku Tengah"  # right under the header
    rows = {r[0]: r[1:] for r in sheet.iter_rows(min_row=header[0].row + 1, values_only=True)}
    assert rows["Kota Tual"] == ("81.72", 0, 2, 1, 2, 3, 2, 0, 5)
    assert rows["JUMLAH"][1:] == (2, 11, 2, 2, 6, 9, 2, 17)
    assert sheet.column_dimensions["A"].width > sheet.column_dimensions["C"].width


def test_a_long_recap_repeats_its_header_on_every_page(hub, tmp_path):
    add_people(hub, 90)
    villages = [r.code for r in hub.reference.regions.villages()][::7]
    with hub.db.write() as session:  # one village each, spread over the province
        ids = session.scalars(text("SELECT id FROM participant ORDER BY id")).all()
        session.execute(text("UPDATE participant SET village_code = :village WHERE id = :id"),
                        [{"id": i, "village": v} for i, v in zip(ids, villages, strict=False)])
    write_recap_report(hub, tmp_path / "rekap.pdf")
    pages = _pdf_pages(tmp_path / "rekap.pdf")
    assert len(pages) >= 3
    for number, page in enumerate(pages[1:], start=2):
        assert "Wilayah Kode Draf Aktif Ditolak Berakhir L P Jumlah" in page
        assert f"Halaman {number} dari {len(pages)}" in page
        assert "Disnakertrans Provinsi Maluku" in page and "Dicetak" in page and "Admin Uji" in page


def _round_trip(three, tmp_path):
    """Ambon sends 5 records, Tual 3 plus one with the NIK of Ambon's third; the hub rejects Ambon's first;
    Ambon then hears the verdicts in an ack. Returns Ambon's and Tual's registration numbers."""
    hub, ambon, tual = three
    usb = tmp_path / "usb"
    ambon_numbers = enrol_many(ambon, range(5))
    tual_numbers = enrol_many(tual, [100, 101, 102, 2])
    import_bundle(hub.ctx, export_bundles(ambon.ctx, usb)[0].path)
    import_bundle(hub.ctx, export_bundles(tual.ctx, usb)[0].path)
    reject_record(hub.ctx, ambon_numbers[0], "foto KTP tidak terbaca")
    again = import_bundle(hub.ctx, export_bundles(ambon.ctx, usb)[0].path)
    import_bundle(ambon.ctx, again.ack_path)
    return ambon_numbers, tual_numbers


def test_duplicates_and_rejected_at_the_hub(sites, tmp_path):  # noqa: F811
    hub, _, _ = sites
    ambon_numbers, tual_numbers = _round_trip(sites, tmp_path)
    (pair,) = load_duplicates(hub.ctx)
    ((nik, number_a, number_b, resolved),) = _sql(
        hub.ctx, "SELECT nik, registration_a, registration_b, resolved_at FROM sync_duplicate")
    assert pair.nik == nik == nik_for(2) and pair.is_open and resolved is None
    assert [pair.first.registration_number, pair.second.registration_number] == sorted((number_a, number_b)) == [
        ambon_numbers[2], tual_numbers[3]]  # the earlier number first, whatever the stored order
    assert (pair.first.office_code, pair.second.office_code) == ("8171A", "8172A")
    assert pair.first.full_name == pair.second.full_name != ""
    (rejected,) = load_rejected(hub.ctx)
    assert _sql(hub.ctx, "SELECT registration_number FROM sync_hub_record WHERE status = 'rejected'") == [
        (rejected.registration_number,)] == [(ambon_numbers[0],)]
    assert rejected.reason == "ditolak setelah diperiksa kantor provinsi: foto KTP tidak terbaca"
    assert rejected.office_name == "Disnaker Kota Ambon" and rejected.rejected_on is not None

    write_duplicates_report(hub.ctx, tmp_path / "ganda.pdf")
    (page,) = _pdf_pages(tmp_path / "ganda.pdf")
    assert "DAFTAR PERIKSA NIK GANDA" in page and nik_for(2) in page and tual_numbers[3] in page
    assert "Belum diperiksa" in page and "Belum ada pasangan yang diselesaikan." in page
    write_rejected_report(hub.ctx, tmp_path / "ditolak.pdf")
    (page,) = _pdf_pages(tmp_path / "ditolak.pdf")
    assert ambon_numbers[0] in page and "foto KTP" in page  # the reason wraps in its cell

    reject_record(hub.ctx, tual_numbers[3], "NIK milik peserta Ambon")  # resolves the pair
    (pair,) = load_duplicates(hub.ctx)
    assert not pair.is_open
    assert [r.registration_number for r in load_rejected(hub.ctx)] == [ambon_numbers[0], tual_numbers[3]]
    write_duplicates_report(hub.ctx, tmp_path / "ganda.xlsx")
    book = load_workbook(tmp_path / "ganda.xlsx")
    assert book.sheetnames == ["Belum diperiksa", "Sudah diselesaikan", "Kemungkinan ganda", "Sudah diputuskan"]
    assert "Tidak ada pasangan NIK ganda yang belum diperiksa." in [r[0] for r in book["Belum diperiksa"].iter_rows(
        values_only=True)]
    last = [r for r in book["Sudah diselesaikan"].iter_rows(values_only=True) if r[0] == nik_for(2)]
    assert len(last) == 1 and last[0][-1].endswith(f"{tual_numbers[3]} ditolak")
    assert last[0][-2].year >= 2026  # the date detected, as a date cell


def test_an_office_reports_its_own_records_and_the_hubs_verdicts(sites, tmp_path):  # noqa: F811
    _, ambon, _ = sites
    ambon_numbers, tual_numbers = _round_trip(sites, tmp_path)
    recap = load_recap(ambon.ctx)
    assert [(o.code, o.counts.total) for o in recap.offices] == [("8171A", 5)]
    assert dict(recap.total.status) == {"active": 4, "rejected": 1}
    (rejected,) = load_rejected(ambon.ctx)
    assert rejected.registration_number == ambon_numbers[0] and "foto KTP tidak terbaca" in rejected.reason
    (pair,) = load_duplicates(ambon.ctx)
    assert pair.first.registration_number == ambon_numbers[2] and pair.second.registration_number == tual_numbers[3]
    assert pair.second.office_code == "8172A" and pair.second.full_name == ""  # not held at Ambon
    write_duplicates_report(ambon.ctx, tmp_path / "ganda.pdf")
    (page,) = _pdf_pages(tmp_path / "ganda.pdf")
    assert "Rekaman kantor 8171A" in page and "(tidak ada di kantor ini)" in page
    assert "Sudah diselesaikan" not in page
    write_recap_report(ambon.ctx, tmp_path / "rekap.pdf")
    assert "Hanya rekaman kantor ini." in _pdf_pages(tmp_path / "rekap.pdf")[0]


def test_formulas_stay_text_in_every_workbook(hub, tmp_path):
    numbers = add_people(hub, 2, accepted=True, full_name=EVIL)
    reject_record(hub, numbers[0], '@SUM(1+1)*cmd|"/c calc"!A1')
    with hub.db.write() as session:
        rows = session.execute(text("SELECT nik, uuid, registration_number FROM participant")).all()
        session.execute(insert(SyncDuplicate), [{
            "nik": rows[1][0], "uuid_a": rows[0][1], "uuid_b": rows[1][1], "registration_a": rows[0][2],
            "registration_b": rows[1][2], "office_a": "MALUKU", "office_b": "MALUKU", "resolution": "",
            "detected_at": dt.datetime.now(dt.UTC)}])
        session.execute(text("UPDATE office SET name = :evil"), {"evil": "+" + EVIL})
    hub.office.name = "+" + EVIL  # what a context opened now would read
    seen = set()
    for write in WRITERS:
        out = tmp_path / f"{write.__name__}.xlsx"
        write(hub, out)
        for sheet in load_workbook(out).worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f"
                    assert not str(cell.value or "").startswith(("=", "+", "-", "@"))
                    seen.add(cell.value)
    assert "'" + EVIL in seen and "'" + "+" + EVIL in seen


def test_a_control_character_never_blocks_a_report(hub, tmp_path):
    """#16: `report rejected` failed with IllegalCharacterError on a name or reason holding U+0001."""
    (number,) = add_people(hub, 1, accepted=True, full_name="SITI\x01 AMINAH", address="Jl. Baru\u202e 7")
    reject_record(hub, number, "foto KTP\x01 buram")
    for write in WRITERS:
        for suffix in (".xlsx", ".pdf"):
            out = tmp_path / f"{write.__name__}{suffix}"
            write(hub, out)
            assert out.stat().st_size > 0
    cells = {str(cell.value) for sheet in load_workbook(tmp_path / "write_rejected_report.xlsx").worksheets
             for row in sheet.iter_rows() for cell in row}
    assert "SITI\ufffd AMINAH" in cells and any("foto KTP\ufffd buram" in cell for cell in cells)
    assert "SITI\ufffd AMINAH" in "".join(_pdf_pages(tmp_path / "write_rejected_report.pdf"))


def test_reports_with_nothing_to_show_still_render(hub, tmp_path):
    expected = {write_recap_report: "Belum ada peserta.",
                write_duplicates_report: "Tidak ada pasangan NIK ganda yang belum diperiksa.",
                write_rejected_report: "Tidak ada rekaman yang ditolak."}
    for write, line in expected.items():
        write(hub, tmp_path / "kosong.pdf")
        (page,) = _pdf_pages(tmp_path / "kosong.pdf")
        assert line in page and "Halaman 1 dari 1" in page
        write(hub, tmp_path / "kosong.xlsx")
        first = load_workbook(tmp_path / "kosong.xlsx").worksheets[0]
        assert line in [row[0] for row in first.iter_rows(values_only=True)]


def test_cli_writes_each_report_and_audits_it(hub, tmp_path, capsys):
    add_people(hub, 3)
    hub.close()
    root = tmp_path / "hub"
    runs = (("recap", "rekap.xlsx", "3 peserta dari 1 kantor"), ("duplicates", "ganda.pdf", "0 pasangan"),
            ("rejected", "ditolak.PDF", "Rekaman ditolak: 0"))
    for kind, out, said in runs:
        code, stdout, stderr = _cli(capsys, root, "report", kind, "--out", str(tmp_path / out))
        assert code == 0, stderr
        assert said in stdout and (tmp_path / out).exists()
    with open_context(root, *LOGIN) as ctx, ctx.db.session() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("report.%"))
                                  .order_by(AuditEvent.seq)).all()
    assert actions == ["report.recap", "report.duplicates", "report.rejected"]


def test_another_suffix_is_one_line_and_writes_nothing(hub, tmp_path, capsys):
    hub.close()
    for kind in ("recap", "duplicates", "rejected"):
        code, stdout, stderr = _cli(capsys, tmp_path / "hub", "report", kind, "--out", str(tmp_path / "r.docx"))
        assert code == 2 and stdout == ""
        assert len(stderr.strip().splitlines()) == 1 and ".pdf / .xlsx" in stderr
    assert not list(tmp_path.glob("r.*"))


def test_the_service_refuses_another_suffix_before_reading(hub, tmp_path):
    with pytest.raises(HubError) as caught:
        write_recap_report(hub, tmp_path / "rekap.csv")
    assert caught.value.code == "output.bad_suffix"


def test_a_petugas_is_refused(hub, tmp_path, capsys, monkeypatch):
    create_account(hub, NewAccount("clerk", "sandi-clerk-1", "petugas", "Petugas Uji"))
    with open_context(tmp_path / "hub", "clerk", "sandi-clerk-1") as clerk:
        for write in WRITERS:
            with pytest.raises(AccessError):
                write(clerk, tmp_path / "r.pdf")
        with pytest.raises(AccessError):
            load_recap(clerk)
    hub.close()
    monkeypatch.setenv("PEKERJA_PASSWORD", "sandi-clerk-1")
    code, _, stderr = _cli(capsys, tmp_path / "hub", "--user", "clerk", "report", "recap", "--out",
                           str(tmp_path / "r.pdf"))
    assert code == 1 and len(stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.pdf").exists()
