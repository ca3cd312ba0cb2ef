"""The person data export (access request): everything held about one person in a PDF — identity, heirs,
enrolment, consent, card prints, sync status, change history, audit events — in Indonesian or English;
audited; a supervisor's task."""

from __future__ import annotations

import datetime as dt
import json

import pdfplumber
import pytest
from sqlalchemy import select

from pekerja_desktop.__main__ import main
from pekerja_desktop.domain.participant import HeirData
from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.cards.render import render_cards
from pekerja_desktop.services.enrolment.enrol import update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.privacy.errors import PrivacyError
from pekerja_desktop.services.privacy.person_export import export_person
from pekerja_desktop.services.privacy.reveal import reveal_nik
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.account_models import AuditEvent
from tests.conftest import ADMIN
from tests.support import sites as sync_fixtures
from tests.support.sites import enrol_many, nik_for

sites = sync_fixtures.sites  # a hub and two offices trusting each other
HEIRS = [HeirData("Yohanis Latuconsina", "SUAMI", dt.date(1980, 1, 2), "081298765432", "8171010201800003")]
CLERK = ("budi", "sandi-budi-1")


@pytest.fixture
def person(sites, tmp_path):
    """One Ambon record: sent and accepted by the hub, its card printed, its address changed, its NIK revealed."""
    hub, ambon, _ = sites
    (number,) = enrol_many(ambon, [7], heirs=HEIRS)
    (bundle,) = export_bundles(ambon.ctx, tmp_path / "usb")
    import_bundle(ambon.ctx, import_bundle(hub.ctx, bundle.path).ack_path)
    with ambon.ctx.db.session() as session:
        participant = find_participant(session, number)
        data = to_data(participant, heirs_of(session, participant.id))
    render_cards(ambon.ctx, [participant.id], tmp_path / "cards.pdf")
    data.address = "Jl. Pattimura No. 12"
    update_participant(ambon.ctx, number, data, expected_version=None, final=True,
                       confirmed={"nik.region_outside", "nik.region_unknown"})
    reveal_nik(ambon.ctx, number)
    return {"number": number, "nik": participant.nik, "name": participant.full_name, "bundle": bundle.path.name}


def _text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() for page in pdf.pages)


def test_the_pdf_holds_everything_about_the_person(sites, person, tmp_path):
    _, ambon, _ = sites
    out = tmp_path / "orang.pdf"
    result = export_person(ambon.ctx, person["number"], out, requested_on=dt.date(2026, 11, 20))
    text = _text(out)
    assert result.pages >= 2 and f"Halaman 1 dari {result.pages}" in text
    for expected in (person["nik"], person["name"], person["number"], "Disnaker Kota Ambon",
                     "Tanggal permintaan: 20/11/2026", "Admin Uji (admin)",  # who asked, who produced it
                     "YOHANIS LATUCONSINA", "8171010201800003", "Suami",  # the heir
                     "Jl. Pattimura No. 12", "Jl. Sultan Hairun No. 5",  # the address now and before
                     "Wainitu", "Rp1.000.000", "Disetujui pada",  # village, income, consent
                     person["bundle"], "Keputusan hub: diterima",  # sent and acknowledged
                     "sheet", "participant.edit", "nik.reveal"):  # card print, audit events
        assert expected in text, expected
    with ambon.ctx.db.session() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "person.export"))
    assert event.subject == person["number"] and event.actor == ADMIN.username
    assert json.loads(event.detail) == {"out": "orang.pdf", "pages": result.pages, "requested_on": "2026-11-20"}


def test_found_by_nik_and_written_in_english(sites, person, tmp_path):
    _, ambon, _ = sites
    out = tmp_path / "person.pdf"
    export_person(ambon.ctx, person["nik"], out, language="en")
    text = _text(out)
    assert "PERSONAL DATA HELD" in text and "Page 1 of" in text and person["number"] in text
    assert "Hub's verdict: accepted" in text and "Heirs" in text


def test_the_cli_writes_the_pdf_and_a_petugas_is_refused(sites, person, tmp_path, capsys, monkeypatch):
    _, ambon, _ = sites
    create_account(ambon.ctx, NewAccount(*CLERK, "petugas"))
    ambon.ctx.close()  # the command opens the database itself
    out = tmp_path / "orang.pdf"
    assert main(["--data-dir", str(ambon.root), "person-export", person["number"], "--out", str(out),
                 "--requested-on", "20/11/2026"]) == 0
    assert person["number"] in capsys.readouterr().out and out.exists()
    monkeypatch.setenv("PEKERJA_USER", CLERK[0])
    monkeypatch.setenv("PEKERJA_PASSWORD", CLERK[1])
    refused = tmp_path / "petugas.pdf"
    assert main(["--data-dir", str(ambon.root), "person-export", person["number"], "--out", str(refused)]) == 1
    assert "Akses ditolak" in capsys.readouterr().err and not refused.exists()
    ambon.reopen()


def test_a_petugas_is_refused_by_the_service(sites, person, tmp_path):
    _, ambon, _ = sites
    create_account(ambon.ctx, NewAccount(*CLERK, "petugas"))
    ambon.ctx.close()
    with open_context(ambon.root, *CLERK) as clerk, pytest.raises(AccessError):
        export_person(clerk, person["number"], tmp_path / "x.pdf")
    ambon.reopen()


def test_only_pdf_is_written(sites, person, tmp_path):
    _, ambon, _ = sites
    with pytest.raises(PrivacyError):
        export_person(ambon.ctx, person["number"], tmp_path / "orang.csv")
    assert not (tmp_path / "orang.csv").exists()


def test_a_nik_held_by_two_records_at_the_hub_asks_for_the_registration_number(sites, tmp_path):
    hub, ambon, tual = sites
    numbers = enrol_many(ambon, [5]) + enrol_many(tual, [5])  # the same person enrolled at two offices
    for office in (ambon, tual):
        (bundle,) = export_bundles(office.ctx, tmp_path / "usb")
        import_bundle(hub.ctx, bundle.path)
    with pytest.raises(PrivacyError) as refused:
        export_person(hub.ctx, nik_for(5), tmp_path / "orang.pdf")
    assert all(number in refused.value.message() for number in numbers)
    assert not (tmp_path / "orang.pdf").exists()
    export_person(hub.ctx, numbers[1], tmp_path / "orang.pdf")  # by its number, at the hub too
    assert "Di hub: ganda" in _text(tmp_path / "orang.pdf")
