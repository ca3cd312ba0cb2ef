"""keyring.json: the database key wrapped for each account, the login lockouts, and login failures
waiting to enter the audit trail (they happen before the database can be opened).

Several processes rewrite it (sign-ins, the lock screen, an admin's changes): every read-modify-write goes through
`Keyring.edit`, which holds an exclusive lock on `keyring.lock` beside it, so no count and no event is lost
when attempts come at the same moment.

Each wrap is AES-256-GCM under a key derived from the account's password (argon2id), with the
username as associated data, so a wrap cannot be moved to another account. The file holds no
personal data and nothing that opens the database without a password.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pekerja_desktop.fileio import LockTimeout, atomic_writer, exclusive_lock
from pekerja_desktop.services.accounts.errors import AccountError
from pekerja_desktop.services.accounts.kdf import KdfParams, derive_key
from pekerja_desktop.store.db import DatabaseKey

FORMAT = 1
MAX_PENDING_EVENTS = 1000  # a flood of failed logins must not grow the file without bound


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


@dataclass
class WrappedKey:
    salt: bytes
    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes
    failed_logins: int = 0
    locked_until: dt.datetime | None = None

    @classmethod
    def wrap(cls, key: DatabaseKey, username: str, password: str) -> WrappedKey:
        salt, nonce, params = os.urandom(16), os.urandom(12), KdfParams.for_new_keys()
        kek = derive_key(password, salt, params)
        return cls(salt, params, nonce, AESGCM(kek).encrypt(nonce, key.raw, username.encode("utf-8")))

    def unwrap(self, username: str, password: str) -> DatabaseKey | None:
        kek = derive_key(password, self.salt, self.kdf)
        try:
            return DatabaseKey(AESGCM(kek).decrypt(self.nonce, self.ciphertext, username.encode("utf-8")))
        except InvalidTag:
            return None

    def to_dict(self) -> dict:
        return {"salt": _b64(self.salt), "kdf": self.kdf.to_dict(), "nonce": _b64(self.nonce),
                "wrapped_key": _b64(self.ciphertext), "failed_logins": self.failed_logins,
                "locked_until": self.locked_until.isoformat() if self.locked_until else None}

    @classmethod
    def from_dict(cls, data: dict) -> WrappedKey:
        locked = data.get("locked_until")
        return cls(_unb64(data["salt"]), KdfParams.from_dict(data["kdf"]), _unb64(data["nonce"]),
                   _unb64(data["wrapped_key"]), int(data.get("failed_logins", 0)),
                   dt.datetime.fromisoformat(locked) if locked else None)


def lock_path(keyring: Path) -> Path:
    return keyring.with_name(keyring.name + ".lock")


@dataclass
class Keyring:
    path: Path
    accounts: dict[str, WrappedKey] = field(default_factory=dict)
    pending_events: list[dict] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Keyring:
        if not path.exists():
            raise AccountError("keyring.missing", path=str(path))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            accounts = {name: WrappedKey.from_dict(entry) for name, entry in data["accounts"].items()}
            return cls(path, accounts, list(data.get("pending_events", [])))
        except (ValueError, KeyError, TypeError) as exc:
            raise AccountError("keyring.corrupt", path=str(path), reason=str(exc)) from exc

    @classmethod
    @contextlib.contextmanager
    def edit(cls, path: Path, *, create: bool = False) -> Iterator[Keyring]:
        """The keyring read, changed by the caller and saved, with no other writer in between (an exception
        saves nothing). `create` starts an empty one when there is none."""
        try:
            with exclusive_lock(lock_path(path)):
                keyring = cls(path) if create and not path.exists() else cls.load(path)
                before = keyring.to_data() if path.exists() else None
                yield keyring
                if keyring.to_data() != before:
                    keyring.save()
        except LockTimeout as exc:
            raise AccountError("keyring.busy", path=str(path)) from exc

    def to_data(self) -> dict:
        return {"format": FORMAT, "accounts": {name: entry.to_dict() for name, entry in sorted(self.accounts.items())},
                "pending_events": self.pending_events[-MAX_PENDING_EVENTS:]}

    def save(self) -> None:
        """Written whole (atomically); a read-modify-write goes through `edit`."""
        with atomic_writer(self.path) as handle:
            json.dump(self.to_data(), handle, indent=1)

    def note_event(self, action: str, actor: str, **detail) -> None:
        self.pending_events.append({"at": dt.datetime.now(dt.UTC).isoformat(), "action": action,
                                    "actor": actor, "detail": detail})

    def take_pending_events(self) -> list[dict]:
        events, self.pending_events = self.pending_events, []
        return events
