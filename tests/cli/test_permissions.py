"""The permission matrix, CLI half: every role × every gated command. A command a role may not use fails
with one 'Akses ditolak' line and changes nothing; one it may use gets past the check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.setup.office import setup_office
from tests.conftest import ADMIN, LOGIN, OFFICE, make_participant
from tests.support.sites import HUB

ROLES = ("petugas", "supervisor", "admin")
RANK = {role: index for index, role in enumerate(ROLES)}
PASSWORDS = {"petugas": "sandi-petugas-1", "supervisor": "sandi-supervisor-1", "admin": ADMIN.password}
USERS = {"petugas": "budi", "supervisor": "sari", "admin": ADMIN.username}
DENIED = "Akses ditolak"
FIELD_SITE = "field"


def _accounts(root: Path) -> None:
    with open_context(root, *LOGIN) as ctx:
        for role in ("petugas", "supervisor"):
            create_account(ctx, NewAccount(USERS[role], PASSWORDS[role], role))


@pytest.fixture(scope="module")
def offices(tmp_path_factory):
    """A field office and a hub, each with a petugas, a supervisor and the admin; the field office holds
    one record enrolled by the admin (someone else's record for the petugas)."""
    base = tmp_path_factory.mktemp("matrix")
    field, hub = base / "field", base / "hub"
    setup_office(field, OFFICE, ADMIN)
    setup_office(hub, HUB, ADMIN)
    for root in (field, hub):
        _accounts(root)
    with open_context(field, *LOGIN) as ctx:
        number = enrol(ctx, make_participant(), final=True).registration_number
    return {"field": field, "hub": hub, "number": number, "base": base}


def _person(tmp: Path, nik: str) -> Path:
    record = {"nik": nik, "full_name": "Ona Tuanakotta", "birth_place": "Ambon", "birth_date": "05/08/1985",
              "sex": "P", "address": "Jl. A", "village_code": "81.71.01.1007", "occupation": "PDP",
              "funding_source": "APBD_PROV", "coverage_start": "2026-11-01", "consent_given": True,
              "heirs": [{"full_name": "Yohanis", "relationship": "SUAMI"}]}
    path = tmp / f"{nik}.json"
    path.write_text(json.dumps(record))
    return path


# (name, site, minimal role, arguments). "{tmp}", "{number}" and "{json}" are filled per run.
MATRIX = [
    ("list", "field", "petugas", ["list"]),
    ("enrol", "field", "petugas", ["enrol", "--json", "{json}"]),
    ("confirm warnings", "field", "supervisor", ["enrol", "--json", "{json}", "--confirm", "nik.sex_mismatch"]),
    ("confirm a missing heir", "field", "petugas", ["enrol", "--json", "{json}", "--confirm", "heir.missing"]),
    ("edit someone else's record", "field", "supervisor", ["edit", "{number}", "--json", "{json}"]),
    ("print cards", "field", "petugas", ["cards", "--out", "{tmp}/cards.pdf", "--all", "--no-record"]),
    ("print a receipt", "field", "petugas", ["receipt", "{number}", "--out", "{tmp}/receipt.pdf"]),
    ("queue a reprint", "field", "supervisor", ["cards", "--reprint", "{number}", "--reason", "lost"]),
    ("export", "field", "supervisor", ["export", "--to", "{tmp}/usb"]),
    ("import", "field", "supervisor", ["import", "{tmp}/absent.zip"]),
    ("intake", "field", "supervisor", ["intake", "tests/fixtures/intake/daftar_desa_ambon.xlsx",
                                       "--report", "{tmp}/report.csv"]),
    ("edit occupations", "field", "admin", ["occupations", "--set", "PLT", "Pelaut", "Sailor"]),
    ("card settings", "field", "admin", ["card-settings", "--office-address", "Jl. Baru 1"]),
    ("warnings a petugas may confirm", "field", "admin", ["warnings", "--petugas", "heir.missing"]),
    ("demo data", "field", "admin", ["demo", "--count", "1"]),
    ("list accounts", "field", "admin", ["account", "list"]),
    ("trust a hub", "field", "admin", ["trust-hub", "{tmp}/absent-hub.json"]),
    ("billing", "hub", "supervisor", ["report", "billing", "--month", "2026-11", "--out", "{tmp}/bill.pdf"]),
    ("BPJS upload file", "hub", "supervisor", ["bpjs-export", "--out", "{tmp}/bpjs.xlsx"]),
    ("KPJ return", "hub", "supervisor", ["kpj-import", "{tmp}/absent.csv"]),
    ("end a participation", "field", "supervisor", ["end", "{number}", "--reason", "withdrew", "--date",
                                                    "2026-11-30"]),
    ("reactivate a participation", "field", "supervisor", ["reactivate", "{number}", "--reason", "keliru"]),
    ("transfer a participant", "hub", "supervisor", ["transfer", "{number}", "--to", "8172A"]),
    ("print the renewal list", "field", "supervisor", ["renewal", "--year", "2027", "--out", "{tmp}/renewal.pdf"]),
    ("record a claim", "field", "supervisor", ["claim", "{number}", "--kind", "jkk", "--submitted", "2026-11-15"]),
    ("claim settings", "field", "admin", ["claim-settings", "--bpjs-office", "Kantor Cabang Ambon"]),
    ("close a month", "hub", "supervisor", ["report", "billing", "--month", "2026-11", "--close", "--out",
                                            "{tmp}/tagihan.pdf"]),
    ("BPJS change file", "hub", "supervisor", ["bpjs-changes", "--month", "2026-11", "--out", "{tmp}/ubah.xlsx"]),
    ("reconcile a bill", "hub", "supervisor", ["billing-reconcile", "--month", "2026-11", "{tmp}/absent.xlsx",
                                               "--out", "{tmp}/rekonsiliasi.pdf"]),
    ("see the budget", "hub", "supervisor", ["budget", "--year", "2026"]),
    ("budget report", "hub", "supervisor", ["report", "budget", "--year", "2026", "--out", "{tmp}/anggaran.pdf"]),
    ("set a budget ceiling", "hub", "admin", ["budget", "--year", "2026", "--ceiling", "APBD_PROV", "1000"]),
    ("set a BPJS segment", "hub", "admin", ["bpjs-segments", "--set", "CSR", "SB"]),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "site", "minimal", "arguments"), MATRIX, ids=[row[0] for row in MATRIX])
