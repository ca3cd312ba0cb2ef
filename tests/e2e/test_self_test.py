"""`pekerja-desktop --self-test` (what the packaged build runs to check itself) passes on the dev install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

STEPS = ("setup", "enrol", "card", "window")


def _run(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "PEKERJA_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-m", "pekerja_desktop", *extra, "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120)


def test_self_test_passes_and_reports_each_step(tmp_path):
    result = _run(tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(line.startswith("ok: ") for line in lines), lines
    for step in STEPS:
        assert any(line.startswith(f"ok: {step}: ") for line in lines), (step, lines)
    assert "all steps passed" in lines[-1]
    assert not list(tmp_path.glob("pekerja-self-test-*")), "temporary data folder left behind"


def test_self_test_ignores_the_users_data_folder(tmp_path):
    user_data = tmp_path / "user-data"
    result = _run(tmp_path, "--data-dir", str(user_data))
    assert result.returncode == 0, result.stderr
    assert not user_data.exists()


def test_a_failing_step_is_one_line_on_stderr_and_exit_1(tmp_path):
    code = (
        "import sys\n"
        "from pekerja_desktop.selftest import run_self_test\n"
        "def broken(data_dir):\n"
        "    raise RuntimeError('no display')\n"
        "sys.exit(run_self_test(broken))\n"
    )
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["self-test failed at window: RuntimeError: no display"]
    assert not list(tmp_path.glob("pekerja-self-test-*"))
