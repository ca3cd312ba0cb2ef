"""`possible-duplicates` and `resolve-duplicate` from the command line: the JSON contract (`a`, `b`, `score`,
`reasons`), the table with reasons in words, one-line errors in the user's language, nothing changed on bad
input."""

from __future__ import annotations

import json

import pytest

from pekerja_desktop.__main__ import main
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.setup.office import setup_office
from tests.conftest import ADMIN, LOGIN, make_participant
from tests.support.hub import HUB

NAME = "Yohanis Latuconsina"


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _person(nik: str, name: str) -> PreparedEnrolment:
    return PreparedEnrolment(make_participant(nik=nik, full_name=name), status="active", source="test")


@pytest.fixture
def hub_dir(tmp_path):
    """A hub holding one person twice (NIK one digit off, name spelt otherwise) and one stranger."""
    root = tmp_path / "hub"
    setup_office(root, HUB, ADMIN)
    ctx = open_context(root, *LOGIN)
    for nik, name in (("8171014508850001", NAME), ("8171014508850007", "Johanis Latukonsina"),
                      ("8171056203900002", "Petrus Ohoiwutun")):
        with ctx.db.write() as session:
            insert_prepared(session, "8171A", ctx.actor, [_person(nik, name)])
    ctx.close()
    return root


def _numbers(root) -> tuple[str, str]:
    ctx = open_context(root, *LOGIN)
    try:
        with ctx.db.session() as session:
            return tuple(find_participant(session, nik).registration_number
                         for nik in ("8171014508850001", "8171014508850007"))
    finally:
        ctx.close()


def test_json_is_an_array_of_pairs_with_the_contract_keys(hub_dir, capsys):
    first, second = _numbers(hub_dir)
    code, out, err = _run(capsys, "--data-dir", str(hub_dir), "possible-duplicates", "--format", "json")
    assert code == 0 and err == ""
    (pair,) = json.loads(out)
    assert (pair["a"], pair["b"]) == (first, second)
    assert 0.99 <= pair["score"] <= 1.0
    assert pair["reasons"][:3] == ["nik_one_digit", "name_sounds_same", "birth_same"]
    assert pair["reasons_text"].startswith("NIK beda satu angka; nama sama bunyinya")


def test_the_table_speaks_the_users_language(hub_dir, capsys):
    code, out, _ = _run(capsys, "--data-dir", str(hub_dir), "--lang", "en", "possible-duplicates")
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["Score", "A", "Name"]
    assert "NIK differs in one digit; name sounds the same" in out
    assert out.strip().endswith("1 likely duplicate pairs scoring ≥ 0.50 among 3 active participants "
                                "(1 pairs scored).")
    code, out, _ = _run(capsys, "--data-dir", str(hub_dir), "possible-duplicates", "--min-score", "0,999999")
    assert out.strip() == "0 pasangan kemungkinan ganda dengan skor ≥ 1,00 di antara 3 peserta aktif (1 pasangan " \
                          "dinilai)."


@pytest.mark.parametrize("argv,words", [
    (["possible-duplicates", "--min-score", "1.5"], "Skor minimum '1.5' tidak sah"),
    (["possible-duplicates", "--min-score", "nan"], "Skor minimum 'nan' tidak sah"),
    (["resolve-duplicate", "X", "Y"], "salah satu argumen --same --different wajib diisi"),
    (["resolve-duplicate", "8171A-26-999999-0", "Y", "--same"], "8171A-26-999999-0"),
])
def test_bad_input_is_one_line_and_changes_nothing(hub_dir, capsys, argv, words):
    code, out, err = _run(capsys, "--data-dir", str(hub_dir), *argv)
    assert code != 0 and out == "" and words in err and len(err.strip().splitlines()) == 1
    code, out, _ = _run(capsys, "--data-dir", str(hub_dir), "possible-duplicates", "--format", "json")
    assert len(json.loads(out)) == 1


def test_resolving_same_then_the_pair_is_gone(hub_dir, capsys):
    first, second = _numbers(hub_dir)
    code, out, err = _run(capsys, "--data-dir", str(hub_dir), "resolve-duplicate", first, second, "--same")
    assert code == 0 and err == ""
    assert out.strip() == (f"{first} dan {second} orang yang sama: {second} diakhiri (alasan: terdaftar ganda), "
                           f"{first} tetap. Keputusan hub: kantor 8171A menerapkannya dari balasan atau paket "
                           "referensi berikutnya.")
    code, out, _ = _run(capsys, "--data-dir", str(hub_dir), "show", second)
    assert (json.loads(out)["status"], json.loads(out)["end_reason"]) == ("ended", "duplicate")
    code, out, _ = _run(capsys, "--data-dir", str(hub_dir), "possible-duplicates", "--format", "json")
    assert json.loads(out) == []
    code, _, err = _run(capsys, "--data-dir", str(hub_dir), "--lang", "en", "resolve-duplicate", first, second,
                        "--different")
    assert code == 1 and "is not active (status ended)" in err
