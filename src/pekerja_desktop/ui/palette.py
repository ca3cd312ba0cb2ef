"""The interface's colours, named by what they are for, and the style-sheet snippets built from them.

Widgets take colours from `colours()` and style sheets from the functions below, never a colour code of their
own; each call reads the palette in use, so a dark variant can later be chosen in `colours()` alone (a second
`Palette` instance, returned when the system palette is dark). Where one of Qt's own palette roles fits
(`palette(dark)`, `palette(mid)`), the snippets use it and follow the system.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Palette:
    # the office's colour band: the window's header, the sign-in banner, the lock screen
    brand: str
    on_dark: str  # text and glyphs on the band and other dark or coloured surfaces
    on_brand_outline: str  # the outline of the header's counts
    alert_chip: str  # the header's "export now" warning
    on_alert_chip: str
    # text saying how something stands
    accent: str  # an action that went through; new cards; imported rows
    success: str  # confirmed by the hub; valid rows; KPJ number arrived
    caution: str  # drafts; waiting for the hub; changed data; temporary passwords
    finding_warning: str  # a warning under a field of the enrolment form
    intake_warning: str  # village-list rows valid with warnings or repeated; unknown columns
    error_text: str  # errors, rejections, locked accounts, late offices
    danger_heading: str  # the damaged-database dialog's heading
    muted_text: str  # what no longer counts (ended, deactivated) and refused actions
    secondary_text: str  # status lines, notes and hints beside the content
    neutral_mark: str  # an outcome neither good nor bad (already registered)
    detail_text: str  # the technical detail under an explanation
    strong_text: str  # figures and chart labels
    link: str  # a figure that opens the list behind it
    reprint: str  # reprint requests in the card queue
    # backgrounds and frames
    invalid_field: str  # behind a field typed wrongly (its frame is error_text)
    highlight: str  # the dashboard's drill-down bar, a chart row under the mouse
    highlight_border: str
    warning_background: str  # a warning box (overdue export)
    warning_text: str
    warning_border: str
    preview_background: str  # behind the card preview's pages
    drop_zone: str  # the file drop zone, idle
    drop_zone_hover: str  # …with a file over it (its frame is brand)
    drop_zone_border: str
    drop_zone_text: str
    tile: str  # the dashboard's figure tiles
    tile_border: str
    # the dashboard's bars (Okabe–Ito: told apart with the common colour-vision deficiencies)
    bar: str
    bar_reached: str  # target reached
    bar_late: str  # an office late with its bundles
    bar_track: str


LIGHT = Palette(
    brand="#0b4f6c", on_dark="white", on_brand_outline="rgba(255,255,255,0.5)",
    alert_chip="#ffc107", on_alert_chip="#3d2b00",
    accent="#1b5fa8", success="#1b7a33", caution="#8a5a00", finding_warning="#8a5300", intake_warning="#a86400",
    error_text="#b00020", danger_heading="#7a1b00", muted_text="#6b6b6b", secondary_text="#4a5663",
    neutral_mark="#55606e", detail_text="#555", strong_text="#1d2630", link="#005a8e", reprint="#7a2e8a",
    invalid_field="#fff0f0", highlight="#e8f1f8", highlight_border="#9cc3e0",
    warning_background="#fff3cd", warning_text="#6b4a00", warning_border="#e0c060",
    preview_background="#6b7680",
    drop_zone="#f5f8fa", drop_zone_hover="#e3f0f6", drop_zone_border="#7a8a99", drop_zone_text="#33414e",
    tile="#f4f7fa", tile_border="#d5dde5",
    bar="#0072b2", bar_reached="#009e73", bar_late="#d55e00", bar_track="#eef1f4",
)


def colours() -> Palette:
    """The palette in use."""
    return LIGHT


@lru_cache(maxsize=64)
def qcolor(colour: str) -> QColor:
    """A palette colour for painting and item models (parsed once)."""
    return QColor(colour)


# --- style-sheet snippets ----------------------------------------------------------------------------

def text_style(colour: str, *, bold: bool = False) -> str:
    return f"color: {colour};" + (" font-weight: 600;" if bold else "")


def error_style() -> str:
    """An error said in a label, the same red everywhere."""
    return text_style(colours().error_text)


def done_style() -> str:
    """An action that went through, the same blue on every page."""
    return text_style(colours().accent, bold=True)


def secondary_style() -> str:
    return text_style(colours().secondary_text)


def hint_style() -> str:
    """A rule or an explanation under a field: quieter than the field's label, following the system."""
    return "color: palette(dark);"


def framed_style(padding: int) -> str:
    """A value shown in a thin frame (a key fingerprint, the recovery key)."""
    return f"padding: {padding}px; border: 1px solid palette(mid);"


def title_style() -> str:
    """The title of the sign-in dialog and of the lock screen."""
    return "font-size: 18pt; font-weight: bold;"


def brand_background(name: str) -> str:
    """The object named `name` on the office's colour."""
    return f"#{name} {{ background: {colours().brand}; }}"


def brand_band(name: str) -> str:
    """The object named `name` on the office's colour, its labels in the colour written on it."""
    return brand_background(name) + f" #{name} QLabel {{ color: {colours().on_dark}; }}"


def warning_box_style() -> str:
    c = colours()
    return (f"background: {c.warning_background}; color: {c.warning_text}; border: 1px solid {c.warning_border}; "
            "border-radius: 4px; padding: 4px 8px;")
