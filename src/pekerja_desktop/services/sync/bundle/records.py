"""The payload's records: turning rows into JSON lines and checking lines received before they are used.

Every record has `type`, `uuid` (32 hex digits) and `version`. A participant line carries the record's
columns (absent = null), its heirs and its change history. Values: dates `YYYY-MM-DD`, timestamps UTC ISO 8601
with `Z`. Checks are strict — an unknown field, a wrong type or an oversized value refuses the whole bundle,
naming the line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid as uuid_module
from collections.abc import Mapping, Sequence

from pekerja_desktop.domain.text import fold_for_search

STR, INT, BOOL, DATE, STAMP = "str", "int", "bool", "date", "datetime"
UUID = re.compile(r"^[0-9a-f]{32}$")
MAX_VERSION = 2**31
MAX_HEIRS = 20
MAX_HISTORY = 5000
MAX_ITEMS = 10_000

# column: (type, max length for text)
PARTICIPANT_FIELDS: dict[str, tuple[str, int]] = {
    "registration_number": (STR, 32), "office_code": (STR, 10), "nik": (STR, 16), "full_name": (STR, 200),
    "birth_place": (STR, 100), "birth_date": (DATE, 10), "sex": (STR, 1), "mother_name": (STR, 200),
    "address": (STR, 500), "rt_rw": (STR, 20), "village_code": (STR, 20), "phone": (STR, 30),
    "occupation": (STR, 20), "income": (INT, 0), "programmes": (STR, 50), "funding_source": (STR, 20),
    "coverage_start": (DATE, 10), "coverage_end": (DATE, 10), "end_reason": (STR, 20), "end_note": (STR, 500),
    "consent_given": (BOOL, 0),
    "consent_at": (STAMP, 40), "consent_by": (STR, 100), "confirmed_warnings": (STR, 500), "status": (STR, 20),
    "kpj": (STR, 11), "source": (STR, 200), "created_by": (STR, 100), "created_at": (STAMP, 40),
    "updated_by": (STR, 100), "updated_at": (STAMP, 40), "finished_at": (STAMP, 40),
    "kk_number": (STR, 16), "ktp_occupation": (INT, 0),  # village lists (migration 0010)
}
REQUIRED_PARTICIPANT = ("registration_number", "office_code", "nik", "full_name", "status", "created_by",
                        "created_at", "updated_by", "updated_at")
HEIR_FIELDS = {"full_name": (STR, 200), "relationship": (STR, 20), "birth_date": (DATE, 10), "phone": (STR, 30),
               "nik": (STR, 16)}
HISTORY_FIELDS = {"at": (STAMP, 40), "by": (STR, 100), "field": (STR, 50), "old": (STR, 4000),
                  "new": (STR, 4000)}
CLAIM_FIELDS = {"uuid": (STR, 32), "kind": (STR, 3), "submitted_on": (DATE, 10), "paid_on": (DATE, 10),
                "amount": (INT, 0), "note": (STR, 500), "recorded_by": (STR, 100), "recorded_at": (STAMP, 40)}
CLAIM_KINDS = frozenset({"jkm", "jkk"})
MAX_CLAIMS = 20
PRINT_BATCH_FIELDS = {"printed_at": (STAMP, 40), "printed_by": (STR, 100), "layout": (STR, 20)}
PRINT_ITEM_FIELDS = {"participant_uuid": (STR, 32), "registration_number": (STR, 32), "card_version": (INT, 0),
                     "reason": (STR, 20)}
HISTORY_COLUMNS = {"at": "at", "by": "by", "field": "field", "old": "old_value", "new": "new_value"}
PRINT_NAMESPACE = uuid_module.UUID("6f1d2a52-8d0f-4c7e-9a55-3f0e1c2b7a10")


# --- rows → lines ----------------------------------------------------------------------------------------

def json_value(value):
    """Dates as YYYY-MM-DD, moments as YYYY-MM-DDTHH:MM:SS.ffffffZ (UTC; the stored ones are naive UTC)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds") + "Z"  # strftime's 2.5× speed, the same text
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _compact(row: Mapping, names) -> dict:
    return {name: json_value(row[name]) for name in names if row[name] is not None}


