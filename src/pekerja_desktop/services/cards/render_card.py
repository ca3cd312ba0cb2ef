"""One card, front and back, drawn at a box on a ReportLab canvas.

What is the same on every card of a run (the header band, the labels, the whole back) is drawn once into a
PDF form XObject and placed by reference; only the participant's values and QR code are drawn per card.
Critical content stays `SAFE_MARGIN` (3 mm) inside the card edge; text is fitted by measuring it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pekerja_desktop.documents import fonts
from pekerja_desktop.documents.fonts import BOLD, CONDENSED, CONDENSED_BOLD, FittedText, fit_text, text_width
from pekerja_desktop.documents.styles import BRAND, QUIET_INK
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.documents_text import PROVINCE_GOVERNMENT, back_paragraphs, card_text, programmes_text
from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.services.cards.card_data import CardFacts
from pekerja_desktop.services.cards.geometry import CARD_HEIGHT, CARD_WIDTH, SAFE_MARGIN, Box
from pekerja_desktop.services.cards.qr_draw import draw_qr

BAND = BRAND.rgb()  # the documents' brand colour
ACCENT = (0.85, 0.62, 0.12)
INK = (0.08, 0.08, 0.08)
LABEL_INK = QUIET_INK.rgb()
PREVIEW_INK = (0.80, 0.05, 0.05)

INNER_WIDTH = CARD_WIDTH - 2 * SAFE_MARGIN
FRONT_BAND_HEIGHT = 12.6 * mm
BACK_BAND_HEIGHT = 7.4 * mm
BACK_BODY_TOP = BACK_BAND_HEIGHT + 1.2 * mm
DESCENT = 0.24  # DejaVu Sans descent (236/1000 em)
NAME_TOP = 14.2 * mm  # from the top edge
NAME_BLOCK = 7.6 * mm
FIRST_ROW = 25.0 * mm  # baseline of the first row, from the top edge
ROW_PITCH = 3.05 * mm
LABEL_SIZE = 6.0
VALUE_SIZE = 7.0
MIN_SIZE = 6.0
BACK_NUMBER_SIZE = 6.5
QR_BOX = 21.4 * mm  # the code and its quiet zone
QR_QUIET_INSIDE_MARGIN = 1.7 * mm  # the quiet zone may reach into the 3 mm margin, the modules never

ROWS = ("registration_number", "kpj", "nik", "birth_date", "village", "regency", "programmes", "coverage_start")
FRONT_FORM = "PkjCardFront"
BACK_FORM = "PkjCardBack"


def _ascent(size: float) -> float:
    return 0.93 * size  # DejaVu Sans ascent (928/1000 em), what pdfplumber takes as the top of a word


def _back_bottom(paragraphs: tuple[FittedText, ...], gap: float) -> float:
    """How far from the top edge the lowest descender of the back's paragraphs reaches."""
    top = BACK_BODY_TOP
    bottom = top
    for paragraph in paragraphs:
        last_baseline = top + _ascent(paragraph.size) + (len(paragraph.lines) - 1) * paragraph.leading
        bottom = last_baseline + DESCENT * paragraph.size
        top += len(paragraph.lines) * paragraph.leading + gap
    return bottom


def _y(box: Box, from_top: float) -> float:
    return box.top - from_top


@dataclass(frozen=True)
class BackText:
    paragraphs: tuple[FittedText, ...]
    gap: float


