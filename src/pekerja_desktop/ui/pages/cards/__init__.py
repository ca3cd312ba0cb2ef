"""The Kartu page (membership cards: print queue, preview, printing, reprints, receipts)."""

from pekerja_desktop.ui.pages.cards.page import CardsPage

__all__ = ["CardsPage"]
