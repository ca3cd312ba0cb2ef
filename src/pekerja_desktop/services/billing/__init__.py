"""(hub) The monthly contribution bill (Rekap Iuran) the Pemda pays: who is billed for a month and how much,
the bill as a PDF or XLSX, and who signs it."""
