"""The breach list as a PDF: A4 landscape, the header lines, then the persons with repeated column headers."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.privacy.breach import BreachList
from pekerja_desktop.services.privacy.breach_output import Preamble
from pekerja_desktop.services.privacy.pdf import PDF_TEXTS, Styles, content_width, grid, letterhead, para, write_pdf

# Column shares of the table width: No., name, NIK, registration no., village, phone, heirs, data, notes.
SHARES = (0.03, 0.14, 0.11, 0.11, 0.11, 0.08, 0.13, 0.18, 0.11)


def write_breach_pdf(out: Path, listing: BreachList, head: Preamble, rows: list[list[str]], headers, *,
                     language: str, author: str) -> int:
    def story() -> list:
        s = Styles(8.0)
        width = content_width(wide=True)
        top = letterhead(listing.office_name, head.title, head.details[1:], s, language)
        notices = [para(line, s.notice) for line in head.notices]
        table = [[para(h, s.value) for h in headers]] + [[para(v, s.small) for v in row] for row in rows]
        return [*top, Spacer(1, 2 * mm), para(render(PDF_TEXTS, "confidential", None, language), s.value),
                *notices, Spacer(1, 2 * mm), grid(table, [share * width for share in SHARES], header=True)]

    footer = f"{listing.office_code} · {listing.file_name}"
    return write_pdf(out, story, title=head.title, author=author, footer=footer, language=language, wide=True)