def participant_line(row: Mapping, heirs: list[Mapping], history: list[Mapping], *, with_kpj: bool = False,
                     claims: Sequence[Mapping] = ()) -> dict:
    """One participant with its heirs, benefit claims and history (the office never sends `kpj`: the hub owns
    it). Fields added later are left out while empty, so that a version sent before keeps its content hash."""
    names = [n for n in PARTICIPANT_FIELDS if (with_kpj or n != "kpj") and (n != "end_note" or row[n])]
    line = {"type": "participant", "uuid": row["uuid"], "version": row["version"], **_compact(row, names)}
    if heirs:
        line["heirs"] = [_compact(h, HEIR_FIELDS) for h in heirs]
    if claims:
        line["claims"] = [_compact(c, CLAIM_FIELDS) for c in claims]
    if history:
        line["history"] = [{key: json_value(h[column]) for key, column in HISTORY_COLUMNS.items()
                            if h[column] is not None} for h in history]
    return line


def print_batch_uuid(office_code: str, batch_id: int, printed_at: dt.datetime) -> str:
    """Stable for a batch, and different for a batch that reuses an id after a restore."""
    return uuid_module.uuid5(PRINT_NAMESPACE, f"{office_code}/{batch_id}/{json_value(printed_at)}").hex


def print_batch_line(office_code: str, batch: Mapping, items: list[Mapping]) -> dict:
    return {"type": "print_batch", "uuid": print_batch_uuid(office_code, batch["id"], batch["printed_at"]),
            "version": 1, **_compact(batch, PRINT_BATCH_FIELDS),
            "items": [_compact(item, PRINT_ITEM_FIELDS) for item in items]}


