from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from pekerja_desktop.documents.formatting import rupiah
from pekerja_desktop.services.billing.compute import compute_billing, parse_month
from pekerja_desktop.services.billing.output import write_billing_pdf, write_billing_xlsx
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.store.models import ContributionRate, ParticipantStatus
from tests.support.hub import add_people

NOV = dt.date(2026, 11, 1)


def test_35000_workers_at_the_minimum_cost_588_million_a_month(hub, tmp_path):
    add_people(hub, 35_000)
    with hub.db.session() as session:
        billing = compute_billing(session, NOV)
    assert billing.workers == 35_000
    assert billing.programme_total("JKK") == 35_000 * 10_000
    assert billing.programme_total("JKM") == 35_000 * 6_800
    assert billing.total == 588_000_000
    assert rupiah(billing.total) == "Rp588.000.000"
    write_billing_xlsx(billing, tmp_path / "bill.xlsx", office_name="Disnakertrans", prepared_by="petugas")
    sheet = load_workbook(tmp_path / "bill.xlsx").active
    totals = next(row for row in sheet.iter_rows(values_only=True) if row[1] == "JUMLAH SELURUHNYA")
    assert totals[4:] == (35_000, 350_000_000, 238_000_000, 588_000_000)


def test_who_is_billed_in_a_month(hub):
    add_people(hub, 2)  # billed
    add_people(hub, 1, start=10, kpj=False)  # not yet registered at BPJS
    add_people(hub, 1, start=20, coverage_start=dt.date(2026, 12, 1))  # starts after the month
    add_people(hub, 1, start=30, coverage_start=dt.date(2026, 11, 30))  # starts on the last day: billed
    add_people(hub, 1, start=40, coverage_end=dt.date(2026, 10, 31))  # ended before the month
    add_people(hub, 1, start=50, coverage_end=dt.date(2026, 11, 1))  # ends on the first day: billed
    add_people(hub, 1, start=60, status=ParticipantStatus.ENDED.value)
    add_people(hub, 1, start=70, status=ParticipantStatus.REJECTED.value)
    add_people(hub, 1, start=80, accepted=True)  # accepted at the hub: billed
    (refused,) = add_people(hub, 1, start=90, accepted=True)
    with hub.db.write() as session:  # rejected at the hub after its KPJ was known
        session.execute(text("UPDATE sync_hub_record SET status = 'rejected' WHERE registration_number = :n"),
                        {"n": refused})
    with hub.db.session() as session:
        billing = compute_billing(session, NOV)
    assert billing.workers == 5
    assert billing.total == 5 * 16_800


def test_lines_per_funding_source_and_regency(hub):
    add_people(hub, 3)  # APBD_PROV, Kota Ambon
    add_people(hub, 2, start=100, funding_source="APBD_KAB", village_code="81.72.01.1001")
    add_people(hub, 1, start=200, income=2_500_000)  # JKK 1 % of 2.5 million = 25,000
    with hub.db.session() as session:
        billing = compute_billing(session, NOV)
    lines = {(line.funding_source, line.regency_code): line for line in billing.lines}
    assert lines[("APBD_PROV", "81.71")].workers == 4
    assert lines[("APBD_PROV", "81.71")].amounts == {"JKK": 3 * 10_000 + 25_000, "JKM": 4 * 6_800}
    assert lines[("APBD_KAB", "81.72")].total == 2 * 16_800
    assert lines[("APBD_KAB", "81.72")].regency_name.upper().endswith("TUAL")


def test_a_new_rate_applies_from_its_month_only(hub):
    """A JKM rate of Rp7.500 from 1 December 2026 (a rate row, not code): November keeps 6.800."""
    add_people(hub, 10)
    add_people(hub, 2, start=50, income=3_000_000)
    with hub.db.write() as session:
        session.add(ContributionRate(programme="JKM", valid_from=dt.date(2026, 12, 1), fixed_amount=7_500))
        session.add(ContributionRate(programme="JKK", valid_from=dt.date(2026, 12, 1), percent_bp=50,
                                     min_amount=12_000, note="hypothetical"))
    with hub.db.session() as session:
        november = compute_billing(session, NOV)
        december = compute_billing(session, dt.date(2026, 12, 15))
    # by hand: November 10 × (10.000 + 6.800) + 2 × (30.000 + 6.800) = 168.000 + 73.600
    assert november.total == 241_600
    # December: JKK max(0,5 % × income, 12.000): 12.000 (1 million), 15.000 (3 million); JKM 7.500
    assert december.programme_total("JKK") == 10 * 12_000 + 2 * 15_000
    assert december.programme_total("JKM") == 12 * 7_500
    assert december.total == 150_000 + 90_000


