"""The bundle format (docs/bundle-format.md): names, versions, limits, and the manifest's shape.

A bundle is a zip, named `….pekerja` (older releases wrote `….zip`; both are read), with exactly three stored
entries:

- `manifest.json` — UTF-8 JSON (sorted keys): versions, kind, sender/receiver, epoch, sequence, previous
  bundle's hash, creation time, counts, and the size and SHA-256 of every other entry;
- `manifest.sig` — the 64-byte Ed25519 signature of `manifest.json`'s exact bytes by the sender;
- `payload.jsonl.gz.age` — JSON Lines (one record per line), gzip-compressed, then age-encrypted to the
  receiver's X25519 recipient.

The bundle's hash — its identity, and the next bundle's `previous_hash` — is the SHA-256 of `manifest.json`.
"""

from __future__ import annotations

import re
from enum import StrEnum

FORMAT_NAME = "pekerja-bundle"
FORMAT_VERSION = 1
SCHEMA_VERSION = 1  # the records' schema; bump with an upgrade function in records.UPGRADES
SUPPORTED_SCHEMAS = frozenset({SCHEMA_VERSION})  # current and previous (once there is a previous)

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
PAYLOAD_NAME = "payload.jsonl.gz.age"
ENTRY_NAMES = (MANIFEST_NAME, SIGNATURE_NAME, PAYLOAD_NAME)
SIGNATURE_SIZE = 64

MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_ENTRY_BYTES = {MANIFEST_NAME: 1024 * 1024, SIGNATURE_NAME: SIGNATURE_SIZE, PAYLOAD_NAME: 256 * 1024 * 1024}
MAX_COMPRESSION_RATIO = 50  # uncompressed ÷ compressed size of a zip entry (ours are stored: 1)
MAX_PLAIN_BYTES = 1024 * 1024 * 1024  # the decompressed JSON Lines
MAX_LINE_BYTES = 1024 * 1024
MAX_RECORDS = 2_000_000


class Kind(StrEnum):
    DATA = "data"  # office → hub: participants, heirs, change history, card print log, audit events
    ACK = "ack"  # hub → office: the verdict on every record of a data bundle (and pending ones)
    REFERENCE = "reference"  # hub → office: reference data, registered offices, KPJ numbers, verdicts


HEX64 = re.compile(r"^[0-9a-f]{64}$")
HEX32 = re.compile(r"^[0-9a-f]{32}$")
OFFICE = re.compile(r"^[A-Z0-9]{2,10}$")

# name: (type, required, check) — checked before anything else in the manifest is used
MANIFEST_FIELDS: dict[str, tuple[type | tuple[type, ...], bool]] = {
    "format": (str, True),
    "format_version": (int, True),
    "schema_version": (int, True),
    "app_version": (str, True),
    "kind": (str, True),
    "bundle_id": (str, True),
    "office_code": (str, True),
    "receiver_code": (str, True),
    "recipient": (str, True),
    "epoch": (str, True),
    "sequence": (int, True),
    "previous_hash": ((str, type(None)), True),
    "created_at": (str, True),
    "counts": (dict, True),
    "payload": (dict, True),
    "files": (dict, True),
    "receiver_sequence_applied": (int, False),  # data: the last hub bundle the office applied
    "mode": (str, False),  # data: full | changed
    "acknowledges": (dict, False),  # ack: the data bundle it answers
    "high_water": (dict, False),  # ack/reference: what the hub holds of this office
    "gaps": (list, False),  # ack: sequence numbers never received from this office
}


