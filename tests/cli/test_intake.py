"""`pekerja-desktop intake` end to end through `__main__.main`: output, exit codes, what is (not) written."""

from __future__ import annotations

import csv
import errno
import json
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pekerja_desktop.__main__ import main
from pekerja_desktop.store.models import IntakeBatch, Participant
from tests.support.paths import FIXTURES_DIR

FIXTURES = FIXTURES_DIR / "intake"


@pytest.fixture
def lists(tmp_path: Path) -> Path:
    target = tmp_path / "lists"
    shutil.copytree(FIXTURES, target, ignore=shutil.ignore_patterns("*.py", "__pycache__", "corpus"))
    return target


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "--user", "admin", "intake", *map(str, args)])


def _stored(ctx) -> tuple[int, int]:
    with ctx.db.session() as session:
        return (session.scalar(select(func.count()).select_from(Participant)),
                session.scalar(select(func.count()).select_from(IntakeBatch)))


def _one_line_error(capsys) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    return captured.err


def test_import_prints_a_summary_and_writes_no_report_unless_asked(data_dir, ctx, lists, capsys):
    assert _run(data_dir, lists / "daftar_desa_ambon.xlsx") == 0
    out = capsys.readouterr().out
    assert "9 baris diimpor sebagai draf (4 perlu dilengkapi), 1 ditolak, 0 sudah terdaftar, 1 ganda dalam berkas" \
        in out
    assert "Sumber dana APBD_PROV" in out and "Keterangan" in out
    assert "village:Atlantis" in out and "--report" in out
    assert sorted(p.name for p in lists.iterdir()) == ["daftar_desa_ambon.xlsx", "daftar_desa_cp1252.csv"]
    assert _stored(ctx) == (9, 1)


def test_the_report_is_written_where_asked(data_dir, ctx, lists, capsys):
    report = lists / "laporan.csv"
    assert _run(data_dir, lists / "daftar_desa_ambon.xlsx", "--report", report) == 0
    assert f"Laporan: {report}" in capsys.readouterr().out
    rows = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["9", "11", "13", "14", "16", "17", "18"]


def test_reimport_through_the_cli_adds_nothing(data_dir, ctx, lists, capsys):
    assert _run(data_dir, lists / "daftar_desa_cp1252.csv") == 0
    capsys.readouterr()
    assert _run(data_dir, lists / "daftar_desa_cp1252.csv") == 0
    assert "0 baris diimpor sebagai draf (0 perlu dilengkapi), 2 ditolak, 3 sudah terdaftar, 0 ganda" \
        in capsys.readouterr().out
    assert _stored(ctx) == (2, 2)


def test_json_output(data_dir, lists, capsys):
    target = lists / "laporan.xlsx"
    assert _run(data_dir, lists / "daftar_desa_cp1252.csv", "--format", "json", "--report", target) == 0
    first = json.loads(capsys.readouterr().out)
    assert {k: first[k] for k in ("imported", "rejected", "already_present", "duplicate_in_file", "report")} == {
        "imported": 2, "rejected": 2, "already_present": 0, "duplicate_in_file": 1, "report": str(target)}
    assert first["unresolved"] == [] and "Pekerjaan" in first["columns"]["read"]
    assert target.exists()
    assert _run(data_dir, lists / "daftar_desa_cp1252.csv", "--format", "json") == 0
    second = json.loads(capsys.readouterr().out)
    assert {k: second[k] for k in ("imported", "rejected", "already_present", "duplicate_in_file", "report")} == {
        "imported": 0, "rejected": 2, "already_present": 3, "duplicate_in_file": 0, "report": None}


def test_english_summary_and_options(data_dir, ctx, lists, capsys):
    code = main(["--data-dir", str(data_dir), "--lang", "en", "intake", str(lists / "daftar_desa_cp1252.csv"),
                 "--funding-source", "APBDES", "--coverage-start", "01/01/2027"])
    assert code == 0
    out = capsys.readouterr().out
    assert "2 rows imported as drafts (0 to complete), 2 rejected" in out
    assert "Funding source APBDES, coverage from 01/01/2027" in out
    with ctx.db.session() as session:
        stored = session.execute(select(Participant.funding_source, Participant.coverage_start)).all()
    assert {(f, c.isoformat()) for f, c in stored} == {("APBDES", "2027-01-01")}


def test_dry_run_writes_nothing_beside_the_list(data_dir, ctx, lists, capsys):
    assert _run(data_dir, lists / "daftar_desa_cp1252.csv", "--dry-run") == 0
    assert "uji coba, tidak ada yang disimpan" in capsys.readouterr().out
    assert sorted(p.name for p in lists.iterdir()) == ["daftar_desa_ambon.xlsx", "daftar_desa_cp1252.csv"]
    assert _stored(ctx) == (0, 0)
    assert _run(data_dir, lists / "daftar_desa_cp1252.csv", "--dry-run", "--report", lists / "uji.csv") == 0
    assert (lists / "uji.csv").exists() and _stored(ctx) == (0, 0)


def test_corrupt_xlsx_is_one_line_and_writes_nothing(data_dir, ctx, tmp_path, capsys):
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(os.urandom(4096))
    assert _run(data_dir, broken) == 1
    assert "rusak" in _one_line_error(capsys)
    assert _stored(ctx) == (0, 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "rusak.xlsx"]


def test_report_in_a_missing_folder_stops_the_import(data_dir, ctx, lists, capsys):
    target = lists / "tidak-ada" / "laporan.csv"
    assert _run(data_dir, lists / "daftar_desa_ambon.xlsx", "--report", target) == 1
    assert str(target) in _one_line_error(capsys)
    assert _stored(ctx) == (0, 0)


def test_full_disk_while_writing_the_report_imports_nothing(data_dir, ctx, lists, capsys, monkeypatch):
    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("pekerja_desktop.services.intake.importer.render_report", disk_full)
    assert _run(data_dir, lists / "daftar_desa_ambon.xlsx", "--report", lists / "laporan.csv") == 1
    assert "Disk penuh" in _one_line_error(capsys)
    assert _stored(ctx) == (0, 0)
    assert sorted(p.name for p in lists.iterdir()) == ["daftar_desa_ambon.xlsx", "daftar_desa_cp1252.csv"]


@pytest.mark.parametrize(("args", "expected"), [
    (["missing.xlsx"], "tidak ditemukan"),
    (["daftar_desa_cp1252.csv", "--report", "laporan.pdf"], ".csv atau .xlsx"),
    (["daftar_desa_cp1252.csv", "--funding-source", "DANA_X"], "Sumber dana DANA_X tidak dikenal"),
])
def test_bad_input_is_one_line_and_writes_nothing(data_dir, ctx, lists, capsys, monkeypatch, args, expected):
    monkeypatch.chdir(lists)
    assert _run(data_dir, *args) == 1
    assert expected in _one_line_error(capsys)
    assert _stored(ctx) == (0, 0)
    assert sorted(p.name for p in lists.iterdir()) == ["daftar_desa_ambon.xlsx", "daftar_desa_cp1252.csv"]


def test_bad_coverage_date_is_a_usage_error(data_dir, lists, capsys):
    with pytest.raises(SystemExit) as raised:
        _run(data_dir, lists / "daftar_desa_cp1252.csv", "--coverage-start", "besok")
    assert raised.value.code == 2
    assert "tanggal tidak valid: besok" in _one_line_error(capsys)


def test_not_set_up(tmp_path, lists, capsys):
    assert main(["--data-dir", str(tmp_path / "none"), "intake", str(lists / "daftar_desa_cp1252.csv")]) == 1
    assert "setup" in _one_line_error(capsys)
