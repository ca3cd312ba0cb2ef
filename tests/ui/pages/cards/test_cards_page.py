"""The Kartu page: the queue model, filters, selection, preview, saving and printing the PDF, cancelling,
reprint requests, receipts, and Indonesian texts."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from pekerja_desktop.services.cards.queue import card_queue, print_batches, request_reprint
from pekerja_desktop.services.cards.receipt import render_receipt
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.ui.pages.cards import jobs, pdf_pages, printing
from pekerja_desktop.ui.pages.cards import page as page_module
from pekerja_desktop.ui.pages.cards.dialogs import Found, ReceiptDialog, ReceiptRequest, ReprintDialog, ReprintRequest
from pekerja_desktop.ui.pages.cards.model import CardQueueModel, Column
from pekerja_desktop.ui.pages.cards.page import CardsPage
from pekerja_desktop.ui.widgets import messages
from tests.support.cards import CONFIRM, nik_for

AMBON_01 = "81.71.01.1007"  # Wainitu, Kec. Nusaniwe
AMBON_03 = "81.71.03.2001"  # Passo, Kec. Baguala
PEOPLE = [("Maria Latuconsina", AMBON_01), ("Abdul Karim Tuasikal", AMBON_01), ("Welhelmina de Fretes", AMBON_03),
          ("Yohanis Pattinama", AMBON_03), ("Siti Rumahorbo", AMBON_01)]
needs_renderer = pytest.mark.skipif(pdf_pages.backend() is None, reason="no PDF renderer (QtPdf/pypdfium2/pdftoppm)")


@pytest.fixture
def numbers(ctx, participant_factory) -> list[str]:
    return [enrol(ctx, participant_factory(nik=nik_for(i), full_name=name, village_code=village), final=True,
                  confirmed=CONFIRM).registration_number for i, (name, village) in enumerate(PEOPLE)]


@pytest.fixture
def page(qtbot, ctx, runner, numbers, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, title=None: errors.append(text))
    widget = CardsPage(ctx, runner)
    widget.errors = errors
    qtbot.addWidget(widget)
    widget.resize(1166, 700)
    widget.show()
    return widget


def queue_numbers(ctx) -> list[str]:
    with ctx.db.session() as session:
        return [entry.registration_number for entry in card_queue(session)]


def shown_numbers(page) -> list[str]:
    proxy = page.queue.proxy
    return [proxy.index(row, Column.REGISTRATION_NUMBER).data() for row in range(proxy.rowCount())]


def tick_only(page, wanted: set[str]) -> None:
    model = page.model
    model.set_all_checked(False)
    for row in range(model.rowCount()):
        if model.entry_at(row).registration_number in wanted:
            assert model.setData(model.index(row, Column.REGISTRATION_NUMBER), Qt.CheckState.Checked.value,
                                 Qt.ItemDataRole.CheckStateRole)


def save_to(monkeypatch, path: Path, record: bool = True) -> None:
    """The file dialog answers `path`; asked whether the cards printed well, the clerk says `record`."""
    monkeypatch.setattr(page_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kw: (str(path), "")))
    monkeypatch.setattr(messages, "confirm", lambda *_args: record)


# --- the model ---------------------------------------------------------------------------------------

def test_the_queue_model_passes_the_model_tester(qtmodeltester, page, ctx):
    assert page.model.rowCount() == len(PEOPLE)
    qtmodeltester.check(page.model)
    page.model.set_all_checked(False)
    qtmodeltester.check(page.model)
    empty = CardQueueModel(ctx.reference.regions)
    qtmodeltester.check(empty)


def test_every_row_is_ticked_after_loading_and_ticks_can_be_changed(page, numbers):
    model = page.model
    assert model.checked_count() == len(numbers)
    assert "5" in page.queue.count.text()
    page.queue.select_none.click()
    assert model.checked_count() == 0
    assert not page.actions.save_button.isEnabled()
    tick_only(page, {numbers[0]})
    assert [e.registration_number for e in page.selected()] == [numbers[0]]
    assert page.actions.save_button.isEnabled()
    page.refresh()  # coming back to the page: the clerk's choice stays
    assert [e.registration_number for e in page.selected()] == [numbers[0]]
    page.queue.select_all.click()
    assert model.checked_count() == len(numbers)


def test_filtering_by_region_and_reason(page, ctx, numbers, tmp_path, monkeypatch):
    page.filters.region.set_code("81.71.03")
    assert sorted(shown_numbers(page)) == sorted([numbers[2], numbers[3]])
    page.filters.region.set_code("")
    assert len(shown_numbers(page)) == len(numbers)
    # print two cards, then ask for a reprint of one of them: its reason is "reprint"
    tick_only(page, {numbers[0], numbers[1]})
    save_to(monkeypatch, tmp_path / "first.pdf")
    page.save_pdf()
    request_reprint(ctx, numbers[0], "lost")
    page.refresh()
    page.filters.reason.setCurrentIndex(page.filters.reason.findData("reprint"))
    assert shown_numbers(page) == [numbers[0]]
    assert page.queue.proxy.index(0, Column.REASON).data() == "Reprint (lost)"
    page.filters.reason.setCurrentIndex(page.filters.reason.findData("new"))
    assert sorted(shown_numbers(page)) == sorted(numbers[2:])


# --- saving, cancelling, previewing, printing ---------------------------------------------------------

def test_saving_the_selection_writes_the_pdf_and_records_the_batch(page, ctx, numbers, tmp_path, monkeypatch):
    tick_only(page, {numbers[1], numbers[3]})
    target = tmp_path / "kartu"  # the .pdf is added
    save_to(monkeypatch, target)
    page.actions.layout_choice.setCurrentIndex(page.actions.layout_choice.findData("single"))
    page.actions.save_button.click()
    written = tmp_path / "kartu.pdf"
    assert written.exists() and len(PdfReader(written).pages) == 4  # two cards, front and back
    assert sorted(queue_numbers(ctx)) == sorted([numbers[0], numbers[2], numbers[4]])
    assert sorted(shown_numbers(page)) == sorted(queue_numbers(ctx))  # the page shows the shorter queue
    assert "2" in page.notice.text() and str(written) in page.notice.text()
    with ctx.db.session() as session:
        assert print_batches(session)[0].card_count == 2


def test_a_saved_pdf_is_not_recorded_until_the_clerk_confirms_the_print(page, ctx, numbers, tmp_path,
                                                                         monkeypatch):
    asked = []
    save_to(monkeypatch, tmp_path / "kartu.pdf", record=False)
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[1]) or False)
    page.actions.save_button.click()
    assert (tmp_path / "kartu.pdf").exists() and asked == ["Record as printed?"]
    assert sorted(queue_numbers(ctx)) == sorted(numbers), "nothing recorded, the queue is whole"
    assert "not recorded" in page.notice.text()
    with ctx.db.session() as session:
        assert print_batches(session) == []


def test_printing_records_the_cards_once_the_printer_took_the_job(page, ctx, numbers, monkeypatch):
    sent = []
    monkeypatch.setattr(page_module, "backend", lambda: "pdftoppm")
    monkeypatch.setattr(printing, "choose_printer", lambda *_args: True)
    monkeypatch.setattr(jobs, "print_pdf", lambda _printer, pdf, pages, **_kw: sent.append(
        (pdf.exists(), queue_numbers(ctx))) or pages)
    tick_only(page, {numbers[0]})
    page.actions.print_button.click()
    (existed, queue_while_printing), = sent
    assert existed and numbers[0] in queue_while_printing, "not recorded before the printer has the job"
    assert numbers[0] not in queue_numbers(ctx)


def test_a_failed_print_records_nothing(page, ctx, numbers, monkeypatch):
    monkeypatch.setattr(page_module, "backend", lambda: "pdftoppm")
    monkeypatch.setattr(printing, "choose_printer", lambda *_args: True)
    monkeypatch.setattr(messages, "show_error", lambda *_args, **_kw: None)

    def jammed(*_args, **_kw):
        raise OSError("the printer is offline")

    monkeypatch.setattr(jobs, "print_pdf", jammed)
    page.actions.print_button.click()
    assert sorted(queue_numbers(ctx)) == sorted(numbers)
    with ctx.db.session() as session:
        assert print_batches(session) == []


def test_cancelling_while_rendering_leaves_no_pdf_and_records_nothing(page, ctx, numbers, tmp_path, monkeypatch):
    target = tmp_path / "batal.pdf"
    save_to(monkeypatch, target)
    page.busy.progress.valueChanged.connect(lambda _value: page.busy.cancel())  # Cancel at the first card
    page.save_pdf()
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if p.suffix == ".pdf" or "partial" in p.name] == []
    assert sorted(queue_numbers(ctx)) == sorted(numbers)
    with ctx.db.session() as session:
        assert print_batches(session) == []
    assert page.notice.text().startswith("Cancelled")
    assert page.errors == []
    assert page.actions.save_button.isEnabled()  # ready again


@needs_renderer
def test_the_preview_shows_the_pages_and_records_nothing(page, ctx, numbers):
    page.actions.preview_button.click()
    assert page.preview.page_count() == 2  # one A4 sheet: front and mirrored back
    assert "PRATINJAU" in page.preview.message.text()
    assert sorted(queue_numbers(ctx)) == sorted(numbers)
    page.actions.layout_choice.setCurrentIndex(page.actions.layout_choice.findData("single"))
    assert page.preview.page_count() == 0  # a new layout: the old pages go
    page.actions.preview_button.click()
    assert page.preview.page_count() == 2 * len(numbers)


def test_without_a_renderer_the_preview_says_what_is_missing(page, monkeypatch):
    monkeypatch.setattr(page_module, "backend", lambda: None)
    page.actions.preview_button.click()
    assert page.preview.page_count() == 0
    assert "pdftoppm" in page.preview.message.text()


@needs_renderer
def test_printing_sends_every_page_at_its_real_size(page, ctx, numbers, tmp_path, monkeypatch):
    printed = tmp_path / "printer.pdf"

    def to_pdf(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(printing, "choose_printer", to_pdf)
    tick_only(page, {numbers[0], numbers[2]})
    page.actions.print_button.click()
    reader = PdfReader(printed)
    assert len(reader.pages) == 2
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5  # A4, not fitted to another paper
    assert sorted(queue_numbers(ctx)) == sorted([numbers[1], numbers[3], numbers[4]])
    assert "2" in page.notice.text()


@pytest.mark.parametrize("name", [pdf_pages.QTPDF, pdf_pages.PDFIUM, pdf_pages.PDFTOPPM])
def test_each_renderer_gives_every_page_at_the_asked_resolution(name, ctx, numbers, tmp_path, monkeypatch):
    installed = {pdf_pages.QTPDF: importlib.util.find_spec("PySide6.QtPdf") is not None,
                 pdf_pages.PDFIUM: importlib.util.find_spec("pypdfium2") is not None,
                 pdf_pages.PDFTOPPM: shutil.which("pdftoppm") is not None}
    if not installed[name]:
        pytest.skip(f"{name} is not installed")
    monkeypatch.setattr(pdf_pages, "backend", lambda: name)
    result = render_receipt(ctx, numbers[0], tmp_path / "a5.pdf", "a5")
    images = list(pdf_pages.page_images(result.path, 72))
    assert len(images) == result.pages
    assert all(abs(i.width() - 420) <= 1 and abs(i.height() - 595) <= 1 for i in images)  # A5 at 72 dpi
    assert len(list(pdf_pages.page_images(result.path, 72, max_pages=1))) == 1


# --- reprints and receipts ----------------------------------------------------------------------------

def test_a_reprint_request_puts_a_printed_card_back_in_the_queue(page, ctx, numbers, tmp_path, monkeypatch):
    save_to(monkeypatch, tmp_path / "all.pdf")
    page.save_pdf()
    assert page.model.rowCount() == 0
    monkeypatch.setattr(ReprintDialog, "get_request",
                        classmethod(lambda cls, *_args: ReprintRequest(numbers[4], "damaged")))
    page.actions.reprint_button.click()
    assert shown_numbers(page) == [numbers[4]]
    assert page.queue.proxy.index(0, Column.REASON).data() == "Reprint (damaged)"


def test_the_reprint_dialog_needs_a_participant_and_a_reason(qtbot):
    found = [Found("8171A-26-000001-5", "MARIA LATUCONSINA", "Waihaong", "active")]
    dialog = ReprintDialog(lambda text: found if text else [], "8171A")
    qtbot.addWidget(dialog)
    accept = next(b for b in dialog.buttons.buttons() if b.isDefault())
    assert dialog.chosen() == found[0] and not accept.isEnabled()
    dialog.damaged.setChecked(True)
    assert accept.isEnabled()


def test_the_receipt_is_saved_for_one_participant(page, numbers, tmp_path, monkeypatch):
    monkeypatch.setattr(ReceiptDialog, "get_request",
                        classmethod(lambda cls, *_args: ReceiptRequest(numbers[2], "a5", False, "save")))
    save_to(monkeypatch, tmp_path / "tanda-terima.pdf")
    page.actions.receipt_button.click()
    assert (tmp_path / "tanda-terima.pdf").exists()
    assert numbers[2] in page.notice.text()


def test_the_participant_search_of_the_dialogs(page, numbers):
    from pekerja_desktop.ui.pages.cards.jobs import find_people

    found = find_people(page._ctx, "welhelmina", active_only=True)
    assert [f.registration_number for f in found] == [numbers[2]]
    assert found[0].village


# --- language -----------------------------------------------------------------------------------------

def test_the_page_reads_indonesian(qtbot, ctx, runner, numbers, indonesian):
    widget = CardsPage(ctx, runner)
    qtbot.addWidget(widget)
    assert widget.actions.save_button.text() == "&Simpan PDF\u2026"
    assert widget.actions.print_button.text() == "&Cetak\u2026"
    assert widget.queue.proxy.headerData(Column.REASON, Qt.Orientation.Horizontal) == "Alasan"
    assert widget.queue.proxy.index(0, Column.REASON).data() == "Baru"
    assert widget.queue.count.text() == "Antrean: 5 kartu \u00b7 dipilih: 5"


@needs_renderer
def test_preview_and_printing_work_on_the_background_thread(qtbot, ctx, numbers, tmp_path, monkeypatch):
    from pekerja_desktop.ui.tasks import TaskRunner

    background = TaskRunner()
    widget = CardsPage(ctx, background)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(numbers), timeout=10_000)
    widget.actions.preview_button.click()
    qtbot.waitUntil(lambda: widget.preview.page_count() == 2, timeout=20_000)
    printed = tmp_path / "printer.pdf"

    def to_pdf(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(printing, "choose_printer", to_pdf)
    widget.actions.print_button.click()
    qtbot.waitUntil(lambda: "sent to the printer" in widget.notice.text(), timeout=30_000)
    assert len(PdfReader(printed).pages) == 2
    assert queue_numbers(ctx) == []
    background.wait_for_done()
