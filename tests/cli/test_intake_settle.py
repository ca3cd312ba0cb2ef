"""`intake` with the clerk's choices and whole-file values, the template, and the `aliases`, `dukcapil-occupations`
and `coverage-start` commands, through `__main__.main`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.intake.importer import preview_intake
from pekerja_desktop.store.models import Participant
from tests.support.paths import FIXTURES_DIR

CORPUS = FIXTURES_DIR / "intake" / "corpus"


@pytest.fixture
def lists(tmp_path: Path) -> Path:
    target = tmp_path / "lists"
    shutil.copytree(CORPUS, target)
    return target


def _run(data_dir: Path, *args: str, command: str = "intake") -> int:
    return main(["--data-dir", str(data_dir), "--user", "admin", command, *map(str, args)])


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_json_lists_the_unresolved_groups_with_their_candidates(data_dir, lists, capsys):
    assert _run(data_dir, lists / "titik_koma.csv", "--dry-run", "--format", "json") == 0
    out = _json(capsys)
    groups = {(g["kind"], g["text"]): g for g in out["unresolved"]}
    assert set(groups) == {("village", "Hatiwe Besar"), ("village", "Atlantis Baru"), ("occupation", "Juru parkir")}
    hatiwe = groups[("village", "Hatiwe Besar")]
    assert (hatiwe["rows"], hatiwe["row_numbers"]) == (1, [2])
    assert hatiwe["candidates"][0]["code"] == "81.71.04.2006" and "Hative Besar" in hatiwe["candidates"][0]["label"]
    assert out["imported"] == 0 and out["landing"] == 9


def test_map_settles_groups_and_keep_aliases_keeps_them(data_dir, ctx, lists, capsys):
    assert _run(data_dir, lists / "titik_koma.csv", "--format", "json", "--map", "village:Hatiwe Besar=8171042006",
                "--map", "occupation:Juru parkir=lnn", "--keep-aliases") == 0
    out = _json(capsys)
    assert [g["text"] for g in out["unresolved"]] == ["Atlantis Baru"]
    assert (out["imported"], out["to_complete"]) == (9, 2)
    assert _run(data_dir, "--format", "json", command="aliases") == 0
    assert {(a["kind"], a["text"], a["code"]) for a in _json(capsys)} == {
        ("village", "Hatiwe Besar", "81.71.04.2006"), ("occupation", "Juru parkir", "LNN")}
    again = {r.row_number: r for r in preview_intake(ctx, lists / "titik_koma.csv").rows}
    assert again[2].data.village_code == "81.71.04.2006"  # the office's aliases answer the next list
    assert again[9].data.occupation == "LNN" and again[10].data.village_code == ""


def test_mapping_file_and_one_desa_lists(data_dir, ctx, lists, capsys):
    mapping = lists / "pilihan.json"
    mapping.write_text(json.dumps({"village": {"Hatiwe Besar": "81.71.04.2006", "Atlantis Baru": "81.71.02.2009"},
                                   "occupation": {"Juru parkir": "LNN"}}), encoding="utf-8")
    assert _run(data_dir, lists / "titik_koma.csv", "--format", "json", "--mapping", mapping) == 0
    assert (_json(capsys)["unresolved"], _count(ctx)) == ([], 9)
    assert _run(data_dir, lists / "opensid_penduduk.xlsx", "--format", "json", "--village", "81.02.01.2014") == 0
    out = _json(capsys)
    assert (out["imported"], out["rejected"], out["unresolved"]) == (5, 2, [])
    assert out["columns"]["not_stored"] == ["agama_id", "status_kawin"]


@pytest.mark.parametrize(("args", "expected"), [
    (["--map", "desa:Waai=81.01.14.2002"], "KIND:TEXT=CODE"),
    (["--map", "village:Waai=81.71.02"], "81.71.02"),
    (["--village", "81.71.02"], "bukan kode desa/kelurahan"),
    (["--district", "81.71.02.2003"], "bukan kode kecamatan"),
    (["--mapping", "tidak-ada.json"], "tidak dapat dibaca"),
])
def test_bad_choices_are_one_line_and_import_nothing(data_dir, ctx, lists, capsys, monkeypatch, args, expected):
    monkeypatch.chdir(lists)
    assert _run(data_dir, "titik_koma.csv", *args) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and expected in captured.err
    assert _count(ctx) == 0


def test_the_template_is_written_and_read_back(data_dir, ctx, tmp_path, capsys):
    template = tmp_path / "templat.xlsx"
    assert _run(data_dir, "--template", template) == 0
    assert str(template) in capsys.readouterr().out
    workbook = load_workbook(template)
    assert workbook.sheetnames == ["Daftar", "Pilihan", "Petunjuk"]
    sheet = workbook["Daftar"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["NIK", "No KK", "Nama Lengkap", "Tempat Lahir"] and "Pekerjaan" in header
    assert sheet["A2"].number_format == "@"  # NIK stays text
    assert any("Pilihan" in v.formula1 for v in sheet.data_validations.dataValidation)
    assert "Nelayan" in [c.value for c in workbook["Pilihan"]["A"]]
    sheet.append(["8171014508850001", "8171012304120003", "Maria Latuconsina", "Ambon", "05/08/1985", "P",
                  "Jl. Baru", "Wainitu", "001", "002", "Wainitu", "Nusaniwe", "Kota Ambon", "Pedagang pasar",
                  "081234567890", "Yuliana", "Yohanis", "Suami"])
    filled = tmp_path / "terisi.xlsx"
    workbook.save(filled)
    preview = preview_intake(ctx, filled)
    assert preview.unknown_headers == [] and len(preview.columns) == len(header)  # every column is read
    row = preview.rows[0]
    assert (row.outcome, row.data.village_code, row.data.occupation, row.data.rt_rw) == (
        "valid", "81.71.01.1007", "PDP", "001/002")
    assert _run(data_dir, "--template", tmp_path / "templat.pdf") == 1
    assert ".xlsx" in capsys.readouterr().err


def test_an_intake_without_file_or_template_is_one_line(data_dir, capsys):
    assert _run(data_dir) == 1
    assert "--template" in capsys.readouterr().err


def test_dukcapil_and_coverage_start_commands(data_dir, capsys):
    assert _run(data_dir, "--format", "json", command="dukcapil-occupations") == 0
    rows = {r["code"]: r for r in _json(capsys)}
    assert len(rows) == 89 and rows[9]["target"] == "PTN" and rows[65]["target"] == "confirm"
    assert _run(data_dir, "--set", "88", "OJK", command="dukcapil-occupations") == 1  # a field office
    assert "hub provinsi" in capsys.readouterr().err
    assert _run(data_dir, "--format", "json", command="coverage-start") == 0
    assert _json(capsys)["rule"] == "next_month"


def _count(ctx) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant))
