"""One command for the one-folder build: compile the translations, run PyInstaller, smoke-test the result.

    python packaging/build.py [--skip-pyinstaller] [--no-clean]

Output: dist/pekerja-desktop/ (the folder packaging/windows/pekerja-desktop.iss installs). Prints
`name: value unit` lines: `build_s`, `build_size_mb`, `frozen_self_test_s`. Exit 1 if any stage fails.
Needs the `package` extra (`pip install .[package]`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pekerja-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_DIR = DIST / "pekerja-desktop"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "src" / "pekerja_desktop" / "resources" / "i18n"


def executable() -> Path:
    return APP_DIR / ("pekerja-desktop.exe" if sys.platform == "win32" else "pekerja-desktop")


def lrelease() -> list[str]:
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("build failed: lrelease not found (install PySide6-Essentials)")
    return [found]


def compile_translations() -> list[Path]:
    """The same compile step as setup.py: every resources/i18n/*_<lang>.ts into pekerja_<lang>.qm."""
    by_language: dict[str, list[Path]] = {}
    for path in sorted(TS_DIR.glob("*_*.ts")):
        by_language.setdefault(path.stem.rsplit("_", 1)[1], []).append(path)
    QM_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for language, sources in by_language.items():
        target = QM_DIR / f"pekerja_{language}.qm"
        subprocess.run([*lrelease(), "-silent", *map(str, sources), "-qm", str(target)], check=True)
        written.append(target)
    if not written:
        raise SystemExit(f"build failed: no translation sources in {TS_DIR}")
    return written


def run_pyinstaller(clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)


def write_version_include() -> Path:
    """dist/version.iss: the version for the Inno Setup script, from the package being built."""
    sys.path.insert(0, str(ROOT / "src"))
    from pekerja_desktop import __version__

    target = DIST / "version.iss"
    target.write_text(f'#define AppVersion "{__version__}"\n', encoding="utf-8")
    return target


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def smoke_test() -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONPATH", None)  # the frozen app must not lean on the source tree
    started = time.perf_counter()
    result = subprocess.run([str(executable()), "--self-test"], env=env, capture_output=True, text=True,
                            timeout=300, cwd=DIST)
    seconds = time.perf_counter() - started
    sys.stdout.write(result.stdout)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"build failed: the frozen self-test exited {result.returncode}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-pyinstaller", action="store_true", help="only smoke-test the existing build")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache (faster rebuilds)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if not args.skip_pyinstaller:
        for path in compile_translations():
            print(f"compiled {path.relative_to(ROOT)}")
        run_pyinstaller(clean=not args.no_clean)
    build_seconds = time.perf_counter() - started
    if not executable().exists():
        raise SystemExit(f"build failed: {executable()} missing")
    self_test_seconds = smoke_test()
    print(f"wrote {write_version_include().relative_to(ROOT)}")
    print(f"build_s: {build_seconds:.1f} s")
    print(f"build_size_mb: {folder_size_mb(APP_DIR):.1f} MB")
    print(f"frozen_self_test_s: {self_test_seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