class CardTemplate:
    """The card design for one run: language, issuing office and settings are fixed; values vary per card."""

    def __init__(self, office_name: str, bpjs_contact: str, office_address: str, *, preview: bool = False,
                 language: str | None = None, office_phone: str = ""):
        fonts.register_fonts()
        self.language = language or current_language()
        self.preview = preview
        self.office_name = office_name
        self.labels = {name: card_text(name, self.language) for name in ROWS}
        self.value_x = SAFE_MARGIN + max(text_width(t, CONDENSED, LABEL_SIZE) for t in self.labels.values()) + 1.6 * mm
        self.qr_x = CARD_WIDTH - SAFE_MARGIN + QR_QUIET_INSIDE_MARGIN - QR_BOX
        self.qr_y = SAFE_MARGIN - QR_QUIET_INSIDE_MARGIN
        self.value_width = self.qr_x - 0.8 * mm - self.value_x
        self.back = self._fit_back(back_paragraphs(bpjs_contact, office_address, self.language, office_phone))
        self.back_title_baseline = SAFE_MARGIN + _ascent(self.back.paragraphs[0].size) + 0.3 * mm
        self._forms_defined_on: int | None = None

    # --- forms -------------------------------------------------------------------------------------

    def define_forms(self, canvas: Canvas) -> None:
        """Once per canvas, before the first card."""
        if self._forms_defined_on == id(canvas):
            return
        origin = Box(0, 0)
        canvas.beginForm(FRONT_FORM, 0, 0, CARD_WIDTH, CARD_HEIGHT)
        self._draw_front_static(canvas, origin)
        canvas.endForm()
        canvas.beginForm(BACK_FORM, 0, 0, CARD_WIDTH, CARD_HEIGHT)
        self._draw_back_static(canvas, origin)
        canvas.endForm()
        self._forms_defined_on = id(canvas)

    def _place(self, canvas: Canvas, form: str, box: Box) -> None:
        canvas.saveState()
        canvas.translate(box.x, box.y)
        canvas.doForm(form)
        canvas.restoreState()

    # --- front -------------------------------------------------------------------------------------

    def _draw_front_static(self, canvas: Canvas, box: Box) -> None:
        canvas.setFillColorRGB(*BAND)
        canvas.rect(box.x, box.top - FRONT_BAND_HEIGHT, box.width, FRONT_BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColorRGB(*ACCENT)
        canvas.rect(box.x, box.top - FRONT_BAND_HEIGHT - 0.6 * mm, box.width, 0.6 * mm, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        title = fit_text(card_text("title", self.language), CONDENSED_BOLD, INNER_WIDTH, 7.6, 6.2, max_lines=1)
        baseline = SAFE_MARGIN + _ascent(title.size) + 0.2 * mm
        self._lines(canvas, title, box.x + SAFE_MARGIN, _y(box, baseline))
        government = PROVINCE_GOVERNMENT[self.language]
        office = fit_text(self.office_name, CONDENSED, INNER_WIDTH, 6.4, MIN_SIZE, max_lines=1)
        self._lines(canvas, fit_text(government, CONDENSED, INNER_WIDTH, 6.4, MIN_SIZE, max_lines=1),
                    box.x + SAFE_MARGIN, _y(box, baseline + 2.75 * mm))
        self._lines(canvas, office, box.x + SAFE_MARGIN, _y(box, baseline + 5.25 * mm))
        canvas.setFillColorRGB(*LABEL_INK)
        canvas.setFont(CONDENSED, LABEL_SIZE)
        for index, name in enumerate(ROWS):
            canvas.drawString(box.x + SAFE_MARGIN, _y(box, FIRST_ROW + index * ROW_PITCH), self.labels[name])

    def draw_front(self, canvas: Canvas, facts: CardFacts, box: Box) -> None:
        self._place(canvas, FRONT_FORM, box)
        canvas.setFillColorRGB(*INK)
        self._draw_name(canvas, facts.full_name, box)
        for index, (value, font, size) in enumerate(self._row_values(facts)):
            fitted = fit_text(value, font, self.value_width, size, MIN_SIZE, max_lines=1)
            self._lines(canvas, fitted, box.x + self.value_x, _y(box, FIRST_ROW + index * ROW_PITCH))
        self._draw_issue(canvas, facts, box)
        draw_qr(canvas, facts.payload, box.x + self.qr_x, box.y + self.qr_y, QR_BOX)
        if self.preview:
            self._draw_preview_mark(canvas, box)

    def _row_values(self, facts: CardFacts) -> list[tuple[str, str, float]]:
        kpj = facts.kpj or card_text("kpj_pending", self.language)
        return [
            (facts.registration_number, BOLD, 7.4),
            (kpj, BOLD if facts.kpj else CONDENSED, VALUE_SIZE),
            (facts.masked_nik, CONDENSED, VALUE_SIZE),
            (format_date(facts.birth_date), CONDENSED, VALUE_SIZE),
            (facts.village_name, CONDENSED, VALUE_SIZE),
            (facts.regency_name, CONDENSED, VALUE_SIZE),
            (programmes_text(facts.programmes), CONDENSED_BOLD, VALUE_SIZE),
            (format_date(facts.coverage_start) or "–", CONDENSED, VALUE_SIZE),
        ]

    def _draw_name(self, canvas: Canvas, name: str, box: Box) -> None:
        fitted = fit_text(name, CONDENSED_BOLD, INNER_WIDTH, 9.5, 8.0, max_lines=2, floor=6.5, wrap_max=8.75)
        block = len(fitted.lines) * fitted.leading
        top = NAME_TOP + max(0.0, (NAME_BLOCK - block) / 2)
        self._lines(canvas, fitted, box.x + SAFE_MARGIN, _y(box, top + _ascent(fitted.size)))

    def _draw_issue(self, canvas: Canvas, facts: CardFacts, box: Box) -> None:
        right = box.x + CARD_WIDTH - SAFE_MARGIN
        canvas.setFillColorRGB(*LABEL_INK)
        canvas.setFont(CONDENSED, LABEL_SIZE)
        issued = f"{card_text('issued', self.language)} {format_date(facts.issue_date)}"
        version = f"{card_text('version', self.language)} {facts.card_version}"
        canvas.drawRightString(right, _y(box, FIRST_ROW), issued)
        canvas.drawRightString(right, _y(box, FIRST_ROW + ROW_PITCH), version)

    def _draw_preview_mark(self, canvas: Canvas, box: Box) -> None:
        canvas.setFillColorRGB(*PREVIEW_INK)
        fitted = fit_text(card_text("preview", self.language), BOLD, self.value_width + self.value_x - SAFE_MARGIN,
                          6.5, MIN_SIZE, max_lines=1)
        self._lines(canvas, fitted, box.x + SAFE_MARGIN, _y(box, FIRST_ROW + len(ROWS) * ROW_PITCH))

    # --- back --------------------------------------------------------------------------------------

    def _fit_back(self, paragraphs: list[tuple[str, bool, int]]) -> BackText:
        """The largest size (7.5 pt down to 6 pt), then the largest paragraph gap, at which the back fits."""
        title_text, _, _ = paragraphs[0]
        title = fit_text(title_text, CONDENSED_BOLD, INNER_WIDTH - 30 * mm, 7.6, MIN_SIZE, max_lines=1)
        candidates = [(size / 10, 0.9 * mm) for size in range(75, 59, -1)]
        candidates += [(MIN_SIZE, gap / 10 * mm) for gap in range(8, 1, -1)]
        for size, gap in candidates:
            body = tuple(fit_text(text, CONDENSED_BOLD if bold else CONDENSED, INNER_WIDTH, size, size,
                                  max_lines=lines) for text, bold, lines in paragraphs[1:])
            if _back_bottom(body, gap) <= CARD_HEIGHT - SAFE_MARGIN:
                break
        return BackText((title, *body), gap)

    def _draw_back_static(self, canvas: Canvas, box: Box) -> None:
        canvas.setFillColorRGB(*BAND)
        canvas.rect(box.x, box.top - BACK_BAND_HEIGHT, box.width, BACK_BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        title, *body = self.back.paragraphs
        self._lines(canvas, title, box.x + SAFE_MARGIN, _y(box, self.back_title_baseline))
        canvas.setFillColorRGB(*INK)
        top = BACK_BODY_TOP
        for paragraph in body:
            self._lines(canvas, paragraph, box.x + SAFE_MARGIN, _y(box, top + _ascent(paragraph.size)))
            top += len(paragraph.lines) * paragraph.leading + self.back.gap

    def draw_back(self, canvas: Canvas, facts: CardFacts, box: Box) -> None:
        """The shared back, with the registration number in the band: a back is never anonymous."""
        self._place(canvas, BACK_FORM, box)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont(CONDENSED, BACK_NUMBER_SIZE)
        canvas.drawRightString(box.right - SAFE_MARGIN, _y(box, self.back_title_baseline), facts.registration_number)

    # --- text --------------------------------------------------------------------------------------

    @staticmethod
    def _lines(canvas: Canvas, fitted: FittedText, x: float, first_baseline: float) -> None:
        canvas.setFont(fitted.font, fitted.size)
        for index, line in enumerate(fitted.lines):
            canvas.drawString(x, first_baseline - index * fitted.leading, line)
