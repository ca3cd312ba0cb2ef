"""`person-export`: everything held about one person, as a PDF for an access request (UU 27/2022).

PERSON_EXPORT (supervisor); recorded as "person.export". The data: person_data.py; the PDF: person_export_pdf.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.privacy.errors import output_format
from pekerja_desktop.services.privacy.person_data import load_person
from pekerja_desktop.services.privacy.person_export_pdf import write_person_pdf


@dataclass(frozen=True)
class PersonExportResult:
    path: Path
    registration_number: str
    pages: int


def export_person(ctx: AppContext, key: str, out: Path, *, requested_on: dt.date | None = None,
                  language: str | None = None) -> PersonExportResult:
    """Write the PDF for the person `key` (registration number or NIK) to `out`; audited as "person.export"."""
    ctx.require(Permission.PERSON_EXPORT)
    output_format(out, ("pdf",))
    language = language or current_language()
    requested_on = requested_on or dt.date.today()
    with ctx.db.session() as session:
        data = load_person(session, ctx, key, language)
    number = data.participant.registration_number
    producer = f"{ctx.operator.display_name} ({ctx.actor})" if ctx.operator.display_name else ctx.actor
    pages = write_person_pdf(Path(out), data, office_name=ctx.office.name, producer=producer,
                             requested_on=requested_on, language=language)
    ctx.audit("person.export", number, out=Path(out).name, pages=pages, requested_on=requested_on.isoformat())
    return PersonExportResult(Path(out), number, pages)
