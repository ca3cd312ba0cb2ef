"""The BPJS segment code follows the funding source (a setting), in the upload file as in the change file."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.hub.bpjs_export import export_bpjs
from pekerja_desktop.services.hub.bpjs_segments import DEFAULT_SEGMENTS, current_segments, save_segment
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.store.hub_models import BpjsSubmission
from pekerja_desktop.store.models import FundingSource
from tests.support.hub import add_people


def _segments(path) -> dict[str, str]:
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    header = rows[0]
    return {row[header.index("NIK")]: row[header.index("SEGMEN")] for row in rows[1:]}


def test_the_upload_file_writes_each_funding_sources_segment(hub, tmp_path):
    add_people(hub, 1, kpj=False, accepted=True)  # APBD_PROV
    add_people(hub, 1, start=10, kpj=False, accepted=True, funding_source="APBDES")
    add_people(hub, 1, start=20, kpj=False, accepted=True, funding_source="CSR")
    export_bpjs(hub, tmp_path / "unggah.xlsx")
    assert sorted(_segments(tmp_path / "unggah.xlsx").values()) == ["SC", "SD", "SG"]


def test_an_admin_changes_a_segment_and_the_next_file_follows(hub, tmp_path):
    add_people(hub, 1, kpj=False, accepted=True, funding_source="APBDES")
    rows = save_segment(hub, "apbdes", "sa")  # desa funded from APBD after all
    assert ("APBDES", "APBDes (Dana Desa)", "SA") in rows
    export_bpjs(hub, tmp_path / "unggah.xlsx")
    assert list(_segments(tmp_path / "unggah.xlsx").values()) == ["SA"]
    assert {code: segment for code, _, segment in current_segments(hub)} == {**DEFAULT_SEGMENTS, "APBDES": "SA"}


@pytest.mark.parametrize(("source", "segment", "code"), [("APBDES", "S1", "bpjs.bad_segment"),
                                                         ("APBDES", "SGX", "bpjs.bad_segment"),
                                                         ("DANA_LAIN", "SL", "bpjs.unknown_source")])
def test_a_wrong_segment_or_source_is_refused(hub, source, segment, code):
    with pytest.raises(HubError) as refused:
        save_segment(hub, source, segment)
    assert refused.value.code == code
    assert {code: segment for code, _, segment in current_segments(hub)} == DEFAULT_SEGMENTS


def test_a_source_without_segment_stops_the_upload_before_anything_is_written(hub, tmp_path):
    with hub.db.write() as session:
        session.add(FundingSource(code="DANA_LAIN", name_id="Dana lain", name_en="Other funds"))
    add_people(hub, 1, kpj=False, accepted=True, funding_source="DANA_LAIN")
    with pytest.raises(HubError) as refused:
        export_bpjs(hub, tmp_path / "unggah.xlsx")
    assert "bpjs-segments --set DANA_LAIN" in refused.value.message()
    assert not (tmp_path / "unggah.xlsx").exists()
    with hub.db.session() as session:
        assert session.scalar(select(func.count()).select_from(BpjsSubmission)) == 0


def test_the_command_shows_and_sets_segments(hub, tmp_path, capsys):
    hub.close()
    root = str(tmp_path / "hub")
    assert main(["--data-dir", root, "bpjs-segments"]) == 0
    assert "APBDES\tSD\tAPBDes (Dana Desa)" in capsys.readouterr().out
    assert main(["--data-dir", root, "bpjs-segments", "--set", "CSR", "SB"]) == 0
    assert "CSR\tSB\t" in capsys.readouterr().out
    assert main(["--data-dir", root, "--lang", "en", "bpjs-segments", "--set", "CSR", "7"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Invalid segment code '7'") and len(err.strip().splitlines()) == 1
