"""`cards`, `card-queue`, `card-settings`, `receipt` and `verify-card`: the headless contract."""

from __future__ import annotations

import json

import pytest

from pekerja_desktop.__main__ import main
from tests.support.cards import decode_qr_codes, enrol_many, page_sizes, render_png

NAMES = ["Maria Latuconsina", "Abdul Karim Tuasikal"]


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def numbers(ctx, participant_factory):
    numbers = enrol_many(ctx, participant_factory, NAMES)
    ctx.close()  # the commands open the data directory themselves
    return numbers


@pytest.fixture
def cli(data_dir, capsys):
    return lambda *argv: _run(capsys, "--data-dir", str(data_dir), *argv)


def _files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "data")


def test_cards_prints_the_unprinted_then_there_is_nothing(cli, numbers, tmp_path):
    code, out, err = cli("cards", "--out", str(tmp_path / "cards.pdf"))
    assert code == 0 and err == "" and "2 kartu" in out and "#1" in out
    assert len(page_sizes(tmp_path / "cards.pdf")) == 2
    code, out, err = cli("cards", "--out", str(tmp_path / "again.pdf"), "--unprinted")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "Tidak ada kartu" in err
    assert _files(tmp_path) == ["cards.pdf"]


def test_all_single_layout_and_preview(cli, numbers, tmp_path):
    code, out, _ = cli("cards", "--out", str(tmp_path / "all.pdf"), "--all", "--layout", "single", "--no-record")
    assert code == 0 and "pratinjau" in out
    assert len(page_sizes(tmp_path / "all.pdf")) == 4
    code, out, _ = cli("card-queue", "--format", "json")
    assert [row["reason"] for row in json.loads(out)] == ["new", "new"]


def test_reprint_then_verify_old_and_new(cli, numbers, tmp_path):
    cli("cards", "--out", str(tmp_path / "first.pdf"), "--layout", "single")
    old = decode_qr_codes(render_png(tmp_path / "first.pdf", tmp_path / "first")[0])[0]
    code, out, _ = cli("cards", "--reprint", numbers[0], "--reason", "damaged")
    assert code == 0 and numbers[0] in out
    code, out, _ = cli("card-queue", "--format", "json")
    assert [(r["registration_number"], r["reason"], r["reprint_reason"]) for r in json.loads(out)] == [
        (numbers[0], "reprint", "damaged")]
    cli("cards", "--out", str(tmp_path / "second.pdf"), "--layout", "single")
    new = decode_qr_codes(render_png(tmp_path / "second.pdf", tmp_path / "second")[0])[0]
    code, out, _ = cli("verify-card", new)
    assert code == 0 and out.startswith("SAH") and "versi 2" in out and "Disnaker Kota Ambon" in out
    code, out, _ = cli("verify-card", old, "--format", "json")
    verdict = json.loads(out)
    assert code == 3 and verdict["status"] == "superseded" and verdict["current_version"] == 2
    assert verdict["registration_number"] == numbers[0] and verdict["coverage_start"] == "2026-11-01"
    code, out, _ = cli("verify-card", old)
    assert code == 3 and len(out.strip().splitlines()) == 1 and "DIGANTI" in out


def test_verify_forged(cli, numbers, tmp_path):
    cli("cards", "--out", str(tmp_path / "c.pdf"), "--layout", "single")
    payload = decode_qr_codes(render_png(tmp_path / "c.pdf", tmp_path / "c")[0])[0]
    forged = payload[:-3] + ("Q" if payload[-3] != "Q" else "R") + payload[-2:]
    code, out, _ = cli("verify-card", forged, "--format", "json")
    assert code == 3 and json.loads(out) | {"status": "forged", "reason": "bad_signature"} == json.loads(out)
    code, out, _ = cli("verify-card", "not a card")
    assert code == 3 and "TIDAK SAH" in out


def test_alignment_test_and_settings(cli, numbers, tmp_path):
    code, out, _ = cli("card-settings", "--back-offset", "0.8", "-1.2", "--office-address", "Jl. Pattimura 1")
    assert code == 0 and "+0.8" in out and "Jl. Pattimura 1" in out
    code, _, _ = cli("cards", "--out", str(tmp_path / "align.pdf"), "--alignment-test")
    assert code == 0 and len(page_sizes(tmp_path / "align.pdf")) == 2
    code, _, err = cli("card-settings", "--back-offset", "50", "0")
    assert code == 1 and err


def test_receipt(cli, numbers, tmp_path):
    code, out, _ = cli("receipt", numbers[1], "--out", str(tmp_path / "r.pdf"), "--paper", "a5")
    assert code == 0 and numbers[1] in out
    code, out, err = cli("receipt", "8171A-26-999999-0", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "tidak ditemukan" in err and len(err.strip().splitlines()) == 1
    assert _files(tmp_path) == ["r.pdf"]


@pytest.mark.parametrize("argv", [
    ("cards", "--out", "{tmp}/missing/c.pdf"),
    ("cards", "--out", "{tmp}/c.pdf", "--region", "99.99"),
    ("cards", "--reprint", "8171A-26-000001-5"),
    ("cards", "--reprint", "NOPE", "--reason", "lost"),
    ("cards",),
    ("cards", "--out", "{tmp}/c.pdf", "--layout", "poster"),
])
def test_bad_input_is_one_line_and_writes_nothing(cli, numbers, tmp_path, argv):
    code, _, err = cli(*(a.format(tmp=tmp_path) for a in argv))
    assert code != 0 and len(err.strip().splitlines()) == 1
    assert _files(tmp_path) == []


def test_unwritable_folder(cli, numbers, tmp_path, monkeypatch):
    from pekerja_desktop.services.cards import render as render_module

    monkeypatch.setattr(render_module.os, "access", lambda path, mode: False)  # root may write anywhere
    code, _, err = cli("cards", "--out", str(tmp_path / "c.pdf"))
    assert code == 1 and "tidak dapat ditulis" in err and _files(tmp_path) == []
