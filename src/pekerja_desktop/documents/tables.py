"""The two kinds of table every document draws: ruled (a light line under each row: label–value lists, lists of
people and events) and gridded (figures in a full grid, header shaded, totals shaded: reports and the bill), and
the bar that shows progress towards a target inside a gridded table."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.platypus import Table, TableStyle

from pekerja_desktop.documents.fonts import REGULAR
from pekerja_desktop.documents.styles import (
    BAR_DONE_FILL,
    BAR_FILL,
    BAR_TRACK,
    GRID_LINE,
    HEADER_FILL,
    ROW_RULE,
    Styles,
    para,
)

GRID_PADDING = 4  # points, left and right of every cell of a gridded table


def ruled_table(rows: list[list], widths: Sequence[float], *, header: bool = False, valign: str = "TOP") -> Table:
    """A light table; with `header`, the first row is shaded and repeated on every page."""
    table = Table(rows, colWidths=list(widths), hAlign="LEFT", repeatRows=1 if header else 0)
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), valign), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, ROW_RULE)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    table.setStyle(TableStyle(commands))
    return table


def label_value_table(pairs: Sequence[tuple[str, str]], styles: Styles, width: float) -> Table:
    """A label (grey) and its value on each line, the label in the first 30 % of the width."""
    rows = [[para(label, styles.label), para(value, styles.body)] for label, value in pairs]
    return ruled_table(rows, [0.3 * width, 0.7 * width])


def grid_commands(size: float) -> list[tuple]:
    """A gridded table's base look: body text of `size`, the header row shaded, cells centred vertically."""
    return [("FONT", (0, 0), (-1, -1), REGULAR, size), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 0.4, GRID_LINE),
            ("LEFTPADDING", (0, 0), (-1, -1), GRID_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), GRID_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]


def progress_bar(percent: float | None, width: float, height: float) -> Drawing:
    """A horizontal bar filled to `percent` of its width (capped at the whole); green once the target is met."""
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=BAR_TRACK, strokeColor=None))
    if percent:
        colour = BAR_DONE_FILL if percent >= 100 else BAR_FILL
        drawing.add(Rect(0, 0, width * min(percent, 100) / 100, height, fillColor=colour, strokeColor=None))
    return drawing
