"""Cold start of the window: process start → main window shown, the NIK field focused and taking input.

    python bench/bench_gui_start.py [--n 200000] [--data-dir DIR] [--runs 3]

Without --data-dir a data folder with --n demo participants is built (and kept under bench/out/ for the
next run). Each run is a fresh Python process (offscreen Qt unless QT_QPA_PLATFORM is set). Prints
`name: value unit` lines; the goal is gui_cold_start_ms < 1000 at 200,000 on a quiet machine (#15). On a shared,
loaded machine compare with main's code in interleaved runs (`PYTHONPATH=<other checkout>/src`, same --data-dir).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

# The measured child imports nothing of the application before its clock starts: `_common` (which loads the
# services, SQLAlchemy and the demo generator) is imported by the parent only.

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


def build_data_dir(n: int) -> Path:
    from _common import ADMIN, LOGIN
    from pekerja_desktop.services.accounts.signin import open_context
    from pekerja_desktop.services.setup.office import OfficeSetup, setup_office

    target = OUT / f"gui-start-{n}"
    if (target / "keyring.json").exists():  # (a folder from before encryption is rebuilt)
        return target
    if target.exists():
        import shutil

        shutil.rmtree(target)
    setup_office(target, OfficeSetup("8171A", "Disnaker Kota Ambon", "81.71", "field"), ADMIN)
    ctx = open_context(target, *LOGIN)
    try:
        from pekerja_desktop.services.demo.generate import generate_demo

        started = time.perf_counter()
        generate_demo(ctx, n, 1)
        print(f"demo_data_s: {time.perf_counter() - started:.1f} s ({n} participants)", file=sys.stderr)
    finally:
        ctx.close()
    return target


def child(data_dir: str) -> int:
    """Runs in the measured process: start the window, then prove the NIK field takes a keystroke."""
    started = time.time()
    # isort: off
    from pekerja_desktop.ui.app import start  # first, as `pekerja-desktop` does (ui/app.py loads the core before Qt)
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    # isort: on

    imported = time.time()
    window = start(argparse.Namespace(data_dir=data_dir, lang=None, user="bench"))
    shown = time.time()

    field = window.enrolment.form.identity.nik
    deadline = time.time() + 3

    def check() -> None:
        if QApplication.focusWidget() is not field and time.time() < deadline:
            QTimer.singleShot(1, check)  # the window system activates the window asynchronously
            return
        ok = window.focusWidget() is field
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_8, Qt.KeyboardModifier.NoModifier, "8"))
        ready = time.time()
        ok = ok and field.text() == "8"
        print(f"READY {ready:.6f} {started:.6f} {imported:.6f} {shown:.6f} {int(ok)}", flush=True)
        window.runner.wait_for_done()
        QApplication.quit()

    QTimer.singleShot(0, check)
    return QApplication.instance().exec()


def measure(data_dir: Path) -> dict:
    from _common import LOGIN

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy starts from compiled bytecode
    env["PEKERJA_USER"], env["PEKERJA_PASSWORD"] = LOGIN  # signs in without the dialog (argon2id included)
    begun = time.time()
    result = subprocess.run([sys.executable, __file__, "--child", str(data_dir)], env=env, capture_output=True,
                            text=True, timeout=120, check=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("READY"))
    ready, started, imported, shown, ok = (float(part) for part in line.split()[1:])
    return {"total": (ready - begun) * 1000, "interpreter": (started - begun) * 1000,
            "imports": (imported - started) * 1000, "window": (shown - imported) * 1000, "ok": bool(ok)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200_000, help="participants in the database")
    parser.add_argument("--data-dir", type=Path, help="an existing data folder to open instead")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child)
    data_dir = args.data_dir or build_data_dir(args.n)
    measure(data_dir)  # warm the file cache: "cold" is the process, not the disk
    runs = [measure(data_dir) for _ in range(args.runs)]
    if not all(run["ok"] for run in runs):
        print("error: the NIK field did not have the focus or did not take the keystroke", file=sys.stderr)
        return 1
    for key, name in (("total", "gui_cold_start_ms"), ("interpreter", "gui_interpreter_start_ms"),
                      ("imports", "gui_imports_ms"), ("window", "gui_open_and_show_ms")):
        print(f"{name}: {statistics.median(run[key] for run in runs):.0f} ms")
    print(f"gui_cold_start_max_ms: {max(run['total'] for run in runs):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
