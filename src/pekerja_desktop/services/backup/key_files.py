"""The office's key files (Ed25519 signing key, age identity) travel inside the manifest, sealed with
AES-256-GCM under a key derived from the database key: without them a laptop restored from a backup
could no longer sign or open bundles. Nothing secret is in clear in a backup set."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pekerja_desktop.fileio import atomic_writer
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.backup.errors import BackupError
from pekerja_desktop.services.sync.identity import age_identity_path
from pekerja_desktop.store.db import DatabaseKey

CIPHER = "AES-256-GCM/HKDF-SHA256"
_INFO = b"pekerja-desktop backup key files v1"


def key_file_paths(layout: DataLayout) -> dict[str, Path]:
    return {"signing_key": layout.signing_key, "age_identity": age_identity_path(layout)}


def _sealing_key(key: DatabaseKey) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(key.raw)


def seal_key_files(layout: DataLayout, key: DatabaseKey, office_code: str) -> dict:
    files = {name: path.read_text(encoding="ascii") for name, path in key_file_paths(layout).items() if path.exists()}
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


def install_missing_key_files(layout: DataLayout, files: dict[str, str]) -> list[str]:
    """Write the key files this data folder lacks (owner-only, whole or not at all); existing ones are kept."""
    written = []
    for name, path in key_file_paths(layout).items():
        if name not in files or path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with atomic_writer(path, encoding="ascii") as handle:  # a temporary file is created owner-only
            handle.write(files[name])
        written.append(name)
    return written
