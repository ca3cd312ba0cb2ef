"""(hub) The BPJS upload file: accepted participants not yet submitted, through a configurable template.

The template is the JSON setting `bpjs_template` (DEFAULT_TEMPLATE when absent):
`{"columns": [{"header": ..., "field": ... | "value": ..., "date_format": "dd-MM-yyyy",
"code_format": "dotted"|"plain"|"name", "map": {...}}], "csv_delimiter": ","}`.
The participants written are recorded in `bpjs_submission` in the same transaction, once the file stands
complete under its final name; a failure before that leaves no file and records nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session, col, select

from pekerja_desktop.documents.spreadsheet import neutralise_formula
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.fileio import atomic_path, atomic_writer
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.reference.data import get_setting
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.hub_models import BpjsSubmission
from pekerja_desktop.store.models import FundingSource, Occupation, Participant, ParticipantStatus, utcnow
from pekerja_desktop.store.sync_models import SyncHubRecord, Verdict

TEMPLATE_SETTING = "bpjs_template"
DEFAULT_TEMPLATE: dict = {
    "csv_delimiter": ",",
    "columns": [
        {"header": "NIK", "field": "nik"},
        {"header": "NAMA", "field": "full_name"},
        {"header": "TEMPAT LAHIR", "field": "birth_place"},
        {"header": "TGL LAHIR", "field": "birth_date", "date_format": "dd-MM-yyyy"},
        {"header": "JENIS KELAMIN", "field": "sex", "map": {"L": "L", "P": "P"}},
        {"header": "ALAMAT", "field": "address"},
        {"header": "KODE WILAYAH", "field": "village_code", "code_format": "plain"},
        {"header": "PEKERJAAN", "field": "occupation", "code_format": "name"},
        {"header": "NO HP", "field": "phone"},
        {"header": "SEGMEN", "value": "SG"},
        {"header": "SUMBER DANA", "field": "funding_source", "code_format": "name"},
    ],
}
FIELDS = ("nik", "full_name", "birth_place", "birth_date", "sex", "mother_name", "address", "rt_rw",
          "village_code", "phone", "occupation", "income", "programmes", "funding_source", "coverage_start",
          "coverage_end", "registration_number", "office_code")
DATE_TOKENS = (("yyyy", "%Y"), ("MM", "%m"), ("dd", "%d"))
SUFFIXES = (".xlsx", ".csv")


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    rows: int


def load_template(session: Session) -> dict:
    return check_template(get_setting(session, TEMPLATE_SETTING, DEFAULT_TEMPLATE))


def check_template(template) -> dict:
    """The template as given, or HubError('bpjs.bad_template') naming the first thing wrong with it."""
    columns = template.get("columns") if isinstance(template, dict) else None
    if not isinstance(columns, list) or not columns:
        raise HubError("bpjs.bad_template", reason="columns")
    for column in columns:
        if not isinstance(column, dict) or not isinstance(column.get("header"), str):
            raise HubError("bpjs.bad_template", reason=f"header {column!r}")
        if "value" not in column and column.get("field") not in FIELDS:
            raise HubError("bpjs.bad_template", reason=f"field {column.get('field')!r}")
        if column.get("code_format") not in (None, "dotted", "plain", "name", "code"):
            raise HubError("bpjs.bad_template", reason=f"code_format {column.get('code_format')!r}")
        if not isinstance(column.get("map", {}), dict):
            raise HubError("bpjs.bad_template", reason=f"map {column.get('map')!r}")
    if len(str(template.get("csv_delimiter", ","))) != 1:
        raise HubError("bpjs.bad_template", reason=f"csv_delimiter {template.get('csv_delimiter')!r}")
    return template


def _strftime(pattern: str) -> str:
    for token, directive in DATE_TOKENS:
        pattern = pattern.replace(token, directive)
    return pattern


def _cell(column: dict, participant: Participant, names: dict[str, dict[str, str]]) -> str:
    if "value" in column:
        return str(column["value"])
    name = column["field"]
    value = getattr(participant, name)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime(_strftime(column.get("date_format", "dd-MM-yyyy")))
    text = str(value)
    mapping = column.get("map")
    if isinstance(mapping, dict):
        text = str(mapping.get(text, text))
    code_format = column.get("code_format")
    if code_format == "plain":
        text = text.replace(".", "")
    elif code_format == "name":
        text = names.get(name, {}).get(text, text)
    if name == "address" and participant.rt_rw:
        text = f"{text} RT/RW {participant.rt_rw}"
    return text


def pending(session: Session) -> list[Participant]:
    """Accepted by the hub, active, no KPJ yet, never written into an upload file."""
    return list(session.scalars(
        select(Participant)
        .join(SyncHubRecord, col(SyncHubRecord.uuid) == Participant.uuid)
        .outerjoin(BpjsSubmission, col(BpjsSubmission.uuid) == Participant.uuid)
        .where(col(SyncHubRecord.status) == Verdict.ACCEPTED.value, col(BpjsSubmission.uuid).is_(None),
               col(Participant.status) == ParticipantStatus.ACTIVE.value,
               (col(Participant.kpj).is_(None)) | (col(Participant.kpj) == ""))
        .order_by(col(Participant.registration_number))))


def _write_csv(path: Path, headers: list[str], rows: list[list[str]], delimiter: str) -> None:
    with atomic_writer(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([neutralise_formula(h) for h in headers])
        writer.writerows([[neutralise_formula(v) for v in row] for row in rows])


def _write_xlsx(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("BPJS")
    sheet.append([neutralise_formula(h) for h in headers])
    for row in rows:
        sheet.append([neutralise_formula(v) for v in row])  # every value is text: NIKs keep their digits
    with atomic_path(path) as temporary:
        workbook.save(temporary)


def export_bpjs(ctx: AppContext, out: Path) -> ExportResult:
    """Write the upload file and record its participants as submitted; nothing pending → no file."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    out = Path(out)
    if out.suffix.lower() not in SUFFIXES:
        raise HubError("output.bad_suffix", path=str(out), suffixes=" / ".join(SUFFIXES))
    with ctx.db.write() as session:
        template = load_template(session)
        people = pending(session)
        if not people:
            return ExportResult(None, 0)
        names = {"occupation": dict(session.execute(select(Occupation.code, Occupation.name_id)).all()),
                 "funding_source": dict(session.execute(select(FundingSource.code, FundingSource.name_id)).all())}
        columns = template["columns"]
        headers = [c["header"] for c in columns]
        rows = [[_cell(c, p, names) for c in columns] for p in people]
        if out.suffix.lower() == ".csv":
            _write_csv(out, headers, rows, str(template.get("csv_delimiter") or ","))
        else:
            _write_xlsx(out, headers, rows)
        now = utcnow()
        session.execute(insert(BpjsSubmission), [
            {"uuid": p.uuid, "submitted_at": now, "submitted_by": ctx.actor, "file_name": out.name,
             "refused_at": None, "refused_reason": ""} for p in people])
        audit.record(session, ctx.actor, "export.bpjs", out.name, records=len(people))
    return ExportResult(out, len(people))
