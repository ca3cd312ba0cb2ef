"""Page layouts: the A4 sheet (2 × 5 cards, crop marks, a mirrored back page for long-edge duplex), single CR80
pages for card printers, and the duplex alignment test page. Writers take cards one by one and emit pages as
soon as they are full, so a run of any size holds at most one sheet of cards."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pekerja_desktop.documents.fonts import CONDENSED, CONDENSED_BOLD, wrap_words
from pekerja_desktop.documents.styles import QUIET_INK
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.cards.card_data import CardFacts
from pekerja_desktop.services.cards.geometry import (
    CARD_HEIGHT,
    CARD_WIDTH,
    CARDS_PER_SHEET,
    GRID_BOTTOM,
    GRID_HEIGHT,
    GRID_LEFT,
    SHEET_WIDTH,
    BackOffset,
    Box,
    back_box,
    crop_marks,
    front_box,
    single_box,
    slot_position,
)
from pekerja_desktop.services.cards.render_card import CardTemplate

LAYOUT_TEXTS = {
    "front": {"id": "Lembar {sheet} · depan · {first} – {last}", "en": "Sheet {sheet} · front · {first} – {last}"},
    "back": {"id": "Lembar {sheet} · belakang (geser {dx:+.1f} / {dy:+.1f} mm)",
             "en": "Sheet {sheet} · back (offset {dx:+.1f} / {dy:+.1f} mm)"},
}
SHEET_LABEL_SIZE = 6.5
SHEET_LABEL_RISE = 3.6 * mm  # above the card grid, between the crop marks


class SheetWriter:
    """A4 sheets: a front page of up to ten cards, then the page of their backs, mirrored for the duplex."""

    def __init__(self, canvas: Canvas, template: CardTemplate, offset: BackOffset):
        self.canvas = canvas
        self.template = template
        self.offset = offset
        self.pending: list[CardFacts] = []
        self.sheets = 0
        template.define_forms(canvas)

    @property
    def pages(self) -> int:
        return 2 * self.sheets

    def add(self, facts: CardFacts) -> None:
        self.pending.append(facts)
        if len(self.pending) == CARDS_PER_SHEET:
            self.flush()

    def finish(self) -> None:
        self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        self.sheets += 1
        self._front_page()
        self._back_page()
        self.pending = []

    def _front_page(self) -> None:
        canvas = self.canvas
        for index, facts in enumerate(self.pending):
            self.template.draw_front(canvas, facts, front_box(*slot_position(index)))
        draw_crop_marks(canvas)
        label = render(LAYOUT_TEXTS, "front", {"sheet": self.sheets, "first": self.pending[0].registration_number,
                                              "last": self.pending[-1].registration_number},
                       self.template.language)
        _sheet_label(canvas, label, GRID_LEFT + 8 * mm, align_right=False)
        canvas.showPage()

    def _back_page(self) -> None:
        canvas = self.canvas
        for index, facts in enumerate(self.pending):
            self.template.draw_back(canvas, facts, back_box(*slot_position(index), self.offset))
        label = render(LAYOUT_TEXTS, "back", {"sheet": self.sheets, "dx": self.offset.dx_mm,
                                             "dy": self.offset.dy_mm}, self.template.language)
        _sheet_label(canvas, label, SHEET_WIDTH - GRID_LEFT - 8 * mm, align_right=True)
        canvas.showPage()


class SingleWriter:
    """One card per CR80 page: front page, then back page, for card printers."""

    def __init__(self, canvas: Canvas, template: CardTemplate):
        self.canvas = canvas
        self.template = template
        self.cards = 0
        template.define_forms(canvas)

    @property
    def pages(self) -> int:
        return 2 * self.cards

    def add(self, facts: CardFacts) -> None:
        self.template.draw_front(self.canvas, facts, single_box())
        self.canvas.showPage()
        self.template.draw_back(self.canvas, facts, single_box())
        self.canvas.showPage()
        self.cards += 1

    def finish(self) -> None:
        pass


def draw_crop_marks(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.lines(crop_marks())
    canvas.restoreState()


def _sheet_label(canvas: Canvas, text: str, x: float, *, align_right: bool) -> None:
    canvas.saveState()
    canvas.setFillColor(QUIET_INK)
    canvas.setFont(CONDENSED, SHEET_LABEL_SIZE)
    y = GRID_BOTTOM + GRID_HEIGHT + SHEET_LABEL_RISE
    (canvas.drawRightString if align_right else canvas.drawString)(x, y, text)
    canvas.restoreState()


# --- the alignment test ----------------------------------------------------------------------------

ALIGNMENT_TEXTS = {
    "title": {"id": "UJI PERATAAN CETAK BOLAK-BALIK", "en": "DUPLEX ALIGNMENT TEST"},
    "front": {"id": "Sisi depan. Cetak halaman 1–2 bolak-balik, balik pada sisi panjang, tanpa penskalaan "
              "(ukuran sebenarnya).",
              "en": "Front side. Print pages 1–2 double-sided, flip on the long edge, at actual size "
              "(no scaling)."},
    "back": {"id": "Sisi belakang. Terawangkan lembar ke cahaya: baca di skala ini (mm) letak silang sisi depan. "
             "Tambahkan angka itu ke geseran belakang printer ini: dx (ke kanan) dan dy (ke bawah).",
             "en": "Back side. Hold the sheet against the light: read on this scale (mm) where the cross of the "
             "front falls. Add those numbers to this printer's back offset: dx (right) and dy (down)."},
    "current": {"id": "Geseran belakang saat ini: dx {dx:+.1f} mm, dy {dy:+.1f} mm",
                "en": "Current back offset: dx {dx:+.1f} mm, dy {dy:+.1f} mm"},
}
SCALE_HALF_MM = 5


def draw_alignment_test(canvas: Canvas, offset: BackOffset, language: str) -> None:
    """Page 1: card outlines with a cross at each centre. Page 2: a millimetre scale behind each cross, with the
    printer's current back offset applied."""
    text = lambda code: render(ALIGNMENT_TEXTS, code, {"dx": offset.dx_mm, "dy": offset.dy_mm}, language)  # noqa: E731
    for index in range(CARDS_PER_SHEET):
        box = front_box(*slot_position(index))
        canvas.setLineWidth(0.25)
        canvas.rect(box.x, box.y, CARD_WIDTH, CARD_HEIGHT)
        _cross(canvas, box.x + CARD_WIDTH / 2, box.y + CARD_HEIGHT / 2, 6 * mm)
    draw_crop_marks(canvas)
    _alignment_caption(canvas, [text("title"), text("front"), text("current")], front_box(0, 0))
    canvas.showPage()
    for index in range(CARDS_PER_SHEET):
        box = back_box(*slot_position(index), offset)
        _scale(canvas, box.x + CARD_WIDTH / 2, box.y + CARD_HEIGHT / 2)
    _alignment_caption(canvas, [text("title"), text("back"), text("current")], back_box(0, 0, offset))
    canvas.showPage()


