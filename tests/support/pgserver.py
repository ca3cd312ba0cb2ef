"""A real PostgreSQL server for the hub suite: one fresh database per test, cloned from a migrated template.

`.ci/run` installs and starts PostgreSQL and sets PEKERJA_TEST_POSTGRES_URL to a role that may create
databases (e.g. postgresql://pekerja:pekerja@localhost/postgres). Without it, the PostgreSQL variants
of the hub tests are skipped with that reason; every SQLite variant still runs.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

ADMIN_URL_ENV = "PEKERJA_TEST_POSTGRES_URL"
TEMPLATE = f"pekerja_test_template_{os.getpid()}"  # per run: two runs at once must not share one
BACKENDS = ("sqlite", "postgresql")


def admin_url() -> str | None:
    return os.environ.get(ADMIN_URL_ENV) or None


class ServerDatabases:
    """Creates `pekerja_test_<hex>` databases from a template migrated once per run, and drops them."""

    def __init__(self, url: str):
        self.base = make_url(url).set(drivername="postgresql+psycopg")
        self.engine = create_engine(self.base, isolation_level="AUTOCOMMIT", pool_size=1)
        self._template_ready = False
        self.created: list[str] = []

    def _prepare_template(self) -> None:
        from pekerja_desktop.store.db import open_database

        with self.engine.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
            connection.exec_driver_sql(f"CREATE DATABASE {TEMPLATE}")
        open_database(None, None, url=self.url_of(TEMPLATE)).close()  # the migrations, once
        self._template_ready = True

    def url_of(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def fresh(self) -> str:
        """An empty, migrated database."""
        if not self._template_ready:
            self._prepare_template()
        return self._copy_of(TEMPLATE)

    def clone(self, url: str) -> str:
        """A copy of the database at `url` (nobody may be connected to it meanwhile)."""
        return self._copy_of(make_url(url).database)

    def _copy_of(self, template: str) -> str:
        """CREATE DATABASE … TEMPLATE, retried while the template is busy: autovacuum visits a freshly
        migrated template now and then, and a copy needs it to be alone."""
        name = f"pekerja_test_{uuid.uuid4().hex[:12]}"
        for attempt in range(40):
            try:
                with self.engine.connect() as connection:
                    connection.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
                break
            except OperationalError as exc:
                if "being accessed by other users" not in str(exc) or attempt == 39:
                    raise
                time.sleep(0.25)
        self.created.append(name)
        return self.url_of(name)

    def drop(self, url: str) -> None:
        """Drop a test database. Autovacuum (a server process no test role may end) sometimes holds it for a
        moment: retry, and leave it for the end of the run rather than fail a test over its cleanup."""
        name = make_url(url).database
        if self._try_drop(name):
            self.created = [n for n in self.created if n != name]

    def _try_drop(self, name: str, attempts: int = 20) -> bool:
        for _ in range(attempts):
            try:
                with self.engine.connect() as connection:
                    connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                return True
            except DBAPIError:
                time.sleep(0.25)
        return False

    def close(self) -> None:
        for name in [*self.created, TEMPLATE]:
            self._try_drop(name)
        self.engine.dispose()


_databases: ServerDatabases | None = None


def databases() -> ServerDatabases:
    global _databases
    url = admin_url()
    if url is None:
        pytest.skip(f"no PostgreSQL server for the hub suite ({ADMIN_URL_ENV} is not set; .ci/run sets it)")
    if _databases is None:
        _databases = ServerDatabases(url)
    return _databases


def fresh_engine() -> Iterator[Engine]:
    """An engine (psycopg) on a fresh migrated database of its own, dropped after: for a fixture to yield from."""
    server = databases()
    url = server.fresh()
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    yield engine
    engine.dispose()
    server.drop(url)


def close_databases() -> None:
    global _databases
    if _databases is not None:
        _databases.close()
        _databases = None
