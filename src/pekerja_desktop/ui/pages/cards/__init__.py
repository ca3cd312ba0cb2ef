"""The Kartu page (membership cards: print queue, preview, printing, reprints, receipts)."""
