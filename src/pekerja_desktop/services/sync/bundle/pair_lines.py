"""`different_pair` lines: two registration numbers judged different persons (#12) — office → hub in data bundles
(a desk's "this is a different person"), hub → office in acks (the hub's `resolve-duplicate --different`, and the
desk pairs it holds, which tells the sending office they arrived). A bundle without them imports as before.

The line's uuid is made from the pair, so one pair is one line whichever side sends it.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping

from pekerja_desktop.domain.identity.regnum import parse_registration_number
from pekerja_desktop.services.sync.bundle.records import STAMP, STR, fields_problem, identity_problem, json_value
from pekerja_desktop.store.duplicate_models import PairOrigin

DIFFERENT_PAIR = "different_pair"
PAIR_NAMESPACE = uuid_module.UUID("0b8f3e52-6c1d-4a7b-9e25-d41c7a9f8e60")
PAIR_FIELDS: dict[str, tuple[str, int]] = {
    "registration_a": (STR, 32), "registration_b": (STR, 32), "origin": (STR, 10), "office_code": (STR, 10),
    "decided_by": (STR, 100), "decided_at": (STAMP, 40),
}
ORIGINS = frozenset(origin.value for origin in PairOrigin)


def pair_uuid(registration_a: str, registration_b: str) -> str:
    return uuid_module.uuid5(PAIR_NAMESPACE, f"{registration_a}/{registration_b}").hex


def pair_line(row: Mapping) -> dict:
    line = {"type": DIFFERENT_PAIR, "uuid": pair_uuid(row["registration_a"], row["registration_b"]), "version": 1}
    line.update({name: json_value(row[name]) for name in PAIR_FIELDS if row[name] not in (None, "")})
    return line


def _number_problem(record: Mapping, name: str) -> str | None:
    if parse_registration_number(str(record.get(name, ""))) is None:
        return f"{name}: not a registration number"
    return None


def pair_problem(record: Mapping) -> str | None:
    problem = identity_problem(record) or fields_problem(record, PAIR_FIELDS, {"type", "uuid", "version"})
    problem = problem or _number_problem(record, "registration_a") or _number_problem(record, "registration_b")
    if problem is None and not record["registration_a"] < record["registration_b"]:
        problem = "registration_a must sort before registration_b"
    if problem is None and record.get("origin") not in ORIGINS:
        problem = "origin: expected desk or hub"
    if problem is None and not (record.get("decided_by") and record.get("decided_at")):
        problem = "decided_by and decided_at are required"
    if problem is None and record["uuid"] != pair_uuid(record["registration_a"], record["registration_b"]):
        problem = "uuid: not the pair's"
    return problem