def test_a_rate_missing_for_the_month_is_an_error(hub):
    add_people(hub, 1)
    with hub.db.write() as session:
        session.execute(text("DELETE FROM contribution_rate WHERE programme = 'JKM'"))
    with hub.db.session() as session, pytest.raises(HubError) as caught:
        compute_billing(session, NOV)
    assert "JKM" in caught.value.message()


def test_month_parsing():
    assert parse_month("2026-02") == dt.date(2026, 2, 1)
    for bad in ("2026-13", "2026/02", "202602", "", "2026-2"):
        with pytest.raises(HubError):
            parse_month(bad)


def test_pdf_is_written(hub, tmp_path):
    add_people(hub, 5)
    with hub.db.session() as session:
        billing = compute_billing(session, NOV)
    out = tmp_path / "bill.pdf"
    write_billing_pdf(billing, out, office_name="Disnakertrans Provinsi Maluku", prepared_by="Petugas")
    assert out.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def _cli(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "pekerja_desktop", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True)


def test_cli_report_billing(hub, tmp_path):
    add_people(hub, 3)
    root = tmp_path / "hub"
    hub.close()
    out = tmp_path / "rekap.xlsx"
    done = _cli("report", "billing", "--month", "2026-11", "--out", str(out), data_dir=root)
    assert done.returncode == 0, done.stderr
    assert "Rp50.400" in done.stdout
    pdf = _cli("report", "billing", "--month", "2026-11", "--out", str(tmp_path / "rekap.pdf"), data_dir=root)
    assert pdf.returncode == 0 and (tmp_path / "rekap.pdf").read_bytes().startswith(b"%PDF")
    bad = _cli("report", "billing", "--month", "2026-13", "--out", str(out), data_dir=root)
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1


def test_cli_refuses_a_bad_suffix_and_a_field_office(hub, tmp_path, data_dir):
    hub.close()
    bad = _cli("report", "billing", "--month", "2026-11", "--out", str(tmp_path / "x.doc"), data_dir=tmp_path / "hub")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    field = _cli("report", "billing", "--month", "2026-11", "--out", str(tmp_path / "x.pdf"), data_dir=data_dir)
    assert field.returncode == 1 and not (tmp_path / "x.pdf").exists()


def test_the_signer_is_set_once_and_printed_on_every_bill(hub, tmp_path):
    import pdfplumber

    add_people(hub, 2)
    root = tmp_path / "hub"
    shown = _cli("billing-signer", data_dir=root)
    assert shown.returncode == 0 and "Kepala Dinas" in shown.stdout
    bad = _cli("billing-signer", "--nip", "1234", data_dir=root)
    assert bad.returncode == 1 and "18 angka" in bad.stderr
    set_ = _cli("billing-signer", "--title", "Kepala Dinas Tenaga Kerja dan Transmigrasi", "--name",
                "Dr. Yohanis Pattinama, M.Si", "--nip", "1970 0101 199503 1 001", data_dir=root)
    assert set_.returncode == 0, set_.stderr
    out = tmp_path / "rekap.pdf"
    done = _cli("report", "billing", "--month", "2026-11", "--out", str(out), data_dir=root)
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(out) as pdf:
        content = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Dr. Yohanis Pattinama, M.Si" in content and "NIP. 197001011995031001" in content
    assert "Kepala Dinas Tenaga Kerja dan Transmigrasi" in content
    assert content.count("Disnakertrans Provinsi Maluku") == 1  # the title, not the office name again
    xlsx = tmp_path / "rekap.xlsx"
    assert _cli("report", "billing", "--month", "2026-11", "--out", str(xlsx), data_dir=root).returncode == 0
    cells = [str(c.value) for row in load_workbook(xlsx).active.iter_rows() for c in row if c.value]
    assert "Dr. Yohanis Pattinama, M.Si" in cells and "NIP. 197001011995031001" in cells
