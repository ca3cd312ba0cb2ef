"""`decision` lines, hub → office (acks and reference bundles): an end, a reactivation or a transfer decided at the
hub on a record the office owns or receives (store/lifecycle_models.py, docs/bundle-format.md).

The line's `uuid` is the decision's own; `participant_uuid` names the record. An office applies each decision once
(services/sync/office/apply_decisions.py).
"""

from __future__ import annotations

from collections.abc import Mapping

from pekerja_desktop.domain.lifecycle import END_REASONS
from pekerja_desktop.services.sync.bundle.records import (
    DATE,
    INT,
    STAMP,
    STR,
    UUID,
    fields_problem,
    identity_problem,
    json_value,
)
from pekerja_desktop.store.lifecycle_models import DecisionKind

DECISION = "decision"
DECISION_FIELDS: dict[str, tuple[str, int]] = {
    "kind": (STR, 20), "participant_uuid": (STR, 32), "registration_number": (STR, 32), "from_office": (STR, 10),
    "to_office": (STR, 10), "coverage_end": (DATE, 10), "end_reason": (STR, 20), "end_note": (STR, 500),
    "reason": (STR, 500), "decided_at": (STAMP, 40), "decided_by": (STR, 100), "card_version": (INT, 0),
}
KINDS = frozenset(kind.value for kind in DecisionKind)


def decision_line(row: Mapping) -> dict:
    line = {"type": DECISION, "uuid": row["uuid"], "version": 1}
    line.update({name: json_value(row[name]) for name in DECISION_FIELDS if row[name] not in (None, "")})
    return line


def _kind_problem(record: Mapping) -> str | None:
    kind = record.get("kind")
    if kind not in KINDS:
        return "kind: expected end, reactivate or transfer"
    if kind == DecisionKind.END.value and (record.get("coverage_end") is None
                                            or record.get("end_reason") not in END_REASONS):
        return "an end needs coverage_end and a known end_reason"
    if kind == DecisionKind.TRANSFER.value and not record.get("to_office"):
        return "a transfer needs to_office"
    return None


def decision_problem(record: Mapping) -> str | None:
    problem = identity_problem(record) or fields_problem(record, DECISION_FIELDS, {"type", "uuid", "version"})
    if problem is None and not UUID.match(str(record.get("participant_uuid", ""))):
        problem = "participant_uuid: expected 32 hexadecimal digits"
    if problem is None and not (record.get("from_office") and record.get("decided_at") and record.get("decided_by")):
        problem = "from_office, decided_at and decided_by are required"
    return problem or _kind_problem(record)
