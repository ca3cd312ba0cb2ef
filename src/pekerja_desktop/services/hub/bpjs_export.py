"""(hub) The BPJS upload file: accepted participants not yet submitted, through a configurable template.

The template is the JSON setting `bpjs_template` (DEFAULT_TEMPLATE when absent; its format in bpjs_file.py).
Its field `segment` is the BPJS segment code of the participant's funding source (bpjs_segments.py).
The participants written are recorded in `bpjs_submission` in the same transaction, once the file stands
complete under its final name; a failure before that leaves no file and records nothing. A participant a list of
people already covered flags is held out, and named in the result, until a supervisor releases it
(services/matching/covered_lists.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session, col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.hub import bpjs_file
from pekerja_desktop.services.hub.bpjs_file import check_suffix, table, write_table
from pekerja_desktop.services.hub.bpjs_segments import load_segments, segment_for
from pekerja_desktop.services.matching.covered_lists import held_lists
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
        {"header": "SEGMEN", "field": "segment"},
        {"header": "SUMBER DANA", "field": "funding_source", "code_format": "name"},
    ],
}
FIELDS = ("nik", "full_name", "birth_place", "birth_date", "sex", "mother_name", "address", "rt_rw",
          "village_code", "phone", "occupation", "income", "programmes", "funding_source", "coverage_start",
          "coverage_end", "registration_number", "office_code", "segment")


@dataclass(frozen=True)
class HeldPerson:
    registration_number: str
    lists: tuple[str, ...]  # the covered lists it stands on


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    rows: int
    held: list[HeldPerson] = field(default_factory=list)


def check_template(template) -> dict:
    """The upload template as given, or HubError('bpjs.bad_template') naming the first thing wrong with it."""
    return bpjs_file.check_template(template, FIELDS, TEMPLATE_SETTING)


def load_template(session: Session) -> dict:
    return check_template(get_setting(session, TEMPLATE_SETTING, DEFAULT_TEMPLATE))


def code_names(session: Session) -> dict[str, dict[str, str]]:
    """The names a template's `code_format: name` writes for occupation and funding source codes."""
    return {"occupation": dict(session.execute(select(Occupation.code, Occupation.name_id)).all()),
            "funding_source": dict(session.execute(select(FundingSource.code, FundingSource.name_id)).all())}


def upload_row(participant: Participant, segments: dict[str, str]) -> dict[str, object]:
    """A participant's fields for the template, with its BPJS segment (HubError when its source has none)."""
    row: dict[str, object] = {name: getattr(participant, name) for name in FIELDS if name != "segment"}
    row["segment"] = segment_for(segments, participant.funding_source)
    return row


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


def export_bpjs(ctx: AppContext, out: Path) -> ExportResult:
    """Write the upload file and record its participants as submitted; nothing pending → no file."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    out = Path(out)
    check_suffix(out)
    with ctx.db.write() as session:
        template = load_template(session)
        people, held = _without_held(session, pending(session))
        if not people:
            return ExportResult(None, 0, held)
        segments = load_segments(session)
        headers, rows = table(template, [upload_row(p, segments) for p in people], code_names(session))
        write_table(out, template, headers, rows)
        now = utcnow()
        session.execute(insert(BpjsSubmission), [
            {"uuid": p.uuid, "submitted_at": now, "submitted_by": ctx.actor, "file_name": out.name,
             "refused_at": None, "refused_reason": ""} for p in people])
        audit.record(session, ctx.actor, "export.bpjs", out.name, records=len(people))
    return ExportResult(out, len(people), held)


def _without_held(session: Session, people: list[Participant]) -> tuple[list[Participant], list[HeldPerson]]:
    lists = held_lists(session) if people else {}
    held = [HeldPerson(p.registration_number, tuple(sorted(lists[p.uuid]))) for p in people if p.uuid in lists]
    return [p for p in people if p.uuid not in lists], held
