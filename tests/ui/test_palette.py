"""One palette: every colour of the interface is a named role of `ui/palette.py`, and no other ui module writes a
colour code of its own; its dark variant is chosen when the system's palette is dark, and reads as well."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

import pekerja_desktop.ui
from pekerja_desktop.ui import palette
from tests.support.dark_palette import windows_dark_palette

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


# --- the dark variant ------------------------------------------------------------------------------

TEXT_ROLES = ("accent", "success", "caution", "finding_warning", "intake_warning", "error_text", "danger_heading",
              "muted_text", "secondary_text", "hint_text", "neutral_mark", "detail_text", "strong_text", "link",
              "reprint")
LIGHTEST_DARK_WINDOW = "#353535"  # Fusion's dark window; Windows 11's is darker (#1e1e1e)
WINDOWS_DARK_ALTERNATE_ROWS = "#00457b"  # the accent darkened three times (tests/support/dark_palette.py)


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio."""
    def luminance(colour: str) -> float:
        rgb = QColor(colour)
        channels = [c / 255 for c in (rgb.red(), rgb.green(), rgb.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def dark_system(qapp):
    """The application as on Windows 11 in dark mode; the light system back afterwards."""
    light = qapp.palette()
    qapp.setPalette(windows_dark_palette())
    yield qapp
    qapp.setPalette(light)
    palette.use_variant_for(light)


def test_a_dark_system_gets_the_dark_variant_and_keeps_its_palette(dark_system):
    assert palette.follow_system(dark_system) is palette.DARK and palette.colours() is palette.DARK
    kept = dark_system.palette()
    assert kept.color(QPalette.ColorRole.Window) == QColor("#1e1e1e")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        assert all(kept.isBrushSet(group, role) for role in QPalette.ColorRole
                   if role not in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles)), \
            "every colour set explicitly: a switch of the system's setting cannot half-restyle the window"
    assert palette.error_style() == f"color: {palette.DARK.error_text};"
    assert palette.hint_style() == f"color: {palette.DARK.hint_text};"


def test_a_light_system_gets_the_light_variant(qapp):
    assert not palette.is_dark(qapp.palette())
    assert palette.use_variant_for(qapp.palette()) is palette.LIGHT
    assert palette.is_dark(windows_dark_palette())


def test_every_role_of_both_variants_is_named_alike_and_readable():
    for variant in (palette.LIGHT, palette.DARK):
        for role in dataclasses.fields(palette.Palette):
            value = getattr(variant, role.name)
            assert value.startswith("rgba(") or QColor(value).isValid(), f"{role.name} = {value!r}"
    dark = palette.DARK
    for role in TEXT_ROLES:
        for background in (LIGHTEST_DARK_WINDOW, WINDOWS_DARK_ALTERNATE_ROWS, dark.tile, dark.drop_zone):
            assert contrast(getattr(dark, role), background) >= 4.5, (role, background)
    for text, background in (("warning_text", "warning_background"), ("drop_zone_text", "drop_zone"),
                             ("on_alert_chip", "alert_chip"), ("strong_text", "highlight")):
        assert contrast(getattr(dark, text), getattr(dark, background)) >= 4.5, text
    assert contrast(palette.LIGHT.hint_text, "#efefef") >= 4.5, "hints readable on a light window too"
