"""The interface's colours, named by what they are for, and the style-sheet snippets built from them.

Widgets take colours from `colours()` and style sheets from the functions below, never a colour code of their
own; each call reads the palette in use: `LIGHT`, or `DARK` when the system's palette — as Qt draws the window —
is dark (Windows 11 or a Linux desktop in dark mode). `follow_system()` chooses at start and keeps the system's
palette for the session: widgets styled before a switch of the system's setting would otherwise mix the two; the
switch applies at the next start. Where one of Qt's own palette roles fits (`palette(mid)`, `palette(window)`),
the snippets use it and follow the system.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette


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
    hint_text: str  # a rule or an explanation under a field, quieter than its label
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
    hint_text="#5f6873", neutral_mark="#55606e", detail_text="#555", strong_text="#1d2630", link="#005a8e",
    reprint="#7a2e8a",
    invalid_field="#fff0f0", highlight="#e8f1f8", highlight_border="#9cc3e0",
    warning_background="#fff3cd", warning_text="#6b4a00", warning_border="#e0c060",
    preview_background="#6b7680",
    drop_zone="#f5f8fa", drop_zone_hover="#e3f0f6", drop_zone_border="#7a8a99", drop_zone_text="#33414e",
    tile="#f4f7fa", tile_border="#d5dde5",
    bar="#0072b2", bar_reached="#009e73", bar_late="#d55e00", bar_track="#eef1f4",
)

# Text at least 4.5:1 against a dark window (#353535, the lightest of the usual ones) and against Windows 11's
# alternate rows in dark mode (#00457b); the band keeps its colour.
DARK = Palette(
    brand="#0b4f6c", on_dark="white", on_brand_outline="rgba(255,255,255,0.5)",
    alert_chip="#ffc107", on_alert_chip="#3d2b00",
    accent="#74b9ff", success="#66cf84", caution="#eab04c", finding_warning="#f2b25c", intake_warning="#f3b866",
    error_text="#ff9494", danger_heading="#ff9a78", muted_text="#b3b3b3", secondary_text="#b4bec9",
    hint_text="#aab4bf", neutral_mark="#b0bac5", detail_text="#b8b8b8", strong_text="#e8edf2", link="#72bcf2",
    reprint="#dc9fea",
    invalid_field="#4a1f24", highlight="#1f3a4f", highlight_border="#3f6f94",
    warning_background="#3d3214", warning_text="#f5d78a", warning_border="#8a7030",
    preview_background="#3a4148",
    drop_zone="#262c31", drop_zone_hover="#1f3a4f", drop_zone_border="#7a8a99", drop_zone_text="#c8d2dc",
    tile="#262b30", tile_border="#3d454d",
    bar="#56b4e9", bar_reached="#009e73", bar_late="#e69f00", bar_track="#30363c",
)
_in_use = LIGHT


def colours() -> Palette:
    """The palette in use."""
    return _in_use


def is_dark(system: QPalette) -> bool:
    """Light text on a dark window: the system's dark mode, as Qt draws the widgets (a style that ignores the
    system's dark mode, like Windows 10's, keeps a light palette, and then so do we)."""
    return (system.color(QPalette.ColorRole.Window).lightness()
            < system.color(QPalette.ColorRole.WindowText).lightness())


def use_variant_for(system: QPalette) -> Palette:
    """`DARK` for a dark system palette, else `LIGHT`; from now on `colours()` returns it."""
    global _in_use
    _in_use = DARK if is_dark(system) else LIGHT
    return _in_use


def follow_system(app: QGuiApplication) -> Palette:
    """At start: the variant for the system's palette, and that palette kept for the session (every role set,
    so that Qt does not replace it when the system switches)."""
    system = app.palette()
    app.setPalette(kept(system))
    return use_variant_for(system)


def kept(system: QPalette) -> QPalette:
    """A copy of `system` with every colour of every group set explicitly."""
    copy = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role in QPalette.ColorRole:
            if role not in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles):
                copy.setColor(group, role, system.color(group, role))
    return copy


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
    """A rule or an explanation under a field: quieter than the field's label."""
    return text_style(colours().hint_text)


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
