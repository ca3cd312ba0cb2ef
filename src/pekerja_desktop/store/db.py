"""The one place where the database is opened.

The file is encrypted with SQLCipher under a random 256-bit key (services/accounts wraps it for each
operator); a raw key is given, so SQLCipher's own passphrase derivation is skipped on every connection.
Every connection gets WAL, synchronous=FULL, foreign_keys=ON and a busy timeout. Transactions are
explicit (BEGIN emitted by us, not by the driver), so DDL inside a migration is transactional and a
migration either completes or leaves the database as it was.

A database without a key (plain SQLite) is opened only for benchmarks and for the one-time
encryption of a database made by a release before encryption (services/accounts/legacy.py).

A hub may instead keep its database on a PostgreSQL server (`url=`; store/server.py): the same
migrations, with writers serialised as they are on SQLite.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool, QueuePool
from sqlmodel import Session

from pekerja_desktop.fileio import fsync_directory
from pekerja_desktop.store import server
from pekerja_desktop.store.errors import DatabaseError, DatabaseTooNewError

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration. Opening an up-to-date database then needs no alembic import (it is slow to
# import, and start-up time matters on field laptops); tests/store/test_db.py keeps it equal to alembic's head.
HEAD_REVISION = "0017"


DRIVER_ERRORS = (sqlite3.Error, sqlcipher3.Error)


class DatabaseKey:
    """The database's 32 random bytes. Kept out of reprs so it never lands in a log or traceback."""

    __slots__ = ("raw",)

    def __init__(self, raw: bytes):
        if len(raw) != 32:
            raise ValueError("a database key is 32 bytes")
        self.raw = raw

    def pragma_value(self) -> str:
        return f"x'{self.raw.hex()}'"

    def __repr__(self) -> str:
        return "DatabaseKey(…)"

    def __eq__(self, other) -> bool:
        return isinstance(other, DatabaseKey) and other.raw == self.raw

    def __hash__(self) -> int:
        return hash(self.raw)


def connect_file(path: Path, key: DatabaseKey | None, *, timeout: float = BUSY_TIMEOUT_MS / 1000):
    """A bare DB-API connection to the file, keyed when `key` is given (no pragmas beyond the key)."""
    if key is None:
        return sqlite3.connect(path, timeout=timeout)
    connection = sqlcipher3.connect(str(path), timeout=timeout)
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not SQLCipher's log line
    connection.execute(f'PRAGMA key = "{key.pragma_value()}"')
    return connection


def _configure_sqlite(dbapi_connection, foreign_keys: bool) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    cursor.close()


def _engine_url(path: Path, key: DatabaseKey | None) -> URL:
    if key is None:
        return URL.create("sqlite", database=str(path))
    # The pysqlcipher dialect issues `PRAGMA key="<password>"` first on every connection; given the
    # x'…' form, SQLCipher takes it as the raw key.
    return URL.create("sqlite+pysqlcipher", password=key.pragma_value(), database=str(path))


