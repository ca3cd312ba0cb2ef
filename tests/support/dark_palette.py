"""A stand-in for a dark system: a palette modelled on the one Qt gives widgets on Windows 11 in dark mode
(qwindowstheme.cpp: a #1e1e1e window, white text, the accent colour for selections and, darkened three times,
alternate rows), drawn with the Fusion style the offscreen platform uses. For the tests and
`scripts/screenshots.py --dark`; the application itself only follows the system.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

ACCENT = QColor("#0078d4")  # Windows' default accent colour


def windows_dark_palette() -> QPalette:
    window, foreground = QColor("#1e1e1e"), QColor("white")
    button = window.lighter(200)
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in ((role.WindowText, foreground), (role.Text, foreground), (role.ButtonText, foreground),
                         (role.Window, window), (role.Base, window.lighter(150)), (role.Button, button),
                         (role.Light, button.lighter(200)), (role.Midlight, button.lighter(150)),
                         (role.Dark, button.darker(200)), (role.Mid, button.darker(150)),
                         (role.Shadow, QColor("black")), (role.BrightText, ACCENT.lighter(200)),
                         (role.Highlight, ACCENT), (role.HighlightedText, foreground),
                         (role.Link, ACCENT.lighter(150)), (role.LinkVisited, ACCENT.darker(170)),
                         (role.AlternateBase, ACCENT.darker(120).darker(120).darker(120)), (role.ToolTipBase, button),
                         (role.ToolTipText, foreground.darker(120)), (role.PlaceholderText, QColor("#a0a0a0"))):
        palette.setColor(name, colour)
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, QColor("#787878"))
    return palette