def test_role_may_or_may_not(offices, role, name, site, minimal, arguments, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PEKERJA_USER", USERS[role])
    monkeypatch.setenv("PEKERJA_PASSWORD", PASSWORDS[role])
    nik = f"81710145088{RANK[role]}{abs(hash(name)) % 10000:04d}"
    values = {"tmp": str(tmp_path), "number": offices["number"], "json": str(_person(tmp_path, nik))}
    argv = ["--data-dir", str(offices[site]), *[a.format(**values) for a in arguments]]
    code = main(argv)
    err = capsys.readouterr().err
    if RANK[role] >= RANK[minimal]:
        assert DENIED not in err, f"{role} should be allowed to {name}: {err}"
    else:
        assert code != 0 and DENIED in err and len(err.strip().splitlines()) == 1, f"{role} must not {name}"


def test_a_petugas_edits_own_records_until_they_are_exported(offices, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PEKERJA_USER", USERS["petugas"])
    monkeypatch.setenv("PEKERJA_PASSWORD", PASSWORDS["petugas"])
    field = str(offices["field"])
    assert main(["--data-dir", field, "enrol", "--json", str(_person(tmp_path, "8171014508850777"))]) == 0
    number = json.loads(capsys.readouterr().out)["registration_number"]
    edited = _person(tmp_path, "8171014508850777")
    edited.write_text(edited.read_text().replace("Jl. A", "Jl. B"))
    assert main(["--data-dir", field, "edit", number, "--json", str(edited)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    with open_context(offices["field"], *LOGIN) as ctx:
        from pekerja_desktop.services.enrolment.participants import find_participant
        from pekerja_desktop.services.sync.export import _mark_sent

        with ctx.db.write() as session:
            _mark_sent(session, [("participant", find_participant(session, number).uuid, 2)], 1)
    edited.write_text(edited.read_text().replace("Jl. B", "Jl. C"))
    assert main(["--data-dir", field, "edit", number, "--json", str(edited)]) == 1
    assert "hanya boleh mengubah data yang ia daftarkan sendiri" in capsys.readouterr().err
