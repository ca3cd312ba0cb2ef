"""The breach list: exactly the persons a given bundle carried (not those of other bundles or offices), in CSV,
XLSX and PDF with the 3 × 24 hours duty, formulas neutralised, audited, refused to a petugas; bundles from before
membership was recorded say so."""

from __future__ import annotations

import csv
import json

import pdfplumber
import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, select, update

from pekerja_desktop.__main__ import main
from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.privacy.breach import breach_list
from pekerja_desktop.services.privacy.breach_output import write_breach_list
from pekerja_desktop.services.privacy.errors import PrivacyError
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.account_models import AuditEvent
from pekerja_desktop.store.models import Participant
from pekerja_desktop.store.sync_models import SyncBundleMember
from tests.conftest import ADMIN
from tests.support import sites as sync_fixtures
from tests.support.sites import enrol_many

sites = sync_fixtures.sites  # a hub and two offices trusting each other
CLERK = ("budi", "sandi-budi-1")
FORMULA_NAME = '=HYPERLINK("http://x.invalid","klik")'


def _people(ctx, numbers) -> dict[str, tuple[str, str]]:
    with ctx.db.session() as session:
        rows = session.execute(select(Participant.registration_number, Participant.full_name, Participant.nik)
                               .where(Participant.registration_number.in_(numbers))).all()
    return {number: (name, nik) for number, name, nik in rows}


@pytest.fixture
def bundles(sites, tmp_path):
    """Ambon's bundle 1 (three records, acknowledged), then bundle 2 (the two enrolled after the ack); Tual exports
    its own records meanwhile."""
    hub, ambon, tual = sites
    usb = tmp_path / "usb"
    first = enrol_many(ambon, range(3))
    (one,) = export_bundles(ambon.ctx, usb)
    import_bundle(ambon.ctx, import_bundle(hub.ctx, one.path).ack_path)
    second = enrol_many(ambon, range(3, 5), phone="+62 812 3456 7890")
    enrol_many(tual, range(100, 104))
    export_bundles(tual.ctx, usb)
    (two,) = export_bundles(ambon.ctx, usb)
    return {"first": first, "second": second, "paths": (one.path, two.path), "sequences": (one.sequence, two.sequence)}


def test_each_bundle_lists_exactly_its_own_persons(sites, bundles):
    _, ambon, _ = sites
    first, second = bundles["sequences"]
    listing = breach_list(ambon.ctx, str(first))
    assert listing.recorded and sorted(p.registration_number for p in listing.persons) == sorted(bundles["first"])
    listing = breach_list(ambon.ctx, str(second))
    assert sorted(p.registration_number for p in listing.persons) == sorted(bundles["second"])
    people = _people(ambon.ctx, bundles["second"])
    assert {(p.full_name, p.nik) for p in listing.persons} == set(people.values())
    person = listing.persons[0]
    assert person.village_name and person.phone == "081234567890" and person.heirs
    assert {"nik", "full_name", "birth_date", "address", "phone", "heirs", "history"} <= set(person.fields)


def test_a_bundle_is_found_by_file_name_and_by_path(sites, bundles):
    _, ambon, _ = sites
    path = bundles["paths"][1]
    assert breach_list(ambon.ctx, path.name).sequence == bundles["sequences"][1]
    assert breach_list(ambon.ctx, str(path)).sequence == bundles["sequences"][1]
    with pytest.raises(PrivacyError, match="99"):
        breach_list(ambon.ctx, "99")


def test_csv_has_the_duty_the_persons_and_no_live_formula(sites, bundles, tmp_path):
    _, ambon, _ = sites
    target = bundles["second"][0]
    with ambon.ctx.db.write() as session:  # a hostile value, as an imported list could have carried
        session.execute(update(Participant).where(Participant.registration_number == target)
                        .values(full_name=FORMULA_NAME))
    out = tmp_path / "daftar.csv"
    result = write_breach_list(ambon.ctx, str(bundles["sequences"][1]), out)
    assert result.persons == 2 and result.recorded
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    text = "\n".join(";".join(row) for row in rows)
    assert "3 × 24 jam" in text and "DAFTAR ORANG DALAM PAKET DATA" in text
    header = rows.index(["No.", "Nama", "NIK", "No. registrasi", "Desa/Kelurahan", "Telepon", "Ahli waris",
                         "Data dalam paket", "Catatan"])
    body = rows[header + 1:]
    assert sorted(row[3] for row in body) == sorted(bundles["second"])
    names = {row[3]: row[1] for row in body}
    assert names[target] == "'" + FORMULA_NAME
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    nik_of = _people(ambon.ctx, bundles["second"])
    assert {row[2] for row in body} == {nik for _, nik in nik_of.values()}  # in full, for the notice


