"""The payload's records: turning rows into JSON lines and checking lines received before they are used.

Every record has `type`, `uuid` (32 hex digits) and `version`. A participant line carries the record's
columns (absent = null), its heirs and its change history. Values: dates `YYYY-MM-DD`, timestamps UTC ISO 8601
with `Z`. Checks are strict — an unknown field, a wrong type or an oversized value refuses the whole bundle,
naming the line — and typed once: the check of a participant line (`participant_parts`) is also its conversion
to column values.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid as uuid_module
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from pekerja_desktop.domain.characters import clean_text
from pekerja_desktop.domain.identity.matching_keys import name_key
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


# --- checking lines received, and their typed values -----------------------------------------------------

class LineProblem(ValueError):
    """Why a received line is refused (the reader names it with its line number)."""


def _typed_value(name: str, value, kind: str, limit: int):
    """`value` checked against its kind and converted (dates and timestamps parsed here, once)."""
    if value is None:
        return None
    if kind == INT:
        if type(value) is not int or abs(value) >= 2**53:
            raise LineProblem(f"{name}: expected a whole number")
        return value
    if kind == BOOL:
        if type(value) is not bool:
            raise LineProblem(f"{name}: expected true/false")
        return value
    if type(value) is not str:
        raise LineProblem(f"{name}: expected text")
    if len(value) > limit:
        raise LineProblem(f"{name}: longer than {limit} characters")
    return _temporal(name, value, kind) if kind in (DATE, STAMP) else value


def _temporal(name: str, value: str, kind: str) -> dt.date | dt.datetime:
    try:
        if kind == DATE:
            return dt.date.fromisoformat(value)
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        raise LineProblem(f"{name}: invalid {kind} {value[:40]!r}") from None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def typed_fields(record: Mapping, spec: dict[str, tuple[str, int]], allowed: AbstractSet[str]) -> dict:
    """The typed value of every field of `spec` (None when absent); a field neither in `spec` nor `allowed`,
    a wrong type or an oversized value raises LineProblem. (The hub runs this on every line: plain text, the
    usual case, is taken without a call, and well-formed dates and timestamps with one.)"""
    typed = dict.fromkeys(spec)
    for name, value in record.items():
        entry = spec.get(name)
        if entry is None:
            if name not in allowed:
                raise LineProblem(f"unknown field {str(name)[:40]!r}")
            continue
        if value is None:
            continue
        kind, limit = entry
        if type(value) is not str or len(value) > limit:
            typed[name] = _typed_value(name, value, kind, limit)
        elif kind == STR:
            typed[name] = value
        elif kind in (DATE, STAMP):
            typed[name] = _temporal(name, value, kind)
        else:
            typed[name] = _typed_value(name, value, kind, limit)
    return typed


class _Plan(NamedTuple):
    """A kind of line typed the quick way (`quick_typed`)."""
    spec: dict[str, tuple[str, int]]
    allowed: frozenset[str]  # fields of the line that are no columns (type, uuid, heirs…)
    permitted: frozenset[str]  # every field the line may have
    blank: dict  # every column, None
    texts: tuple[tuple[str, int], ...]  # (name, longest) of the text columns
    others: tuple[tuple[str, str, int], ...]  # (name, kind, longest) of the rest


def _plan(spec: dict[str, tuple[str, int]], allowed: frozenset[str] = frozenset()) -> _Plan:
    return _Plan(spec, allowed - spec.keys(), frozenset(spec) | allowed, dict.fromkeys(spec),
                 tuple((name, limit) for name, (kind, limit) in spec.items() if kind == STR),
                 tuple((name, kind, limit) for name, (kind, limit) in spec.items() if kind != STR))


def quick_typed(record: Mapping, plan: _Plan) -> dict | None:
    """What `typed_fields` returns for a line that passes — the same dict, in the same order — made by copying the
    line's values at once and then holding each to its kind and size; None when anything is off (`typed_fields`
    then names it). The hub types every line it receives."""
    if not record.keys() <= plan.permitted:
        return None
    typed = plan.blank.copy()
    typed.update(record)
    for name in plan.allowed:
        typed.pop(name, None)
    for name, limit in plan.texts:
        value = typed[name]
        if value is not None and (type(value) is not str or len(value) > limit):
            return None
    try:
        for name, kind, limit in plan.others:
            value = typed[name]
            if value is None:
                continue
            if kind == INT:
                if type(value) is not int or abs(value) >= 2**53:
                    return None
            elif kind == BOOL:
                if type(value) is not bool:
                    return None
            elif type(value) is not str or len(value) > limit:
                return None
            elif kind == DATE:
                typed[name] = dt.date.fromisoformat(value)
            else:
                stamp = dt.datetime.fromisoformat(value)
                typed[name] = stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return typed


def fields_problem(record: Mapping, spec: dict[str, tuple[str, int]], allowed: set[str]) -> str | None:
    try:
        typed_fields(record, spec, allowed)
    except LineProblem as exc:
        return str(exc)
    return None


def identity_problem(record: Mapping) -> str | None:
    if not isinstance(record.get("uuid"), str) or not UUID.match(record["uuid"]):
        return "uuid: expected 32 hexadecimal digits"
    version = record.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < MAX_VERSION:
        return "version: expected a whole number ≥ 1"
    return None


def _typed_list(record: Mapping, key: str, plan: _Plan, limit: int) -> list[dict]:
    items = record.get(key, [])
    if type(items) is list and len(items) <= limit:
        quick = [quick_typed(item, plan) if type(item) is dict else None for item in items]
        if None not in quick:
            return quick  # type: ignore[return-value]  # None is not in it
    return _precisely_typed_list(items, key, plan.spec, limit)


def _precisely_typed_list(items, key: str, spec: dict, limit: int) -> list[dict]:
    if not isinstance(items, list) or len(items) > limit:
        raise LineProblem(f"{key}: expected a list of at most {limit}")
    typed = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise LineProblem(f"{key}[{index}]: expected an object")
        try:
            typed.append(typed_fields(item, spec, set()))
        except LineProblem as exc:
            raise LineProblem(f"{key}[{index}].{exc}") from None
    return typed


class ParticipantParts(NamedTuple):  # a tuple: one per line, made three times as fast as a frozen dataclass
    """A participant line checked and typed: its columns (as sent, without id), heirs, history and claims."""
    uuid: str
    version: int
    columns: dict
    heirs: list[dict]
    history: list[dict]
    claims: list[dict]

    def row(self, *, keep_kpj: bool) -> dict:
        """Column values for the participant table (without id); `kpj` only when the line's is to be kept."""
        values = dict(self.columns)
        if not keep_kpj:
            values.pop("kpj", None)
        for name, default in PARTICIPANT_DEFAULTS.items():
            if values[name] is None:
                values[name] = default
        values.update(uuid=self.uuid, version=self.version, name_folded=fold_for_search(values["full_name"]),
                      name_key=name_key(values["full_name"]))
        return values


