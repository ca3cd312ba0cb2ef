"""Rendering card PDFs: streamed page by page, written atomically, recorded in the print log only once complete.

Three ways: recorded at once (`record=True`, the headless `cards --out`), a preview marked PRATINJAU that is never
recorded, or the real cards held unrecorded (`record=False, preview=False`) until the clerk confirms they printed
well or the printer accepted the job — `record_rendered` then records exactly what was drawn.

GUI-callable: `progress(done, total)` is called after each card and `cancelled()` is polled; a cancelled or
failed run raises, leaves no file under the final name and records nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.pagesizes import A4

from pekerja_desktop.documents.fonts import register_fonts
from pekerja_desktop.documents.output import writing
from pekerja_desktop.documents.pdf_canvas import open_canvas
from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import OperationCancelled, PekerjaError
from pekerja_desktop.progress import Cancelled, Progress
from pekerja_desktop.services.cards.card_data import RegionNames, build_facts, iter_card_rows, participant_ids
from pekerja_desktop.services.cards.errors import CardError
from pekerja_desktop.services.cards.geometry import CARD_HEIGHT, CARD_WIDTH, CardLayout
from pekerja_desktop.services.cards.layouts import SheetWriter, SingleWriter, draw_alignment_test
from pekerja_desktop.services.cards.queue import PrintedCard, record_print_batch
from pekerja_desktop.services.cards.render_card import CardTemplate
from pekerja_desktop.services.cards.settings import CardSettings, load_card_settings
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.office_keys import office_keys
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.card_models import QueueReason
from pekerja_desktop.store.models import ParticipantStatus, utcnow

TITLES = {"id": "Kartu peserta", "en": "Membership cards"}


@dataclass(frozen=True)
class RenderResult:
    path: Path
    cards: int
    pages: int
    batch_id: int | None  # None when not recorded (a preview, or cards waiting for `record_rendered`)
    layout: str = CardLayout.SHEET.value
    unrecorded: tuple[PrintedCard, ...] = ()  # the real cards drawn but not yet recorded
    started_at: dt.datetime | None = None


def check_output_path(out_path: Path) -> Path:
    out_path = Path(out_path)
    directory = out_path.parent if str(out_path.parent) else Path(".")
    if not directory.is_dir():
        raise CardError("cards.out_dir_missing", path=str(directory))
    if not os.access(directory, os.W_OK | os.X_OK):
        raise CardError("cards.out_dir_unwritable", path=str(directory))
    return out_path


def office_signing_key(ctx: AppContext) -> Ed25519PrivateKey:
    """The key the cards' QR codes are signed with: the office's, opened from its sealed store."""
    try:
        return office_keys(ctx).signing
    except PekerjaError as exc:
        raise CardError("cards.signing_key", path=str(ctx.layout.keys_dir), reason=exc.message()) from exc


def _card_settings(ctx: AppContext, printer: str | None) -> CardSettings:
    with ctx.db.session() as session:
        return load_card_settings(session, ctx.office, ctx.reference.regions, printer)


def _layout(layout: CardLayout | str) -> CardLayout:
    try:
        return CardLayout(layout)
    except ValueError:
        raise CardError("cards.layout", value=layout) from None


def render_cards(ctx: AppContext, participants: Iterable, out_path: Path, layout: CardLayout | str = CardLayout.SHEET,
                 *, progress: Progress | None = None, cancelled: Cancelled | None = None, record: bool = True,
                 printer: str | None = None, reasons: dict[int, str] | None = None,
                 issue_date: dt.date | None = None, preview: bool | None = None) -> RenderResult:
    """Cards for these participants (ids or queue entries), in the order given, each with the next card version.

    With `record`, the batch is logged (versions bumped) in one transaction after the PDF is complete. Without
    it the cards are marked PRATINJAU (a preview), unless `preview=False`: then they are the real cards, and the
    result carries what `record_rendered` records once the clerk confirms the print.
    """
    layout = _layout(layout)
    items = list(participants)
    ids = participant_ids(items)
    reasons = reasons if reasons is not None else _reasons_of(items)
    out_path = check_output_path(out_path)
    if not ids:
        raise CardError("cards.nothing")
    ctx.require(Permission.PRINT)
    marked = not record if preview is None else preview
    run = _Run(ctx, layout, out_path, ids, reasons, record, printer, issue_date or dt.date.today(), marked)
    return run.execute(progress, cancelled)


def record_rendered(ctx: AppContext, result: RenderResult) -> int:
    """Record cards rendered unrecorded (`record=False, preview=False`) as printed: the print batch and the new
    card versions, in one transaction. Refused (nothing recorded) if any of them was printed meanwhile."""
    if not result.unrecorded:
        raise CardError("cards.nothing")
    ctx.require(Permission.PRINT)
    return _record_batch(ctx, result.layout, result.path.name, list(result.unrecorded),
                         result.started_at or utcnow())


def _record_batch(ctx: AppContext, layout: str, file_name: str, printed: list[PrintedCard],
                  started_at: dt.datetime) -> int:
    with ctx.db.write() as session:
        batch_id = record_print_batch(session, ctx.actor, layout, file_name, printed, started_at)
        audit.record(session, ctx.actor, "card.print", file_name, batch=batch_id, cards=len(printed), layout=layout,
                     registration_numbers=[card.registration_number for card in printed[:50]])
        return batch_id


def _reasons_of(items: list) -> dict[int, str]:
    return {item.participant_id: str(item.reason) for item in items if isinstance(getattr(item, "reason", None),
                                                                               QueueReason)}


class _Run:
    """One rendering run: the key and settings are read once, cards are built and drawn chunk by chunk."""

    def __init__(self, ctx: AppContext, layout: CardLayout, out_path: Path, ids: list[int], reasons: dict[int, str],
                 record: bool, printer: str | None, issue_date: dt.date, marked: bool):
        self.ctx, self.layout, self.out_path, self.ids = ctx, layout, out_path, ids
        self.reasons, self.record, self.issue_date = reasons, record, issue_date
        self.key = office_signing_key(ctx)
        self.settings = _card_settings(ctx, printer)
        self.marked = marked
        self.template = CardTemplate(ctx.office.name, self.settings.bpjs_contact, self.settings.office_address,
                                     preview=marked, office_phone=self.settings.office_phone)
        self.printed: list[PrintedCard] = []

    def execute(self, progress: Progress | None, cancelled: Cancelled | None) -> RenderResult:
        started_at = utcnow()
        with writing(self.out_path) as temporary:
            canvas, writer = self._open(temporary)
            self._draw_all(writer, progress, cancelled)
            writer.finish()
            if not self.printed:
                raise CardError("cards.nothing")
            canvas.save()
            _fsync(temporary)
            batch_id = _record_batch(self.ctx, self.layout.value, self.out_path.name, self.printed, started_at) \
                if self.record else None
        waiting = () if self.record or self.marked else tuple(self.printed)
        return RenderResult(self.out_path, len(self.printed), writer.pages, batch_id, self.layout.value, waiting,
                            started_at)

    def _open(self, temporary: Path):
        sheet = self.layout == CardLayout.SHEET
        size = A4 if sheet else (CARD_WIDTH, CARD_HEIGHT)
        canvas = open_canvas(temporary, size, f"{TITLES[current_language()]} – {self.ctx.office.name}",
                             duplex_long_edge=sheet, author=self.ctx.actor)
        writer = SheetWriter(canvas, self.template, self.settings.back_offset) if sheet \
            else SingleWriter(canvas, self.template)
        return canvas, writer

    def _draw_all(self, writer, progress: Progress | None, cancelled: Cancelled | None) -> None:
        names = RegionNames(self.ctx.reference.regions)
        total = len(self.ids)
        with self.ctx.db.session() as session:
            for row in iter_card_rows(session, self.ids):
                if cancelled is not None and cancelled():
                    raise OperationCancelled()
                if row.status != ParticipantStatus.ACTIVE:
                    continue
                facts = build_facts(row, names, self.key, self.issue_date, row.card_version + 1)
                writer.add(facts)
                self.printed.append(PrintedCard(row.participant_id, row.uuid, row.registration_number,
                                                facts.card_version, facts.fingerprint, row.kpj,
                                                self.reasons.get(row.participant_id, "")))
                if progress is not None:
                    progress(len(self.printed), total)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def render_alignment_test(ctx: AppContext, out_path: Path, printer: str | None = None) -> RenderResult:
    """The two-page duplex alignment test for the A4 sheet layout, with the printer's current offset."""
    out_path = check_output_path(out_path)
    settings = _card_settings(ctx, printer)
    register_fonts()
    with writing(out_path) as temporary:
        canvas = open_canvas(temporary, A4, "Uji perataan / Alignment test", duplex_long_edge=True,
                             author=ctx.actor)
        draw_alignment_test(canvas, settings.back_offset, current_language())
        canvas.save()
    return RenderResult(out_path, 0, 2, None)
