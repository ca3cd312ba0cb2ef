"""One command for the one-folder build: compile the translations, run PyInstaller, smoke-test the result.

    python3.12 packaging/build.py [--python PYTHON] [--here] [--skip-pyinstaller] [--no-clean]

First it makes build/env, a virtual environment of PYTHON (default: the one running this script; it must be the
Python the lock is for, 3.12) holding exactly the packages of the lock for this platform
(packaging/requirements-<platform>.txt, every file checked against its SHA-256), and runs the build there. `--here`
builds with the packages of the running interpreter instead (quicker, not reproducible).

Output: dist/pekerja-desktop/ (the folder packaging/windows/pekerja-desktop.iss installs), with two programs:
`pekerja-desktop` (the window) and `pekerja-desktop-cli` (the console companion). Prints `name: value unit` lines:
`build_s`, `build_size_mb`, `frozen_self_test_s`. Exit 1 if any stage fails.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from lock import BUILD_PYTHON, TARGETS

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pekerja-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_DIR = DIST / "pekerja-desktop"
BUILD_ENV = ROOT / "build" / "env"
LOCKS = {"win32": "requirements-windows-x64.txt", "linux": "requirements-linux-x64.txt"}
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "src" / "pekerja_desktop" / "resources" / "i18n"


def executable(name: str = "pekerja-desktop") -> Path:
    return APP_DIR / (f"{name}.exe" if sys.platform == "win32" else name)


def lock_file() -> Path:
    name = LOCKS.get(sys.platform)
    if name is None or name not in TARGETS:
        raise SystemExit(f"build failed: no locked requirements for {sys.platform} (packaging/lock.py); use --here")
    return ROOT / "packaging" / name


def env_python() -> Path:
    return BUILD_ENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def prepare_build_env(python: str) -> Path:
    """build/env with exactly the locked packages; made again whenever the lock file changes."""
    lock = lock_file()
    stamp = BUILD_ENV / "lock.sha256"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text(encoding="utf-8") == digest and env_python().exists():
        return env_python()
    shutil.rmtree(BUILD_ENV, ignore_errors=True)
    subprocess.run([python, "-m", "venv", str(BUILD_ENV)], check=True)
    version = subprocess.run([str(env_python()), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    if version != BUILD_PYTHON:
        shutil.rmtree(BUILD_ENV, ignore_errors=True)
        raise SystemExit(f"build failed: {lock.name} is for Python {BUILD_PYTHON}, {python} is {version} "
                         f"(--python PATH names another; --here builds without the lock)")
    subprocess.run([str(env_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "--require-hashes", "--only-binary", ":all:", "-r", str(lock)], check=True)
    stamp.write_text(digest, encoding="utf-8")
    return env_python()


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


def run_frozen(name: str, *arguments: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONPATH", None)  # the frozen app must not lean on the source tree
    result = subprocess.run([str(executable(name)), *arguments], env=env, capture_output=True, text=True,
                            timeout=300, cwd=DIST)
    if result.returncode != 0:
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
        raise SystemExit(f"build failed: {name} {' '.join(arguments)} exited {result.returncode}")
    return result


def smoke_test() -> float:
    """The window's self-test end to end; the console companion (the same code) only has to start."""
    started = time.perf_counter()
    sys.stdout.write(run_frozen("pekerja-desktop", "--self-test").stdout)
    seconds = time.perf_counter() - started
    print(f"ok: console companion: {run_frozen('pekerja-desktop-cli', '--version').stdout.strip()}")
    return seconds


def parse_arguments(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help=f"the Python {BUILD_PYTHON} that makes build/env")
    parser.add_argument("--here", action="store_true", help="build with this interpreter's packages, not the lock")
    parser.add_argument("--skip-pyinstaller", action="store_true", help="only smoke-test the existing build")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache (faster rebuilds)")
    args = parser.parse_args(argv)
    stages = [flag for flag, on in (("--skip-pyinstaller", args.skip_pyinstaller), ("--no-clean", args.no_clean))
              if on]
    return args, stages


def main(argv: list[str] | None = None) -> int:
    args, stages = parse_arguments(argv)
    started = time.perf_counter()
    if not args.here:
        python = prepare_build_env(args.python)
        print(f"build_env_s: {time.perf_counter() - started:.1f} s", flush=True)
        return subprocess.run([str(python), __file__, "--here", *stages]).returncode
    if not args.skip_pyinstaller:
        for path in compile_translations():
            print(f"compiled {path.relative_to(ROOT)}")
        run_pyinstaller(clean=not args.no_clean)
    build_seconds = time.perf_counter() - started
    for name in ("pekerja-desktop", "pekerja-desktop-cli"):
        if not executable(name).exists():
            raise SystemExit(f"build failed: {executable(name)} missing")
    self_test_seconds = smoke_test()
    print(f"wrote {write_version_include().relative_to(ROOT)}")
    print(f"build_s: {build_seconds:.1f} s")
    print(f"build_size_mb: {folder_size_mb(APP_DIR):.1f} MB")
    print(f"frozen_self_test_s: {self_test_seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