_PARTICIPANT_EXTRAS = frozenset({"type", "uuid", "version", "heirs", "history", "claims"})
_PARTICIPANT_PLAN = _plan(PARTICIPANT_FIELDS, _PARTICIPANT_EXTRAS)
_HEIR_PLAN, _HISTORY_PLAN = _plan(HEIR_FIELDS), _plan(HISTORY_FIELDS)
_CLAIM_PLAN, _PRINT_ITEM_PLAN = _plan(CLAIM_FIELDS), _plan(PRINT_ITEM_FIELDS)


def participant_parts(record: Mapping) -> ParticipantParts:
    """The line checked (types, sizes, required fields, heirs, history and claims) and typed; LineProblem if it
    fails."""
    problem = identity_problem(record)
    if problem:
        raise LineProblem(problem)
    columns = quick_typed(record, _PARTICIPANT_PLAN) or typed_fields(record, PARTICIPANT_FIELDS, _PARTICIPANT_EXTRAS)
    missing = [name for name in REQUIRED_PARTICIPANT if columns[name] is None]
    if missing:
        raise LineProblem(f"{missing[0]}: required")
    return ParticipantParts(record["uuid"], record["version"], columns,
                            _typed_list(record, "heirs", _HEIR_PLAN, MAX_HEIRS),
                            _typed_list(record, "history", _HISTORY_PLAN, MAX_HISTORY), _typed_claims(record))


