"""The recovery key on paper: one A4 page with the office, the date, the key in large type, what it opens and
where it is kept. Written when the key is shown at setup (it is shown only that once), before anyone has signed
in, so it takes plain values rather than a context."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from pekerja_desktop.documents.fonts import BOLD, register_fonts
from pekerja_desktop.documents.letterhead import Letterhead
from pekerja_desktop.documents.pdf_document import Paper, PdfDocument
from pekerja_desktop.documents.styles import Styles, para
from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.domain.i18n import current_language, render

SHEET_TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "KUNCI PEMULIHAN", "en": "RECOVERY KEY"},
    "office": {"id": "Kantor {code} — {name}", "en": "Office {code} — {name}"},
    "made": {"id": "Dibuat {at}", "en": "Made on {at}"},
    "fingerprint": {"id": "Sidik kunci kantor: {fingerprint}", "en": "Office key fingerprint: {fingerprint}"},
    "what": {"id": "Kunci ini membuka data kantor ini (basis data dan cadangannya) bila semua kata sandi hilang: "
                   "dengan perintah “pekerja-desktop recover” admin mendapat kata sandi baru, dan cadangan dapat "
                   "dipulihkan ke laptop baru.",
             "en": "This key opens this office's data (its database and backups) when every password is lost: with "
                   "the command “pekerja-desktop recover” an admin gets a new password, and a backup can be "
                   "restored onto a new laptop."},
    "keep": {"id": "Simpan lembar ini di kantor provinsi, di tempat terkunci, terpisah dari laptop. Siapa pun yang "
                   "memegangnya dapat membuka data pribadi peserta: jangan difoto, disalin atau dikirim.",
             "en": "Keep this sheet at the provincial office, locked away and apart from the laptop. Whoever holds "
                   "it can open the participants' personal data: do not photograph, copy or send it."},
}
KEY_SIZE = 17


def sheet_text(key: str, language: str | None = None, **params) -> str:
    return render(SHEET_TEXTS, key, params, language)


def key_lines(recovery_key: str, style: ParagraphStyle) -> list:
    """The 13 groups on two centred lines, broken between groups (never inside one)."""
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    return [para("-".join(groups[:half]) + ("-" if groups[half:] else ""), style),
            para("-".join(groups[half:]), style)] if groups[half:] else [para(recovery_key, style)]


def write_recovery_sheet(path: Path, office_code: str, office_name: str, recovery_key: str, *,
                         fingerprint: str = "", made: dt.datetime | None = None, language: str | None = None) -> Path:
    """The one-page PDF, written atomically to `path`."""
    register_fonts()
    language = language or current_language()
    styles = Styles()
    key_style = ParagraphStyle("recovery-key", fontName=BOLD, fontSize=KEY_SIZE, leading=KEY_SIZE * 1.6,
                               alignment=TA_CENTER)
    made_text = sheet_text("made", language, at=format_datetime_local(made or dt.datetime.now(dt.UTC)))
    story = [para(sheet_text("office", language, code=office_code, name=office_name), styles.value),
             para(made_text, styles.body), Spacer(1, 10 * mm), *key_lines(recovery_key, key_style),
             Spacer(1, 10 * mm),
             para(sheet_text("what", language), styles.body), Spacer(1, 3 * mm),
             para(sheet_text("keep", language), styles.notice)]
    if fingerprint:
        story.insert(2, para(sheet_text("fingerprint", language, fingerprint=fingerprint), styles.body))
    head = Letterhead(office_name, sheet_text("title", language))
    document = PdfDocument(Paper(A4, 20 * mm), styles, head, footer=f"{office_code} · {made_text}",
                           author=office_code, language=language, running_header=False)
    document.write(Path(path), story)
    return Path(path)
