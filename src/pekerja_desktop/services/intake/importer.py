"""Village-list intake: import the rows of a checked list (`preview.py`) as drafts.

`import_preview` inserts every landing row — valid, or a draft to complete carrying its findings — in one write
transaction (re-checking NIKs already present inside it) and records an `IntakeBatch`; `import_with_report` also
writes the row-by-row report, or neither. Re-importing a file adds nothing twice: NIKs already in the register come
out as `already_present`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.fileio import atomic_path
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.intake.messages import findings_json
from pekerja_desktop.services.intake.outcome import (
    ALREADY_PRESENT,
    DUPLICATE_IN_FILE,
    INCOMPLETE,
    INVALID,
    LANDING,
    OUTCOMES,
)
from pekerja_desktop.services.intake.preview import (
    DEFAULT_FUNDING_SOURCE,
    IntakeOptions,
    IntakePreview,
    IntakeRow,
    existing_niks,
    mark_present,
    preview_intake,
    recheck,
    settle,
)
from pekerja_desktop.services.intake.report import file_problem, render_report, report_format, write_report
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import IntakeBatch, ParticipantStatus, saved_id

__all__ = ["DEFAULT_FUNDING_SOURCE", "OUTCOMES", "IntakeOptions", "IntakePreview", "IntakeResult", "IntakeRow",
           "import_preview", "import_with_report", "preview_intake", "recheck", "settle", "write_report"]


@dataclass
class IntakeResult:
    batch_id: int
    imported: int
    rejected: int
    already_present: int
    duplicate_in_file: int
    registration_numbers: list[str]
    row_numbers: list[int] = field(default_factory=list)  # the imported rows, in the order of the numbers
    incomplete: int = 0  # of the imported, drafts that carry something to complete


def import_preview(ctx: AppContext, preview: IntakePreview) -> IntakeResult:
    """Insert the landing rows as drafts in ONE write transaction, with the batch record."""
    ctx.require(Permission.INTAKE)
    with ctx.db.write() as session:
        present = existing_niks(session, (data.nik for _row, data in _landing(preview.rows)))
        for row, data in _landing(preview.rows):
            if data.nik in present:
                mark_present(row, present[data.nik])
        landing = _landing(preview.rows)
        source = f"intake:{preview.sha256[:16]}"
        batch = [PreparedEnrolment(data, status=ParticipantStatus.DRAFT.value, source=f"{source}:{row.row_number}",
                                   intake_findings=findings_json(row.carried)) for row, data in landing]
        numbers = insert_prepared(session, ctx.office.code, ctx.actor, batch)
        batch_id = _record_batch(session, ctx, preview, len(numbers))
        audit.record(session, ctx.actor, "intake.import", preview.path.name, batch=batch_id, rows=len(numbers),
                     sha256=preview.sha256)
    counts = preview.counts()
    return IntakeResult(batch_id, len(numbers), counts[INVALID], counts[ALREADY_PRESENT], counts[DUPLICATE_IN_FILE],
                        numbers, [row.row_number for row, _data in landing],
                        sum(1 for row, _data in landing if row.outcome == INCOMPLETE))


def _landing(rows: list[IntakeRow]) -> list[tuple[IntakeRow, ParticipantData]]:
    """The rows to import, with their data (a landing row always has some)."""
    return [(row, row.data) for row in rows if row.outcome in LANDING and row.data is not None]


def _record_batch(session: Session, ctx: AppContext, preview: IntakePreview, imported: int) -> int:
    counts = preview.counts()
    record = IntakeBatch(file_sha256=preview.sha256, file_name=preview.path.name, imported_by=ctx.actor,
                         rows_total=len(preview.rows), rows_imported=imported,
                         rows_rejected=counts[INVALID] + counts[DUPLICATE_IN_FILE],  # repeats count as refused
                         rows_already_present=counts[ALREADY_PRESENT])
    session.add(record)
    session.flush()
    return saved_id(record)


def import_with_report(ctx: AppContext, preview: IntakePreview, report: Path) -> IntakeResult:
    """Import and write the report, or neither.

    The report is rendered under a temporary name before the import, so a missing folder or a full disk
    stops everything before the database changes; after the commit it is re-rendered with the
    registration numbers (keeping the first rendering if that fails) and renamed into place.
    """
    fmt = report_format(report)
    try:
        with atomic_path(report) as staged:
            render_report(preview, staged, fmt)
            result = import_preview(ctx, preview)
            _rerender_quietly(preview, staged, fmt, result)
    except OSError as exc:
        raise file_problem(report, exc) from exc
    return result


def _rerender_quietly(preview: IntakePreview, staged: Path, fmt: str, result: IntakeResult) -> None:
    second = staged.with_name(staged.name + "2")
    try:
        render_report(preview, second, fmt, result)
        second.replace(staged)
    except OSError:
        second.unlink(missing_ok=True)
