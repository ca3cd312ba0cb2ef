"""Where an office's database lives: the encrypted file in its data folder, or — named by database.json — a hub's
database on a PostgreSQL server, so several central-office staff can work at once.

The file keeps the server's URL without its password; the password (empty when the server takes none
or libpq finds it in pgpass) is sealed with AES-256-GCM under the office's database key, which only a
signed-in operator unwraps (keyring.json) — so the seal also tells whether a recovery key is right. A
URL given for one run (`--database-url`, PEKERJA_DATABASE_URL) takes precedence over the file.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.engine import URL, make_url

from pekerja_desktop.fileio import atomic_writer
from pekerja_desktop.paths import DATABASE_URL_ENV, DataLayout
from pekerja_desktop.store.db import Database, DatabaseKey, open_database
from pekerja_desktop.store.errors import DatabaseError
from pekerja_desktop.store.server import is_server_url, parse_server_url, redact

FORMAT = 1
_SEAL_CONTEXT = b"pekerja-desktop database password"


@dataclass(frozen=True)
class ServerLocation:
    url: str  # without the password
    sealed_password: bytes  # nonce (12 bytes) + AES-GCM ciphertext


def open_office_database(layout: DataLayout, key: DatabaseKey, database_url: str | None = None) -> Database:
    """The office's database: on its server when one is configured, else the encrypted file."""
    url = server_url(layout, key, database_url)
    if url is not None:
        return open_database(None, key, url=url)
    return open_database(layout.database, key, backup_dir=layout.backups_dir)


def explicit_database_url(explicit: str | None = None) -> str | None:
    """The URL named on the command line, else in PEKERJA_DATABASE_URL."""
    return explicit or os.environ.get(DATABASE_URL_ENV) or None


def check_database_url(url: str) -> str:
    """A PostgreSQL URL in our driver's spelling, or a clear refusal (SQLite is the data folder's file)."""
    if not is_server_url(url):
        raise DatabaseError("database.url_invalid", url=redact(url))
    return parse_server_url(url).render_as_string(hide_password=False)


def read_location(layout: DataLayout) -> ServerLocation | None:
    path = layout.database_config
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ServerLocation(str(data["url"]), base64.b64decode(data["password_sealed"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DatabaseError("database.config_corrupt", path=str(path), reason=str(exc)) from exc


def write_location(layout: DataLayout, url: str, key: DatabaseKey) -> None:
    parsed = parse_server_url(url)
    nonce = os.urandom(12)
    sealed = nonce + AESGCM(key.raw).encrypt(nonce, str(parsed.password or "").encode("utf-8"), _SEAL_CONTEXT)
    without_password = URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port,
                                  parsed.database, parsed.query)  # URL.set(password=None) would keep it
    payload = {"format": FORMAT, "url": without_password.render_as_string(hide_password=False),
               "password_sealed": base64.b64encode(sealed).decode("ascii")}
    with atomic_writer(layout.database_config) as handle:
        json.dump(payload, handle, indent=1)


def server_url(layout: DataLayout, key: DatabaseKey, explicit: str | None = None) -> str | None:
    """The server URL to open (with its password), or None when the database is the local file."""
    chosen = explicit_database_url(explicit)
    if chosen:
        return check_database_url(chosen)
    location = read_location(layout)
    if location is None:
        return None
    password = unseal_password(layout, location, key)
    return make_url(location.url).set(password=password or None).render_as_string(hide_password=False)


def unseal_password(layout: DataLayout, location: ServerLocation, key: DatabaseKey) -> str:
    """The server password; a key that does not open the seal is refused (a wrong recovery key)."""
    try:
        nonce, sealed = location.sealed_password[:12], location.sealed_password[12:]
        return AESGCM(key.raw).decrypt(nonce, sealed, _SEAL_CONTEXT).decode("utf-8")
    except (InvalidTag, ValueError) as exc:
        raise DatabaseError("database.config_corrupt", path=str(layout.database_config),
                            reason="sealed password") from exc


def refuse_file_work(layout: DataLayout, what: str) -> None:
    """Backups and restores work on the database file: a data folder whose database is on a server has none."""
    location = read_location(layout) if layout.database_config.exists() else None
    if location is not None:
        raise DatabaseError("database.server_file_only", url=redact(location.url), what=what)
