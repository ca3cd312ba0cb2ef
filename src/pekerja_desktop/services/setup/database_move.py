"""Pointing a hub's data folder at its server again (`database set-url`): the server moved, or its password
changed. The operator proves an admin password first (keyring.json), the new address must hold this same
office with that admin active, and only then is database.json rewritten — with the change in the audit trail."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, permissions_of
from pekerja_desktop.errors import AccessError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.errors import AccountError
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.services.setup.office import read_office_summary
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.account_models import Account
from pekerja_desktop.store.db import open_database
from pekerja_desktop.store.errors import DatabaseError
from pekerja_desktop.store.location import check_database_url, read_location, write_location
from pekerja_desktop.store.models import Office
from pekerja_desktop.store.server import redact


@dataclass(frozen=True)
class DatabaseLocation:
    where: str  # the file's path, or the server's URL without password
    on_server: bool


def describe_location(layout: DataLayout) -> DatabaseLocation:
    """Readable before sign-in; no password is ever shown."""
    location = read_location(layout)
    if location is None:
        return DatabaseLocation(str(layout.database), False)
    return DatabaseLocation(redact(location.url), True)


def change_server_url(layout: DataLayout, username: str, password: str, new_url: str) -> DatabaseLocation:
    if read_location(layout) is None:
        raise DatabaseError("database.not_on_server", path=str(layout.root))
    url = check_database_url(new_url)
    username = username.strip().lower()
    key = unlock_key(layout, username, password)
    expected = (read_office_summary(layout) or {}).get("code")
    db = open_database(None, key, url=url)
    try:
        with db.session() as session:
            office = session.scalar(select(Office.code).where(Office.is_self))
            account = session.get(Account, username)
        if office is None or office != expected:
            raise DatabaseError("database.other_office", url=db.url, office_code=office or "-", expected=expected)
        if account is None or not account.active:
            raise AccountError("login.inactive", username=username)
        if Permission.SETTINGS not in permissions_of(account.role):
            raise AccessError("access.denied", role=render(ROLE_LABELS, account.role),
                              action=render(PERMISSION_LABELS, Permission.SETTINGS.value))
        write_location(layout, url, key)
        with db.write() as session:
            audit.record(session, username, "database.url_changed", "", url=db.url)
    finally:
        db.close()
    return describe_location(layout)
