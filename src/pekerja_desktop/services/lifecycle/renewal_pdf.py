"""The renewal list as paper: A4 landscape, each desa on pages of its own (to hand to the kepala desa) with its
participants, three tick boxes each (the third filled in from the birth date), a column to write in, and the
signatures of the kepala desa and the checking officer."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from pekerja_desktop.documents.fonts import BOLD
from pekerja_desktop.documents.letterhead import Letterhead
from pekerja_desktop.documents.pdf_document import A4_LANDSCAPE, PdfDocument
from pekerja_desktop.documents.styles import Styles, para
from pekerja_desktop.documents.tables import grid_commands
from pekerja_desktop.domain.dates import format_date, format_datetime_local
from pekerja_desktop.domain.i18n import current_language, render
from pekerja_desktop.errors import OperationCancelled
from pekerja_desktop.progress import Cancelled, Progress
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.store.models import utcnow

UNTICKED, TICKED = "☐", "☒"
ROW_HEIGHT = 7.5 * mm  # room to tick and to write by hand
BASE_SIZE = 8.4
PDF_TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "DAFTAR VERIFIKASI ULANG PESERTA TAHUN {year}", "en": "RE-VERIFICATION LIST FOR {year}"},
    "subtitle": {"id": "Program Perlindungan Pekerja Rentan — JKK dan JKM BPJS Ketenagakerjaan",
                 "en": "Vulnerable Workers Protection Programme — BPJS Ketenagakerjaan JKK and JKM"},
    "how": {"id": "Centang (☒) setiap kotak yang masih benar. Kotak yang tidak dicentang mengakhiri kepesertaan "
                  "pada 31/12/{previous}; tulis di kolom Keterangan bila peserta meninggal atau berhenti karena alasan "
                  "lain, dengan tanggalnya. Kotak batas usia diisi dari tanggal lahir: periksa juga.",
            "en": "Tick (☒) each box that still holds. A box left empty ends the participation on 31/12/{previous}; "
                  "write in the Remarks column when the participant died or stops for another reason, with the date. "
                  "The age-limit box is filled in from the birth date: check it too."},
    "village": {"id": "Desa/Kelurahan {village} · Kecamatan {district} · {regency}",
                "en": "Village {village} · District {district} · {regency}"},
    "count": {"id": "{count} peserta", "en": "{count} participants"},
    "no": {"id": "No.", "en": "No."},
    "number": {"id": "No. pendaftaran", "en": "Registration no."},
    "name": {"id": "Nama", "en": "Name"},
    "nik": {"id": "NIK", "en": "NIK"},
    "born": {"id": "Tgl. lahir (umur)", "en": "Born (age)"},
    "living": {"id": "Masih tinggal di desa ini", "en": "Still living here"},
    "informal": {"id": "Masih pekerja informal", "en": "Still an informal worker"},
    "under_age": {"id": "Di bawah batas usia", "en": "Under the age limit"},
    "remarks": {"id": "Keterangan", "en": "Remarks"},
    "head": {"id": "Kepala Desa/Lurah", "en": "Village head"},
    "officer": {"id": "Petugas pemeriksa", "en": "Checking officer"},
    "footer": {"id": "Daftar verifikasi ulang {year} · dicetak {at} oleh {by}",
               "en": "Re-verification list {year} · printed {at} by {by}"},
    "none": {"id": "Tidak ada peserta untuk diverifikasi ulang.", "en": "No participant to re-verify."},
}
WIDTHS_MM = (9, 36, 58, 32, 30, 24, 24, 24, 36)  # 273 mm: a landscape page


def _t(code: str, **params) -> str:
    return render(PDF_TEXTS, code, params)


def _place(ctx: AppContext, village_code: str) -> str:
    regions = ctx.reference.regions
    village = regions.get(village_code)
    above = regions.ancestors(village_code) if village else {}
    district = above["kecamatan"].name if "kecamatan" in above else "–"
    regency = above["kabupaten"].name if "kabupaten" in above else ""
    return _t("village", village=village.name if village else village_code, district=district, regency=regency)


def _table(entries: list, styles: Styles) -> Table:
    bold = styles.cell(BOLD)
    header = [para(_t(code), bold) for code in ("no", "number", "name", "nik", "born", "living", "informal",
                                                 "under_age", "remarks")]
    body = []
    for index, entry in enumerate(entries, start=1):
        age = f" ({entry.age_at_year_end})" if entry.age_at_year_end is not None else ""
        body.append([str(index), entry.registration_number, para(entry.full_name, styles.cell()), entry.masked_nik,
                     format_date(entry.birth_date) + age, UNTICKED, UNTICKED,
                     UNTICKED if entry.over_limit else TICKED, ""])
    table = Table([header, *body], colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1, hAlign="LEFT",
                  rowHeights=[None] + [ROW_HEIGHT] * len(body))
    commands = [*grid_commands(styles.base), ("ALIGN", (5, 1), (7, -1), "CENTER"),
                ("FONTSIZE", (5, 1), (7, -1), styles.base + 5)]
    table.setStyle(TableStyle(commands))
    return table


def _signatures(styles: Styles) -> Flowable:
    line = "." * 40
    rows = [[para(_t("head"), styles.signature), para(_t("officer"), styles.signature)],
            ["", ""], [para(f"({line})", styles.signature), para(f"({line})", styles.signature)]]
    table = Table(rows, colWidths=[90 * mm, 90 * mm], rowHeights=[None, 18 * mm, None], hAlign="RIGHT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 6 * mm), table])


class DeferredTable(Flowable):
    """A desa's table, built only when the layout reaches it (and then split into pages as any table): the
    Paragraphs of 35,000 rows never sit in memory at once."""

    def __init__(self, make):
        super().__init__()
        self._make, self._table = make, None

    def _real(self) -> Table:
        if self._table is None:
            self._table = self._make()
        return self._table

    def wrap(self, available_width, available_height):
        return self._real().wrap(available_width, available_height)

    def split(self, available_width, available_height):
        parts = self._real().split(available_width, available_height)
        if parts:
            self._table = None  # the parts carry on; nothing of this desa is kept here
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        self._real().drawOn(canvas, x, y, _sW)
        self._table = None

    def draw(self) -> None:
        return None


class Checkpoint(Flowable):
    """Takes no room; laid out when the desa after it starts, it reports progress and stops a cancelled run (the
    partial file is then removed by the document's writer)."""

    def __init__(self, done: int, total: int, progress: Progress | None, cancelled: Cancelled | None):
        super().__init__()
        self.done, self.total, self.progress, self.cancelled = done, total, progress, cancelled

    def wrap(self, available_width, available_height):
        if self.cancelled is not None and self.cancelled():
            raise OperationCancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)
        return 0, 0

    def draw(self) -> None:
        return None


