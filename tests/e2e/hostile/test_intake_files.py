"""Hostile village lists: intake reads what it is given or says exactly why not, in one line, writing nothing —
stray quotes that would swallow the rest of a file, UTF-16 saved by Excel, files that are no regular files (a FIFO,
/dev/zero, a folder), files too large to read, zip bombs, garbage under every suffix, and no plaintext report beside
the list. (The other hostile classes of #16 live beside this file.)"""

from __future__ import annotations

import datetime as dt
import os
import threading
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pekerja_desktop.__main__ import main
from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.services.intake.errors import IntakeError
from pekerja_desktop.services.intake.importer import preview_intake
from pekerja_desktop.services.intake.reading import source
from pekerja_desktop.store.models import Participant

HEADER = "NIK;Nama;Tgl Lahir;JK;Desa;Kecamatan;Pekerjaan"


def _line(index: int, name: str | None = None) -> str:
    born = dt.date(1970, 1, 1) + dt.timedelta(days=index // 9000)
    nik = encode_nik("817103", born, "L", index % 9000 + 1)
    return f"{nik};{name or 'Orang ' + _letters(index)};{born:%d/%m/%Y};L;Passo;Baguala;Nelayan"


def _letters(index: int) -> str:
    """1 -> 'B', 26 -> 'BA': a name without digits for every row."""
    word = ""
    while True:
        index, rest = divmod(index, 26)
        word = chr(ord("A") + rest) + word
        if not index:
            return word


def _csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join([HEADER, *lines]) + "\r\n").encode(encoding))
    return path


def _run(data_dir: Path, *args: object) -> int:
    return main(["--data-dir", str(data_dir), "--user", "admin", "intake", *map(str, args)])


def _one_line(capsys) -> str:
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1, captured
    assert "tak terduga" not in captured.err and "Unexpected" not in captured.err
    return captured.err


def _stored(ctx) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant))


def test_a_stray_quote_swallows_nothing(ctx, tmp_path):
    lines = [_line(i) for i in range(1, 2001)]
    lines[999] = _line(1000, '"Ahmad Bung Rumra')  # the quote opens a cell that never closes
    preview = preview_intake(ctx, _csv(tmp_path / "kutip.csv", lines))
    rows = {r.row_number: r for r in preview.rows}
    assert len(rows) == 2000
    assert "intake.stray_quote" in [f.code for f in rows[1001].findings]
    assert rows[1002].data.full_name == f"ORANG {_letters(1001)}" and rows[2001].data.full_name == "ORANG CYY"
    assert preview.landing == 1999  # the faulty row's name holds a quote, no name; every other row lands
    assert rows[1001].outcome == "invalid" and rows[1001].values["full_name"] == '"Ahmad Bung Rumra'


def test_a_stray_quote_before_a_long_remainder_is_no_field_limit(data_dir, ctx, tmp_path, capsys):
    lines = [_line(i) for i in range(1, 30001)]
    lines[4] = _line(5, '"Yakob Titaley')
    assert _run(data_dir, _csv(tmp_path / "panjang.csv", lines), "--dry-run", "--format", "json") == 0
    out = capsys.readouterr()
    assert '"landing": 29999' in out.out and out.err == ""


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "cp1252"])
def test_encodings_excel_saves(ctx, tmp_path, encoding):
    path = _csv(tmp_path / f"{encoding}.csv", [_line(1, "Désirée Pattiasina"), _line(2)], encoding)
    rows = preview_intake(ctx, path).rows
    assert [r.data.full_name for r in rows] == ["DÉSIRÉE PATTIASINA", "ORANG C"]


def test_no_plaintext_report_beside_the_list(data_dir, tmp_path, capsys):
    path = _csv(tmp_path / "daftar.csv", [_line(1), "12345;Tanpa NIK Benar;01/01/1980;L;Passo;Baguala;Nelayan"])
    assert _run(data_dir, path, "--dry-run") == 0
    assert _run(data_dir, path) == 0
    capsys.readouterr()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["daftar.csv", "data"]


def test_a_fifo_named_csv_does_not_hang(data_dir, ctx, tmp_path, capsys):
    fifo = tmp_path / "pipa.csv"
    os.mkfifo(fifo)
    outcome: list[int] = []
    worker = threading.Thread(target=lambda: outcome.append(_run(data_dir, fifo)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert outcome == [1], "intake waited on a FIFO"
    assert "bukan berkas biasa" in _one_line(capsys) and _stored(ctx) == 0


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_not_read(data_dir, tmp_path, capsys, device):
    link = tmp_path / "daftar.csv"
    link.symlink_to(device)
    assert _run(data_dir, link) == 1
    assert "bukan berkas biasa" in _one_line(capsys)


def test_a_folder_is_said_to_be_one(data_dir, tmp_path, capsys):
    (tmp_path / "daftar.xlsx").mkdir()
    assert _run(data_dir, tmp_path / "daftar.xlsx") == 1
    assert "folder" in _one_line(capsys)


def test_a_file_too_large_is_refused_before_it_is_read(data_dir, tmp_path, capsys):
    big = tmp_path / "besar.csv"
    with big.open("wb") as handle:
        handle.truncate(source.MAX_LIST_BYTES + 1)  # sparse: nothing to read, only its size
    assert _run(data_dir, big) == 1
    assert "terlalu besar" in _one_line(capsys)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(source, "MAX_XLSX_UNPACKED", 1024 * 1024)
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (4 * 1024 * 1024))
    with pytest.raises(IntakeError) as refused:
        preview_intake(ctx, bomb)
    assert refused.value.code == "intake.file_too_large"


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".csv", ".txt", ".xlsm"])
@pytest.mark.parametrize("content", [os.urandom(3000), b"\0" * 3000, b"PK\x03\x04" + os.urandom(500),
                                     b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(600)])
def test_garbage_is_one_line_under_every_suffix(data_dir, ctx, tmp_path, capsys, suffix, content):
    path = tmp_path / f"sampah{suffix}"
    path.write_bytes(content)
    assert _run(data_dir, path) == 1
    _one_line(capsys)
    assert _stored(ctx) == 0
