"""Operators of each role for the window tests, and reading what the audit trail recorded."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.store.account_models import AuditEvent
from tests.conftest import LOGIN

CLERK = NewAccount("petugas1", "sandi-petugas-1", "petugas", "Maria Sahetapy")
SUPERVISOR = NewAccount("supervisor1", "sandi-supervisor-1", "supervisor", "Yohanis Tuhumury")


def sign_in_as(data_dir: Path, account: NewAccount):
    """The admin creates `account` and signs out; then `account` signs in. One context at a time, as on the
    laptop (and because a second sign-in while a context is open breaks SQLite's locks: see the report)."""
    with open_context(data_dir, *LOGIN) as admin:
        create_account(admin, account)
    return open_context(data_dir, account.username, account.password, via="gui")


def audit_events(ctx, action: str) -> list[tuple[str, str, str]]:
    """(actor, subject, detail JSON) of every audit event with `action`, oldest first."""
    with ctx.db.session() as session:
        rows = session.execute(select(AuditEvent.actor, AuditEvent.subject, AuditEvent.detail)
                               .where(AuditEvent.action == action).order_by(AuditEvent.seq)).all()
    return [tuple(row) for row in rows]
