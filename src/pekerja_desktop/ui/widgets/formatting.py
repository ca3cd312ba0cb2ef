"""Numbers and message templates as every page shows them (200.000 in Indonesian, 200,000 in English)."""

from __future__ import annotations

from pekerja_desktop.documents.formatting import number_text


def format_number(value: int) -> str:
    """Grouped thousands in the language of the messages."""
    return number_text(int(value))


def fill(template: str, *values: object) -> str:
    """Qt-style %1, %2 placeholders filled in order (translated templates keep their own word order)."""
    for position, value in enumerate(values, start=1):
        template = template.replace(f"%{position}", str(value))
    return template
