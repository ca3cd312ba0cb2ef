"""Build hook: compile the Qt Linguist catalogues (resources/i18n/*_<lang>.ts) into
pekerja_desktop/resources/i18n/pekerja_<lang>.qm. Everything else is in pyproject.toml.

`.qm` files are build output (gitignored). A regular build writes them into the wheel; an editable
install writes them into the source package. Without lrelease the build still succeeds and the
application compiles the catalogues at first start (see pekerja_desktop.ui.i18n).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TS_DIR = ROOT / "resources" / "i18n"
QM_SUBDIR = Path("pekerja_desktop") / "resources" / "i18n"


def _lrelease() -> list[str] | None:
    try:
        import PySide6
    except ImportError:
        found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
        return [found] if found else None
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).resolve().parent / name
    return [str(bundled)] if bundled.exists() else None


def _catalogues() -> dict[str, list[Path]]:
    by_language: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(TS_DIR.glob("*_*.ts")):
        by_language[path.stem.rsplit("_", 1)[1]].append(path)
    return by_language


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        target_root = ROOT / "src" if getattr(self, "editable_mode", False) else Path(self.build_lib)
        self.compile_translations(target_root / QM_SUBDIR)

    def compile_translations(self, target_dir: Path) -> None:
        command = _lrelease()
        if command is None:
            self.warn("lrelease not found: translations will be compiled at first start")
            return
        target_dir.mkdir(parents=True, exist_ok=True)
        for language, sources in _catalogues().items():
            target = target_dir / f"pekerja_{language}.qm"
            subprocess.run([*command, "-silent", *map(str, sources), "-qm", str(target)], check=True)
            self.announce(f"compiled {target}", level=2)


setup(cmdclass={"build_py": BuildPyWithTranslations})
