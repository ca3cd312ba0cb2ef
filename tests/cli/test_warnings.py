"""`pekerja-desktop warnings`: which warnings a petugas may confirm, shown and changed by an admin."""

from __future__ import annotations

import json

from pekerja_desktop.__main__ import main


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def allowed(out: str) -> set[str]:
    return {row["code"] for row in json.loads(out) if row["petugas_may_confirm"]}


def test_by_default_a_petugas_confirms_only_a_missing_heir(data_dir, capsys):
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "warnings", "--format", "json")
    assert code == 0 and allowed(out) == {"heir.missing"}
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "warnings")
    assert code == 0 and "belum ada ahli waris" in out


def test_the_admin_changes_and_resets_the_list(data_dir, capsys):
    base = ("--data-dir", str(data_dir), "warnings")
    code, out, _ = run(capsys, *base, "--petugas", "heir.missing,nik.sex_mismatch", "--format", "json")
    assert code == 0 and allowed(out) == {"heir.missing", "nik.sex_mismatch"}
    code, out, _ = run(capsys, *base, "--petugas", "", "--format", "json")
    assert code == 0 and allowed(out) == set()
    code, out, _ = run(capsys, *base, "--reset", "--format", "json")
    assert code == 0 and allowed(out) == {"heir.missing"}


def test_an_unknown_code_changes_nothing(data_dir, capsys):
    code, _, err = run(capsys, "--data-dir", str(data_dir), "warnings", "--petugas", "heir.missing,nik.typo")
    assert code != 0 and "nik.typo" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "warnings", "--format", "json")
    assert allowed(out) == {"heir.missing"}
