"""The headless commands: JSON contract, search, and one-line errors that write nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pekerja_desktop.__main__ import main
from pekerja_desktop.domain.participant import HeirData
from pekerja_desktop.services.enrolment.enrol import enrol

LIST_KEYS = {"registration_number", "nik", "full_name", "birth_date", "sex", "village_code", "status", "kpj"}


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def populated(ctx, participant_factory):
    people = [
        participant_factory(),
        participant_factory(nik="8171010101900002", full_name="Andréas Pattimura", birth_date=dt.date(1990, 1, 1),
                            sex="L", heirs=[HeirData("Sara Pattimura", "ISTRI")]),
        participant_factory(nik="8101024203880003", full_name="Siti Ohorella", birth_date=dt.date(1988, 3, 2),
                            village_code="81.01.01.2001", heirs=[HeirData("La Ode Ohorella", "SUAMI")]),
    ]
    return [enrol(ctx, person, final=True).registration_number for person in people]


def test_list_json_has_the_contract_keys(data_dir, populated, capsys):
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "list", "--format", "json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert len(rows) == 3
    assert set(rows[0]) >= LIST_KEYS
    first = rows[0]
    assert first["birth_date"] == "1985-08-05" and first["sex"] == "P" and first["kpj"] is None
    assert first["status"] == "active" and first["village_code"] == "81.71.01.1007"


@pytest.mark.parametrize(("search", "expected_names"), [
    ("817101", {"MARIA LATUCONSINA", "ANDRÉAS PATTIMURA"}),
    ("8101024203", {"SITI OHORELLA"}),
    ("andreas", {"ANDRÉAS PATTIMURA"}),
    ("PATTI", {"ANDRÉAS PATTIMURA"}),
    ("latucon", {"MARIA LATUCONSINA"}),
    ("ore", {"SITI OHORELLA"}),
    ("si oho", {"SITI OHORELLA"}),
    ("nobody", set()),
])
def test_list_search(data_dir, populated, capsys, search, expected_names):
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "list", "--search", search, "--format", "json")
    assert code == 0
    assert {row["full_name"] for row in json.loads(out)} == expected_names


def test_list_search_by_registration_number(data_dir, populated, capsys):
    number = populated[1]
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "list", "--search", number.lower(), "--format", "json")
    assert code == 0 and [row["registration_number"] for row in json.loads(out)] == [number]


def test_list_csv_and_table(data_dir, populated, capsys):
    _, out, _ = _run(capsys, "--data-dir", str(data_dir), "list", "--format", "csv")
    assert out.splitlines()[0].startswith("registration_number,nik,full_name,birth_date")
    assert len(out.splitlines()) == 4
    _, out, _ = _run(capsys, "--data-dir", str(data_dir), "list")
    assert "No. Pendaftaran" in out and "05/08/1985" in out
    _, out, _ = _run(capsys, "--data-dir", str(data_dir), "--lang", "en", "list")
    assert "Registration no." in out


def test_enrol_and_show_through_the_cli(data_dir, tmp_path, capsys, monkeypatch):
    record = {"nik": "8171014508850001", "full_name": "maria latuconsina", "birth_place": "Ambon",
              "birth_date": "05/08/1985", "sex": "P", "address": "Jl. A", "village_code": "81.71.01.1007",
              "occupation": "PDP", "funding_source": "APBD_PROV", "coverage_start": "2026-11-01",
              "consent_given": True, "heirs": [{"full_name": "Yohanis", "relationship": "SUAMI"}]}
    source = tmp_path / "p.json"
    source.write_text(json.dumps(record))
    monkeypatch.setenv("PEKERJA_NEW_PASSWORD", "sandi-clerk7")
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "account", "add", "clerk7", "--role", "petugas")
    assert code == 0, err
    monkeypatch.setenv("PEKERJA_PASSWORD", "sandi-clerk7")
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "--user", "clerk7", "enrol", "--json", str(source))
    assert code == 0, err
    number = json.loads(out)["registration_number"]
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "--user", "clerk7", "show", number)
    shown = json.loads(out)
    assert shown["created_by"] == "clerk7" and shown["heirs"][0]["full_name"] == "YOHANIS"
    assert shown["history"][0]["field"] == "*"
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "--user", "clerk7", "enrol", "--json", str(source))
    assert code == 1 and "NIK sudah terdaftar" in err and number in err and len(err.strip().splitlines()) == 1


def test_missing_data_dir_is_reported_and_not_created(tmp_path, capsys):
    absent = tmp_path / "nowhere"
    code, out, err = _run(capsys, "--data-dir", str(absent), "list")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "setup" in err
    assert not absent.exists()


def test_data_dir_from_the_environment(data_dir, populated, capsys, monkeypatch):
    monkeypatch.setenv("PEKERJA_DATA_DIR", str(data_dir))
    code, out, _ = _run(capsys, "list", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 3


@pytest.mark.parametrize("argv", [
    ["list", "--format", "xml"],
    ["nonsense"],
    ["enrol"],
    ["show"],
])
def test_bad_arguments_are_one_line(data_dir, capsys, argv):
    code, out, err = _run(capsys, "--data-dir", str(data_dir), *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Argumen tidak valid" in err


@pytest.mark.parametrize("content", [None, "{not json", "[1, 2]"])
def test_bad_enrol_input_file(data_dir, tmp_path, capsys, content):
    source = tmp_path / "in.json"
    if content is not None:
        source.write_text(content)
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "enrol", "--json", str(source))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1


def test_a_corrupt_database_is_reported_in_one_line(data_dir, capsys):
    (data_dir / "pekerja.sqlite").write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"pekerja.sqlite{suffix}").unlink(missing_ok=True)
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "tidak dapat dibaca" in err


def test_the_console_script_prints_no_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pekerja_desktop", "--data-dir", str(tmp_path / "x"), "list"],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture
def tiny_disk(tmp_path):
    """A 256 KiB tmpfs: a real full disk (needs root; skipped elsewhere)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
            capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=False)


