"""Regaining access with the recovery key: an admin account gets a new password (created if needed)."""

from __future__ import annotations

from pathlib import Path

from pekerja_desktop.domain.roles import Role
from pekerja_desktop.errors import AccessError
from pekerja_desktop.paths import DataLayout, is_set_up
from pekerja_desktop.services.accounts.errors import AccountError
from pekerja_desktop.services.accounts.keyring import Keyring, WrappedKey
from pekerja_desktop.services.accounts.manage import NewAccount, validate_new_account, write_first_account
from pekerja_desktop.services.accounts.recovery_key import parse_recovery_key
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.account_models import Account
from pekerja_desktop.store.db import key_opens
from pekerja_desktop.store.errors import DatabaseError
from pekerja_desktop.store.location import open_office_database, read_location, unseal_password


def recover_access(data_dir: Path, recovery_key: str, username: str, new_password: str,
                   database_url: str | None = None) -> str:
    """Returns the admin's user name. The account list and every other account's wrap are kept; a
    missing or damaged keyring.json is started afresh."""
    layout = DataLayout(data_dir)
    if not is_set_up(layout):
        raise AccessError("setup.not_done", path=str(data_dir))
    key = parse_recovery_key(recovery_key)
    if not _key_is_right(layout, key):
        raise AccountError("recovery.wrong", path=str(layout.root))
    account = validate_new_account(NewAccount(username, new_password, Role.ADMIN.value))
    _usable_keyring(layout)
    db = open_office_database(layout, key, database_url)
    try:
        with db.write() as session:
            existing = session.get(Account, account.username)
            if existing is None:
                write_first_account(session, layout, key, account, by="recovery")
            else:
                existing.role, existing.active, existing.must_change_password = Role.ADMIN.value, True, False
                wrapped = WrappedKey.wrap(key, account.username, account.password)
                with Keyring.edit(layout.keyring) as keyring:
                    keyring.accounts[account.username] = wrapped
            audit.record(session, "recovery", "account.recovered", account.username)
    finally:
        db.close()
    return account.username


def _key_is_right(layout: DataLayout, key) -> bool:
    """The file opens under it; for a server database, the key unseals the server password."""
    if layout.database.exists():
        return key_opens(layout.database, key)
    try:
        location = read_location(layout)
        return location is not None and unseal_password(layout, location, key) is not None
    except DatabaseError:
        return False


def _usable_keyring(layout: DataLayout) -> None:
    try:
        Keyring.load(layout.keyring)
    except AccessError:
        if layout.keyring.exists():
            layout.keyring.replace(layout.keyring.with_name("keyring.damaged.json"))
        Keyring(layout.keyring).save()