def _cross(canvas: Canvas, x: float, y: float, arm: float) -> None:
    canvas.setLineWidth(0.5)
    canvas.line(x - arm, y, x + arm, y)
    canvas.line(x, y - arm, x, y + arm)


def _scale(canvas: Canvas, x: float, y: float) -> None:
    """Ticks every millimetre from −5 to +5 on both axes; positive dx to the right, positive dy downwards."""
    canvas.setLineWidth(0.2)
    half = SCALE_HALF_MM * mm
    canvas.line(x - half, y, x + half, y)
    canvas.line(x, y - half, x, y + half)
    canvas.setFont(CONDENSED, 4.5)
    for step in range(-SCALE_HALF_MM, SCALE_HALF_MM + 1):
        tick = 1.6 * mm if step % 5 == 0 else 0.9 * mm
        canvas.line(x + step * mm, y - tick / 2, x + step * mm, y + tick / 2)
        canvas.line(x - tick / 2, y - step * mm, x + tick / 2, y - step * mm)
        if step and step % 5 == 0:
            canvas.drawCentredString(x + step * mm, y - 3.2 * mm, f"{step:+d}")
            canvas.drawString(x + 1.4 * mm, y - step * mm - 0.6 * mm, f"{step:+d}")


def _alignment_caption(canvas: Canvas, lines: list[str], box: Box) -> None:
    """The title and instructions in the top part of a card box, clear of the cross at its centre."""
    canvas.setFont(CONDENSED_BOLD, 7)
    canvas.drawString(box.x + 4 * mm, box.top - 6 * mm, lines[0])
    canvas.setFont(CONDENSED, 6)
    wrapped = [w for text in lines[1:] for w in wrap_words(text, CONDENSED, 6, CARD_WIDTH - 8 * mm)]
    for index, line in enumerate(wrapped[:6]):
        canvas.drawString(box.x + 4 * mm, box.top - 9.5 * mm - index * 7.0, line)
