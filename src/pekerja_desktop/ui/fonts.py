"""The interface's own fonts, so that a screen is laid out the same on every machine whatever fonts it has.

Lato (SIL Open Font Licence) for every text and DejaVu Sans Mono for NIKs, fingerprints and keys, both in
`resources/fonts/ui/` with their licence. `install_ui_fonts` registers them with Qt and makes Lato the
application's font; it runs once the QApplication exists and before any widget is built (`app.py`, the
self-test window, the screenshot script and the tests' fixture all call it).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from pekerja_desktop.assets import asset_path

UI_FAMILY = "Lato"
FIXED_FAMILY = "DejaVu Sans Mono"
UI_POINT_SIZE = 10  # Lato at 10 pt is as tall as the usual 9 pt system fonts, and narrower
FONT_FILES = ("Lato-Regular.ttf", "Lato-Bold.ttf", "Lato-Italic.ttf", "DejaVuSansMono.ttf")

log = logging.getLogger(__name__)
_families: set[str] = set()


def register_ui_fonts() -> set[str]:
    """Adds the bundled files to Qt's font database once; returns the families registered."""
    if not _families:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(asset_path(f"fonts/ui/{name}")))
            if font_id < 0:
                log.warning("the bundled font %s could not be loaded", name)
                continue
            _families.update(QFontDatabase.applicationFontFamilies(font_id))
    return set(_families)


def ui_font() -> QFont:
    """Lato at the interface's size, unhinted: text advances are the font's own on every system (hinting would
    make them depend on the machine's font configuration)."""
    font = QFont(UI_FAMILY)
    font.setPointSize(UI_POINT_SIZE)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def install_ui_fonts(app: QApplication) -> None:
    """The bundled fonts registered and Lato the default of every widget built from now on."""
    if UI_FAMILY in register_ui_fonts():
        app.setFont(ui_font())


def fixed_font(point_size: int | None = None) -> QFont:
    """The bundled fixed-width font (the system's if it is missing), at `point_size` or the interface's size."""
    family = FIXED_FAMILY if FIXED_FAMILY in register_ui_fonts() else \
        QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    font = QFont(family)
    font.setPointSize(point_size or UI_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
