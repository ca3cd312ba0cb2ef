"""End-to-end paths (kill loops, round trips between offices and the hub, upgrades, the self-test): each test here
is marked `e2e`, left out of README's quick test command and run by `.ci/run` in a step of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(item.fspath).resolve().parents:
            item.add_marker(pytest.mark.e2e)
