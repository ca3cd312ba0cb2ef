"""(hub) The KPJ return from BPJS: an XLSX or CSV with at least NIK and KPJ (optionally Status, Keterangan).

Every row gets an outcome, written to a CSV report beside the file:
- `assigned`: the record now carries its KPJ number and is marked for the office (as `assign_kpj` does:
  the next ack or reference bundle takes it there);
- `unchanged`: it already had that number;
- `refused`: Status says ditolak/refused; the reason (Keterangan, else Status) is recorded on the submission;
- `unmatched`: no record with that NIK; `ambiguous`: several records and none (or several) submitted;
- `malformed`: NIK not 16 digits (e.g. turned into a number by Excel) or KPJ not 11 digits;
- `duplicate`: the NIK appears on several rows (none of them is applied), or the KPJ on rows of several NIKs;
- `kpj_taken`: another record already holds that KPJ; `kpj_different`: the record holds another KPJ.
All changes are made in one transaction, which is committed only once the report is written.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import update
from sqlmodel import Session, col, select

from pekerja_desktop.documents.spreadsheet import neutralise_formula
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.fileio import atomic_writer
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.intake.reading.csv_text import decode_text, sniff_delimiter
from pekerja_desktop.services.sync.state import get_state, require_hub, set_state
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.bulk import chunks, update_rows
from pekerja_desktop.store.hub_models import BpjsSubmission
from pekerja_desktop.store.models import Participant, ParticipantStatus, table_of, utcnow
from pekerja_desktop.store.sync_models import SyncHubRecord

OUTCOMES = ("assigned", "unchanged", "refused", "unmatched", "ambiguous", "malformed", "duplicate", "kpj_taken",
            "kpj_different")
REFUSED_WORDS = ("tolak", "refus", "reject", "gagal")
HEADER_ALIASES = {"nik": "nik", "noktp": "nik", "kpj": "kpj", "nokpj": "kpj", "nomorkpj": "kpj",
                  "status": "status", "keterangan": "note", "ket": "note", "alasan": "note", "reason": "note"}
HEADER_SCAN_ROWS = 10
NIK_PATTERN = re.compile(r"\d{16}")
KPJ_PATTERN = re.compile(r"\d{11}")


@dataclass
class KpjRow:
    number: int  # the row number in the file (1 = its first line)
    nik: object
    kpj: object
    status: str = ""
    note: str = ""
    outcome: str = ""
    detail: str = ""


@dataclass
class KpjImportResult:
    rows: list[KpjRow]
    report: Path
    counts: Counter = field(default_factory=Counter)


def _header_key(value: object) -> str | None:
    return HEADER_ALIASES.get(re.sub(r"[^a-z0-9]", "", str(value or "").lower()))


def _read_rows(path: Path) -> list[list[object]]:
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import load_workbook

            workbook = load_workbook(path, read_only=True, data_only=True)
            try:
                return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
            finally:
                workbook.close()
        text = decode_text(path.read_bytes())
        lines = text.splitlines()
        return [list(row) for row in csv.reader(lines, delimiter=sniff_delimiter(lines[:HEADER_SCAN_ROWS]))]
    except OSError as exc:
        raise HubError("kpj.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise HubError("kpj.unreadable", path=str(path), reason=type(exc).__name__) from None


def read_kpj_file(path: Path) -> list[KpjRow]:
    rows = _read_rows(path)
    header_row: int | None = None
    positions: dict[str, int] = {}
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        positions = {}
        for column, value in enumerate(row):
            key = _header_key(value)
            if key and key not in positions:
                positions[key] = column
        if "nik" in positions and "kpj" in positions:
            header_row = index
            break
    if header_row is None:
        raise HubError("kpj.missing_columns", path=str(path), columns="NIK, KPJ")

    def get(row: list[object], key: str) -> object:
        column = positions.get(key)
        return row[column] if column is not None and column < len(row) else None

    found = []
    for number, row in enumerate(rows[header_row + 1:], start=header_row + 2):
        if all(value in (None, "") for value in row):
            continue
        found.append(KpjRow(number, get(row, "nik"), get(row, "kpj"), str(get(row, "status") or "").strip(),
                            str(get(row, "note") or "").strip()))
    return found


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _check_shape(row: KpjRow) -> None:
    """NIK and KPJ become strings of digits, or the row is malformed."""
    if isinstance(row.nik, (int, float)):
        row.outcome, row.detail = "malformed", "NIK tersimpan sebagai angka (Excel); format kolom sebagai teks"
        row.nik = _text(row.nik)
        return
    row.nik = _text(row.nik)
    if not NIK_PATTERN.fullmatch(row.nik):
        row.outcome, row.detail = "malformed", "NIK harus 16 angka"
        return
    if _refused(row):
        row.kpj = _text(row.kpj)
        return
    if isinstance(row.kpj, float) and row.kpj.is_integer():
        row.kpj = int(row.kpj)
    row.kpj = _text(row.kpj).replace(" ", "")
    if not KPJ_PATTERN.fullmatch(row.kpj):
        row.outcome, row.detail = "malformed", "KPJ harus 11 angka"


def _refused(row: KpjRow) -> bool:
    status = row.status.lower()
    return any(word in status for word in REFUSED_WORDS)


def _mark_duplicates(rows: list[KpjRow]) -> None:
    live = [r for r in rows if not r.outcome]
    by_nik = Counter(r.nik for r in live)
    for row in live:
        if by_nik[row.nik] > 1:
            row.outcome, row.detail = "duplicate", f"NIK muncul {by_nik[row.nik]} kali dalam berkas"
    niks_by_kpj: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if not row.outcome and not _refused(row):
            niks_by_kpj[_text(row.kpj)].add(_text(row.nik))
    for row in rows:
        if not row.outcome and not _refused(row) and len(niks_by_kpj[_text(row.kpj)]) > 1:
            row.outcome, row.detail = "duplicate", "KPJ yang sama untuk beberapa NIK dalam berkas"


def _candidates(session: Session, niks: set[str]) -> dict[str, list[tuple[Participant, bool]]]:
    found: dict[str, list[tuple[Participant, bool]]] = defaultdict(list)
    for chunk in chunks(sorted(niks), 500):
        for participant, submitted in session.execute(
                select(Participant, col(BpjsSubmission.uuid).is_not(None))
                .outerjoin(BpjsSubmission, col(BpjsSubmission.uuid) == Participant.uuid)
                .where(col(Participant.nik).in_(list(chunk)),
                       col(Participant.status).not_in((ParticipantStatus.REJECTED.value,
                                                       ParticipantStatus.DRAFT.value)))):
            found[participant.nik].append((participant, bool(submitted)))
    return found


def _choose(options: list[tuple[Participant, bool]]) -> Participant | None:
    submitted = [p for p, was_submitted in options if was_submitted]
    if len(submitted) == 1:
        return submitted[0]
    return options[0][0] if len(options) == 1 else None


def _apply(session: Session, rows: list[KpjRow], actor: str) -> None:
    live = [r for r in rows if not r.outcome]
    candidates = _candidates(session, {_text(r.nik) for r in live})  # checked rows hold strings of digits
    holders: dict[str | None, str] = {}
    kpjs = sorted({_text(r.kpj) for r in live if not _refused(r)})
    for chunk in chunks(kpjs, 500):
        holders.update(session.execute(select(Participant.kpj, Participant.uuid)
                                       .where(col(Participant.kpj).in_(list(chunk)))).all())
    now = utcnow()
    assigned: list[dict] = []
    for row in live:
        options = candidates.get(_text(row.nik))
        if not options:
            row.outcome, row.detail = "unmatched", "tidak ada peserta dengan NIK ini"
            continue
        participant = _choose(options)
        if participant is None:
            row.outcome, row.detail = "ambiguous", f"{len(options)} peserta dengan NIK ini"
            continue
        if _refused(row):
            reason = row.note or row.status
            submission = session.get(BpjsSubmission, participant.uuid) or BpjsSubmission(
                uuid=participant.uuid, submitted_by=actor, file_name="")
            submission.refused_at, submission.refused_reason = now, reason
            session.add(submission)
            row.outcome, row.detail = "refused", f"{participant.registration_number}: {reason}"
            continue
        if participant.kpj == row.kpj:
            row.outcome, row.detail = "unchanged", participant.registration_number
        elif participant.kpj:
            row.outcome, row.detail = "kpj_different", f"{participant.registration_number} sudah ber-KPJ " \
                                                       f"{participant.kpj}"
        elif holders.get(_text(row.kpj), participant.uuid) != participant.uuid:
            row.outcome, row.detail = "kpj_taken", "KPJ sudah dipakai peserta lain"
        else:
            assigned.append({"uuid": participant.uuid, "kpj": row.kpj})
            holders[_text(row.kpj)] = participant.uuid
            row.outcome, row.detail = "assigned", participant.registration_number
    _store_kpj(session, assigned)


def _store_kpj(session: Session, assigned: list[dict]) -> None:
    """What sync.hub_status.assign_kpj does, for many records at once: the KPJ number on the record and the
    next state serial on its hub record, so the next ack or reference bundle takes it to the office."""
    if not assigned:
        return
    session.flush()
    connection = session.connection()
    update_rows(connection, table_of(Participant), "uuid", assigned)
    first = int(get_state(session, "state_serial", 0)) + 1
    now = utcnow()
    update_rows(connection, table_of(SyncHubRecord), "uuid", [
        {"uuid": row["uuid"], "state_serial": first + offset, "updated_at": now}
        for offset, row in enumerate(assigned)])
    set_state(session, "state_serial", first + len(assigned) - 1)
    uuids = [row["uuid"] for row in assigned]
    for chunk in chunks(uuids, 500):  # a later acceptance clears an earlier refusal
        session.execute(update(BpjsSubmission).where(col(BpjsSubmission.uuid).in_(list(chunk)))
                        .values(refused_at=None, refused_reason=""))


def report_path_for(path: Path) -> Path:
    return path.with_name(f"{path.stem}-hasil-impor-kpj.csv")


def write_report(rows: list[KpjRow], path: Path) -> None:
    with atomic_writer(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["BARIS", "NIK", "KPJ", "STATUS", "KETERANGAN", "HASIL", "RINCIAN"])
        for row in rows:
            writer.writerow([neutralise_formula(v) for v in (row.number, _text(row.nik), _text(row.kpj), row.status,
                                                             row.note, row.outcome, row.detail)])


def import_kpj(ctx: AppContext, path: Path, report: Path | None = None) -> KpjImportResult:
    require_hub(ctx)
    ctx.require(Permission.IMPORT)
    path = Path(path)
    rows = read_kpj_file(path)
    for row in rows:
        _check_shape(row)
    _mark_duplicates(rows)
    report = Path(report) if report else report_path_for(path)
    with ctx.db.write() as session:
        _apply(session, rows, ctx.actor)
        audit.record(session, ctx.actor, "import.kpj", path.name, rows=len(rows),
                     outcomes=dict(Counter(r.outcome for r in rows)))
        write_report(rows, report)
    return KpjImportResult(rows, report, Counter(r.outcome for r in rows))
