"""Village-list intake: read an XLSX/CSV list, check every row, import the valid ones as drafts.

`preview_intake` reads and checks without writing; `import_preview` inserts the valid rows in one
write transaction (re-checking NIKs already present inside it) and records an `IntakeBatch`;
`write_report` writes the row-by-row report (CSV or XLSX) atomically. Re-importing a file adds
nothing twice: NIKs already in the register come out as `already_present`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.domain.findings import Finding
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.domain.validation import ReferenceSets, validate_participant
from pekerja_desktop.errors import FileProblem
from pekerja_desktop.fileio import atomic_path
from pekerja_desktop.progress import Progress
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.intake.errors import IntakeError
from pekerja_desktop.services.intake.reading.read import CHECK_EVERY, RawRow, Watch, read_sheet
from pekerja_desktop.services.intake.report import file_problem, render_report, report_format, write_report
from pekerja_desktop.services.intake.rows import (
    OCCUPATION_SYNONYMS,
    RELATIONSHIP_SYNONYMS,
    RowContext,
    alias_map,
    convert_row,
    intake_warning,
)
from pekerja_desktop.services.reference.data import heir_relationships, occupations
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import IntakeBatch, Participant, ParticipantStatus, saved_id

__all__ = ["DEFAULT_FUNDING_SOURCE", "OUTCOMES", "IntakePreview", "IntakeResult", "IntakeRow",
           "import_preview", "import_with_report", "preview_intake", "write_report"]

VALID, INVALID, ALREADY_PRESENT, DUPLICATE_IN_FILE = "valid", "invalid", "already_present", "duplicate_in_file"
OUTCOMES = (VALID, INVALID, ALREADY_PRESENT, DUPLICATE_IN_FILE)
DEFAULT_FUNDING_SOURCE = "APBD_PROV"
NIK_QUERY_CHUNK = 500



@dataclass
class IntakeRow:
    row_number: int  # the row number as the spreadsheet shows it
    values: dict[str, str]  # raw cell texts by canonical column key (nik, full_name, birth_place, ...)
    data: ParticipantData | None  # normalised, None when the row could not be parsed at all
    findings: list[Finding]  # errors and warnings
    outcome: str  # "valid" | "invalid" | "already_present" | "duplicate_in_file"


@dataclass
class IntakePreview:
    path: Path
    sha256: str
    columns: dict[str, str]  # canonical key -> header as written in the file
    unknown_headers: list[str]
    rows: list[IntakeRow]
    sheet_name: str | None = None

    def counts(self) -> dict[str, int]:
        """Rows per outcome (every outcome present, zero when none)."""
        found = Counter(row.outcome for row in self.rows)
        return {outcome: found.get(outcome, 0) for outcome in OUTCOMES}

    @property
    def needs_report(self) -> bool:
        """True when some row was refused (invalid or repeated in the file)."""
        counts = self.counts()
        return counts[INVALID] + counts[DUPLICATE_IN_FILE] > 0


@dataclass
class IntakeResult:
    batch_id: int
    imported: int
    rejected: int
    already_present: int
    duplicate_in_file: int
    registration_numbers: list[str]
    row_numbers: list[int] = field(default_factory=list)  # the imported rows, in the order of the numbers


# --- preview ---------------------------------------------------------------------------------------

def preview_intake(ctx: AppContext, path: Path, *, funding_source: str = DEFAULT_FUNDING_SOURCE,
                   coverage_start: dt.date | None = None, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> IntakePreview:
    """Read and check a village list; nothing is written. Raises IntakeError, FileProblem, OperationCancelled."""
    path = Path(path)
    content = _read_bytes(path)
    funding = _checked_funding_source(ctx.reference, funding_source)
    sheet = read_sheet(path, content, Watch(_first_half(progress), cancelled))
    today = dt.date.today()
    row_ctx = _row_context(ctx, funding, coverage_start or today.replace(day=1), today)
    rows = _check_rows(sheet.rows, row_ctx, ctx.reference, Watch(progress, cancelled))
    _classify(rows, _existing_niks(ctx, _niks_of(rows)))
    return IntakePreview(path, hashlib.sha256(content).hexdigest(), sheet.columns, sheet.unknown_headers,
                         rows, sheet.sheet_name)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise FileProblem("file.missing", path=str(path)) from exc
    except OSError as exc:
        raise FileProblem("file.unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc


def _checked_funding_source(ref: ReferenceSets, code: str) -> str:
    normal = (code or "").strip().upper()
    if normal not in ref.funding_sources:
        raise IntakeError("intake.funding_source_unknown", code=code, choices=", ".join(sorted(ref.funding_sources)))
    return normal


def _row_context(ctx: AppContext, funding: str, coverage_start: dt.date, today: dt.date) -> RowContext:
    with ctx.db.session() as session:
        jobs = [(o.code, o.name_id, o.name_en) for o in occupations(session)]
        relations = [(r.code, r.name_id, r.name_en) for r in heir_relationships(session)]
    return RowContext(ctx.reference.regions, alias_map(jobs, OCCUPATION_SYNONYMS),
                      alias_map(relations, RELATIONSHIP_SYNONYMS), funding, coverage_start, today)


def _first_half(progress: Progress | None) -> Progress | None:
    """Reading the file is the first half of the work, checking the rows the second."""
    if progress is None:
        return None
    return lambda done, total: progress(done, 2 * total)


def _check_rows(raw_rows: list[RawRow], row_ctx: RowContext, ref: ReferenceSets, watch: Watch) -> list[IntakeRow]:
    rows, total = [], len(raw_rows)
    for index, raw in enumerate(raw_rows):
        if index % CHECK_EVERY == 0:
            watch.step(total + index, 2 * total)
        rows.append(check_row(raw, row_ctx, ref))
    watch.step(2 * total, 2 * total)
    return rows


def check_row(raw: RawRow, row_ctx: RowContext, ref: ReferenceSets) -> IntakeRow:
    """Read one row and validate it as a draft (errors block, warnings are reported).

    This is what `services.enrolment.assess(..., final=False)` does (normalise, then the domain rules)
    without its per-row duplicate query: NIKs are looked up for the whole file at once (`existing_niks`),
    which a 35,000-row list needs (one query per row costs ~13 s there).
    """
    values, data, findings = convert_row(raw, row_ctx)
    if data is not None:
        checked = validate_participant(data, ref, row_ctx.today, final=False)
        if any(f.code == "nik.excel_number" for f in findings):  # the digits are not the NIK: say only that
            checked = [f for f in checked if f.field != "nik"]
        findings = findings + checked
    outcome = INVALID if data is None or any(f.is_error for f in findings) else VALID
    return IntakeRow(raw.row_number, values, data, findings, outcome)


def _niks_of(rows: Iterable[IntakeRow]) -> set[str]:
    return {r.data.nik for r in rows if r.data is not None and len(r.data.nik) == 16 and not _nik_refused(r)}


def _nik_refused(row: IntakeRow) -> bool:
    return any(f.is_error and f.field == "nik" for f in row.findings)


def _existing_niks(ctx: AppContext, niks: set[str]) -> dict[str, tuple[str, str, str]]:
    with ctx.db.session() as session:
        return existing_niks(session, niks)


def existing_niks(session: Session, niks: Iterable[str]) -> dict[str, tuple[str, str, str]]:
    """NIK -> (registration number, name, office) for those already registered, a few queries in all."""
    wanted = sorted(set(niks))
    found: dict[str, tuple[str, str, str]] = {}
    columns = (Participant.nik, Participant.registration_number, Participant.full_name, Participant.office_code)
    for start in range(0, len(wanted), NIK_QUERY_CHUNK):
        chunk = wanted[start:start + NIK_QUERY_CHUNK]
        for nik, number, name, office in session.execute(select(*columns).where(col(Participant.nik).in_(chunk))):
            found.setdefault(nik, (number, name, office))
    return found


def _classify(rows: list[IntakeRow], existing: dict[str, tuple[str, str, str]]) -> None:
    """Already registered first; then errors; then repeats of a NIK imported from an earlier row."""
    first_rows: dict[str, int] = {}
    for row in rows:
        nik = row.data.nik if row.data is not None else ""
        if nik in existing and not _nik_refused(row):
            _mark_present(row, existing[nik])
        elif row.outcome == INVALID:
            continue
        elif nik in first_rows:
            row.outcome = DUPLICATE_IN_FILE
            row.findings.append(intake_warning("intake.duplicate_in_file", "nik", first_row=first_rows[nik]))
        else:
            first_rows[nik] = row.row_number


def _mark_present(row: IntakeRow, existing: tuple[str, str, str]) -> None:
    number, name, office = existing
    row.outcome = ALREADY_PRESENT
    row.findings.append(intake_warning("intake.already_present", "nik", registration_number=number,
                                       full_name=name, office_code=office))


# --- import ----------------------------------------------------------------------------------------

def import_preview(ctx: AppContext, preview: IntakePreview) -> IntakeResult:
    """Insert the valid rows as drafts in ONE write transaction, with the batch record."""
    ctx.require(Permission.INTAKE)
    with ctx.db.write() as session:
        present = existing_niks(session, (data.nik for _row, data in _valid(preview.rows)))
        for row, data in _valid(preview.rows):
            if data.nik in present:
                _mark_present(row, present[data.nik])
        valid = _valid(preview.rows)
        source = f"intake:{preview.sha256[:16]}"
        batch = [PreparedEnrolment(data, status=ParticipantStatus.DRAFT.value,
                                   source=f"{source}:{row.row_number}") for row, data in valid]
        numbers = insert_prepared(session, ctx.office.code, ctx.actor, batch)
        batch_id = _record_batch(session, ctx, preview, len(numbers))
        audit.record(session, ctx.actor, "intake.import", preview.path.name, batch=batch_id, rows=len(numbers),
                     sha256=preview.sha256)
    counts = preview.counts()
    return IntakeResult(batch_id, len(numbers), counts[INVALID], counts[ALREADY_PRESENT], counts[DUPLICATE_IN_FILE],
                        numbers, [row.row_number for row, _data in valid])


def _valid(rows: list[IntakeRow]) -> list[tuple[IntakeRow, ParticipantData]]:
    """The rows to import, with their data (a valid row always has some)."""
    return [(row, row.data) for row in rows if row.outcome == VALID and row.data is not None]


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

