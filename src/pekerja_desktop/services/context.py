"""The application context: the opened database and who this office is, built once at start-up."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from pekerja_desktop.domain.validation import ReferenceSets
from pekerja_desktop.errors import DatabaseError, PekerjaError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.reference import load_reference_sets
from pekerja_desktop.store.db import Database, open_database
from pekerja_desktop.store.models import Office


@dataclass
class AppContext:
    layout: DataLayout
    db: Database
    office: Office
    actor: str
    _reference: ReferenceSets | None = field(default=None, repr=False)

    @property
    def reference(self) -> ReferenceSets:
        """Reference sets, loaded once; call `reload_reference` after reference data change."""
        if self._reference is None:
            with self.db.session() as session:
                self._reference = load_reference_sets(session)
        return self._reference

    def reload_reference(self) -> None:
        self._reference = None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def default_actor(explicit: str | None = None) -> str:
    """Who is recorded in the history: the given name, else PEKERJA_USER, else the system user."""
    name = explicit or os.environ.get("PEKERJA_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "operator"


def is_set_up(layout: DataLayout) -> bool:
    return layout.database.exists()


def open_context(data_dir: Path, actor: str) -> AppContext:
    """Open an office's data directory (migrating after a backup) or say it is not set up."""
    layout = DataLayout(data_dir)
    if data_dir.exists() and not data_dir.is_dir():
        raise PekerjaError("data_dir.not_directory", path=str(data_dir))
    if not is_set_up(layout):
        raise PekerjaError("setup.not_done", path=str(data_dir))
    db = open_database(layout.database, backup_dir=layout.backups_dir)
    with db.session() as session:
        office = session.scalar(select(Office).where(Office.is_self))
    if office is None:
        db.close()
        raise DatabaseError("setup.not_done", path=str(data_dir))
    return AppContext(layout, db, office, actor)
