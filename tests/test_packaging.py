"""The build's locked requirements (packaging/requirements-*.txt) still satisfy pyproject.toml: a bound changed
without running packaging/lock.py again fails here, not in a Windows build."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
from lock import BUILD_PYTHON, TARGETS  # noqa: E402

PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+) \\$")
PLATFORMS = {"requirements-windows-x64.txt": "win32", "requirements-linux-x64.txt": "linux"}


def _pins(lock: Path) -> dict[str, str]:
    lines = lock.read_text(encoding="utf-8").splitlines()
    return {canonicalize_name(m.group(1)): m.group(2) for m in map(PIN.match, lines) if m}


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in [*project["dependencies"], *project["optional-dependencies"]["package"]]]


def test_every_platform_of_the_lock_script_is_checked():
    assert set(PLATFORMS) == set(TARGETS)


@pytest.mark.parametrize("name", sorted(PLATFORMS))
def test_the_lock_pins_what_pyproject_allows(name):
    pins = _pins(ROOT / "packaging" / name)
    environment = {"python_version": BUILD_PYTHON, "sys_platform": PLATFORMS[name],
                   "platform_system": "Windows" if PLATFORMS[name] == "win32" else "Linux"}
    applicable = [r for r in _declared() if r.marker is None or r.marker.evaluate(environment)]
    assert {canonicalize_name(r.name) for r in applicable} <= set(pins)
    outside = [f"{r.name}=={pins[canonicalize_name(r.name)]} not in {r.specifier}" for r in applicable
               if not r.specifier.contains(pins[canonicalize_name(r.name)], prereleases=True)]
    assert outside == []


@pytest.mark.parametrize("name", sorted(PLATFORMS))
def test_every_pin_carries_its_hashes(name):
    text = (ROOT / "packaging" / name).read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])  # after the two header lines
    unhashed = [entry.split()[0] for entry in entries if "--hash=sha256:" not in entry]
    assert len(entries) == len(_pins(ROOT / "packaging" / name)) and unhashed == []
