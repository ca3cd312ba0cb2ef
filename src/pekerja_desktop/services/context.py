"""The application context: the opened database, who this office is and who is signed in."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, permissions_of
from pekerja_desktop.domain.validation import ReferenceSets
from pekerja_desktop.errors import DatabaseError, PekerjaError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.errors import AccessError
from pekerja_desktop.services.accounts.keyring import Keyring
from pekerja_desktop.services.accounts.login import unlock_key
from pekerja_desktop.services.audit import trail as audit
from pekerja_desktop.services.audit.anchor import advance_login_anchor
from pekerja_desktop.services.reference.data import load_reference_sets
from pekerja_desktop.services.setup.database_config import server_url
from pekerja_desktop.store.account_models import Account
from pekerja_desktop.store.db import Database, DatabaseKey, open_database
from pekerja_desktop.store.models import Office


@dataclass(frozen=True)
class Operator:
    """The signed-in account, as read at sign-in."""
    username: str
    role: str
    display_name: str = ""
    must_change_password: bool = False


@dataclass
class AppContext:
    layout: DataLayout
    db: Database
    office: Office
    operator: Operator
    _reference: ReferenceSets | None = field(default=None, repr=False)

    @property
    def actor(self) -> str:
        """Who is recorded in histories and the audit trail."""
        return self.operator.username

    @property
    def reference(self) -> ReferenceSets:
        """Reference sets, loaded once; call `reload_reference` after reference data change."""
        if self._reference is None:
            with self.db.session() as session:
                self._reference = load_reference_sets(session)
        return self._reference

    def reload_reference(self) -> None:
        self._reference = None

    def can(self, permission: Permission) -> bool:
        return permission in permissions_of(self.operator.role)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise AccessError("access.denied", role=render(ROLE_LABELS, self.operator.role),
                              action=render(PERMISSION_LABELS, permission.value))

    def audit(self, action: str, subject: str = "", **detail) -> None:
        """Record one event in its own write transaction."""
        with self.db.write() as session:
            audit.record(session, self.actor, action, subject, **detail)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def default_username(explicit: str | None = None) -> str | None:
    """The operator named on the command line, else in PEKERJA_USER."""
    return explicit or os.environ.get("PEKERJA_USER") or None


def is_set_up(layout: DataLayout) -> bool:
    return layout.database.exists() or layout.database_config.exists()


def _check_data_dir(data_dir: Path) -> DataLayout:
    layout = DataLayout(data_dir)
    if data_dir.exists() and not data_dir.is_dir():
        raise PekerjaError("data_dir.not_directory", path=str(data_dir))
    if not is_set_up(layout):
        raise PekerjaError("setup.not_done", path=str(data_dir))
    from pekerja_desktop.services.accounts import legacy  # imported here: legacy → setup → sync → context

    if legacy.needs_securing(layout):
        raise legacy.LegacyError("legacy.not_secured", path=str(data_dir))
    return layout


def open_context(data_dir: Path, username: str, password: str, *, via: str = "cli",
                 database_url: str | None = None) -> AppContext:
    """Sign in and open an office's data directory (migrating after a backup); its database is the
    encrypted file, or the server named by `database_url`, PEKERJA_DATABASE_URL or database.json."""
    layout = _check_data_dir(data_dir)
    username = username.strip().lower()
    key = unlock_key(layout, username, password)
    return _open_signed_in(layout, key, username, via=via, database_url=database_url)


def open_context_with_key(data_dir: Path, key: DatabaseKey, username: str, *, via: str,
                          database_url: str | None = None) -> AppContext:
    """Open with the database key itself (recovery); `username` must name an active account."""
    return _open_signed_in(_check_data_dir(data_dir), key, username, via=via, database_url=database_url)


def open_office_database(layout: DataLayout, key: DatabaseKey, database_url: str | None = None) -> Database:
    """The office's database: on its server when one is configured, else the encrypted file."""
    url = server_url(layout, key, database_url)
    if url is not None:
        return open_database(None, key, url=url)
    return open_database(layout.database, key, backup_dir=layout.backups_dir)


def _open_signed_in(layout: DataLayout, key: DatabaseKey, username: str, *, via: str,
                    database_url: str | None = None) -> AppContext:
    db = open_office_database(layout, key, database_url)
    try:
        with db.session() as session:
            office = session.scalar(select(Office).where(Office.is_self))
            account = session.get(Account, username)
        if office is None:
            raise DatabaseError("setup.not_done", path=str(layout.root))
        if account is None or not account.active:
            _note_refusal(db, username)
            raise AccessError("login.inactive", username=username)
        _record_login(db, layout, username, via)
    except BaseException:
        db.close()
        raise
    operator = Operator(account.username, account.role, account.display_name, account.must_change_password)
    return AppContext(layout, db, office, operator)


def _note_refusal(db: Database, username: str) -> None:
    with db.write() as session:
        audit.record(session, username, "login.refused_inactive", username)


def _record_login(db: Database, layout: DataLayout, username: str, via: str) -> None:
    """The login, preceded by the failures and lockouts noted in the keyring since the last one."""
    keyring = Keyring.load(layout.keyring)
    pending = keyring.take_pending_events()
    with db.write() as session:
        for event in pending:
            audit.record(session, event.get("actor", "?"), event.get("action", "login.failed"),
                         event.get("actor", ""), **{**event.get("detail", {}), "noted_at": event.get("at")})
        audit.record(session, username, "login", username, via=via)
    if pending:
        keyring.save()
    advance_login_anchor(db, layout)
