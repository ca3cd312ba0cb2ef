"""Hand-made bundles for the bad-bundle tests: any entries, any payload bytes, signed with a real office key."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import secrets
import zipfile
from pathlib import Path

import pyrage
from sqlalchemy import inspect

from pekerja_desktop.services.sync.bundle.write import manifest_bytes
from pekerja_desktop.services.sync.identity import parse_recipient
from pekerja_desktop.services.sync.office_keys import office_keys


def manifest_for(sender, receiver, payload: bytes, plain: bytes, counts: dict, records: int, **overrides) -> dict:
    manifest = {
        "format": "pekerja-bundle", "format_version": 1, "schema_version": 1, "app_version": "test",
        "kind": "data", "bundle_id": secrets.token_hex(16), "office_code": sender.ctx.office.code,
        "receiver_code": receiver.ctx.office.code, "recipient": office_keys(receiver.ctx).recipient,
        "epoch": secrets.token_hex(16), "sequence": 1, "previous_hash": None,
        "created_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "counts": counts,
        "payload": {"compression": "gzip", "encryption": "age-x25519", "records": records,
                    "plain_size": len(plain), "plain_sha256": hashlib.sha256(plain).hexdigest()},
        "files": {"payload.jsonl.gz.age": {"size": len(payload), "sha256": hashlib.sha256(payload).hexdigest()}},
    }
    manifest.update(overrides)
    return manifest


def encrypt(receiver, data: bytes) -> bytes:
    return pyrage.encrypt(data, [parse_recipient(office_keys(receiver.ctx).recipient)])


def forge(path: Path, sender, receiver, plain: bytes, *, counts: dict | None = None, records: int | None = None,
          compressed: bytes | None = None, entries=None, signer=None, **overrides) -> Path:
    """A bundle from `sender` to `receiver` carrying `plain` (JSON Lines bytes)."""
    compressed = gzip.compress(plain, mtime=0) if compressed is None else compressed
    payload = encrypt(receiver, compressed)
    lines = plain.count(b"\n")
    manifest = manifest_for(sender, receiver, payload, plain, counts if counts is not None else {"participant": lines},
                            lines if records is None else records, **overrides)
    data = manifest_bytes(manifest)
    key = office_keys((signer or sender).ctx).signing
    parts = entries if entries is not None else [("manifest.json", data), ("manifest.sig", key.sign(data)),
                                                 ("payload.jsonl.gz.age", payload)]
    write_zip(path, [(name, content(data, key) if callable(content) else content) for name, content in parts])
    return path


def write_zip(path: Path, parts, compression=zipfile.ZIP_STORED) -> None:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data)


def zip_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def snapshot(db) -> str:
    """Everything in the database (and its schema) as one digest: 'unchanged' means the same digest.
    The audit trail is left out: it records every attempt, including the ones that change nothing."""
    if db.on_server:
        return _server_snapshot(db)
    connection = db.raw_connection()
    try:
        digest = hashlib.sha256()
        schema = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        digest.update(repr(schema).encode())
        for _type, name, sql in schema:
            if _type == "table" and sql and "VIRTUAL" not in sql.upper() and name != "audit_event":
                for row in sorted(map(repr, connection.execute(f'SELECT * FROM "{name}"'))):
                    digest.update(row.encode())
        return digest.hexdigest()
    finally:
        connection.close()


def _server_snapshot(db) -> str:
    """The same on PostgreSQL: every table's columns and sorted rows."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        inspector = inspect(connection)
        for name in sorted(inspector.get_table_names()):
            digest.update(repr((name, [c["name"] for c in inspector.get_columns(name)])).encode())
            if name != "audit_event":
                for row in sorted(map(repr, connection.exec_driver_sql(f'SELECT * FROM "{name}"'))):
                    digest.update(row.encode())
    return digest.hexdigest()


def flip_bits(data: bytes, count: int, rng) -> bytes:
    buffer = bytearray(data)
    for _ in range(count):
        position = rng.randrange(len(buffer))
        buffer[position] ^= 1 << rng.randrange(8)
    return bytes(buffer)


def gzip_bytes(data: bytes) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as handle:
        handle.write(data)
    return out.getvalue()


def payload_records(path: Path, receiver) -> list[dict]:
    """The lines of a genuine bundle, decrypted with the receiver's keys."""
    parts = zip_parts(path)
    plain = gzip.decompress(pyrage.decrypt(parts["payload.jsonl.gz.age"], [office_keys(receiver.ctx).age]))
    return [json.loads(line) for line in plain.splitlines()]


def reforge(path: Path, target: Path, sender, receiver, edit) -> Path:
    """A genuine bundle with its records changed by `edit(records) -> records`, encrypted and signed again with
    the real keys: what a buggy release, a tampered laptop or a stolen signing key can send."""
    manifest = json.loads(zip_parts(path)["manifest.json"])
    records = edit(payload_records(path, receiver))
    plain = b"".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for r in records)
    counts: dict[str, int] = {}
    for record in records:
        counts[record["type"]] = counts.get(record["type"], 0) + 1
    keep = {name: manifest[name] for name in ("epoch", "sequence", "previous_hash", "mode",
                                              "receiver_sequence_applied") if name in manifest}
    return forge(target, sender, receiver, plain, counts=counts, records=len(records), kind=manifest["kind"], **keep)
