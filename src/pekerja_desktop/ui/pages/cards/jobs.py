"""The work behind the Kartu page, run on the TaskRunner: reading the queue, rendering cards and receipts,
previewing and printing them. Calls the card services with the AppContext; never touches a widget."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from pekerja_desktop.services.cards.geometry import CARD_HEIGHT, CARD_WIDTH, CardLayout
from pekerja_desktop.services.cards.queue import QueueEntry, load_card_queue
from pekerja_desktop.services.cards.receipt import PAPERS, render_receipt
from pekerja_desktop.services.cards.render import RenderResult, record_rendered, render_cards
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.desk_records import find_rows
from pekerja_desktop.services.register.search import ParticipantQuery
from pekerja_desktop.ui.pages.cards.dialogs import Found
from pekerja_desktop.ui.pages.cards.pdf_pages import page_images
from pekerja_desktop.ui.pages.cards.printing import print_pdf
from pekerja_desktop.ui.tasks import TaskControl

PREVIEW_CARDS = 30  # three A4 sheets
PREVIEW_PAGES = 12
PREVIEW_DPI = {CardLayout.SHEET.value: 110, CardLayout.SINGLE.value: 300}
FIND_LIMIT = 30


@dataclass(frozen=True)
class Preview:
    images: list[QImage]
    cards: int  # cards in the preview PDF
    selected: int  # cards selected


def load_queue(ctx: AppContext, region_code: str, reason: str | None) -> list[QueueEntry]:
    return load_card_queue(ctx, region_code, reason)


def find_people(ctx: AppContext, text: str, active_only: bool) -> list[Found]:
    """Participants matching a registration number, NIK or name fragment (for the reprint and receipt dialogs)."""
    query = ParticipantQuery(text=text, status="active" if active_only else None)
    rows = find_rows(ctx, query, FIND_LIMIT)
    regions = ctx.reference.regions
    found = []
    for row in rows:
        if not row.registration_number:
            continue
        region = regions.get(row.village_code) if row.village_code else None
        found.append(Found(row.registration_number, row.full_name, region.name if region else "", row.status))
    return found


def page_size(layout: str) -> tuple[float, float]:
    """The PDF page size in points for a card layout, or a receipt paper ('a4', 'a5')."""
    if layout == CardLayout.SINGLE.value:
        return CARD_WIDTH, CARD_HEIGHT
    return tuple(PAPERS.get(layout, PAPERS["a4"]))


def stamped_name(prefix: str) -> str:
    return f"{prefix}-{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"


def _progress(control: TaskControl):
    return {"progress": control.progress, "cancelled": lambda: control.cancelled}


def preview(ctx: AppContext, entries: Sequence[QueueEntry], layout: str, control: TaskControl) -> Preview:
    """The first cards of the selection rendered as a preview (marked, not recorded), as page images."""
    shown = list(entries)[:PREVIEW_CARDS]
    with tempfile.TemporaryDirectory(prefix="pekerja-preview-") as folder:
        pdf = Path(folder) / "pratinjau.pdf"
        render_cards(ctx, shown, pdf, layout, record=False, **_progress(control))
        images = list(page_images(pdf, PREVIEW_DPI.get(layout, 110), max_pages=PREVIEW_PAGES,
                                  cancelled=lambda: control.cancelled))
    return Preview(images, len(shown), len(entries))


def save_cards(ctx: AppContext, entries: Sequence[QueueEntry], layout: str, target: Path,
               control: TaskControl) -> RenderResult:
    """The real cards as a PDF, not yet recorded: the clerk confirms the print first (`record`). A cancel leaves
    no file."""
    return render_cards(ctx, list(entries), target, layout, record=False, preview=False, **_progress(control))


def record(ctx: AppContext, result: RenderResult) -> int:
    """The cards of `result` recorded as printed (the print batch, new card versions)."""
    return record_rendered(ctx, result)


def render_for_printer(ctx: AppContext, entries: Sequence[QueueEntry], layout: str, printer_name: str,
                       control: TaskControl) -> RenderResult:
    """Step 1 of printing: the cards (with this printer's back-page offset) in a private temporary folder, not
    yet recorded."""
    folder = Path(tempfile.mkdtemp(prefix="pekerja-print-"))
    try:
        return render_cards(ctx, list(entries), folder / stamped_name("kartu"), layout, record=False,
                            preview=False, printer=printer_name or None, **_progress(control))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def send_to_printer(ctx: AppContext, printer: QPrinter, result: RenderResult, control: TaskControl) -> int:
    """Step 2: the pages on the printer, then — the printer having accepted the job — the batch recorded. Not
    cancellable once sending. The temporary PDF goes either way: a failed print records nothing."""
    try:
        sent = print_pdf(printer, result.path, pages=result.pages, progress=control.progress)
        record_rendered(ctx, result)
    finally:
        discard(result.path)
    return sent


def discard(pdf: Path) -> None:
    """Remove a temporary PDF and its private folder."""
    if pdf.parent.name.startswith("pekerja-print-"):
        shutil.rmtree(pdf.parent, ignore_errors=True)
    else:
        pdf.unlink(missing_ok=True)


def save_receipt(ctx: AppContext, key: str, paper: str, full_nik: bool, target: Path):
    return render_receipt(ctx, key, target, paper, full_nik=full_nik)


def print_receipt(ctx: AppContext, key: str, paper: str, full_nik: bool, printer: QPrinter,
                  control: TaskControl) -> int:
    with tempfile.TemporaryDirectory(prefix="pekerja-receipt-") as folder:
        result = render_receipt(ctx, key, Path(folder) / stamped_name("tanda-terima"), paper, full_nik=full_nik)
        control.check()
        return print_pdf(printer, result.path, pages=result.pages, **_progress(control))
