"""Only the ui package may import Qt, and nothing outside it may import the ui (one-way layers)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pekerja_desktop

PACKAGE_DIR = Path(pekerja_desktop.__file__).resolve().parent
UI_DIR = PACKAGE_DIR / "ui"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module if node.level == 0 else "." * node.level + node.module)
    return found


def _python_files_outside_ui() -> list[Path]:
    return [p for p in PACKAGE_DIR.rglob("*.py") if UI_DIR not in p.parents]


def test_qt_is_imported_only_in_the_ui_package():
    offenders = [
        f"{path.relative_to(PACKAGE_DIR)}: {module}"
        for path in _python_files_outside_ui()
        for module in _imported_modules(path)
        if module.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


def test_nothing_below_the_ui_imports_the_ui():
    allowed = {PACKAGE_DIR / "__main__.py"}  # the composition root starts the window
    offenders = [
        f"{path.relative_to(PACKAGE_DIR)}: {module}"
        for path in _python_files_outside_ui()
        if path not in allowed
        for module in _imported_modules(path)
        if module.startswith(("pekerja_desktop.ui", ".ui", "..ui"))
    ]
    assert offenders == []


def test_the_cli_runs_without_loading_qt():
    code = (
        "import sys, pekerja_desktop.__main__, pekerja_desktop.cli.parser as p\n"
        "p.parser_with_every_command()\n"
        "import pekerja_desktop.services.enrolment.enrol, pekerja_desktop.services.register.search\n"
        "assert not [n for n in sys.modules if n.startswith('PySide6')], 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_ui_never_opens_a_database_session_itself():
    """Units of work (sessions) belong to services; the ui calls them with the AppContext."""
    offenders = []
    for path in UI_DIR.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if ".db.session(" in text or ".db.write(" in text or "pekerja_desktop.store" in text:
            offenders.append(str(path.relative_to(PACKAGE_DIR)))
    assert offenders == []
