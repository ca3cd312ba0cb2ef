"""Help for heirs: claims recorded then paid, bad claims refused with nothing changed, the claim checklist PDF
(benefits from the settings, the scholarship's condition from the coverage history), and claims travelling to the
hub for `report benefits` (on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import select

from pekerja_desktop.domain.i18n import set_language
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.participants import find_participant, history_of
from pekerja_desktop.services.lifecycle.benefits import benefits_of_year, write_benefits_report
from pekerja_desktop.services.lifecycle.claim_letter import write_claim_letter
from pekerja_desktop.services.lifecycle.claim_settings import load_claim_settings, save_claim_settings
from pekerja_desktop.services.lifecycle.claims import load_claims, record_claim
from pekerja_desktop.services.lifecycle.end import end_participation
from pekerja_desktop.services.lifecycle.errors import LifecycleError
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.hub.reference_bundle import reference_data_lines
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.lifecycle_models import BenefitClaim
from tests.support.sites import enrol_many

TODAY = dt.date(2027, 4, 30)
DIED = dt.date(2027, 3, 14)


def _text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def deceased(ctx, participant_factory):
    number = enrol(ctx, participant_factory(), final=True).registration_number  # coverage from 01/11/2026
    end_participation(ctx, number, "died", DIED, "akta kematian 12/2027", today=dt.date(2027, 3, 20))
    return number


def _version(ctx, number) -> int:
    with ctx.db.session() as session:
        return find_participant(session, number).version


def test_a_jkm_claim_is_recorded_then_its_payment(ctx, deceased):
    first = record_claim(ctx, deceased, "jkm", dt.date(2027, 3, 20), today=TODAY)
    assert first.new and first.version == 3
    paid = record_claim(ctx, deceased, "jkm", dt.date(2027, 3, 20), paid=dt.date(2027, 4, 10), amount=42_000_000,
                        today=TODAY)
    assert not paid.new and paid.version == 4
    (claim,) = load_claims(ctx, deceased)
    assert (claim.kind, claim.paid_on, claim.amount) == ("jkm", dt.date(2027, 4, 10), 42_000_000)
    with ctx.db.session() as session:
        history = [h for h in history_of(session, find_participant(session, deceased).id) if h.field == "claim"]
    assert [h.new_value for h in history] == ["JKM 20/03/2027", "JKM 20/03/2027 → 10/04/2027 Rp42.000.000"]


@pytest.mark.parametrize("kind,submitted,extra,code", [
    ("jkm", dt.date(2027, 3, 10), {}, "claim.before_death"),
    ("jkm", dt.date(2027, 5, 2), {}, "claim.future"),
    ("jkm", dt.date(2027, 3, 20), {"paid": dt.date(2027, 4, 1)}, "claim.paid_pair"),
    ("jkm", dt.date(2027, 3, 20), {"paid": dt.date(2027, 3, 19), "amount": 1}, "claim.paid_before"),
    ("jkm", dt.date(2027, 3, 20), {"paid": dt.date(2027, 4, 1), "amount": 0}, "claim.bad_amount"),
    ("jkk", dt.date(2026, 10, 1), {}, "claim.before_start"),
    ("santunan", dt.date(2027, 3, 20), {}, "claim.bad_kind"),
])
def test_bad_claims_are_refused_and_change_nothing(ctx, deceased, kind, submitted, extra, code):
    with pytest.raises(LifecycleError) as caught:
        record_claim(ctx, deceased, kind, submitted, today=TODAY, **extra)
    assert caught.value.code == code
    assert load_claims(ctx, deceased) == [] and _version(ctx, deceased) == 2


def test_jkm_needs_a_death_and_jkk_claims_are_one_per_accident(ctx, participant_factory):
    number = enrol(ctx, participant_factory(), final=True).registration_number
    with pytest.raises(LifecycleError) as caught:
        record_claim(ctx, number, "jkm", dt.date(2027, 1, 5), today=TODAY)
    assert caught.value.code == "claim.not_died" and "--reason died" in caught.value.message()
    record_claim(ctx, number, "jkk", dt.date(2027, 1, 5), today=TODAY)
    record_claim(ctx, number, "jkk", dt.date(2027, 2, 9), paid=dt.date(2027, 3, 1), amount=3_500_000, today=TODAY)
    assert [(c.submitted_on, c.amount) for c in load_claims(ctx, number)] == [
        (dt.date(2027, 1, 5), None), (dt.date(2027, 2, 9), 3_500_000)]


def test_the_claim_checklist(ctx, deceased, tmp_path):
    save_claim_settings(ctx, bpjs_office="BPJS Ketenagakerjaan Kantor Cabang Ambon, Jl. Diponegoro No. 8")
    result = write_claim_letter(ctx, deceased, tmp_path / "klaim.pdf")
    assert result.pages == 1 and not result.scholarship_met
    text = _text(tmp_path / "klaim.pdf")
    for expected in ("DAFTAR PERIKSA KLAIM JAMINAN KEMATIAN", "MARIA LATUCONSINA", "YOHANIS LATUCONSINA",
                     "14/03/2027", "Rp20.000.000", "Rp12.000.000", "Rp42.000.000", "BELUM", "0 tahun 4 bulan",
                     "Kantor Cabang Ambon", "Akta kematian", "8171********0001"):
        assert expected in text, expected


def test_three_years_of_coverage_meet_the_scholarships_condition_in_english(ctx, participant_factory, tmp_path):
    number = enrol(ctx, participant_factory(coverage_start=dt.date(2023, 1, 1)), final=True).registration_number
    end_participation(ctx, number, "died", dt.date(2026, 11, 20), today=dt.date(2026, 12, 1))
    set_language("en")
    result = write_claim_letter(ctx, number, tmp_path / "claim.pdf", full_nik=True)
    assert result.scholarship_met
    text = _text(tmp_path / "claim.pdf")
    assert "IS MET" in text and "3 years 10 months" in text and "8171014508850001" in text
    assert "Rp42,000,000" in text


def test_no_checklist_without_a_death(ctx, participant_factory, tmp_path):
    number = enrol(ctx, participant_factory(), final=True).registration_number
    with pytest.raises(LifecycleError, match="not recorded as having died"):
        write_claim_letter(ctx, number, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_claim_settings(ctx):
    assert load_claim_settings(ctx.db.session().__enter__()).benefits.total == 42_000_000
    settings = save_claim_settings(ctx, benefits={"funeral": 12_000_000}, min_years=4,
                                   documents=["KTP ahli waris", "  Akta kematian  "])
    assert settings.benefits.total == 44_000_000 and settings.scholarship_min_years == 4
    assert settings.documents == ["KTP ahli waris", "Akta kematian"] and settings.documents_set


def test_the_bpjs_office_stays_at_its_office_the_amounts_travel(hub):
    save_claim_settings(hub, benefits={"lump_sum": 21_000_000}, bpjs_office="Kantor Cabang Ambon")
    with hub.db.session() as session:
        keys = {line["key"] for line in reference_data_lines(session, 1) if line["type"] == "setting"}
    assert "jkm_benefits" in keys and "claim_bpjs_office" not in keys


def test_claims_travel_to_the_hub_and_are_reported_per_regency(sites, tmp_path):
    hub, ambon, _tual = sites
    first, second = enrol_many(ambon, range(2))
    end_participation(ambon.ctx, first, "died", DIED, today=dt.date(2027, 3, 20))
    record_claim(ambon.ctx, first, "jkm", dt.date(2027, 3, 20), paid=dt.date(2027, 4, 10), amount=42_000_000,
                 today=TODAY)
    record_claim(ambon.ctx, second, "jkk", dt.date(2027, 2, 1), today=TODAY)
    (bundle,) = export_bundles(ambon.ctx, tmp_path / "usb")
    import_bundle(hub.ctx, bundle.path)
    with hub.ctx.db.session() as session:
        assert len(session.scalars(select(BenefitClaim)).all()) == 2
    benefits = benefits_of_year(hub.ctx, 2027)
    (ambon_city,) = benefits.regencies
    assert (ambon_city.name, ambon_city.kinds["jkm"].paid, ambon_city.amount) == ("Kota Ambon", 1, 42_000_000)
    assert ambon_city.kinds["jkk"].submitted == 1
    write_benefits_report(hub.ctx, 2027, tmp_path / "manfaat.xlsx")
    sheet = load_workbook(tmp_path / "manfaat.xlsx")["Per kabupaten-kota"]
    assert any(row[0] == "JUMLAH" and row[-1] == 42_000_000 for row in sheet.iter_rows(values_only=True))
    with pytest.raises(LifecycleError) as caught:
        record_claim(hub.ctx, second, "jkk", dt.date(2027, 3, 1), today=TODAY)
    assert caught.value.code == "claim.other_office"