def check_manifest_shape(manifest: object) -> str | None:
    """The reason the manifest is malformed, or None."""
    if not isinstance(manifest, dict):
        return "not a JSON object"
    for name, (kind, required) in MANIFEST_FIELDS.items():
        if name not in manifest:
            if required:
                return f"missing field {name}"
            continue
        value = manifest[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            return f"field {name} has the wrong type"
    unknown = set(manifest) - set(MANIFEST_FIELDS)
    if unknown:
        return f"unknown field {sorted(unknown)[0]}"
    return _check_values(manifest)


def _check_values(manifest: dict) -> str | None:
    if manifest["format"] != FORMAT_NAME:
        return f"format is {manifest['format']!r}"
    if manifest["kind"] not in {k.value for k in Kind}:
        return f"unknown kind {manifest['kind']!r}"
    if not OFFICE.match(manifest["office_code"]) or not OFFICE.match(manifest["receiver_code"]):
        return "invalid office code"
    if not HEX32.match(manifest["bundle_id"]) or not HEX32.match(manifest["epoch"]):
        return "invalid bundle id or epoch"
    if not 1 <= manifest["sequence"] < 2**40:
        return "sequence out of range"
    if manifest["previous_hash"] is not None and not HEX64.match(manifest["previous_hash"]):
        return "invalid previous_hash"
    return (_check_files(manifest["files"]) or _check_payload(manifest["payload"]) or _check_counts(manifest["counts"])
            or _check_extras(manifest))


def _check_files(files: dict) -> str | None:
    if set(files) != {PAYLOAD_NAME}:
        return "files must list exactly " + PAYLOAD_NAME
    entry = files[PAYLOAD_NAME]
    if not isinstance(entry, dict) or not isinstance(entry.get("size"), int) \
            or not HEX64.match(str(entry.get("sha256", ""))):
        return "invalid files entry"
    return None


def _check_payload(payload: dict) -> str | None:
    records, plain = payload.get("records"), payload.get("plain_size")
    if not isinstance(records, int) or not 0 <= records <= MAX_RECORDS:
        return "invalid payload.records"
    if not isinstance(plain, int) or not 0 <= plain <= MAX_PLAIN_BYTES:
        return "invalid payload.plain_size"
    if payload.get("compression") != "gzip" or payload.get("encryption") != "age-x25519":
        return "unsupported payload compression or encryption"
    if not HEX64.match(str(payload.get("plain_sha256", ""))):
        return "invalid payload.plain_sha256"
    return None


MAX_SEQUENCE = 2**40
MODES = frozenset({"full", "changed"})
YEAR = re.compile(r"^20\d{2}$")
MAX_SERIAL = 999_999  # a registration number's serial (domain/identity/regnum.py)
MAX_GAPS = 1000


def _whole(value, low: int, high: int) -> bool:
    return type(value) is int and low <= value < high


def _check_counts(counts: dict) -> str | None:
    if len(counts) > 20 or not all(isinstance(k, str) and _whole(v, 0, MAX_RECORDS + 1) for k, v in counts.items()):
        return "invalid counts"
    return None


def _check_extras(manifest: dict) -> str | None:
    """The optional fields an office acts on (its high-water marks, the bundle acknowledged), in their shapes and
    ranges: a hub file cannot push this office's numbering to its end or point at anything else."""
    if "mode" in manifest and manifest["mode"] not in MODES:
        return "invalid mode"
    if "receiver_sequence_applied" in manifest and not _whole(manifest["receiver_sequence_applied"], 0, MAX_SEQUENCE):
        return "invalid receiver_sequence_applied"
    if "gaps" in manifest and (len(manifest["gaps"]) > MAX_GAPS
                               or not all(_whole(n, 1, MAX_SEQUENCE) for n in manifest["gaps"])):
        return "invalid gaps"
    return _check_acknowledges(manifest.get("acknowledges")) or _check_high_water(manifest.get("high_water"))


def _check_acknowledges(answered: dict | None) -> str | None:
    if answered is None:
        return None
    ok = (set(answered) == {"bundle_id", "sequence", "bundle_hash", "epoch"} and HEX32.match(str(answered["bundle_id"]))
          and HEX32.match(str(answered["epoch"])) and HEX64.match(str(answered["bundle_hash"]))
          and _whole(answered["sequence"], 1, MAX_SEQUENCE))
    return None if ok else "invalid acknowledges"


def _check_high_water(mark: dict | None) -> str | None:
    if mark is None:
        return None
    serials = mark.get("serials", {})
    ok = (set(mark) <= {"sequence", "serials"} and _whole(mark.get("sequence", 0), 0, MAX_SEQUENCE)
          and isinstance(serials, dict) and len(serials) <= 100
          and all(isinstance(y, str) and YEAR.match(y) and _whole(s, 0, MAX_SERIAL + 1) for y, s in serials.items()))
    return None if ok else "invalid high_water"


AUDIT_LINE = "audit_event"  # data bundles: the office's audit trail (not a record; not counted as one)


def data_record_count(manifest: dict) -> int:
    """The records a bundle carries: its lines, less the audit events."""
    return manifest["payload"]["records"] - int(manifest["counts"].get(AUDIT_LINE, 0))


BUNDLE_SUFFIX = ".pekerja"  # our own file type: the installer opens it with the program (a double-click)
LEGACY_SUFFIX = ".zip"  # what older releases called bundles; they still import
BUNDLE_SUFFIXES = (BUNDLE_SUFFIX, LEGACY_SUFFIX)


def bundle_file_name(kind: str, sender: str, receiver: str, sequence: int) -> str:
    return f"pekerja-{kind}-{sender}-{receiver}-{sequence:06d}{BUNDLE_SUFFIX}"


def looks_like_bundle(path: str) -> bool:
    """A file name a bundle may have (the content is checked when it is read)."""
    return path.lower().endswith(BUNDLE_SUFFIXES)
