"""The breach list as a PDF: A4 landscape, the header lines, then the persons with repeated column headers."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from pekerja_desktop.documents.letterhead import Letterhead
from pekerja_desktop.documents.pdf_document import A4_LANDSCAPE, PdfDocument
from pekerja_desktop.documents.styles import Styles, para
from pekerja_desktop.documents.tables import ruled_table
from pekerja_desktop.services.privacy.breach import BreachList
from pekerja_desktop.services.privacy.breach_table import Preamble, text

BASE_SIZE = 8.0  # nine columns on a landscape page
# Column shares of the table width: No., name, NIK, registration no., village, phone, heirs, data, notes.
SHARES = (0.03, 0.14, 0.11, 0.11, 0.11, 0.08, 0.13, 0.18, 0.11)


def write_breach_pdf(out: Path, listing: BreachList, head: Preamble, rows: list[list[str]], headers, *,
                     language: str, author: str) -> int:
    s = Styles(BASE_SIZE)
    width = A4_LANDSCAPE.content_width
    table = [[para(h, s.value) for h in headers]] + [[para(v, s.small) for v in row] for row in rows]
    story = [para(text("confidential", language), s.value),
             *(para(line, s.notice) for line in head.notices), Spacer(1, 2 * mm),
             ruled_table(table, [share * width for share in SHARES], header=True)]
    document = PdfDocument(A4_LANDSCAPE, s, Letterhead(listing.office_name, head.title, tuple(head.details[1:])),
                           footer=f"{listing.office_code} · {listing.file_name}", author=author, language=language)
    return document.write(out, story)
