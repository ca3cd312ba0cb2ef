"""Lists of people already covered (#12 item 5) at the hub: a CSV/XLSX of NIKs read through the village lists'
readers flags every participant on it — one who arrives later too —, the flagged are held out of the BPJS upload
file with a report until a supervisor releases them, a petugas may not add a list, a bad file stores nothing, and
the lists travel to the offices as keyed hashes only, where enrolling someone on them needs the warning
`covered.elsewhere` confirmed."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from pekerja_desktop.__main__ import main
from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.dashboard.figures import load_dashboard
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.errors import EnrolmentError
from pekerja_desktop.services.hub.bpjs_export import export_bpjs
from pekerja_desktop.services.intake.preview import preview_intake
from pekerja_desktop.services.matching.covered_lists import (
    add_covered_list,
    covered_lists,
    decide_covered,
    flagged_people,
    remove_covered_list,
)
from pekerja_desktop.services.matching.errors import MatchingError
from pekerja_desktop.services.matching.lookup import CoveredMatch, covered_lists_of
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.matching_models import CoveredEntry, CoveredList
from tests.conftest import make_participant
from tests.support.hub import add_people
from tests.support.sites import nik_for


def _csv(path, *lines: str):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _uploaded_niks(path) -> list[str]:
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    return [row[rows[0].index("NIK")] for row in rows[1:]]


def test_a_list_flags_its_participants_and_holds_them_out_of_the_bpjs_file(hub, tmp_path):
    add_people(hub, 4, kpj=False, accepted=True)
    listing = _csv(tmp_path / "bpjs_aktif.csv", "No;NIK;Nama;Tgl Lahir", f"1;{nik_for(1)};Ona;05/08/1985",
                   f"2;{nik_for(3)};Rudi;", "3;12345;Salah;", f"4;{nik_for(900)};Orang lain;")
    added = add_covered_list(hub, listing, "BPJS aktif Maluku 11/2026", "bpjs")
    assert (added.entries, added.flagged, added.skipped_rows) == (3, 2, [4])
    (summary,) = covered_lists(hub)
    assert (summary.name, summary.kind, summary.entries, summary.flagged, summary.held) == \
        ("BPJS aktif Maluku 11/2026", "bpjs", 3, 2, 2)
    assert load_dashboard(hub).covered_held == 2

    result = export_bpjs(hub, tmp_path / "unggah.xlsx")
    assert result.rows == 2 and sorted(_uploaded_niks(tmp_path / "unggah.xlsx")) == [nik_for(0), nik_for(2)]
    assert [held.lists for held in result.held] == [("BPJS aktif Maluku 11/2026",)] * 2

    first = result.held[0].registration_number
    assert decide_covered(hub, first, "released", "KPJ lama sudah nonaktif") == ["BPJS aktif Maluku 11/2026"]
    again = export_bpjs(hub, tmp_path / "unggah2.xlsx")
    assert again.rows == 1 and [h.registration_number for h in again.held] == [result.held[1].registration_number]
    assert {p.registration_number: p.decision for p in flagged_people(hub)}[first] == "released"
    assert load_dashboard(hub).covered_held == 1


def test_a_participant_arriving_after_the_list_is_flagged_too(hub, tmp_path):
    add_covered_list(hub, _csv(tmp_path / "dtsen.csv", "NIK", nik_for(7)), "DTSEN 2026", "dtsen")
    add_people(hub, 1, start=7, kpj=False, accepted=True)
    assert [p.list_name for p in flagged_people(hub, "DTSEN 2026")] == ["DTSEN 2026"]
    assert export_bpjs(hub, tmp_path / "unggah.xlsx").rows == 0


def test_an_xlsx_list_is_read_as_well(hub, tmp_path):
    add_people(hub, 2, kpj=False, accepted=True)
    book = Workbook()
    book.active.append(["DAFTAR PESERTA AKTIF BPJS KETENAGAKERJAAN"])
    book.active.append(["NIK", "NAMA LENGKAP", "TANGGAL LAHIR"])
    book.active.append([nik_for(1), "ONA", "05/08/1985"])
    book.save(tmp_path / "aktif.xlsx")
    assert add_covered_list(hub, tmp_path / "aktif.xlsx", "Aktif XLSX").flagged == 1


def test_removing_a_list_releases_nobody_by_mistake_and_stores_nothing_of_it(hub, tmp_path):
    add_people(hub, 1, kpj=False, accepted=True)
    add_covered_list(hub, _csv(tmp_path / "a.csv", "NIK", nik_for(0)), "Daftar A")
    assert remove_covered_list(hub, "Daftar A") == 1
    with hub.db.session() as session:
        assert session.scalar(select(func.count()).select_from(CoveredEntry)) == 0
    assert export_bpjs(hub, tmp_path / "unggah.xlsx").rows == 1


@pytest.mark.parametrize(("content", "name", "kind", "code"), [
    ("NIK\n12345\n", "Daftar", "bpjs", "covered.no_nik"),
    ("NIK\n8171014508850001\n", "", "bpjs", "covered.name_required"),
    ("NIK\n8171014508850001\n", "Daftar\u202e", "bpjs", "covered.name_required"),
    ("NIK\n8171014508850001\n", "Daftar", "asuransi", "covered.kind"),
])
def test_a_bad_list_stores_nothing(hub, tmp_path, content, name, kind, code):
    path = tmp_path / "daftar.csv"
    path.write_text(content)
    with pytest.raises(MatchingError) as caught:
        add_covered_list(hub, path, name, kind)
    assert caught.value.code == code
    with hub.db.session() as session:
        assert session.scalar(select(func.count()).select_from(CoveredList)) == 0


def test_a_name_taken_and_a_participant_on_no_list_are_refused(hub, tmp_path):
    numbers = add_people(hub, 2, kpj=False, accepted=True)
    add_covered_list(hub, _csv(tmp_path / "a.csv", "NIK", nik_for(0)), "Daftar A")
    with pytest.raises(MatchingError, match="Daftar A"):
        add_covered_list(hub, _csv(tmp_path / "b.csv", "NIK", nik_for(1)), "Daftar A")
    with pytest.raises(MatchingError) as caught:
        decide_covered(hub, numbers[1], "released")
    assert caught.value.code == "covered.not_flagged"


def test_the_lists_reach_an_office_as_keyed_hashes(sites, tmp_path):
    hub, ambon, _ = sites
    add_covered_list(hub.ctx, _csv(tmp_path / "a.csv", "NIK;Nama", "8171014508850001;Maria", "8171014508850003;Rina"),
                     "BPJS aktif")
    (bundle,) = export_bundles(hub.ctx, tmp_path / "usb", office=ambon.ctx.office.code)
    import_bundle(ambon.ctx, bundle.path)
    assert covered_lists_of(ambon.ctx, "8171014508850001") == [CoveredMatch("BPJS aktif", "bpjs")]
    assert covered_lists_of(ambon.ctx, "8171014508850002") == []
    with pytest.raises(EnrolmentError) as caught:
        enrol(ambon.ctx, make_participant(), final=True)
    assert [f.code for f in caught.value.findings] == ["covered.elsewhere"]
    assert "BPJS aktif" in caught.value.findings[0].message("en")
    saved = enrol(ambon.ctx, make_participant(), final=True, confirmed={"covered.elsewhere"})
    assert saved.confirmed_warnings == ["covered.elsewhere"]
    village_list = _csv(tmp_path / "desa.csv", "NIK;Nama;Jenis Kelamin", "8171014508850002;Ona;P",
                        "8171014508850003;Rina;P")
    preview = preview_intake(ambon.ctx, village_list)
    rows = {row.data.nik: row for row in preview.rows}
    assert "covered.elsewhere" not in [f.code for f in rows["8171014508850002"].findings]
    flagged = rows["8171014508850003"]
    assert flagged.outcome in ("valid", "incomplete")  # still lands as a draft: a finding, never a refusal
    assert [f.params for f in flagged.findings if f.code == "covered.elsewhere"] == [{"lists": "BPJS aktif"}]


def test_the_command_adds_shows_decides_and_removes(hub, tmp_path, capsys):
    add_people(hub, 1, kpj=False, accepted=True)
    root = ["--data-dir", str(hub.layout.root)]
    listing = _csv(tmp_path / "a.csv", "NIK", nik_for(0))
    hub.close()
    assert main([*root, "covered-list", "add", str(listing), "--name", "BPJS aktif"]) == 0
    assert "1 peserta ada padanya" in capsys.readouterr().out
    assert main([*root, "covered-list", "show", "--format", "json"]) == 0
    assert '"held": 1' in capsys.readouterr().out
    assert main([*root, "bpjs-export", "--out", str(tmp_path / "unggah.xlsx")]) == 0
    assert "1 peserta ditahan" in capsys.readouterr().out
    assert main([*root, "covered-list", "show", "BPJS aktif", "--format", "json"]) == 0
    (number,) = [line.split('"')[3] for line in capsys.readouterr().out.splitlines() if "registration_number" in line]
    assert main([*root, "covered-list", "decide", number, "--release", "--note", "sudah keluar"]) == 0
    assert "dilepas" in capsys.readouterr().out
    assert main([*root, "covered-list", "remove", "BPJS aktif"]) == 0
    assert main([*root, "covered-list", "remove", "BPJS aktif"]) != 0
    assert "Tidak ada daftar" in capsys.readouterr().err


def test_a_petugas_may_not_add_a_list(hub, tmp_path):
    create_account(hub, NewAccount("budi", "sandi-petugas-1", "petugas"))
    with open_context(hub.layout.root, "budi", "sandi-petugas-1") as clerk, pytest.raises(AccessError):
        add_covered_list(clerk, _csv(tmp_path / "a.csv", "NIK", nik_for(0)), "Daftar A")
