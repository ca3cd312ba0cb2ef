"""Where the data live: --data-dir, else PEKERJA_DATA_DIR, else the platformdirs user data directory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from pekerja_desktop import APP_NAME

DATA_DIR_ENV = "PEKERJA_DATA_DIR"
DATABASE_URL_ENV = "PEKERJA_DATABASE_URL"  # a hub's database on a server, for one run (store/location.py)


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class DataLayout:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "pekerja.sqlite"

    @property
    def database_config(self) -> Path:
        """database.json: present when the database is on a server (store/location.py)."""
        return self.root / "database.json"

    @property
    def office_summary(self) -> Path:
        return self.root / "office.json"

    @property
    def keyring(self) -> Path:
        return self.root / "keyring.json"

    @property
    def keys_dir(self) -> Path:
        return self.root / "keys"

    @property
    def signing_key(self) -> Path:
        return self.keys_dir / "office-ed25519.pem"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"


def is_set_up(layout: DataLayout) -> bool:
    return layout.database.exists() or layout.database_config.exists()
