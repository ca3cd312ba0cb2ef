"""The corpus of lists as desa offices hand them over (tests/fixtures/intake/make_corpus.py): every row's outcome
and findings as expected, and what the rows become."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlmodel import select

from pekerja_desktop.services.intake.importer import IntakeOptions, import_preview, preview_intake
from pekerja_desktop.services.intake.messages import findings_from_json
from pekerja_desktop.store.models import Participant
from tests.support.paths import FIXTURES_DIR

CORPUS = FIXTURES_DIR / "intake" / "corpus"
EXPECTED = json.loads((CORPUS / "corpus_expected.json").read_text(encoding="utf-8"))


def _preview(ctx, name: str, **extra):
    options = IntakeOptions(**{**EXPECTED[name]["options"], **extra})
    return preview_intake(ctx, CORPUS / name, options)


def _rows(preview) -> dict[int, object]:
    return {row.row_number: row for row in preview.rows}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_row_comes_out_as_expected(ctx, name):
    rows = _rows(_preview(ctx, name))
    expected = {int(n): (e["outcome"], sorted(e["codes"])) for n, e in EXPECTED[name]["rows"].items()}
    assert {n: (r.outcome, sorted(f.code for f in r.findings)) for n, r in rows.items()} == expected


def test_a_ktp_style_list(ctx):
    preview = _preview(ctx, "ktp_judul.xlsx")
    rows = _rows(preview)
    assert preview.not_stored == ["Agama", "Status Perkawinan"] and "religion" not in preview.columns
    abdul = rows[5].data
    assert (abdul.village_code, abdul.occupation, abdul.ktp_occupation, abdul.kk_number) == (
        "81.01.14.2003", "PTN", 9, "8101142304120003")  # "Negeri Tulehu", PETANI/PEKEBUN
    assert abdul.address == "Jl. Pantai, Dusun Wailela"
    assert (rows[6].data.village_code, rows[6].data.occupation) == ("81.01.14.2002", "NLY")  # "Desa Waai"
    assert rows[7].data.village_code == "81.01.14.2001"  # Liang: the Kecamatan decides between two
    assert (rows[8].data.occupation, rows[8].data.ktp_occupation) == ("", 2)  # MENGURUS RUMAH TANGGA: asked
    assert (rows[9].data.occupation, rows[9].data.ktp_occupation) == ("", 65)  # GURU: a supervisor confirms
    assert rows[10].data.full_name == "HJ. SITI AMINAH, S.PD"  # titles kept as on the KTP
    assert (rows[12].data.kk_number, rows[12].data.occupation) == ("", "BHL")
    assert "KK" in rows[12].findings[0].message()
    assert [(g.kind, g.text, g.count) for g in preview.groups] == [("village", "Negeri Liang", 1)]
    assert {c.code for c in preview.groups[0].candidates} >= {"81.01.14.2001", "81.01.21.2003"}


def test_an_opensid_export_is_one_desa(ctx):
    without = preview_intake(ctx, CORPUS / "opensid_penduduk.xlsx")
    assert [(g.kind, g.text, g.count) for g in without.groups] == [("village", "", 5)]  # choose the desa once
    rows = _rows(_preview(ctx, "opensid_penduduk.xlsx"))
    yosef = rows[2].data
    assert (yosef.sex, yosef.village_code, yosef.occupation, yosef.ktp_occupation) == ("L", "81.02.01.2014", "NLY",
                                                                                        11)
    assert (yosef.birth_date, yosef.address) == (dt.date(1979, 3, 3), "Jl. Jenderal Sudirman, Ohoi Langgur Timur")
    assert (yosef.rt_rw, yosef.mother_name) == ("001/002", "IBU YOSEF RENWARIN")
    assert rows[3].data.sex == "P" and rows[5].data.occupation == "UMK"  # 2 = perempuan; 88 WIRASWASTA
    assert "meninggal" in rows[4].findings[-1].message() and "pindah" in rows[6].findings[-1].message()


def test_a_semicolon_csv_without_kecamatan(ctx):
    preview = _preview(ctx, "titik_koma.csv")
    rows = _rows(preview)
    assert [rows[n].data.village_code for n in (3, 4, 5, 6, 8)] == [
        "81.71.04.2003", "81.71.04.2001", "81.71.04.2001", "81.71.03.2004", "81.71.02.2003"]
    assert (rows[7].data.phone, rows[7].data.village_code) == (None, "81.71.03.2001")  # "12345" left blank
    groups = {(g.kind, g.text): g for g in preview.groups}
    assert groups[("village", "Hatiwe Besar")].candidates[0].code == "81.71.04.2006"  # Hative Besar, closest
    assert groups[("village", "Atlantis Baru")].count == 1
    assert ("occupation", "Juru parkir") in groups


def test_a_hand_made_list_with_merged_headers(ctx):
    rows = _rows(_preview(ctx, "manual_gabung.xlsx"))
    assert rows[3].data.village_code == "81.08.07.2001"  # former kecamatan "Pulau-Pulau Terselatan"
    assert rows[4].data.village_code == "81.08.01.1001"  # former kecamatan "Moa Lakor"
    assert rows[5].data.village_code == "81.05.16.2001"  # Urung moved from Seram Timur to Ukar Sengan
    assert "Ukar Sengan" in rows[5].findings[0].message()
    assert (rows[3].data.occupation, rows[3].data.heirs[0].relationship) == ("NLY", "ISTRI")  # Dukcapil 11
    assert rows[7].data.heirs == [] and "ANCE LERRICK" in rows[7].findings[-1].message()


def test_drafts_keep_what_they_carry(ctx):
    preview = _preview(ctx, "titik_koma.csv")
    result = import_preview(ctx, preview)
    assert result.imported == 9 and result.incomplete == 4
    with ctx.db.session() as session:
        rahma = session.scalars(select(Participant).where(Participant.full_name == "RAHMA WATTIMENA")).one()
    carried = findings_from_json(rahma.intake_findings)
    assert [f.code for f in carried] == ["intake.left_blank"] and "12345" in carried[0].message()
    assert "12345" in carried[0].message("en") and "Left blank" in carried[0].message("en")
