"""Accounts: created, re-roled, deactivated and re-passworded by an admin; passwords changed by their owner."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import col, select

from pekerja_desktop.domain.roles import Permission, Role
from pekerja_desktop.errors import AccessError
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.accounts.errors import AccountError
from pekerja_desktop.services.accounts.keyring import Keyring, WrappedKey
from pekerja_desktop.services.accounts.unlock import unlock_key
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.account_models import Account
from pekerja_desktop.store.db import DatabaseKey

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class NewAccount:
    username: str
    password: str
    role: str = Role.PETUGAS.value
    display_name: str = ""


@dataclass(frozen=True)
class AccountRow:
    username: str
    display_name: str
    role: str
    active: bool
    must_change_password: bool
    locked_until: dt.datetime | None
    created_at: dt.datetime
    password_changed_at: dt.datetime


def normalise_username(value: str) -> str:
    name = value.strip().lower()
    if not USERNAME.match(name):
        raise AccountError("account.username", value=value)
    return name


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("account.password_short", minimum=MIN_PASSWORD_LENGTH)


def check_role(role: str) -> str:
    if role not in {r.value for r in Role}:
        raise AccountError("account.role", value=role)
    return role


def validate_new_account(account: NewAccount) -> NewAccount:
    check_password_strength(account.password)
    return NewAccount(normalise_username(account.username), account.password, check_role(account.role),
                      " ".join(account.display_name.split()))


def write_first_account(session, layout: DataLayout, key: DatabaseKey, account: NewAccount, by: str) -> None:
    """The account row, its audit event and its key wrap (setup and recovery; no permission check)."""
    session.add(Account(username=account.username, display_name=account.display_name, role=account.role,
                        created_by=by))
    audit.record(session, by, "account.create", account.username, role=account.role)
    wrapped = WrappedKey.wrap(key, account.username, account.password)
    with Keyring.edit(layout.keyring, create=True) as keyring:
        keyring.accounts[account.username] = wrapped


def create_account(ctx, account: NewAccount) -> AccountRow:
    ctx.require(Permission.MANAGE_ACCOUNTS)
    account = validate_new_account(account)
    with ctx.db.write() as session:
        if session.get(Account, account.username) is not None:
            raise AccountError("account.exists", username=account.username)
        write_first_account(session, ctx.layout, ctx.db.key, account, ctx.actor)
    return account_row(ctx, account.username)


def change_own_password(ctx, old_password: str, new_password: str) -> None:
    check_password_strength(new_password)
    try:
        unlock_key(ctx.layout, ctx.actor, old_password)
    except AccessError as exc:
        if exc.code == "login.failed":
            raise AccountError("account.old_password") from exc
        raise
    _rewrap(ctx, ctx.actor, new_password, must_change=False, action="account.password_change")


def reset_password(ctx, username: str, new_password: str) -> None:
    """An admin sets a temporary password; its owner must choose a new one at the next login."""
    ctx.require(Permission.MANAGE_ACCOUNTS)
    check_password_strength(new_password)
    _rewrap(ctx, username, new_password, must_change=True, action="account.password_reset")


def _rewrap(ctx, username: str, password: str, *, must_change: bool, action: str) -> None:
    with ctx.db.write() as session:
        account = _get(session, username)
        account.must_change_password = must_change
        account.password_changed_at = dt.datetime.now(dt.UTC)
        account.active = True
        audit.record(session, ctx.actor, action, username)
        wrapped = WrappedKey.wrap(ctx.db.key, username, password)
        with Keyring.edit(ctx.layout.keyring) as keyring:
            keyring.accounts[username] = wrapped


def set_role(ctx, username: str, role: str) -> None:
    ctx.require(Permission.MANAGE_ACCOUNTS)
    check_role(role)
    with ctx.db.write() as session:
        account = _get(session, username)
        if account.role == Role.ADMIN.value and role != Role.ADMIN.value:
            _refuse_last_admin(session, username)
        previous, account.role = account.role, role
        audit.record(session, ctx.actor, "account.role", username, old=previous, new=role)


def set_active(ctx, username: str, active: bool) -> None:
    """Deactivating also deletes the account's key wrap, so its password opens nothing any more;
    reactivating needs a password reset."""
    ctx.require(Permission.MANAGE_ACCOUNTS)
    with ctx.db.write() as session:
        account = _get(session, username)
        if not active and account.role == Role.ADMIN.value:
            _refuse_last_admin(session, username)
        account.active = active
        audit.record(session, ctx.actor, "account.activate" if active else "account.deactivate", username)
        if not active:
            with Keyring.edit(ctx.layout.keyring) as keyring:
                keyring.accounts.pop(username, None)


def unlock_account(ctx, username: str) -> None:
    ctx.require(Permission.MANAGE_ACCOUNTS)
    if username not in Keyring.load(ctx.layout.keyring).accounts:
        raise AccountError("account.not_found", username=username)
    with Keyring.edit(ctx.layout.keyring) as keyring:
        entry = keyring.accounts.get(username)
        if entry is not None:
            entry.failed_logins, entry.locked_until = 0, None
    ctx.audit("account.unlock", username)


def list_accounts(ctx) -> list[AccountRow]:
    ctx.require(Permission.MANAGE_ACCOUNTS)
    with ctx.db.session() as session:
        names = session.scalars(select(Account.username).order_by(col(Account.username))).all()
    return [account_row(ctx, name) for name in names]


def account_row(ctx, username: str) -> AccountRow:
    keyring = Keyring.load(ctx.layout.keyring)
    with ctx.db.session() as session:
        account = _get(session, username)
    entry = keyring.accounts.get(username)
    locked = entry.locked_until if entry and entry.locked_until and entry.locked_until > dt.datetime.now(dt.UTC) \
        else None
    return AccountRow(account.username, account.display_name, account.role, account.active,
                      account.must_change_password, locked, account.created_at, account.password_changed_at)


def _get(session, username: str) -> Account:
    account = session.get(Account, username)
    if account is None:
        raise AccountError("account.not_found", username=username)
    return account


def _refuse_last_admin(session, username: str) -> None:
    admins = session.scalar(select(func.count()).select_from(Account).where(
        col(Account.role) == Role.ADMIN.value, Account.active, col(Account.username) != username))
    if not admins:
        raise AccountError("account.last_admin", username=username)
