"""Opening a received bundle: every check before the database is touched, then every line checked as it streams.

`open_checked` refuses anything not complete, not signed by the registered/trusted sender, not addressed to this
office (or encrypted to another key of it), of an unsupported schema or of a kind this office does not import.
`checked_lines` decrypts, decompresses and checks every line as it comes (type, fields, sizes, a uuid at most
once) in bounded memory — a bad line refuses the whole bundle, naming the line; the per-type counts are compared
with the manifest after the last one. `read_records` is the same as a list, for bundles an office reads whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from pyrage import x25519

from pekerja_desktop.errors import OperationCancelled
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.audit_travel import audit_line_problem
from pekerja_desktop.services.sync.bundle import matching_lines, reference_lines
from pekerja_desktop.services.sync.bundle.decision_lines import DECISION, decision_problem
from pekerja_desktop.services.sync.bundle.format import AUDIT_LINE, Kind
from pekerja_desktop.services.sync.bundle.pair_lines import DIFFERENT_PAIR, pair_problem
from pekerja_desktop.services.sync.bundle.payload import parse_line, payload_lines
from pekerja_desktop.services.sync.bundle.read import (
    OpenedBundle,
    check_recipient,
    check_schema,
    check_signature,
    read_bundle,
)
from pekerja_desktop.services.sync.bundle.records import (
    UUID,
    LineProblem,
    ParticipantParts,
    participant_parts,
    print_batch_problem,
)
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.office_keys import office_keys
from pekerja_desktop.services.sync.state import is_hub, sender_key
from pekerja_desktop.store.models import OfficeRole

CHECK_EVERY = 1000


def _raising(problem_of: Callable[[dict], str | None]) -> Callable[[dict], None]:
    def check(record: dict) -> None:
        problem = problem_of(record)
        if problem is not None:
            raise LineProblem(problem)
    return check


# type → check: returns what the line becomes (a participant's typed parts) or None; raises LineProblem
CHECKS: dict[str, dict[str, Callable]] = {
    Kind.DATA.value: {"participant": participant_parts, "print_batch": _raising(print_batch_problem),
                      AUDIT_LINE: _raising(audit_line_problem), DIFFERENT_PAIR: _raising(pair_problem)},
    Kind.ACK.value: {"participant": participant_parts, "outcome": _raising(reference_lines.outcome_problem),
                     DECISION: _raising(decision_problem), DIFFERENT_PAIR: _raising(pair_problem)},
    Kind.REFERENCE.value: {"participant": participant_parts, "outcome": _raising(reference_lines.outcome_problem),
                           **{kind: _raising(check) for kind, check in reference_lines.VALIDATORS.items()
                              if kind != "outcome"},
                           **{kind: _raising(check) for kind, check in matching_lines.VALIDATORS.items()},
                           DECISION: _raising(decision_problem)},
}


class SeenLines:
    """(type, uuid) of the lines read so far, kept small: a uuid of 32 hex digits as one 128-bit integer per type
    (some 70 bytes a line rather than 160 for a tuple of two strings — 14 MB instead of 32 at 200,000 lines)."""

    def __init__(self) -> None:
        self._by_type: dict[str, set] = {}

    def add(self, key: tuple[str, str]) -> None:
        kind, uuid = key
        self._by_type.setdefault(kind, set()).add(_compact(uuid))

    def first_time(self, key: tuple[str, str]) -> bool:
        """Adds the pair; False when it was there already (one conversion of the uuid for both)."""
        kind, uuid = key
        found = self._by_type.setdefault(kind, set())
        size = len(found)
        found.add(_compact(uuid))
        return len(found) > size

    def __contains__(self, key: tuple[str, str]) -> bool:
        kind, uuid = key
        found = self._by_type.get(kind)
        return found is not None and _compact(uuid) in found


def _compact(uuid):
    """A well-formed uuid as its number; anything else as it came (the line's check refuses it, or it is kept)."""
    return int(uuid, 16) if type(uuid) is str and UUID.fullmatch(uuid) else uuid


class CheckedLine(NamedTuple):  # a tuple: one per line, made three times as fast as a frozen dataclass
    number: int
    record: dict
    digest: str  # SHA-256 of the line's bytes, as read: how the hub tells two copies of one version apart
    parts: ParticipantParts | None  # a participant line's typed parts


def open_checked(ctx: AppContext, path: Path) -> OpenedBundle:
    bundle = read_bundle(Path(path))
    with ctx.db.session() as session:
        office, _ = sender_key(session, bundle.sender, str(path))
    check_signature(bundle, office.public_key)
    check_recipient(bundle, ctx.office.code, office_keys(ctx).recipient)
    check_schema(bundle)
    expected_sender = OfficeRole.FIELD.value if is_hub(ctx) else OfficeRole.HUB.value
    accepted_kinds = {Kind.DATA.value} if is_hub(ctx) else {Kind.ACK.value, Kind.REFERENCE.value}
    if bundle.kind not in accepted_kinds or office.role != expected_sender:
        raise SyncError("bundle.wrong_kind", path=str(path), kind=bundle.kind, role=ctx.office.role)
    return bundle


def checked_lines(bundle: OpenedBundle, identity: x25519.Identity, *, seen: SeenLines | None = None,
                  progress=None, cancelled=None) -> Iterator[CheckedLine]:
    """Every line of the payload, checked, as it streams; `seen` collects (type, uuid) of the lines."""
    checks = CHECKS[bundle.kind]
    seen = SeenLines() if seen is None else seen
    counts: dict[str, int] = {}
    total = bundle.manifest["payload"]["records"]
    for number, line in payload_lines(bundle, identity):
        record = parse_line(bundle, number, line)
        parts = _check_line(bundle, number, record, checks, seen)
        counts[record["type"]] = counts.get(record["type"], 0) + 1
        if number % CHECK_EVERY == 0:
            _tick(number, total, progress, cancelled)
        yield CheckedLine(number, record, hashlib.sha256(line).hexdigest(), parts)
    if counts != bundle.manifest["counts"]:
        raise SyncError("bundle.payload_invalid", path=str(bundle.path), reason="counts differ from the manifest")


def read_records(ctx: AppContext, bundle: OpenedBundle, progress=None, cancelled=None) -> list[dict]:
    identity = office_keys(ctx).age
    return [line.record for line in checked_lines(bundle, identity, progress=progress, cancelled=cancelled)]


def _check_line(bundle: OpenedBundle, number: int, record: dict, checks: dict,
                seen: SeenLines) -> ParticipantParts | None:
    check = checks.get(record.get("type"))
    try:
        if check is None:
            raise LineProblem(f"unexpected record type {str(record.get('type'))[:40]!r}")
        parts = check(record)
        if "uuid" in record and not seen.first_time((record["type"], record["uuid"])):
            raise LineProblem("uuid repeated in the bundle")
    except LineProblem as exc:
        raise SyncError("bundle.record_invalid", path=str(bundle.path), line=number, reason=str(exc)) from None
    return parts


def _tick(done: int, total: int, progress, cancelled) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled()
    if progress is not None:
        progress(done, total)
