"""The budget year: ceilings per funding source and tranche, realisation from closed bills, a projection with
today's active participants, the warning past the ceiling, and the report for the Pemda — by hand at Rp16.800."""

from __future__ import annotations

import datetime as dt
import json

import pdfplumber
import pytest
from openpyxl import load_workbook

from pekerja_desktop.__main__ import main
from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.budget.ceilings import save_ceiling
from pekerja_desktop.services.budget.errors import BudgetError
from pekerja_desktop.services.budget.output import write_budget_report
from pekerja_desktop.services.budget.year import budget_year
from tests.support.billing import close, end_participation
from tests.support.hub import add_people

MONTH = 16_800
TODAY = dt.date(2026, 4, 15)


@pytest.fixture
def spring(hub, tmp_path):
    """Ten provincially funded participants from January, three months closed; five regency-funded from July."""
    provincial = add_people(hub, 10)
    add_people(hub, 5, start=100, funding_source="APBD_KAB", coverage_start=dt.date(2026, 7, 1))
    for month in ("2026-01", "2026-02", "2026-03"):
        close(hub, month, tmp_path)
    save_ceiling(hub, 2026, "APBD_PROV", "murni", 1_500_000)
    save_ceiling(hub, 2026, "apbd_prov", "perubahan", 500_000)
    return provincial


def _source(year, code):
    return next(source for source in year.sources if source.code == code)


def test_realisation_projection_and_the_ceiling_by_hand(hub, spring):
    year = budget_year(hub, 2026, today=TODAY)
    provincial, regency = _source(year, "APBD_PROV"), _source(year, "APBD_KAB")
    assert (provincial.ceiling, provincial.realised, provincial.closed_months) == (2_000_000, 3 * 10 * MONTH, 3)
    assert provincial.projected == 12 * 10 * MONTH == 2_016_000  # 9 open months with today's 10
    assert provincial.over and provincial.remaining == -16_000 and year.over == [provincial]
    assert regency.projected == 6 * 5 * MONTH and not regency.over and regency.ceiling == 0  # from July
    assert year.active_today == 10
    assert [m.amount for m in provincial.months][:4] == [10 * MONTH] * 4 and provincial.months[3].closed_at is None


def test_a_known_end_and_a_correction_move_the_year(hub, spring, tmp_path):
    end_participation(hub, spring[0], dt.date(2026, 6, 30), reason="age-limit")  # ahead of time
    end_participation(hub, spring[1], dt.date(2026, 2, 28))  # back-dated: March is refunded on April's bill
    close(hub, "2026-04", tmp_path)
    provincial = _source(budget_year(hub, 2026, today=TODAY), "APBD_PROV")
    april = provincial.months[3]
    assert april.closed_at is not None and april.amount == 9 * MONTH - MONTH
    # by hand: January–March 30 months, April 9 − 1 refund, May–June 9 × 2, July–December 8 × 6
    assert provincial.projected == (30 + 8 + 18 + 48) * MONTH
    assert not provincial.over


def test_the_report_for_the_pemda(hub, spring, tmp_path):
    write_budget_report(hub, 2026, tmp_path / "anggaran.pdf", today=TODAY)
    with pdfplumber.open(tmp_path / "anggaran.pdf") as pdf:
        content = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Tahun anggaran 2026" in content and "MELEBIHI PAGU" in content and "Rp2.016.000" in content
    assert "ditutup" in content and "proyeksi" in content and "Mengetahui" in content
    write_budget_report(hub, 2026, tmp_path / "anggaran.xlsx", today=TODAY)
    sheet = load_workbook(tmp_path / "anggaran.xlsx")["Per bulan"]
    months = [row for row in sheet.iter_rows(values_only=True) if row and row[0] in ("Januari 2026", "Juli 2026")]
    assert months[0][2:] == (10 * MONTH, 0, 10 * MONTH) and months[1][2:] == (10 * MONTH, 5 * MONTH, 15 * MONTH)


def test_ceilings_are_an_admins_and_bad_input_is_refused(hub, tmp_path):
    create_account(hub, NewAccount("sari", "sandi-supervisor-1", "supervisor"))
    with open_context(tmp_path / "hub", "sari", "sandi-supervisor-1") as supervisor:
        budget_year(supervisor, 2026, today=TODAY)
        with pytest.raises(AccessError):
            save_ceiling(supervisor, 2026, "APBD_PROV", "murni", 1)
    for args, code in (((2026, "DANA_X", "murni", 1), "budget.unknown_source"),
                       ((2026, "APBD_PROV", "tambahan", 1), "budget.bad_tranche"),
                       ((1999, "APBD_PROV", "murni", 1), "budget.bad_year")):
        with pytest.raises(BudgetError) as refused:
            save_ceiling(hub, *args)
        assert refused.value.code == code
    assert all(source.ceiling == 0 for source in budget_year(hub, 2026, today=TODAY).sources)


def test_the_budget_command(hub, spring, tmp_path, capsys):
    hub.close()
    root = str(tmp_path / "hub")
    assert main(["--data-dir", root, "budget", "--year", "2026", "--ceiling", "APBD_KAB", "Rp1.000.000",
                 "--tranche", "perubahan", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    regency = next(s for s in shown["sources"] if s["funding_source"] == "APBD_KAB")
    assert regency["ceiling_perubahan"] == 1_000_000 and len(regency["months"]) == 12
    assert main(["--data-dir", root, "budget", "--year", "2026"]) == 0
    assert "APBD Provinsi (APBD_PROV): pagu Rp2.000.000" in capsys.readouterr().out
    for argv, code in ((["--year", "26"], 2), (["--year", "2026", "--ceiling", "APBD_PROV", "banyak"], 1),
                       (["--year", "2026", "--ceiling", "APBD_PROV", "-5"], 1)):
        try:
            returned = main(["--data-dir", root, "budget", *argv])
        except SystemExit as exc:
            returned = exc.code
        err = capsys.readouterr().err
        assert returned == code and len(err.strip().splitlines()) == 1, err
    assert main(["--data-dir", root, "report", "budget", "--year", "2026", "--out", str(tmp_path / "a.xlsx")]) == 0
    assert "melebihi pagu: APBD Provinsi" in capsys.readouterr().out
