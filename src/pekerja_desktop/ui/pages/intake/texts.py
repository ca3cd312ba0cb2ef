"""Sentences the intake page shows: the counts of a preview, the result of an import, the columns read and left out."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pekerja_desktop.services.intake.importer import IntakePreview, IntakeResult
from pekerja_desktop.ui.pages.intake.model import outcome_colour
from pekerja_desktop.ui.widgets.formatting import format_number


def _t(text: str) -> str:
    return QCoreApplication.translate("IntakeSummary", text)


def _fill(template: str, *values: object) -> str:
    for position, value in enumerate(values, start=1):
        template = template.replace(f"%{position}", str(value))
    return template


def _coloured(outcome: str, template: str, count: int) -> str:
    colour = outcome_colour(outcome)
    text = html.escape(_fill(_t(template), format_number(count)))
    return f'<span style="color:{colour}; font-weight:600">{text}</span>'


def counts_html(preview: IntakePreview) -> str:
    """'<b>Rows in the list: 120</b> — 100 valid · 10 rejected · 5 already registered · 5 repeated in the file'."""
    counts = preview.counts()
    parts = [
        _coloured("valid", QT_TRANSLATE_NOOP("IntakeSummary", "%1 valid"), counts["valid"]),
        _coloured("incomplete", QT_TRANSLATE_NOOP("IntakeSummary", "%1 drafts to complete"), counts["incomplete"]),
        _coloured("invalid", QT_TRANSLATE_NOOP("IntakeSummary", "%1 rejected"), counts["invalid"]),
        _coloured("already_present", QT_TRANSLATE_NOOP("IntakeSummary", "%1 already registered"),
                  counts["already_present"]),
        _coloured("duplicate_in_file", QT_TRANSLATE_NOOP("IntakeSummary", "%1 repeated in the file"),
                  counts["duplicate_in_file"]),
    ]
    total = _fill(_t(QT_TRANSLATE_NOOP("IntakeSummary", "Rows in the list: %1")), format_number(len(preview.rows)))
    text = "<b>" + html.escape(total) + "</b> \u2014 " + " \u00b7 ".join(parts)
    warned = sum(1 for row in preview.rows if row.outcome == "valid" and row.findings)
    if warned:
        note = _t(QT_TRANSLATE_NOOP("IntakeSummary", "(valid with warnings: %1)"))
        text += " " + html.escape(_fill(note, format_number(warned)))
    return text


READ_BEFORE = QT_TRANSLATE_NOOP(
    "IntakeSummary", "Columns read: NIK and Nama (required), No KK, place and date of birth, sex (L/P, 1/2, "
    "Laki-laki/Perempuan), address, dusun, RT/RW, desa/negeri/ohoi, kecamatan, kabupaten/kota, occupation (a name "
    "or a Dukcapil code), phone, mother's name, heir and relationship, status (a person marked dead or moved is "
    "refused). Religion and marital status are not stored; any other column is ignored.")


def columns_text(preview: IntakePreview | None) -> str:
    """Before a list: what the page reads; after: which columns of this list were read, ignored, not stored."""
    if preview is None:
        return _t(READ_BEFORE)
    parts = [_fill(_t(QT_TRANSLATE_NOOP("IntakeSummary", "Read: %1.")), ", ".join(preview.columns.values()))]
    if preview.unknown_headers:
        parts.append(_fill(_t(QT_TRANSLATE_NOOP("IntakeSummary", "Ignored: %1.")), ", ".join(preview.unknown_headers)))
    if preview.not_stored:
        parts.append(_fill(_t(QT_TRANSLATE_NOOP("IntakeSummary", "Not stored (personal data protection): %1.")),
                           ", ".join(preview.not_stored)))
    return " ".join(parts)


def numbers_range(numbers: list[str]) -> str:
    if len(numbers) < 2:
        return numbers[0] if numbers else ""
    return _fill(_t(QT_TRANSLATE_NOOP("IntakeSummary", "%1 to %2")), numbers[0], numbers[-1])


def result_text(result: IntakeResult) -> str:
    """'Participants imported as drafts: 100 (8171A-26-000001-5 to …). Not imported: …'."""
    if result.imported:
        text = _fill(_t(QT_TRANSLATE_NOOP("IntakeSummary", "Participants imported as drafts: %1 (%2).")),
                     format_number(result.imported), numbers_range(result.registration_numbers))
        if result.incomplete:
            text += " " + _fill(_t(QT_TRANSLATE_NOOP(
                "IntakeSummary", "%1 of them carry what is left to complete: finish them in the form.")),
                format_number(result.incomplete))
    else:
        text = _t(QT_TRANSLATE_NOOP("IntakeSummary", "No row was imported."))
    if result.rejected + result.already_present + result.duplicate_in_file:
        template = _t(QT_TRANSLATE_NOOP(
            "IntakeSummary", "Not imported: %1 rejected, %2 already registered, %3 repeated in the file."))
        text += " " + _fill(template, format_number(result.rejected), format_number(result.already_present),
                            format_number(result.duplicate_in_file))
    return text
