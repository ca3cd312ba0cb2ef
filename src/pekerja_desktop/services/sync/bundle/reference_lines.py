"""Lines the hub sends to offices: verdicts (`outcome`) and reference data (regions, occupations, funding
sources, heir relationships, contribution rates, settings, registered offices, Dukcapil occupations and their
mapping).

An office checks them as strictly as the hub checks its records: types and sizes, and then the values — codes in
their format, names without an unsafe character, levels, roles and verdicts from their lists, rates and amounts
in range, policy settings of the right type — so a hub file made by a buggy release, or signed with a stolen key,
changes nothing it should not (one bad line refuses the whole bundle, naming it)."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping

from pekerja_desktop.domain.characters import first_unsafe
from pekerja_desktop.services.sync.bundle.records import (
    BOOL,
    DATE,
    INT,
    STR,
    fields_problem,
    identity_problem,
    json_value,
)
from pekerja_desktop.services.sync.bundle.reference_values import (
    code_problem,
    dukcapil_problem,
    office_problem,
    rate_problem,
    region_problem,
    setting_problem,
)
from pekerja_desktop.store.models import (
    ContributionRate,
    DukcapilOccupation,
    FundingSource,
    HeirRelationship,
    Occupation,
    Office,
    Region,
)
from pekerja_desktop.store.models import Setting as SettingRow

REFERENCE_NAMESPACE = uuid_module.UUID("0b8f3e0e-54a9-4a43-8a0e-6a1f7c5d2e91")

OUTCOME_FIELDS = {"kind": (STR, 20), "status": (STR, 20), "reason": (STR, 50), "detail": (STR, 500),
                  "duplicate_of": (STR, 32), "kpj": (STR, 11), "registration_number": (STR, 32)}
VERDICTS = {"accepted", "rejected", "duplicate"}

# type: (model, key fields, fields)
REFERENCE_TYPES: dict[str, tuple[type, tuple[str, ...], dict[str, tuple[str, int]]]] = {
    "region": (Region, ("code",), {"code": (STR, 20), "name": (STR, 200), "level": (STR, 20),
                                   "parent_code": (STR, 20)}),
    "occupation": (Occupation, ("code",), {"code": (STR, 20), "name_id": (STR, 200), "name_en": (STR, 200),
                                           "active": (BOOL, 0), "sort_order": (INT, 0)}),
    "funding_source": (FundingSource, ("code",), {"code": (STR, 20), "name_id": (STR, 200),
                                                  "name_en": (STR, 200), "active": (BOOL, 0)}),
    "heir_relationship": (HeirRelationship, ("code",), {"code": (STR, 20), "name_id": (STR, 200),
                                                        "name_en": (STR, 200)}),
    "contribution_rate": (ContributionRate, ("programme", "valid_from"), {
        "programme": (STR, 20), "valid_from": (DATE, 10), "valid_to": (DATE, 10), "percent_bp": (INT, 0),
        "fixed_amount": (INT, 0), "min_amount": (INT, 0), "note": (STR, 500)}),
    "setting": (SettingRow, ("key",), {"key": (STR, 100), "value": (STR, 10_000)}),
    "office": (Office, ("code",), {"code": (STR, 10), "name": (STR, 200), "region_code": (STR, 20),
                                   "role": (STR, 10), "public_key": (STR, 64)}),
    # village lists: Dukcapil's occupations and the hub's mapping onto the programme's (migration 0010)
    "dukcapil_occupation": (DukcapilOccupation, ("code",), {"code": (INT, 0), "name": (STR, 100), "rule": (STR, 10),
                                                            "programme_code": (STR, 20), "note": (STR, 500)}),
}

# Settings that belong to one installation and never travel: an office's own address and printer offsets on
# its cards, its backup and screen-lock choices, the BPJS office its heirs' claims go to, and the hub's own BPJS
# templates, segments and bill signer. Everything else (age limits, income, programmes, BPJS contact, quota and
# coverage targets, retention, export warning, JKM benefit amounts, claim documents) is provincial policy: the hub's
# value replaces the office's.
LOCAL_SETTINGS = frozenset({"office_address", "office_phone", "card_back_offsets", "backup_keep", "backup_daily",
                            "idle_lock_minutes", "bpjs_template", "billing_signer", "bpjs_change_template",
                            "bpjs_segments",
                            "claim_bpjs_office"})  # the BPJS office an office's heirs go to


def outcome_line(kind: str, uuid: str, version: int, status: str, *, reason: str = "", detail: str = "",
                 duplicate_of: str | None = None, kpj: str | None = None, registration_number: str = "") -> dict:
    line = {"type": "outcome", "kind": kind, "uuid": uuid, "version": version, "status": status}
    extras = {"reason": reason, "detail": detail, "duplicate_of": duplicate_of, "kpj": kpj,
              "registration_number": registration_number}
    line.update({k: v for k, v in extras.items() if v})
    return line


def outcome_problem(record: Mapping) -> str | None:
    problem = identity_problem(record) or fields_problem(record, OUTCOME_FIELDS, {"type", "uuid", "version"})
    if problem is None and record.get("status") not in VERDICTS:
        problem = "status: expected accepted, rejected or duplicate"
    if problem is None and record.get("kind") not in {"participant", "print_batch"}:
        problem = "kind: expected participant or print_batch"
    if problem is None and record.get("kpj") is not None and not (len(record["kpj"]) == 11
                                                                   and record["kpj"].isdigit()):
        problem = "kpj: expected 11 digits"
    return problem or _unsafe_text(record, OUTCOME_FIELDS)


def _unsafe_text(record: Mapping, fields: Mapping[str, tuple[str, int]]) -> str | None:
    for name, (kind, _) in fields.items():
        character = first_unsafe(record.get(name)) if kind == STR else None
        if character:
            return f"{name}: holds {character}"
    return None


def reference_line(kind: str, row: Mapping, version: int) -> dict:
    _, keys, fields = REFERENCE_TYPES[kind]
    key = "/".join(str(json_value(row[k])) for k in keys)
    line = {"type": kind, "uuid": uuid_module.uuid5(REFERENCE_NAMESPACE, f"{kind}/{key}").hex, "version": version}
    line.update({name: json_value(row[name]) for name in fields if row[name] is not None})
    return line


def _reference_validator(kind: str):
    _, keys, fields = REFERENCE_TYPES[kind]

    def validate(record: Mapping) -> str | None:
        problem = identity_problem(record) or fields_problem(record, fields, {"type", "uuid", "version"})
        if problem is None and any(record.get(k) is None for k in keys):
            problem = f"{', '.join(keys)}: required"
        return problem or _unsafe_text(record, fields) or VALUE_CHECKS[kind](record)
    return validate


VALUE_CHECKS = {"region": region_problem, "occupation": code_problem, "funding_source": code_problem,
                "heir_relationship": code_problem, "contribution_rate": rate_problem, "setting": setting_problem,
                "office": office_problem, "dukcapil_occupation": dukcapil_problem}
VALIDATORS = {"outcome": outcome_problem, **{kind: _reference_validator(kind) for kind in REFERENCE_TYPES}}
