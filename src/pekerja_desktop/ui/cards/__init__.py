"""The Kartu page (membership cards: print queue, preview, printing, reprints, receipts)."""

from pekerja_desktop.ui.cards.page import CardsPage

__all__ = ["CardsPage"]
