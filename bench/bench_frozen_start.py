"""Cold start of the frozen (PyInstaller) build to a ready main window, from its `--self-test` output.

    python bench/bench_frozen_start.py [--exe dist/pekerja-desktop/pekerja-desktop] [--runs 5]

Each run is a fresh process. `frozen_to_first_line_ms` is process spawn → the first self-test line
(bootloader, unpacking nothing — one-folder —, interpreter, the non-Qt imports); the window step
(Qt import, translations, opening the office database, building, showing and closing the main window)
is timed inside the process. Their sum, `frozen_cold_start_ms`, is spawn → ready form on a small
database, without the set-up, enrolment and card steps that the self-test runs in between. The same is
measured for the development install (`python -m pekerja_desktop`) for comparison. Prints `name: value
unit` lines. (For a large register use bench_gui_start.py on the dev install: opening the window does not
depend on how it was packaged.)
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXE = ROOT / "dist" / "pekerja-desktop" / ("pekerja-desktop.exe" if sys.platform == "win32"
                                                   else "pekerja-desktop")
WINDOW_MS = re.compile(r"^ok: window: .*\[(\d+) ms\]$")


def measure(command: list[str]) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    begun = time.perf_counter()
    process = subprocess.Popen([*command, "--self-test"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    first_line = None
    window_ms = None
    assert process.stdout is not None
    for line in process.stdout:
        if first_line is None:
            first_line = (time.perf_counter() - begun) * 1000
        match = WINDOW_MS.match(line.strip())
        if match:
            window_ms = float(match.group(1))
    if process.wait(timeout=300) != 0 or first_line is None or window_ms is None:
        raise SystemExit(f"error: {' '.join(command)} --self-test failed")
    return first_line, window_ms


def report(prefix: str, command: list[str], runs: int) -> None:
    measure(command)  # warm the file cache: "cold" is the process, not the disk
    results = [measure(command) for _ in range(runs)]
    first = statistics.median(r[0] for r in results)
    window = statistics.median(r[1] for r in results)
    print(f"{prefix}_to_first_line_ms: {first:.0f} ms")
    print(f"{prefix}_window_step_ms: {window:.0f} ms")
    print(f"{prefix}_cold_start_ms: {statistics.median(r[0] + r[1] for r in results):.0f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=DEFAULT_EXE)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-dev", action="store_true", help="skip the development install comparison")
    args = parser.parse_args(argv)
    if not args.exe.exists():
        print(f"error: {args.exe} missing: run python packaging/build.py first", file=sys.stderr)
        return 1
    report("frozen", [str(args.exe)], args.runs)
    if not args.no_dev:
        report("dev", [sys.executable, "-m", "pekerja_desktop"], args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
