"""Where cards go on paper: ISO/IEC 7810 ID-1 (CR80) cards, the A4 sheet of 2 × 5, and duplex mirroring.

Coordinates are PDF points with the origin at the bottom left of the page. A back page is printed on the
other side of the sheet, flipped on the long edge (portrait A4: around the vertical axis), so the point
(x, y) of the front lies behind (page width − x, y) of the back: the back of the card in column c is drawn in
the mirrored column, at the same row. A per-printer offset (dx to the right, dy downwards, in mm, as seen on
the back page) corrects printers that do not register both sides exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm


class CardLayout(StrEnum):
    SHEET = "sheet"  # A4, 2 × 5 cards, duplex back page
    SINGLE = "single"  # CR80 pages for card printers


CARD_WIDTH = 85.60 * mm
CARD_HEIGHT = 53.98 * mm
SAFE_MARGIN = 3 * mm  # critical content stays this far inside the card edge

SHEET_COLUMNS = 2
SHEET_ROWS = 5
CARDS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
COLUMN_GAP = 6 * mm
ROW_GAP = 2 * mm
CROP_MARK_OFFSET = 1.5 * mm  # from the card edge to the start of the mark
CROP_MARK_LENGTH = 5 * mm


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float = CARD_WIDTH
    height: float = CARD_HEIGHT

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height

    def inset(self, margin: float) -> Box:
        return Box(self.x + margin, self.y + margin, self.width - 2 * margin, self.height - 2 * margin)

    def contains(self, x0: float, y0: float, x1: float, y1: float, tolerance: float = 0.01) -> bool:
        return (x0 >= self.x - tolerance and x1 <= self.right + tolerance
                and y0 >= self.y - tolerance and y1 <= self.top + tolerance)


@dataclass(frozen=True)
class BackOffset:
    """Millimetres, as seen on the back page: dx to the right, dy downwards."""
    dx_mm: float = 0.0
    dy_mm: float = 0.0

    @property
    def dx(self) -> float:
        return self.dx_mm * mm

    @property
    def dy(self) -> float:
        return -self.dy_mm * mm  # PDF y grows upwards


SHEET_WIDTH, SHEET_HEIGHT = A4
GRID_WIDTH = SHEET_COLUMNS * CARD_WIDTH + (SHEET_COLUMNS - 1) * COLUMN_GAP
GRID_HEIGHT = SHEET_ROWS * CARD_HEIGHT + (SHEET_ROWS - 1) * ROW_GAP
GRID_LEFT = (SHEET_WIDTH - GRID_WIDTH) / 2
GRID_BOTTOM = (SHEET_HEIGHT - GRID_HEIGHT) / 2


def slot_position(index: int) -> tuple[int, int]:
    """Slot 0 is top left, filled row by row: (column, row), row 0 at the top."""
    if not 0 <= index < CARDS_PER_SHEET:
        raise ValueError(f"slot out of range: {index}")
    return index % SHEET_COLUMNS, index // SHEET_COLUMNS


def front_box(column: int, row: int) -> Box:
    x = GRID_LEFT + column * (CARD_WIDTH + COLUMN_GAP)
    y = GRID_BOTTOM + GRID_HEIGHT - CARD_HEIGHT - row * (CARD_HEIGHT + ROW_GAP)
    return Box(x, y)


def back_box(column: int, row: int, offset: BackOffset = BackOffset()) -> Box:
    """The back of the card printed at (column, row) on the front page."""
    front = front_box(column, row)
    return Box(SHEET_WIDTH - front.right + offset.dx, front.y + offset.dy)


def single_box() -> Box:
    """A CR80 page holds exactly one card."""
    return Box(0, 0)


def crop_marks() -> list[tuple[float, float, float, float]]:
    """Line segments in the sheet margins extending every card edge (none inside the grid)."""
    xs = sorted({b.x for b in _all_fronts()} | {b.right for b in _all_fronts()})
    ys = sorted({b.y for b in _all_fronts()} | {b.top for b in _all_fronts()})
    left, right = GRID_LEFT, GRID_LEFT + GRID_WIDTH
    bottom, top = GRID_BOTTOM, GRID_BOTTOM + GRID_HEIGHT
    near, far = CROP_MARK_OFFSET, CROP_MARK_OFFSET + CROP_MARK_LENGTH
    marks = []
    for x in xs:
        marks.append((x, top + near, x, top + far))
        marks.append((x, bottom - near, x, bottom - far))
    for y in ys:
        marks.append((left - near, y, left - far, y))
        marks.append((right + near, y, right + far, y))
    return marks


def _all_fronts() -> list[Box]:
    return [front_box(*slot_position(i)) for i in range(CARDS_PER_SHEET)]
