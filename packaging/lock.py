"""Resolve the build's locked requirements: every package of the one-folder build (the dependencies and
PyInstaller), pinned with its SHA-256 hashes, for Windows x64 and for Linux x86_64, on the build's Python.

    python packaging/lock.py [--upgrade]

Writes packaging/requirements-windows-x64.txt and packaging/requirements-linux-x64.txt (read by
packaging/build.py, which installs them with `pip install --require-hashes`). Needs uv (`pip install uv`):
`uv pip compile` resolves for a platform other than the one it runs on. Without `--upgrade` the pins already in
the files are kept where pyproject.toml still allows them. Only wheels are allowed (`--only-binary :all:`), so a
lock that resolves proves that every package has a wheel for that platform.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD_PYTHON = "3.12"
# file name -> uv's target platform. Linux: PySide6 ≥ 6.10 ships manylinux_2_34 wheels (glibc 2.34: Debian 12,
# Ubuntu 22.04 and newer).
TARGETS = {
    "requirements-windows-x64.txt": "x86_64-pc-windows-msvc",
    "requirements-linux-x64.txt": "x86_64-manylinux_2_34",
}


def compile_command(uv: str, target: Path, platform: str, upgrade: bool) -> list[str]:
    command = [uv, "pip", "compile", "pyproject.toml", "--extra", "package", "--generate-hashes",
               "--python-version", BUILD_PYTHON, "--python-platform", platform, "--only-binary", ":all:",
               "--custom-compile-command", "python packaging/lock.py", "--quiet", "--output-file",
               str(target.relative_to(ROOT))]
    return [*command, "--upgrade"] if upgrade else command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="take the newest versions pyproject.toml allows")
    args = parser.parse_args(argv)
    uv = shutil.which("uv")
    if uv is None:
        raise SystemExit("lock failed: uv not found (python -m pip install uv)")
    for name, platform in TARGETS.items():
        target = ROOT / "packaging" / name
        subprocess.run(compile_command(uv, target, platform, args.upgrade), check=True, cwd=ROOT)
        print(f"wrote {target.relative_to(ROOT)} ({platform}, Python {BUILD_PYTHON})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
