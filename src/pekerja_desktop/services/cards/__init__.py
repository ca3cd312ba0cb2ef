"""Membership cards and printed documents: the print queue, card PDFs (A4 sheets, CR80 pages), the signed QR
code, verification and the registration receipt. No Qt here: the GUI calls these with progress and cancel."""

from pekerja_desktop.services.cards.queue import QueueEntry, card_queue, request_reprint
from pekerja_desktop.services.cards.receipt import render_receipt
from pekerja_desktop.services.cards.render import RenderResult, render_alignment_test, render_cards
from pekerja_desktop.services.cards.verify import CardVerdict, verify_card
from pekerja_desktop.store.card_models import CardLayout

__all__ = ["CardLayout", "CardVerdict", "QueueEntry", "RenderResult", "card_queue", "render_alignment_test",
           "render_cards", "render_receipt", "request_reprint", "verify_card"]
