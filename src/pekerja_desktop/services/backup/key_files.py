"""The office's keys (Ed25519 signing key, age identity) travel inside the manifest, sealed with AES-256-GCM under a
key derived from the database key: without them a laptop restored from a backup could no longer sign or open
bundles. Nothing secret is in clear in a backup set. The texts are those of the key files of releases before 0.3,
so every backup restores; at rest they are sealed in the data folder (services/sync/office_keys.py)."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.backup.errors import BackupError
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.office_keys import OfficeKeys, open_keys, plain_key_files, seal_keys
from pekerja_desktop.store.db import DatabaseKey

CIPHER = "AES-256-GCM/HKDF-SHA256"
_INFO = b"pekerja-desktop backup key files v1"


def _key_texts(layout: DataLayout, key: DatabaseKey, office_code: str) -> dict[str, str]:
    """The keys from their sealed store, or from the plain files of a folder not yet converted."""
    try:
        return open_keys(layout, key, office_code).texts()
    except SyncError:
        return {name: path.read_text(encoding="ascii") for name, path in plain_key_files(layout).items()
                if path.exists()}


def _sealing_key(key: DatabaseKey) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(key.raw)


def seal_key_files(layout: DataLayout, key: DatabaseKey, office_code: str) -> dict:
    files = _key_texts(layout, key, office_code)
    nonce = os.urandom(12)
    sealed = AESGCM(_sealing_key(key)).encrypt(nonce, json.dumps(files).encode("ascii"), office_code.encode())
    return {"cipher": CIPHER, "files": sorted(files), "nonce": base64.b64encode(nonce).decode("ascii"),
            "ciphertext": base64.b64encode(sealed).decode("ascii")}


def open_key_files(sealed: dict, key: DatabaseKey, office_code: str, source: Path) -> dict[str, str]:
    try:
        plain = AESGCM(_sealing_key(key)).decrypt(base64.b64decode(sealed["nonce"]),
                                                  base64.b64decode(sealed["ciphertext"]), office_code.encode())
        return {str(name): str(text) for name, text in json.loads(plain).items()}
    except (InvalidTag, KeyError, TypeError, ValueError) as exc:
        raise BackupError("backup.secrets_damaged", path=str(source)) from exc


def install_missing_keys(layout: DataLayout, key: DatabaseKey, office_code: str, files: dict[str, str]) -> list[str]:
    """Seal the backup's keys into a data folder whose own do not open (missing, damaged, another office's);
    keys that open are kept. Returns the names of the keys written."""
    try:
        open_keys(layout, key, office_code)
        return []
    except SyncError:
        pass
    if "signing_key" not in files:
        return []
    seal_keys(layout, key, office_code, OfficeKeys.from_texts(files))
    return sorted(files)
