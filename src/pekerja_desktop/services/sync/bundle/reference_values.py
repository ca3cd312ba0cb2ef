"""The values of the reference lines a hub sends, checked before an office takes them: each check returns the
problem, or None (types and sizes are checked before, by reference_lines)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping

from pekerja_desktop.domain.identity.regnum import is_valid_office_code
from pekerja_desktop.domain.regions import REGENCY_LEVELS, VILLAGE_LEVELS
from pekerja_desktop.domain.validation import MAX_INCOME

REGION_CODE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")
REGION_LEVELS = frozenset({"provinsi", "kecamatan", *REGENCY_LEVELS, *VILLAGE_LEVELS})
LIST_CODE = re.compile(r"^[A-Z0-9_]{1,20}$")
SETTING_KEY = re.compile(r"^[a-z0-9_]{1,100}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
ROLES = frozenset({"field", "hub"})
PROGRAMMES = frozenset({"JKK", "JKM"})
MAX_AMOUNT = 100_000_000  # rupiah: a contribution, fixed or minimum
MAX_SETTING_DEPTH = 8


def _whole(low: int, high: int) -> Callable[[object], bool]:
    return lambda value: type(value) is int and low <= value <= high


# Policy settings an office reads as numbers: a value of another type would stop it (age limits at every sign-in).
POLICY_SETTINGS: dict[str, Callable[[object], bool]] = {
    "age_min": _whole(10, 100), "age_max": _whole(10, 120), "default_income": _whole(1, MAX_INCOME),
    "quota_total": _whole(0, 10_000_000), "export_warning_days": _whole(0, 3650),
}


def region_problem(record: Mapping) -> str | None:
    if not REGION_CODE.match(record["code"]):
        return "code: expected a region code such as 81.71.01.1007"
    if record.get("level") not in REGION_LEVELS:
        return f"level: expected one of {', '.join(sorted(REGION_LEVELS))}"
    parent = record.get("parent_code")
    if parent is not None and (not REGION_CODE.match(parent) or not record["code"].startswith(parent + ".")):
        return "parent_code: expected the code this one begins with"
    return None


def code_problem(record: Mapping) -> str | None:
    return None if LIST_CODE.match(record["code"]) else "code: expected capitals, digits or _ (at most 20)"


def rate_problem(record: Mapping) -> str | None:
    if record["programme"] not in PROGRAMMES:
        return "programme: expected JKK or JKM"
    if not 0 <= (record.get("percent_bp") or 0) <= 10_000:
        return "percent_bp: expected 0 … 10000 (hundredths of a percent)"
    if any(not 0 <= (record.get(name) or 0) <= MAX_AMOUNT for name in ("fixed_amount", "min_amount")):
        return f"fixed_amount, min_amount: expected 0 … {MAX_AMOUNT}"
    start, end = record["valid_from"], record.get("valid_to")
    if end is not None and dt.date.fromisoformat(end) < dt.date.fromisoformat(start):
        return "valid_to: before valid_from"
    return None


def setting_problem(record: Mapping) -> str | None:
    key = record["key"]
    if not SETTING_KEY.match(key):
        return "key: expected lower-case letters, digits or _"
    try:
        value = json.loads(record.get("value") or "null")
    except (ValueError, RecursionError):
        return "value: expected JSON"
    if _depth(value) > MAX_SETTING_DEPTH:
        return "value: nested too deeply"
    check = POLICY_SETTINGS.get(key)
    return f"value: out of range for {key}" if check is not None and not check(value) else None


def _depth(value, level: int = 1) -> int:
    if level > MAX_SETTING_DEPTH or not isinstance(value, dict | list):
        return level
    children = value.values() if isinstance(value, dict) else value
    return max((_depth(child, level + 1) for child in children), default=level)


DUKCAPIL_RULES = frozenset({"map", "confirm", "ask"})
DUKCAPIL_CODES = range(1, 100)


def dukcapil_problem(record: Mapping) -> str | None:
    if record["code"] not in DUKCAPIL_CODES:
        return "code: expected a Dukcapil occupation code 1 … 99"
    if record.get("rule") not in DUKCAPIL_RULES:
        return "rule: expected map, confirm or ask"
    target = record.get("programme_code")
    if record["rule"] == "map" and (target is None or not LIST_CODE.match(target)):
        return "programme_code: expected the programme occupation it maps onto"
    return None


def office_problem(record: Mapping) -> str | None:
    if not is_valid_office_code(record["code"]):
        return "code: expected an office code"
    if record.get("role") not in ROLES:
        return "role: expected field or hub"
    if not HEX64.match(record.get("public_key") or ""):
        return "public_key: expected 64 hexadecimal digits"
    return None