def test_setup_on_a_full_disk_fails_cleanly(tiny_disk, capsys):
    data_dir = tiny_disk / "office"
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "setup", "--office-code", "8171A",
                        "--office-name", "Kantor", "--region", "81.71", "--role", "field",
                        "--admin", "admin")
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "penuh" in err.lower()
    assert not (data_dir / "pekerja.sqlite").exists()
    assert not list(Path(data_dir).glob("**/*.pem"))


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB tmpfs for an office whose disk then fills up."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=False)


def _fill(directory: Path) -> Path:
    filler = directory / "filler.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(descriptor, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(descriptor)
    return filler


def test_enrolment_on_a_full_disk_loses_nothing(small_disk, tmp_path, capsys):
    data_dir = small_disk / "office"
    assert _run(capsys, "--data-dir", str(data_dir), "setup", "--office-code", "8171A", "--office-name", "K",
                "--region", "81.71", "--role", "field", "--admin", "admin")[0] == 0
    record = {"nik": "8171014508850001", "full_name": "Maria", "birth_date": "05/08/1985", "sex": "P"}
    source = tmp_path / "p.json"
    source.write_text(json.dumps(record))
    filler = _fill(small_disk)
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "enrol", "--draft", "--json", str(source))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "penuh" in err.lower()
    filler.unlink()
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "list", "--format", "json")
    assert code == 0 and json.loads(out) == []
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "enrol", "--draft", "--json", str(source))
    assert code == 0, err


def test_argument_errors_follow_the_chosen_language(data_dir, capsys):
    code, _, err = _run(capsys, "--lang", "en", "--data-dir", str(data_dir), "list", "--format", "xml")
    assert code == 2 and "Invalid argument" in err
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "list", "--format", "xml")
    assert code == 2 and "Argumen tidak valid" in err


def test_output_piped_into_head_stops_quietly(data_dir, populated):
    command = f"{sys.executable} -m pekerja_desktop --data-dir {data_dir} list --format csv | head -1"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True)
    assert result.stdout.startswith("registration_number,")
    assert result.stderr == ""


def test_name_counts_from_the_index_agree_with_the_rows(ctx, populated):
    from pekerja_desktop.services.register.search import ParticipantQuery, count_participants, search_participants

    with ctx.db.session() as session:
        for text in ("latu", "pattimura", "si oho", "andreas", "nobody", "ORE", "mar pat"):
            query = ParticipantQuery(text=text)
            assert count_participants(session, query) == len(search_participants(session, query, limit=None))