def _make_engine(path: Path, key: DatabaseKey | None, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    # The pysqlcipher dialect would pick SingletonThreadPool (one shared connection per thread), where a
    # read session left open would put the next write inside its transaction: pool like plain SQLite.
    kwargs = {"poolclass": QueuePool if pooled else NullPool}
    engine = create_engine(_engine_url(path, key), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        _configure_sqlite(dbapi_connection, foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """An opened, migrated database. Sessions are short: one per unit of work.

    `key` is the key the keyring wraps; for a file it is also the file's encryption key. `url` is set
    (password hidden) when the database is on a server; `path` is then None."""

    def __init__(self, path: Path | None, engine: Engine, key: DatabaseKey | None, url: str | None = None):
        self.path = path
        self.engine = engine
        self.key = key
        self.url = url
        self._write_engine = engine.execution_options(sqlite_begin="IMMEDIATE")

    @property
    def on_server(self) -> bool:
        return self.url is not None

    def explain(self, exc: Exception) -> DatabaseError:
        """A driver error in the user's words: the server's (unreachable, refused login…) or the file's (full,
        locked, damaged…)."""
        if self.url is not None:
            return server.classify_server_error(exc, self.url)
        return classify_database_error(exc, self.require_file("explain"))

    def session(self) -> Session:
        """A session for reading (and for writes that need no early lock)."""
        return Session(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction taken with the write lock up front; commits on success."""
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def raw_connection(self):
        """A DB-API connection to the file with the same key and settings, for checks and benchmarks."""
        connection = connect_file(self.require_file("raw_connection"), self.key)
        _configure_sqlite(connection, foreign_keys=True)
        return connection

    def backup_to(self, target: Path) -> Path:
        """A consistent, equally encrypted copy through SQLite's online backup API, written under a
        temporary name and renamed when complete."""
        return backup_file(self.require_file("backup"), target, self.key)

    def require_file(self, what: str) -> Path:
        """The database's file; file-only work (SQLite's backup API, PRAGMA checks) asked of a server database is
        refused."""
        if self.on_server or self.path is None:
            raise DatabaseError("database.server_file_only", url=self.url, what=what)
        return self.path

    def require_key(self) -> DatabaseKey:
        """The database's key; only a plain file (a benchmark's, or a 0.1.0 folder's before `secure`) has none."""
        if self.key is None:
            raise ValueError("a database opened without a key has none to back up, check or restore with")
        return self.key

    def close(self) -> None:
        self.engine.dispose()


def backup_file(source: Path, target: Path, key: DatabaseKey | None) -> Path:
    """Copy `source` to `target` with the online backup API (both under `key`); the copy is fsynced
    under a temporary name and renamed, so `target` is either absent or complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = connect_file(source, key)
    try:
        dst = connect_file(partial, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    partial.replace(target)
    fsync_directory(target.parent)
    return target


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _revision_of(connection)


def _revision_of(connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def migrate(path: Path, key: DatabaseKey | None, backup_dir: Path | None = None) -> str | None:
    """Bring the database to the code's schema. Returns the path of the pre-migration backup, if any.

    Foreign keys are off during the migration (batch table rebuilds would otherwise cascade
    deletes) and checked before the commit.
    """
    engine = _make_engine(path, key, foreign_keys=False, pooled=False)
    try:
        current = current_revision(engine)
        if current == HEAD_REVISION:
            return None
        if current is not None and current not in _known_revisions():
            raise DatabaseTooNewError(path=str(path), revision=current)
        backup = None
        if current is not None and backup_dir is not None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = str(backup_file(path, backup_dir / f"pre-migration-{current}-{stamp}.sqlite", key))
        _upgrade(engine)
        return backup
    finally:
        engine.dispose()


def _upgrade(engine: Engine) -> None:
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if violations:
            raise DatabaseError("migration.foreign_keys", count=len(violations))


def migrate_server(engine: Engine, where: str) -> None:
    """The same migrations on a server, in one transaction (PostgreSQL's DDL is transactional) and under
    a lock, so workstations upgraded at the same moment do not both migrate."""
    with engine.begin() as connection:
        server.lock_for_migration(connection)
        current = _revision_of(connection)
        if current == HEAD_REVISION:
            return
        if current is not None and current not in _known_revisions():
            raise DatabaseTooNewError(path=where, revision=current)
        from alembic import command  # only when there is something to do: slow to import

        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(path: Path | None, key: DatabaseKey | None, *, create: bool = False,
                  backup_dir: Path | None = None, url: str | None = None) -> Database:
    """Open (creating if asked) and migrate the database at `path`, encrypted under `key`; with `url`,
    the database on that PostgreSQL server instead (`path` is then ignored)."""
    if url is not None:
        return _open_server(url, key)
    if path is None:
        raise ValueError("open_database needs a database file or a server url")
    if not path.exists() and not create:
        raise DatabaseError("database.missing", path=str(path))
    try:
        migrate(path, key, backup_dir)
        return Database(path, _make_engine(path, key), key)
    except (*DRIVER_ERRORS, sa_exc.DatabaseError) as exc:
        raise classify_database_error(exc, path) from exc


def _open_server(url: str, key: DatabaseKey | None) -> Database:
    parsed = server.parse_server_url(url)
    shown = server.redact(parsed)
    engine = server.make_server_engine(parsed)
    try:
        migrate_server(engine, shown)
        return Database(None, engine, key, url=shown)
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, sa_exc.DBAPIError):
            raise server.classify_server_error(exc, parsed) from exc
        raise


PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def key_opens(path: Path, key: DatabaseKey | None) -> bool:
    """Whether `key` reads the database at `path`; None asks whether the file is plain (unencrypted) SQLite.

    The plain case only reads the file header: opening an encrypted database in WAL mode with the plain
    driver while another connection has it open damages it (the plain driver rebuilds the WAL index)."""
    if key is None:
        try:
            with path.open("rb") as handle:
                return handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER
        except OSError:
            return False
    return _query_succeeds(path, key, "SELECT count(*) FROM sqlite_master")


def header_opens(path: Path, key: DatabaseKey) -> bool:
    """Whether page 1 alone (read for user_version) decrypts and passes its HMAC: only under the right key,
    even when a later page is damaged."""
    return _query_succeeds(path, key, "PRAGMA user_version")


def _query_succeeds(path: Path, key: DatabaseKey, sql: str) -> bool:
    try:
        connection = connect_file(path, key)
        try:
            connection.execute(sql).fetchone()
            return True
        finally:
            connection.close()
    except DRIVER_ERRORS:
        return False


LOW_DISK_BYTES = 4 * 1024 * 1024


def _disk_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < LOW_DISK_BYTES
    except OSError:
        return False


def classify_database_error(exc: Exception, path: Path) -> DatabaseError:
    """Turn a driver error into a message a clerk can act on (a full disk often shows as an I/O error)."""
    reason = str(getattr(exc, "orig", None) or exc)
    lowered = reason.lower()
    if "full" in lowered or ("i/o" in lowered and _disk_nearly_full(path)):
        return DatabaseError("database.full")
    if "locked" in lowered or "busy" in lowered:
        return DatabaseError("database.locked")
    if "not a database" in lowered:
        return DatabaseError("database.wrong_key", path=str(path))
    return DatabaseError("database.unreadable", path=str(path), reason=reason)


def is_driver_error(exc: BaseException) -> bool:
    """Raised by the database driver or SQLAlchemy, not by our own checks."""
    return isinstance(exc, DRIVER_ERRORS) or type(exc).__module__.startswith("sqlalchemy")
