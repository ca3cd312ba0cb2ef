"""Opening a received bundle: every check before the database is touched, then every line checked.

`open_checked` refuses anything not complete, not signed by the registered/trusted sender, not addressed to
this office, of an unsupported schema or of a kind this office does not import. `read_records` decrypts,
decompresses and checks every line (type, fields, sizes, a uuid at most once) — a bad line refuses the whole
bundle, naming the line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pekerja_desktop.errors import OperationCancelled
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.audit_travel import audit_line_problem
from pekerja_desktop.services.sync.bundle import reference_lines
from pekerja_desktop.services.sync.bundle.decision_lines import DECISION, decision_problem
from pekerja_desktop.services.sync.bundle.format import AUDIT_LINE, Kind
from pekerja_desktop.services.sync.bundle.read import (
    OpenedBundle,
    check_recipient,
    check_schema,
    check_signature,
    decrypt_payload,
    iter_payload_lines,
    read_bundle,
)
from pekerja_desktop.services.sync.bundle.records import participant_problem, print_batch_problem
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.identity import load_age_identity, own_recipient
from pekerja_desktop.services.sync.state import is_hub, sender_key
from pekerja_desktop.store.models import OfficeRole

CHECK_EVERY = 1000

VALIDATORS: dict[str, dict[str, Callable]] = {
    Kind.DATA.value: {"participant": participant_problem, "print_batch": print_batch_problem,
                      AUDIT_LINE: audit_line_problem},
    Kind.ACK.value: {"participant": participant_problem, "outcome": reference_lines.outcome_problem,
                     DECISION: decision_problem},
    Kind.REFERENCE.value: {"participant": participant_problem, **reference_lines.VALIDATORS,
                           DECISION: decision_problem},
}


def open_checked(ctx: AppContext, path: Path) -> OpenedBundle:
    bundle = read_bundle(Path(path))
    with ctx.db.session() as session:
        office, _ = sender_key(session, bundle.sender, str(path))
    check_signature(bundle, office.public_key)
    check_recipient(bundle, ctx.office.code, own_recipient(ctx.layout))
    check_schema(bundle)
    expected_sender = OfficeRole.FIELD.value if is_hub(ctx) else OfficeRole.HUB.value
    accepted_kinds = {Kind.DATA.value} if is_hub(ctx) else {Kind.ACK.value, Kind.REFERENCE.value}
    if bundle.kind not in accepted_kinds or office.role != expected_sender:
        raise SyncError("bundle.wrong_kind", path=str(path), kind=bundle.kind, role=ctx.office.role)
    return bundle


def read_records(ctx: AppContext, bundle: OpenedBundle, progress=None, cancelled=None) -> list[dict]:
    compressed = decrypt_payload(bundle, load_age_identity(ctx.layout))
    validators = VALIDATORS[bundle.kind]
    records: list[dict] = []
    seen: set[str] = set()
    counts: dict[str, int] = {}
    total = bundle.manifest["payload"]["records"]
    for number, record in iter_payload_lines(bundle, compressed):
        _check_line(bundle, number, record, validators, seen)
        counts[record["type"]] = counts.get(record["type"], 0) + 1
        records.append(record)
        if number % CHECK_EVERY == 0:
            _tick(number, total, progress, cancelled)
    if counts != bundle.manifest["counts"]:
        raise SyncError("bundle.payload_invalid", path=str(bundle.path), reason="counts differ from the manifest")
    return records


def _check_line(bundle: OpenedBundle, number: int, record: dict, validators: dict, seen: set) -> None:
    validate = validators.get(record.get("type"))
    problem = f"unexpected record type {str(record.get('type'))[:40]!r}" if validate is None else validate(record)
    if problem is None and "uuid" in record:
        key = (record["type"], record["uuid"])
        problem = "uuid repeated in the bundle" if key in seen else None
        seen.add(key)
    if problem is not None:
        raise SyncError("bundle.record_invalid", path=str(bundle.path), line=number, reason=problem)


def _tick(done: int, total: int, progress, cancelled) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled()
    if progress is not None:
        progress(done, total)
