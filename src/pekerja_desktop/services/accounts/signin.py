"""Signing in: a user name and password (or the recovery key) open an office's data folder — its database
migrated after a backup — and the login is recorded; the result is the `AppContext` every use case takes."""

from __future__ import annotations

import os
from pathlib import Path

from sqlmodel import select

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.paths import DataLayout, is_set_up
from pekerja_desktop.services.accounts import legacy
from pekerja_desktop.services.accounts.errors import AccountError, LegacyError
from pekerja_desktop.services.accounts.keyring import Keyring
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.services.audit.anchor import advance_login_anchor
from pekerja_desktop.services.context import AppContext, Operator
from pekerja_desktop.services.reference.data import load_reference_sets
from pekerja_desktop.services.sync.office_keys import seal_plain_keys
from pekerja_desktop.store import audit_chain
from pekerja_desktop.store.account_models import Account
from pekerja_desktop.store.db import Database, DatabaseKey
from pekerja_desktop.store.errors import DatabaseError
from pekerja_desktop.store.location import open_office_database
from pekerja_desktop.store.models import Office


def default_username(explicit: str | None = None) -> str | None:
    """The operator named on the command line, else in PEKERJA_USER."""
    return explicit or os.environ.get("PEKERJA_USER") or None


def _check_data_dir(data_dir: Path) -> DataLayout:
    layout = DataLayout(data_dir)
    if data_dir.exists() and not data_dir.is_dir():
        raise PekerjaError("data_dir.not_directory", path=str(data_dir))
    if not is_set_up(layout):
        raise PekerjaError("setup.not_done", path=str(data_dir))
    if legacy.needs_securing(layout):
        raise LegacyError("legacy.not_secured", path=str(data_dir))
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
            raise AccountError("login.inactive", username=username)
        _record_login(db, layout, username, via)
        _seal_plain_keys(db, layout, key, office.code, username)
    except BaseException:
        db.close()
        raise
    operator = Operator(account.username, account.role, account.display_name, account.must_change_password)
    return AppContext(layout, db, office, operator, load_reference=load_reference_sets)


def _seal_plain_keys(db: Database, layout: DataLayout, key: DatabaseKey, office_code: str, username: str) -> None:
    """A folder of an earlier release (or put back from an older backup) keeps its keys in plain text: sealed at
    the first sign-in, the plain files removed (services/sync/office_keys.py)."""
    if seal_plain_keys(layout, key, office_code):
        with db.write() as session:
            audit_chain.record(session, username, "keys.sealed", office_code)


def _note_refusal(db: Database, username: str) -> None:
    with db.write() as session:
        audit_chain.record(session, username, "login.refused_inactive", username)


def _record_login(db: Database, layout: DataLayout, username: str, via: str) -> None:
    """The login, preceded by the failures and lockouts noted in the keyring since the last one: taken from the
    keyring under its lock and kept there unless the audit trail has them (a failed write loses none)."""
    with Keyring.edit(layout.keyring) as keyring, db.write() as session:
        for event in keyring.take_pending_events():
            audit_chain.record(session, event.get("actor", "?"), event.get("action", "login.failed"),
                               event.get("actor", ""), **{**event.get("detail", {}), "noted_at": event.get("at")})
        audit_chain.record(session, username, "login", username, via=via)
    advance_login_anchor(db, layout)
