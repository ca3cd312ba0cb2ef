"""What every printed or exported document is made of: the bundled fonts, the one look (styles, tables, the
letterhead), the PDF canvas and document, the report writers (PDF, XLSX) and the table files (CSV, XLSX), the one
formatter for Rupiah and counts, and spreadsheet safety."""
