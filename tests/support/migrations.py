"""Running alembic steps on a plain test database file, and looking at what they left (the migration tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from pekerja_desktop.store import db as db_module


def migrate(path: Path, step, revision: str) -> None:
    """`step` (alembic's `command.upgrade` or `command.downgrade`) to `revision` on the unencrypted file `path`."""
    engine = db_module._make_engine(path, None, foreign_keys=False, pooled=False)
    config = db_module._alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            step(config, revision)
    finally:
        engine.dispose()


def upgrade_to(path: Path, revision: str) -> None:
    migrate(path, command.upgrade, revision)


def seeded_at(path: Path, revision: str, *statements: str) -> None:
    """The file upgraded to `revision`, then `statements` run on it and committed: the rows a later migration must
    keep."""
    migrate(path, command.upgrade, revision)
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def tables_after_downgrade(path: Path, revision: str, down_to: str) -> set[str]:
    """The tables left when a fresh file is upgraded to `revision` and downgraded to `down_to`."""
    migrate(path, command.upgrade, revision)
    migrate(path, command.downgrade, down_to)
    return table_names(path)


def table_names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
