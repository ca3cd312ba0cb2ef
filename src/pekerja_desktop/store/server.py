"""A hub database on a PostgreSQL server, for a central office where several staff work at once.

Opened only through store.db.open_database(url=…). The same alembic migrations build it. Writers are
serialised as on SQLite: `Database.write()` takes one transaction-scoped advisory lock before its first
statement, so sequence counters, id blocks taken as max(id)+1 and the audit chain's next link stay
correct while any number of staff read at the same time. Encryption at rest is the server's business
(disk encryption); the connection password is kept sealed in the data folder (services/database_config).
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from pekerja_desktop.store.errors import DatabaseError

SERVER_SCHEMES = ("postgresql", "postgres")
DRIVER = "postgresql+psycopg"
# One lock for every writer (the value is arbitrary: it only has to be the same everywhere).
WRITE_LOCK_ID = 0x50454B45  # "PEKE"
MIGRATION_LOCK_ID = WRITE_LOCK_ID + 1
CONNECT_TIMEOUT_S = 10


def is_server_url(url: str | None) -> bool:
    return url is not None and url.split(":", 1)[0].split("+", 1)[0].lower() in SERVER_SCHEMES


def parse_server_url(url: str) -> URL:
    """The URL with our driver; anything that is not a PostgreSQL URL is refused with a clear message."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy's ArgumentError: not a URL at all
        raise DatabaseError("database.url_invalid", url=redact(url)) from exc
    if parsed.get_backend_name() not in SERVER_SCHEMES or not parsed.database:
        raise DatabaseError("database.url_invalid", url=redact(url))
    return parsed.set(drivername=DRIVER)


def redact(url: str | URL) -> str:
    """A URL safe to show or log: the password replaced by ***."""
    try:
        parsed = url if isinstance(url, URL) else make_url(url)
        return parsed.render_as_string(hide_password=True)
    except Exception:
        return "<?>"


def make_server_engine(url: URL, *, pooled: bool = True) -> Engine:
    # timezone=UTC: naive timestamps are stored and read as UTC, as they are in the SQLite file.
    connect_args = {"connect_timeout": CONNECT_TIMEOUT_S, "options": "-c timezone=UTC",
                    "application_name": "pekerja-desktop"}
    kwargs = {} if pooled else {"poolclass": NullPool}
    engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True, **kwargs)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if connection.get_execution_options().get("sqlite_begin") == "IMMEDIATE":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_ID})")

    return engine


def lock_for_migration(connection) -> None:
    """Two workstations upgraded at once: the second waits, then finds the schema current."""
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_ID})")


def classify_server_error(exc: Exception, url: URL | str) -> DatabaseError:
    message = str(getattr(exc, "orig", None) or exc).strip()
    reason = message.splitlines()[0] if message else type(exc).__name__
    lowered = reason.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return DatabaseError("database.server_login", url=redact(url))
    if "does not exist" in lowered and "database" in lowered:
        return DatabaseError("database.server_missing", url=redact(url))
    if ("connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered
            or "could not translate host" in lowered or "connection failed" in lowered):
        return DatabaseError("database.server_unreachable", url=redact(url))
    if "no space left" in lowered or "disk full" in lowered:
        return DatabaseError("database.full")
    return DatabaseError("database.unreadable", path=redact(url), reason=reason)
