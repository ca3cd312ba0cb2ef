"""The one look of every printed document (receipt, reports, bill, personal-data documents): its palette and the
paragraph styles of a document, all derived from the size of its body text.

Sizes are in points. Cards have their own drawing code (services/cards/render_card.py) but the same fonts.
"""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from pekerja_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from pekerja_desktop.domain.characters import visible_text

BRAND = colors.HexColor("#0D4A66")  # the card's band: the rule under the letterhead, section headings
LABEL_INK = colors.HexColor("#444444")  # a label beside its value
QUIET_INK = colors.HexColor("#555555")  # the running header and the footer
ROW_RULE = colors.HexColor("#BBBBBB")  # under each row of a ruled table
GRID_LINE = colors.HexColor("#8A99A8")  # the lines of a table of figures
HEADER_FILL = colors.HexColor("#DDE6F0")  # a table's header row, a grand total
SUBTOTAL_FILL = colors.HexColor("#F0F3F7")
NOTICE_FILL = colors.HexColor("#FFF3CD")
NOTICE_BORDER = colors.HexColor("#E0C060")
BAR_FILL = colors.HexColor("#0072B2")  # Okabe–Ito blue: readable for colour-blind readers and in grey print
BAR_DONE_FILL = colors.HexColor("#009E73")  # Okabe–Ito bluish green: the target is reached
BAR_TRACK = colors.HexColor("#E4E8EC")

BASE_SIZE = 8.6  # the body text of an A4 document; a receipt or a dense list passes its own
LINE_SPACING = 1.3  # leading as a multiple of the font size
TABLE_LEADING = 2.0  # points above the font size in a table's cells: rows of figures stay compact


class Styles:
    """Paragraph styles of one document, from the size of its body text (8.8 pt on an A4 receipt, 7.4 on A5)."""

    def __init__(self, base: float = BASE_SIZE):
        register_fonts()
        self.base = base
        self.margin_size = max(6.0, base - 1.6)  # the running header and the footer
        self.body = _style("body", REGULAR, base)
        self.small = _style("small", REGULAR, base - 1.2)
        self.label = _style("label", REGULAR, base, textColor=LABEL_INK)
        self.value = _style("value", BOLD, base)
        self.office = _style("office", BOLD, base + 1)
        self.title = _style("title", BOLD, base + 6, leading=(base + 6) * 1.25)
        self.heading = _style("heading", BOLD, base + 2, textColor=BRAND, spaceBefore=base * 0.8,
                              spaceAfter=base * 0.4, keepWithNext=1)
        self.notice = _style("notice", REGULAR, base, backColor=NOTICE_FILL, borderColor=NOTICE_BORDER,
                             borderWidth=0.5, borderPadding=4, spaceBefore=8, spaceAfter=8)
        self.signature = _style("signature", REGULAR, base + 1, alignment=TA_CENTER)

    def cell(self, font: str = REGULAR, size: float | None = None, *, right: bool = False) -> ParagraphStyle:
        """A table cell's text: compact leading; right-aligned for figures."""
        return cell_style(font, size or self.base, self.base + TABLE_LEADING, right)


def _style(name: str, font: str, size: float, **options) -> ParagraphStyle:
    options.setdefault("leading", size * LINE_SPACING)
    return ParagraphStyle(name, fontName=font, fontSize=size, **options)


@lru_cache(maxsize=64)
def cell_style(font: str, size: float, leading: float, right: bool = False) -> ParagraphStyle:
    return ParagraphStyle(f"cell-{font}-{size}-{right}", fontName=font, fontSize=size, leading=leading,
                          alignment=TA_RIGHT if right else 0)


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: `<`, `>` and `&` are shown, never read as markup; a control or bidirectional
    character is shown as U+FFFD (domain/characters.py), never dropped or obeyed."""
    return Paragraph(escape(visible_text(str(text if text is not None else ""))), style)
