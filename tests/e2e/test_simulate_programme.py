"""`scripts/simulate_programme.py`: a small programme year holds its invariants; a world whose closed bill or change
file was tampered with afterwards is reported, the broken invariant named, exit 1."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from pekerja_desktop.services.accounts.signin import open_context
from tests.support.paths import REPO_DIR

SCRIPT = REPO_DIR / "scripts" / "simulate_programme.py"
LOGIN = ("admin", "simulasi-program-1")  # scripts/programme_year/world.py's ADMIN
BILLS = "bills = participant-months × rates"
EXITS = "every exit in BPJS's change files exactly once"


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(REPO_DIR / "src"),
                                                                     os.environ.get("PYTHONPATH"))))}
    return subprocess.run([sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("year") / "world"
    result = _run("--offices", "2", "--workers", "200", "--months", "3", "--seed", "7", "--keep", str(root))
    assert result.returncode == 0, result.stdout + result.stderr
    (root / "stdout.txt").write_text(result.stdout, encoding="utf-8")
    return root


def _copy(world: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "world"
    shutil.copytree(world, copy)
    return copy


def _failed(copy: Path) -> list[str]:
    result = _run("--check", str(copy))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "invariants: FAILED"
    return [line.split(":")[0] for line in lines if ": FAILED" in line and line != lines[-1]]


def test_a_small_year_holds_every_invariant(world):
    lines = (world / "stdout.txt").read_text(encoding="utf-8").splitlines()
    year = dt.date.today().year
    assert [line[:8] for line in lines[1:4]] == [f"{year}-{month:02d}:" for month in (1, 2, 3)], lines
    assert lines[-1] == "invariants: ok" and len([line for line in lines if ": ok — " in line]) == 6, lines
    bills = next(line for line in lines if line.startswith(BILLS))  # late KPJs and back-dated ends were corrected
    arrears, refunds = (int(re.search(rf"(\d+) {kind} ", bills).group(1)) for kind in ("arrears", "refunds"))
    assert arrears > 0 and refunds > 0, bills
    assert sorted((world / "tagihan").glob("tagihan-*.pdf"))[-1].name.endswith("-03.pdf")
    assert list((world / "renewal").glob("*.csv")) and list((world / "daftar").glob("*.xlsx"))


def test_a_closed_bill_raised_afterwards_is_reported(world, tmp_path):
    copy = _copy(world, tmp_path)
    ctx = open_context(copy / "sites" / "MALUKU", *LOGIN)
    try:
        with ctx.db.write() as session:  # closed bills are append-only: the tamperer drops the guard first
            session.execute(text("DROP TRIGGER closed_bill_no_update"))
            session.execute(text("UPDATE closed_bill SET regular_total = regular_total + 16800 "
                                 "WHERE month = (SELECT MIN(month) FROM closed_bill)"))
    finally:
        ctx.close()
    assert _failed(copy) == [BILLS]


def test_an_exit_missing_from_the_change_files_is_reported(world, tmp_path):
    copy = _copy(world, tmp_path)
    for path in sorted((copy / "bpjs").glob("perubahan-*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        exits = [index for index, row in enumerate(rows) if row["JENIS PERUBAHAN"] == "KURANG"]
        if exits:
            del rows[exits[0]]
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows(rows)
            break
    else:
        pytest.fail("no exit in any change file")
    assert _failed(copy) == [EXITS]