def content_hash(record: Mapping) -> str:
    """What makes two copies of one version "the same": every field except history and kpj."""
    core = {k: v for k, v in record.items() if k not in ("history", "kpj")}
    return hashlib.sha256(json.dumps(core, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
                          .encode("utf-8")).hexdigest()


# --- checking lines received -----------------------------------------------------------------------------

def _value_problem(name: str, value, kind: str, limit: int) -> str | None:
    if value is None:
        return None
    if kind == INT:
        ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53
        return None if ok else f"{name}: expected a whole number"
    if kind == BOOL:
        return None if isinstance(value, bool) else f"{name}: expected true/false"
    if not isinstance(value, str):
        return f"{name}: expected text"
    if len(value) > limit:
        return f"{name}: longer than {limit} characters"
    return _temporal_problem(name, value, kind)


def _temporal_problem(name: str, value: str, kind: str) -> str | None:
    try:
        if kind == DATE:
            dt.date.fromisoformat(value)
        elif kind == STAMP:
            dt.datetime.fromisoformat(value)
    except ValueError:
        return f"{name}: invalid {kind} {value[:40]!r}"
    return None


def fields_problem(record: Mapping, spec: dict[str, tuple[str, int]], allowed: set[str]) -> str | None:
    unknown = set(record) - allowed - set(spec)
    if unknown:
        return f"unknown field {sorted(unknown)[0]!r}"
    for name, (kind, limit) in spec.items():
        problem = _value_problem(name, record.get(name), kind, limit)
        if problem:
            return problem
    return None


def identity_problem(record: Mapping) -> str | None:
    if not isinstance(record.get("uuid"), str) or not UUID.match(record["uuid"]):
        return "uuid: expected 32 hexadecimal digits"
    version = record.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < MAX_VERSION:
        return "version: expected a whole number ≥ 1"
    return None


def _list_problem(record: Mapping, key: str, spec: dict, limit: int) -> str | None:
    items = record.get(key, [])
    if not isinstance(items, list) or len(items) > limit:
        return f"{key}: expected a list of at most {limit}"
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            return f"{key}[{index}]: expected an object"
        problem = fields_problem(item, spec, set())
        if problem:
            return f"{key}[{index}].{problem}"
    return None


def participant_problem(record: Mapping) -> str | None:
    allowed = {"type", "uuid", "version", "heirs", "history", "claims"}
    problem = identity_problem(record) or fields_problem(record, PARTICIPANT_FIELDS, allowed)
    if problem:
        return problem
    missing = [name for name in REQUIRED_PARTICIPANT if record.get(name) is None]
    if missing:
        return f"{missing[0]}: required"
    return (_list_problem(record, "heirs", HEIR_FIELDS, MAX_HEIRS)
            or _list_problem(record, "history", HISTORY_FIELDS, MAX_HISTORY)
            or _list_problem(record, "claims", CLAIM_FIELDS, MAX_CLAIMS) or _claims_problem(record))


def _claims_problem(record: Mapping) -> str | None:
    for index, claim in enumerate(record.get("claims", [])):
        if not UUID.match(str(claim.get("uuid", ""))):
            return f"claims[{index}].uuid: expected 32 hexadecimal digits"
        if claim.get("kind") not in CLAIM_KINDS:
            return f"claims[{index}].kind: expected jkm or jkk"
        if not (claim.get("submitted_on") and claim.get("recorded_by") and claim.get("recorded_at")):
            return f"claims[{index}]: submitted_on, recorded_by and recorded_at are required"
    return None


def print_batch_problem(record: Mapping) -> str | None:
    problem = identity_problem(record) or fields_problem(record, PRINT_BATCH_FIELDS, {"type", "uuid", "version",
                                                                                      "items"})
    if problem:
        return problem
    if any(record.get(name) is None for name in PRINT_BATCH_FIELDS):
        return "printed_at, printed_by and layout are required"
    return _list_problem(record, "items", PRINT_ITEM_FIELDS, MAX_ITEMS)


# --- lines → rows ----------------------------------------------------------------------------------------

def _typed(value, kind: str):
    if value is None:
        return None
    if kind == DATE:
        return dt.date.fromisoformat(value)
    if kind == STAMP:
        stamp = dt.datetime.fromisoformat(value)
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
    return value


PARTICIPANT_DEFAULTS = {"birth_place": "", "address": "", "rt_rw": "", "village_code": "", "occupation": "",
                        "income": 1_000_000, "programmes": "JKK,JKM", "funding_source": "", "consent_given": False,
                        "confirmed_warnings": "", "source": "sync", "kk_number": "", "end_note": ""}


def participant_columns(record: Mapping, *, keep_kpj: bool) -> dict:
    """Column values for the participant table (without id); `kpj` only when the line's kpj is to be kept."""
    values = {name: _typed(record.get(name), kind) for name, (kind, _) in PARTICIPANT_FIELDS.items()
              if keep_kpj or name != "kpj"}
    for name, default in PARTICIPANT_DEFAULTS.items():
        if values[name] is None:
            values[name] = default
    values.update(uuid=record["uuid"], version=record["version"], name_folded=fold_for_search(values["full_name"]))
    return values


def heir_rows(record: Mapping, participant_id: int) -> list[dict]:
    return [{"participant_id": participant_id, "position": i, "full_name": h.get("full_name") or "",
             "relationship": h.get("relationship") or "", "birth_date": _typed(h.get("birth_date"), DATE),
             "phone": h.get("phone"), "nik": h.get("nik")} for i, h in enumerate(record.get("heirs", []))]


def history_rows(record: Mapping, participant_id: int) -> list[dict]:
    return [{"participant_id": participant_id, "at": _typed(h.get("at"), STAMP), "by": h.get("by") or "",
             "field": h.get("field") or "", "old_value": h.get("old"), "new_value": h.get("new")}
            for h in record.get("history", []) if h.get("at")]


def claim_rows(record: Mapping, participant_id: int) -> list[dict]:
    return [{"participant_id": participant_id, "uuid": c["uuid"], "kind": c["kind"],
             "submitted_on": _typed(c.get("submitted_on"), DATE), "paid_on": _typed(c.get("paid_on"), DATE),
             "amount": c.get("amount"), "note": c.get("note") or "", "recorded_by": c.get("recorded_by") or "",
             "recorded_at": _typed(c.get("recorded_at"), STAMP)} for c in record.get("claims", [])]
