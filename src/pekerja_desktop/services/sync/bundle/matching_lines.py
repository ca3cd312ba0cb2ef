"""Lines a reference bundle carries for matching people across offices (#12), and how an office checks them.

- `matching_key`: the hub's HMAC key for NIKs (64 hexadecimal digits), sent only inside the encrypted bundle;
- `match_person`: another office's active participant — registration number, office, the NIK's keyed hash, the
  name's phonetic key, birth date, sex, kabupaten/kota; never a name in clear, an address, a phone or an heir;
- `match_covered`: a person on one of the hub's lists of people already covered — the list and the keyed hash.

Every line is checked as strictly as the other reference lines (types and sizes, then the values): a key or hash
that is not hexadecimal, a name key holding anything but lower-case letters, a region that is not a kabupaten/kota
code, a registration number whose check digit fails — one bad line refuses the whole bundle, naming it.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from collections.abc import Mapping

from pekerja_desktop.domain.characters import first_unsafe
from pekerja_desktop.domain.identity.matching_keys import KEYED_HASH_HEX
from pekerja_desktop.domain.identity.regnum import is_valid_office_code, parse_registration_number
from pekerja_desktop.services.sync.bundle.records import DATE, STR, fields_problem, identity_problem, json_value
from pekerja_desktop.store.matching_models import CoveredKind

MATCHING_NAMESPACE = uuid_module.UUID("6d3f0c5e-2b1a-4c8e-9f47-0a5e8d2c7b31")
MATCHING_KEY, MATCH_PERSON, MATCH_COVERED = "matching_key", "match_person", "match_covered"

KEY_FIELDS = {"key": (STR, 64)}
PERSON_FIELDS = {"registration_number": (STR, 32), "office_code": (STR, 10), "nik_hash": (STR, KEYED_HASH_HEX),
                 "name_key": (STR, 200), "birth_date": (DATE, 10), "sex": (STR, 1), "regency_code": (STR, 5)}
COVERED_FIELDS = {"list_uuid": (STR, 32), "list_name": (STR, 100), "list_kind": (STR, 10),
                  "nik_hash": (STR, KEYED_HASH_HEX)}

HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
NIK_HASH = re.compile(rf"^[0-9a-f]{{{KEYED_HASH_HEX}}}$")
NAME_KEY = re.compile(r"^[a-z]+( [a-z]+)*$")
REGENCY = re.compile(r"^\d{2}\.\d{2}$")
LIST_UUID = re.compile(r"^[0-9a-f]{32}$")
SEXES = frozenset({"L", "P"})
KINDS = frozenset(kind.value for kind in CoveredKind)


def _line(kind: str, key: str, version: int, values: Mapping) -> dict:
    line = {"type": kind, "uuid": uuid_module.uuid5(MATCHING_NAMESPACE, f"{kind}/{key}").hex, "version": version}
    line.update({name: json_value(value) for name, value in values.items() if value not in (None, "")})
    return line


def key_line(key: bytes, version: int) -> dict:
    return _line(MATCHING_KEY, "key", version, {"key": key.hex()})


def person_line(row: Mapping, version: int) -> dict:
    return _line(MATCH_PERSON, row["registration_number"], version, {name: row[name] for name in PERSON_FIELDS})


def covered_line(row: Mapping, version: int) -> dict:
    return _line(MATCH_COVERED, f"{row['list_uuid']}/{row['nik_hash']}", version,
                 {name: row[name] for name in COVERED_FIELDS})


def key_problem(record: Mapping) -> str | None:
    problem = identity_problem(record) or fields_problem(record, KEY_FIELDS, {"type", "uuid", "version"})
    if problem is None and not HEX_KEY.match(record.get("key") or ""):
        problem = "key: expected 64 hexadecimal digits"
    return problem


def person_problem(record: Mapping) -> str | None:
    problem = identity_problem(record) or fields_problem(record, PERSON_FIELDS, {"type", "uuid", "version"})
    if problem is not None:
        return problem
    if parse_registration_number(record.get("registration_number") or "") is None:
        return "registration_number: expected a registration number whose check digit holds"
    if not is_valid_office_code(record.get("office_code") or ""):
        return "office_code: expected an office code"
    return _hash_problem(record) or _person_values_problem(record)


def _person_values_problem(record: Mapping) -> str | None:
    if record.get("name_key") is not None and not NAME_KEY.match(record["name_key"]):
        return "name_key: expected lower-case letters in words"
    if record.get("sex") is not None and record["sex"] not in SEXES:
        return "sex: expected L or P"
    if record.get("regency_code") is not None and not REGENCY.match(record["regency_code"]):
        return "regency_code: expected a kabupaten/kota code such as 81.71"
    return None


def covered_problem(record: Mapping) -> str | None:
    problem = identity_problem(record) or fields_problem(record, COVERED_FIELDS, {"type", "uuid", "version"})
    if problem is not None:
        return problem
    if not LIST_UUID.match(record.get("list_uuid") or ""):
        return "list_uuid: expected 32 hexadecimal digits"
    if not record.get("list_name") or first_unsafe(record["list_name"]):
        return "list_name: expected a name without an unsafe character"
    if record.get("list_kind") not in KINDS:
        return f"list_kind: expected one of {', '.join(sorted(KINDS))}"
    return _hash_problem(record)


def _hash_problem(record: Mapping) -> str | None:
    return None if NIK_HASH.match(record.get("nik_hash") or "") else \
        f"nik_hash: expected {KEYED_HASH_HEX} hexadecimal digits"


VALIDATORS = {MATCHING_KEY: key_problem, MATCH_PERSON: person_problem, MATCH_COVERED: covered_problem}