def test_xlsx_keeps_niks_as_text_and_neutralises_formulas(sites, bundles, tmp_path):
    _, ambon, _ = sites
    target = bundles["second"][1]
    with ambon.ctx.db.write() as session:
        session.execute(update(Participant).where(Participant.registration_number == target)
                        .values(address="@SUM(A1:A9)", full_name=FORMULA_NAME))
    out = tmp_path / "daftar.xlsx"
    write_breach_list(ambon.ctx, bundles["paths"][1].name, out)
    sheet = load_workbook(out).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert all(not (isinstance(v, str) and v.startswith(("=", "+", "@"))) for row in values for v in row)
    assert any(row[1] == "'" + FORMULA_NAME for row in values)
    niks = {nik for _, nik in _people(ambon.ctx, bundles["second"]).values()}
    assert niks <= {row[2] for row in values if len(row) > 2}


def test_pdf_lists_the_persons_with_the_duty_and_is_audited(sites, bundles, tmp_path):
    _, ambon, _ = sites
    out = tmp_path / "daftar.pdf"
    write_breach_list(ambon.ctx, str(bundles["sequences"][0]), out)
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "3 × 24 jam" in text and "Halaman 1 dari 1" in text
    words = set(text.split())
    for number, (name, nik) in _people(ambon.ctx, bundles["first"]).items():
        assert {number, nik, *name.split()} <= words  # names may wrap inside their cell
    for number in bundles["second"]:
        assert number not in text
    with ambon.ctx.db.session() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "breach.list"))
    detail = json.loads(event.detail)
    assert detail["persons"] == 3 and detail["sequence"] == bundles["sequences"][0] and event.actor == ADMIN.username


def test_a_bundle_from_before_membership_was_recorded_says_so(sites, bundles, tmp_path, capsys):
    _, ambon, _ = sites
    with ambon.ctx.db.write() as session:
        session.execute(delete(SyncBundleMember).where(SyncBundleMember.bundle_sequence == bundles["sequences"][0]))
    listing = breach_list(ambon.ctx, str(bundles["sequences"][0]))
    assert not listing.recorded and listing.persons == [] and listing.participants_in_bundle == 3
    ambon.ctx.close()  # the command opens the database itself
    out = tmp_path / "lama.csv"
    assert main(["--data-dir", str(ambon.root), "--lang", "en", "breach-list", str(bundles["sequences"][0]),
                 "--out", str(out)]) == 0
    assert "Membership not recorded for bundles before version 0.2; use the hub's ack" in capsys.readouterr().out
    assert "Membership not recorded for bundles before version 0.2" in out.read_text(encoding="utf-8-sig")
    ambon.reopen()


def test_a_petugas_may_not_list_and_nothing_is_written(sites, bundles, tmp_path):
    _, ambon, _ = sites
    create_account(ambon.ctx, NewAccount(*CLERK, "petugas"))
    ambon.ctx.close()
    out = tmp_path / "daftar.csv"
    with open_context(ambon.root, *CLERK) as clerk, pytest.raises(AccessError):
        write_breach_list(clerk, "1", out)
    assert not out.exists()
    ambon.reopen()


def test_an_unsupported_output_type_is_refused_before_any_work(sites, bundles, tmp_path):
    _, ambon, _ = sites
    with pytest.raises(PrivacyError, match=r"\.csv, \.xlsx, \.pdf"):
        write_breach_list(ambon.ctx, "1", tmp_path / "daftar.txt")
    with ambon.ctx.db.session() as session:
        assert session.scalar(select(AuditEvent).where(AuditEvent.action == "breach.list")) is None
