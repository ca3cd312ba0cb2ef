"""A cold start imports only what the enrolment form needs: the PDF, QR, spreadsheet, fuzzy-matching and printing
modules of the other pages come with those pages (`main_window.PAGES`) or with the action that needs them; an office
on SQLite never loads SQLAlchemy's PostgreSQL dialect (`store/dialect.py`); and the core modules the window opens
with are imported before Qt (`ui/core_first.py`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import LOGIN

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "PIL", "zxingcpp", "segno", "openpyxl", "python_calamine", "xlrd", "rapidfuzz",
         "PySide6.QtPrintSupport", "PySide6.QtCharts", "sqlalchemy.dialects.postgresql", "psycopg")
# Started in a fresh interpreter: the test process has imported every page already.
CHILD = """
import argparse, json, sys

class BeforeQt:  # notes which modules were loaded when PySide6 was first asked for
    loaded = None

    def find_spec(self, name, path=None, target=None):
        if BeforeQt.loaded is None and name.startswith("PySide6"):
            BeforeQt.loaded = set(sys.modules)

sys.meta_path.insert(0, BeforeQt())
from pekerja_desktop.ui.app import start
window = start(argparse.Namespace(data_dir=sys.argv[1], lang=None, user=sys.argv[2]))
ready = window is not None and window.pages.currentWidget() is window.enrolment
window.runner.wait_for_done()
heavy = [name for name in json.loads(sys.argv[3]) if name in sys.modules]
core_after_qt = sorted(name for name in sys.modules if name.startswith("pekerja_desktop.")
                       and not name.startswith("pekerja_desktop.ui") and name not in BeforeQt.loaded)
print(json.dumps({"ready": ready, "heavy": heavy, "core_after_qt": core_after_qt}))
"""


def cold_start(data_dir: Path, child: str = CHILD) -> dict:
    """What `child` printed, run in a fresh interpreter signed in to `data_dir` without the dialog."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PEKERJA_PASSWORD=LOGIN[1],
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    result = subprocess.run([sys.executable, "-c", child, str(data_dir), LOGIN[0], json.dumps(HEAVY)], env=env,
                            capture_output=True, text=True, timeout=120, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_opens_on_the_form_without_the_heavy_modules(data_dir):
    started = cold_start(data_dir)
    assert started["ready"], "the window did not open on the enrolment form"
    assert started["heavy"] == []


def test_the_core_the_window_opens_with_is_imported_before_qt(data_dir):
    """Else PySide6's import hook reads each one's source: add what this names to ui/core_first.py."""
    assert cold_start(data_dir)["core_after_qt"] == []


def test_the_card_page_brings_its_renderer_when_first_shown(data_dir):
    """The probe above sees what it looks for: once the card page is built, its PDF and QR modules are there."""
    started = cold_start(data_dir, CHILD.replace("ready = ", "window.show_page(window._index['cards'])\nready = "))
    assert {"reportlab", "zxingcpp"} <= set(started["heavy"])
