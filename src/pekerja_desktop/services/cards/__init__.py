"""Membership cards and printed documents: the print queue, card PDFs (A4 sheets, CR80 pages), the signed QR
code, verification and the registration receipt. No Qt here: the GUI calls these with progress and cancel."""
