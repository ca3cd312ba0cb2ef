"""The office's secret keys at rest: its Ed25519 signing key (bundles, key files, the QR of its cards) and its age
identity (bundles for it are encrypted to it), sealed together in `keys/office-keys.sealed` — AES-256-GCM under a
key derived from the database key, the office code bound in — and opened only with a signed-in context. A data
folder copied without a password, or a stolen laptop, can then neither sign nor decrypt anything.

Folders made before (the plain `keys/office-ed25519.pem` and `keys/office-age.txt` of releases 0.1 and 0.2, or
put back by a restore of an older backup) are sealed at the next sign-in and the plain files removed
(`seal_plain_keys`). Backups carry the two keys sealed in their manifest as before (services/backup/key_files.py).
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pyrage import x25519

from pekerja_desktop.fileio import atomic_writer
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.identity import age_identity_path, age_identity_text, parse_age_identity
from pekerja_desktop.store.db import DatabaseKey

SEALED_NAME = "office-keys.sealed"
FORMAT = 1
CIPHER = "AES-256-GCM/HKDF-SHA256"
_INFO = b"pekerja-desktop office keys at rest v1"
SIGNING, AGE = "signing_key", "age_identity"  # the names backups use for the same two texts


@dataclass(frozen=True)
class OfficeKeys:
    signing: Ed25519PrivateKey
    age: x25519.Identity

    @property
    def recipient(self) -> str:
        return str(self.age.to_public())

    def texts(self) -> dict[str, str]:
        """The two keys as the files of releases before 0.3 held them (PEM; `age-keygen`'s format)."""
        pem = self.signing.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption()).decode("ascii")
        return {SIGNING: pem, AGE: age_identity_text(self.age)}

    @classmethod
    def from_texts(cls, texts: dict[str, str]) -> OfficeKeys:
        key = serialization.load_pem_private_key(texts[SIGNING].encode("ascii"), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("not an Ed25519 key")
        age = parse_age_identity(texts[AGE]) if AGE in texts else x25519.Identity.generate()
        return cls(key, age)


def sealed_path(layout: DataLayout) -> Path:
    return layout.keys_dir / SEALED_NAME


def _aead(key: DatabaseKey) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(key.raw))


def seal_keys(layout: DataLayout, key: DatabaseKey, office_code: str, keys: OfficeKeys) -> None:
    """Write the sealed keys (owner-only, whole or not at all)."""
    nonce = os.urandom(12)
    sealed = _aead(key).encrypt(nonce, json.dumps(keys.texts()).encode("ascii"), office_code.encode("ascii"))
    layout.keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with atomic_writer(sealed_path(layout)) as handle:  # a temporary file is created owner-only
        json.dump({"format": FORMAT, "cipher": CIPHER, "nonce": base64.b64encode(nonce).decode("ascii"),
                   "ciphertext": base64.b64encode(sealed).decode("ascii")}, handle)


def _unsealed_texts(layout: DataLayout, key: DatabaseKey, office_code: str) -> dict[str, str]:
    path = sealed_path(layout)
    try:
        document = json.loads(path.read_text(encoding="ascii"))
        plain = _aead(key).decrypt(base64.b64decode(document["nonce"]), base64.b64decode(document["ciphertext"]),
                                   office_code.encode("ascii"))
        texts = json.loads(plain)
        return {name: str(texts[name]) for name in (SIGNING, AGE) if name in texts}
    except FileNotFoundError as exc:
        raise SyncError("keys.missing", path=str(path)) from exc
    except (OSError, InvalidTag, KeyError, TypeError, ValueError, RecursionError) as exc:
        raise SyncError("keys.damaged", path=str(path)) from exc


def open_keys(layout: DataLayout, key: DatabaseKey, office_code: str) -> OfficeKeys:
    try:
        return OfficeKeys.from_texts(_unsealed_texts(layout, key, office_code))
    except (KeyError, ValueError) as exc:
        raise SyncError("keys.damaged", path=str(sealed_path(layout))) from exc


def office_keys(ctx: AppContext) -> OfficeKeys:
    """The signed-in office's keys (a folder set up before sync gets its age identity now, sealed with them)."""
    layout, key = ctx.layout, ctx.db.require_key()
    texts = _unsealed_texts(layout, key, ctx.office.code)
    try:
        keys = OfficeKeys.from_texts(texts)
    except (KeyError, ValueError) as exc:
        raise SyncError("keys.damaged", path=str(sealed_path(layout))) from exc
    if AGE not in texts:
        seal_keys(layout, key, ctx.office.code, keys)
    return keys


def plain_key_files(layout: DataLayout) -> dict[str, Path]:
    """Where releases before 0.3 kept the keys in plain text."""
    return {SIGNING: layout.signing_key, AGE: age_identity_path(layout)}


def seal_plain_keys(layout: DataLayout, key: DatabaseKey, office_code: str) -> bool:
    """Seal the plain key files a folder still holds (an upgrade, a restore of an older backup) and remove them.
    Sealed keys that open are kept (plain copies beside them are stale); True when something changed."""
    present = {name: path for name, path in plain_key_files(layout).items() if path.exists()}
    if not present:
        return False
    try:
        open_keys(layout, key, office_code)
    except SyncError:
        texts = {name: path.read_text(encoding="ascii") for name, path in present.items()}
        if SIGNING not in texts:
            raise SyncError("keys.missing", path=str(layout.signing_key)) from None
        seal_keys(layout, key, office_code, OfficeKeys.from_texts(texts))
    for path in present.values():
        path.unlink()
    return True