def _typed_claims(record: Mapping) -> list[dict]:
    claims = _typed_list(record, "claims", _CLAIM_PLAN, MAX_CLAIMS)
    for index, claim in enumerate(claims):
        if not UUID.match(claim["uuid"] or ""):
            raise LineProblem(f"claims[{index}].uuid: expected 32 hexadecimal digits")
        if claim["kind"] not in CLAIM_KINDS:
            raise LineProblem(f"claims[{index}].kind: expected jkm or jkk")
        if not (claim["submitted_on"] and claim["recorded_by"] and claim["recorded_at"]):
            raise LineProblem(f"claims[{index}]: submitted_on, recorded_by and recorded_at are required")
    return claims


def participant_problem(record: Mapping) -> str | None:
    try:
        participant_parts(record)
    except LineProblem as exc:
        return str(exc)
    return None


def print_batch_problem(record: Mapping) -> str | None:
    problem = identity_problem(record) or fields_problem(record, PRINT_BATCH_FIELDS, {"type", "uuid", "version",
                                                                                      "items"})
    if problem:
        return problem
    if any(record.get(name) is None for name in PRINT_BATCH_FIELDS):
        return "printed_at, printed_by and layout are required"
    try:
        _typed_list(record, "items", _PRINT_ITEM_PLAN, MAX_ITEMS)
    except LineProblem as exc:
        return str(exc)
    return None


# --- typed lines → rows ----------------------------------------------------------------------------------

PARTICIPANT_DEFAULTS = {"birth_place": "", "address": "", "rt_rw": "", "village_code": "", "occupation": "",
                        "income": 1_000_000, "programmes": "JKK,JKM", "funding_source": "", "consent_given": False,
                        "confirmed_warnings": "", "source": "sync", "kk_number": "", "end_note": ""}


def heir_rows(parts: ParticipantParts, participant_id: int) -> list[dict]:
    return [{"participant_id": participant_id, "position": i, "full_name": h["full_name"] or "",
             "relationship": h["relationship"] or "", "birth_date": h["birth_date"], "phone": h["phone"],
             "nik": h["nik"]} for i, h in enumerate(parts.heirs)]


def history_rows(parts: ParticipantParts, participant_id: int) -> list[dict]:
    """The change history as kept: a log, so an unsafe character an earlier release let in is removed here
    rather than refusing the record (its current values are held to the rules)."""
    return [{"participant_id": participant_id, "at": h["at"], "by": clean_text(h["by"]),
             "field": clean_text(h["field"]), "old_value": _cleaned(h["old"]), "new_value": _cleaned(h["new"])}
            for h in parts.history if h["at"]]


def claim_rows(parts: ParticipantParts, participant_id: int) -> list[dict]:
    return [{"participant_id": participant_id, "uuid": c["uuid"], "kind": c["kind"],
             "submitted_on": c["submitted_on"], "paid_on": c["paid_on"], "amount": c["amount"],
             "note": clean_text(c["note"] or ""), "recorded_by": clean_text(c["recorded_by"] or ""),
             "recorded_at": c["recorded_at"]} for c in parts.claims]


def _cleaned(value: str | None) -> str | None:
    return None if value is None else clean_text(value, lines=True)
