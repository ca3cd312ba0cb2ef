"""A blank list to fill in as an XLSX workbook: the list sheet with its header, text formats where digits must stay
digits (NIK, KK, phone), a date format, drop-down lists drawn from a sheet of choices, and a sheet explaining each
column. The content (which columns, which choices, what to say) is the caller's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from pekerja_desktop.documents.sheet_writer import BOLD_FONT, TITLE_FONT, SheetWriter

TEXT, DATE = "@", "DD/MM/YYYY"
PREPARED_ROWS = 1000  # rows given the column formats and drop-downs
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


@dataclass(frozen=True)
class TemplateColumn:
    header: str
    width: float
    explanation: str
    example: str = ""
    required: bool = False
    number_format: str | None = None  # TEXT for digits that must stay digits, DATE for dates
    choices: str | None = None  # the name of a choice list (a column of the choices sheet)


@dataclass(frozen=True)
class ListTemplate:
    list_sheet: str
    columns: Sequence[TemplateColumn]
    choices_sheet: str
    choices: dict[str, Sequence[str]]  # list name -> values, one column each on the choices sheet
    guide_sheet: str
    guide_title: str
    guide_header: Sequence[str]  # column, required, explanation, example
    guide_notes: Sequence[str] = field(default_factory=tuple)
    yes: str = "ya"


def write_list_template(template: ListTemplate, target: Path) -> None:
    """Write the workbook to `target` (callers stage it for an atomic write)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = template.list_sheet[:31]
    _list_sheet(sheet, template)
    _choices_sheet(workbook.create_sheet(template.choices_sheet[:31]), template)
    _guide_sheet(workbook.create_sheet(template.guide_sheet[:31]), template)
    workbook.active = 0
    workbook.save(target)


def _list_sheet(sheet, template: ListTemplate) -> None:
    writer = SheetWriter(sheet)
    writer.put([c.header for c in template.columns], font=BOLD_FONT)
    writer.widths([c.width for c in template.columns])
    sheet.freeze_panes = "A2"
    for index, column in enumerate(template.columns, start=1):
        sheet.cell(1, index).fill = HEADER_FILL
        letter = get_column_letter(index)
        if column.number_format:
            for row in range(2, PREPARED_ROWS + 2):
                sheet.cell(row, index).number_format = column.number_format
        if column.choices:
            _drop_down(sheet, template, column.choices, f"{letter}2:{letter}{PREPARED_ROWS + 1}")


def _drop_down(sheet, template: ListTemplate, name: str, cells: str) -> None:
    position = list(template.choices).index(name) + 1
    letter, count = get_column_letter(position), len(template.choices[name])
    source = f"'{template.choices_sheet[:31]}'!${letter}$2:${letter}${count + 1}"
    validation = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=False)
    sheet.add_data_validation(validation)
    validation.add(cells)


def _choices_sheet(sheet, template: ListTemplate) -> None:
    writer = SheetWriter(sheet)
    writer.put(list(template.choices), font=BOLD_FONT)
    longest = max((len(values) for values in template.choices.values()), default=0)
    for row in range(longest):
        writer.put([values[row] if row < len(values) else None for values in template.choices.values()])
    writer.widths([max((len(v) for v in values), default=10) + 4 for values in template.choices.values()])


def _guide_sheet(sheet, template: ListTemplate) -> None:
    writer = SheetWriter(sheet)
    writer.put([template.guide_title], font=TITLE_FONT)
    for note in template.guide_notes:
        writer.put([note])
    writer.put([])
    writer.put(list(template.guide_header), font=BOLD_FONT)
    for column in template.columns:
        line = writer.put([column.header, template.yes if column.required else "", column.explanation,
                           column.example])
        sheet.cell(line, 3).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(line, 1).font = Font(bold=True)
    writer.widths([24, 8, 90, 28])
