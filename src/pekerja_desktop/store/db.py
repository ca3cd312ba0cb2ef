"""The one place where the database is opened.

Every SQLite connection gets WAL, synchronous=FULL, foreign_keys=ON and a busy timeout. Transactions
are explicit (BEGIN emitted by us, not by the sqlite3 module), so DDL inside a migration is
transactional and a migration either completes or leaves the database as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from pekerja_desktop.errors import DatabaseError, DatabaseTooNewError

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration. Opening an up-to-date database then needs no alembic import (it is slow to
# import, and start-up time matters on field laptops); tests/test_db.py keeps it equal to alembic's head.
HEAD_REVISION = "0004"


def _configure_sqlite(dbapi_connection, foreign_keys: bool) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    cursor.close()


def _make_engine(path: Path, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    kwargs = {} if pooled else {"poolclass": NullPool}
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        _configure_sqlite(dbapi_connection, foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """An opened, migrated database. Sessions are short: one per unit of work."""

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
        self._write_engine = engine.execution_options(sqlite_begin="IMMEDIATE")

    def session(self) -> Session:
        """A session for reading (and for writes that need no early lock)."""
        return Session(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction taken with the write lock up front; commits on success."""
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def raw_connection(self) -> sqlite3.Connection:
        """A plain sqlite3 connection with the same settings, for bulk loading and benchmarks."""
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        _configure_sqlite(connection, foreign_keys=True)
        return connection

    def backup_to(self, target: Path) -> Path:
        """A consistent copy through SQLite's online backup API, written under a temporary name."""
        return backup_file(self.path, target)

    def close(self) -> None:
        self.engine.dispose()


def backup_file(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
        if not has_table:
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def migrate(path: Path, backup_dir: Path | None = None) -> str | None:
    """Bring the database to the code's schema. Returns the path of the pre-migration backup, if any.

    Foreign keys are off during the migration (batch table rebuilds would otherwise cascade
    deletes) and checked before the commit.
    """
    engine = _make_engine(path, foreign_keys=False, pooled=False)
    try:
        current = current_revision(engine)
        if current == HEAD_REVISION:
            return None
        if current is not None and current not in _known_revisions():
            raise DatabaseTooNewError(path=str(path), revision=current)
        backup = None
        if current is not None and backup_dir is not None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = str(backup_file(path, backup_dir / f"pre-migration-{current}-{stamp}.sqlite"))
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


def open_database(path: Path, *, create: bool = False, backup_dir: Path | None = None) -> Database:
    """Open (creating if asked) and migrate the database at `path`."""
    if not path.exists() and not create:
        raise DatabaseError("database.missing", path=str(path))
    try:
        migrate(path, backup_dir)
        return Database(path, _make_engine(path))
    except (sqlite3.DatabaseError, sa_exc.DatabaseError) as exc:
        raise classify_database_error(exc, path) from exc


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
    return DatabaseError("database.unreadable", path=str(path), reason=reason)
