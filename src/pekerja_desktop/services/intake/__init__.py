"""Village-list intake: reading XLSX/CSV lists, recognising headers, turning rows into drafts, the report."""
