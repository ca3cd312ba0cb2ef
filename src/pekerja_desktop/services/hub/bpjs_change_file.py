"""(hub) `bpjs-changes --month YYYY-MM --out FILE`: the monthly change report to BPJS (pelaporan perubahan
bulanan) — additions, exits with their reason and date, reactivations, corrections of data BPJS already has
(bpjs_changes.py) — through the configurable template `bpjs_change_template` (bpjs_file.py), with each
participant's BPJS segment from its funding source (bpjs_segments.py).

The file is staged, its changes are recorded in `bpjs_change` in the same transaction, and the file takes its
final name once that transaction has committed: a failure leaves no file and nothing marked, and a change is
never in two files. Nothing to report: no file. A month before the last one reported is refused (its
back-dated changes go into the next file).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlmodel import Session, col

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.fileio import atomic_path
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.hub import bpjs_file
from pekerja_desktop.services.hub.bpjs_changes import EXIT_DATE_FIELD, Change, collect_changes
from pekerja_desktop.services.hub.bpjs_export import FIELDS, code_names
from pekerja_desktop.services.hub.bpjs_segments import load_segments, segment_for
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.reference.data import get_setting
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.bulk import chunks
from pekerja_desktop.store.hub_models import BpjsChange
from pekerja_desktop.store.models import Participant, utcnow

CHANGE_TEMPLATE_SETTING = "bpjs_change_template"
CHANGE_FIELDS = (*FIELDS, "kpj", "change", "date", "reason", "note", "changed_field", "old_value", "new_value")
DATE_FIELDS = ("birth_date", EXIT_DATE_FIELD)  # old and new values that are dates, written with the date format
END_REASONS = {"died": "MENINGGAL DUNIA", "moved": "PINDAH DOMISILI", "wage-earner": "MENJADI PEKERJA PENERIMA UPAH",
               "age-limit": "MELEWATI BATAS USIA", "withdrew": "MENGUNDURKAN DIRI", "duplicate": "TERDAFTAR GANDA",
               "not-eligible": "TIDAK MEMENUHI SYARAT"}
DEFAULT_CHANGE_TEMPLATE: dict = {
    "csv_delimiter": ",",
    "columns": [
        {"header": "JENIS PERUBAHAN", "field": "change", "map": {
            "addition": "TAMBAH", "exit": "KURANG", "reactivation": "AKTIF KEMBALI", "correction": "UBAH DATA"}},
        {"header": "TANGGAL", "field": "date", "date_format": "dd-MM-yyyy"},
        {"header": "KPJ", "field": "kpj"},
        {"header": "NIK", "field": "nik"},
        {"header": "NAMA", "field": "full_name"},
        {"header": "TGL LAHIR", "field": "birth_date", "date_format": "dd-MM-yyyy"},
        {"header": "SEGMEN", "field": "segment"},
        {"header": "SUMBER DANA", "field": "funding_source", "code_format": "name"},
        {"header": "ALASAN KELUAR", "field": "reason", "map": END_REASONS},
        {"header": "DATA YANG DIUBAH", "field": "changed_field", "map": {
            "nik": "NIK", "full_name": "NAMA", "birth_date": "TANGGAL LAHIR", EXIT_DATE_FIELD: "TANGGAL KELUAR"}},
        {"header": "DATA LAMA", "field": "old_value", "date_format": "dd-MM-yyyy"},
        {"header": "DATA BARU", "field": "new_value", "date_format": "dd-MM-yyyy"},
        {"header": "KETERANGAN", "field": "note"},
        {"header": "NO REGISTRASI", "field": "registration_number"},
    ],
}


@dataclass(frozen=True)
class ChangeFileResult:
    path: Path | None  # None: nothing to report, no file written
    counts: Counter = field(default_factory=Counter)  # kind → lines

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def check_change_template(template) -> dict:
    return bpjs_file.check_template(template, CHANGE_FIELDS, CHANGE_TEMPLATE_SETTING)


def load_change_template(session: Session) -> dict:
    return check_change_template(get_setting(session, CHANGE_TEMPLATE_SETTING, DEFAULT_CHANGE_TEMPLATE))


def _require_not_before_reported(session: Session, month: dt.date) -> None:
    latest = session.scalar(select(func.max(col(BpjsChange.month))).where(col(BpjsChange.source) == "changes"))
    if latest is not None and month < latest:
        raise HubError("changes.before_reported", month=month.strftime("%m/%Y"), latest=latest.strftime("%m/%Y"))


def _as_value(name: str, text: str | None):
    return dt.date.fromisoformat(text) if text and name in DATE_FIELDS else text


def _row(change: Change, participant: Participant, segments: dict[str, str]) -> dict[str, object]:
    row: dict[str, object] = {name: getattr(participant, name) for name in FIELDS if name != "segment"}
    row.update(nik=change.values["nik"], full_name=change.values["full_name"],
               birth_date=_as_value("birth_date", change.values["birth_date"]), kpj=participant.kpj,
               segment=segment_for(segments, participant.funding_source), change=change.kind, date=change.date,
               reason=change.reason, note=change.note, changed_field=change.field_name,
               old_value=_as_value(change.field_name, change.old), new_value=_as_value(change.field_name, change.new))
    return row


def _participants(session: Session, ids: list[int]) -> dict[int, Participant]:
    found: dict[int, Participant] = {}
    for chunk in chunks(ids):
        found.update((p.id, p) for p in session.scalars(select(Participant).where(col(Participant.id).in_(chunk)))
                     if p.id is not None)
    return found


def _record(session: Session, month: dt.date, changes: list[Change], actor: str, file_name: str) -> None:
    now = utcnow()
    session.execute(insert(BpjsChange), [
        {"month": month, "kind": c.kind, "uuid": c.uuid, "registration_number": c.registration_number,
         "field": c.field_name, "old_value": c.old, "new_value": c.new, "effective_date": c.date, "reason": c.reason,
         "reported_at": now, "reported_by": actor, "file_name": file_name, "source": "changes"} for c in changes])


def write_change_file(ctx: AppContext, month: dt.date, out: Path) -> ChangeFileResult:
    """The change file for `month` (its first day), by a supervisor, audited; nothing to report → no file."""
    require_hub(ctx)
    ctx.require(Permission.HUB_REPORTS)
    out = Path(out)
    bpjs_file.check_suffix(out)
    month = month.replace(day=1)
    # the file is renamed into place when `files` closes: after the transaction has committed
    with contextlib.ExitStack() as files, ctx.db.write() as session:
        _require_not_before_reported(session, month)
        template = load_change_template(session)
        changes = collect_changes(session, month)
        if not changes:
            return ChangeFileResult(None)
        people, segments = _participants(session, [c.participant_id for c in changes]), load_segments(session)
        headers, rows = bpjs_file.table(template, [_row(c, people[c.participant_id], segments) for c in changes],
                                        code_names(session))
        staged = files.enter_context(atomic_path(out))
        bpjs_file.write_table(staged, template, headers, rows, "Perubahan", suffix=out.suffix)
        _record(session, month, changes, ctx.actor, out.name)
        counts = Counter(c.kind for c in changes)
        audit.record(session, ctx.actor, "export.bpjs_changes", out.name, month=month.isoformat(), lines=dict(counts))
    return ChangeFileResult(out, counts)
