"""The programme year's lifecycle of a participation: ending it and undoing an end by mistake, transfers between
offices (hub), the age-limit list, the yearly renewal, and help for heirs (the claim checklist, benefit claims and
the benefits report)."""
