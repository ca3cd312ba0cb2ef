"""The bundled DejaVu Sans fonts (resources/fonts, Bitstream Vera licence), registered once with ReportLab,
and text fitting: shrink to a minimum size, then wrap, measured with pdfmetrics.stringWidth."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pekerja_desktop.assets import asset_path
from pekerja_desktop.domain.characters import visible_text

REGULAR = "PekerjaSans"
BOLD = "PekerjaSans-Bold"
CONDENSED = "PekerjaSansCondensed"
CONDENSED_BOLD = "PekerjaSansCondensed-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Idempotent and thread-safe (the GUI renders on a worker thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(asset_path(f"fonts/{file_name}"))))
        _registered = True


@lru_cache(maxsize=8192)
def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    font: str

    @property
    def leading(self) -> float:
        return self.size * 1.15


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a single word wider than the line is broken between characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        *whole, current = _break_word(word, font, size, width)
        lines.extend(whole)
    if current:
        lines.append(current)
    return lines


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    if text_width(word, font, size) <= width:
        return [word]
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            pieces.append(current)
            current = ""
        current += char
    pieces.append(current)
    return pieces


def fit_text(text: str, font: str, width: float, max_size: float, min_size: float, max_lines: int = 2,
             floor: float | None = None, wrap_max: float | None = None, step: float = 0.25) -> FittedText:
    """Shrink, then wrap: the largest size ≥ `min_size` at which `text` fits on one line; else wrapped on at most
    `max_lines` at the largest size from `wrap_max` (default `max_size`) down to `floor` (default `min_size`); else
    cut with an ellipsis at `floor`.
    No line is ever wider than `width`; a control or bidirectional character shows as U+FFFD (never obeyed)."""
    text = visible_text(text)
    floor = min_size if floor is None else floor
    size = max_size
    while size >= min_size:
        if text_width(text, font, size) <= width:
            return FittedText((text,), size, font)
        size -= step
    size = max_size if wrap_max is None else wrap_max
    while size >= floor:
        lines = wrap_words(text, font, size, width)
        if len(lines) <= max_lines:
            return FittedText(tuple(lines), size, font)
        size -= step
    lines = wrap_words(text, font, floor, width)[:max_lines]
    lines[-1] = _with_ellipsis(lines[-1], font, floor, width)
    return FittedText(tuple(lines), floor, font)


def _with_ellipsis(line: str, font: str, size: float, width: float) -> str:
    while line and text_width(line + "…", font, size) > width:
        line = line[:-1]
    return line + "…"