def _story(ctx: AppContext, entries: list, styles: Styles, progress: Progress | None,
           cancelled: Cancelled | None) -> list[Flowable]:
    story: list[Flowable] = []
    done = 0
    for village_code, group in groupby(entries, key=lambda e: e.village_code):
        people = list(group)
        if story:
            story.append(PageBreak())
        story += [Checkpoint(done, len(entries), progress, cancelled), para(_place(ctx, village_code), styles.heading),
                  para(_t("count", count=len(people)), styles.small),
                  DeferredTable(lambda people=people: _table(people, styles)), _signatures(styles)]
        done += len(people)
    return story or [para(_t("none"), styles.body)]


def write_renewal_pdf(ctx: AppContext, year: int, entries: list, out: Path, progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> int:
    """Returns the number of pages."""
    styles = Styles(BASE_SIZE)
    language = current_language()
    head = Letterhead(ctx.office.name, _t("title", year=year), (_t("how", previous=year - 1),), _t("subtitle"))
    footer = _t("footer", year=year, at=format_datetime_local(utcnow()), by=ctx.operator.display_name or ctx.actor)
    document = PdfDocument(A4_LANDSCAPE, styles, head, footer=footer, author=ctx.actor, language=language)
    return document.write(out, _story(ctx, entries, styles, progress, cancelled))
