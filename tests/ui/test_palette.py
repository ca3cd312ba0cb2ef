"""One palette: every colour of the interface is a named role of `ui/palette.py`, and no other ui module writes a
colour code of its own (a dark variant then needs one more `Palette`, nothing else)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

import pekerja_desktop.ui
from pekerja_desktop.ui import palette

UI_DIR = Path(pekerja_desktop.ui.__file__).resolve().parent
COLOUR_CODE = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|\brgba?\(|QColor\(\s*[\"']")


def test_no_ui_module_but_the_palette_writes_a_colour():
    offenders = [f"{path.relative_to(UI_DIR)}:{number}: {line.strip()}"
                 for path in sorted(UI_DIR.rglob("*.py")) if path.name != "palette.py"
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if COLOUR_CODE.search(line)]
    assert offenders == []


def test_every_role_of_the_palette_is_a_colour_qt_reads():
    for role in dataclasses.fields(palette.Palette):
        value = getattr(palette.colours(), role.name)
        if value.startswith("rgba("):  # Qt style sheets read it; QColor does not parse the syntax
            continue
        assert QColor(value).isValid(), f"{role.name} = {value!r}"


def test_the_palette_is_one_frozen_value_the_snippets_read_at_each_call():
    with pytest.raises(dataclasses.FrozenInstanceError):
        palette.LIGHT.brand = "black"  # type: ignore[misc]
    assert palette.colours() is palette.LIGHT
    assert palette.error_style() == f"color: {palette.LIGHT.error_text};"
    assert palette.brand_band("banner").startswith(f"#banner {{ background: {palette.LIGHT.brand}; }}")
