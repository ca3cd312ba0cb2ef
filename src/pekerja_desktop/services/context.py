"""The application context: the opened database, who this office is and who is signed in.

A leaf: it knows the store and the domain's roles, and no feature. Signing in and opening a data folder
(`services/accounts/signin.py`) builds it; every use case takes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session

from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, permissions_of
from pekerja_desktop.domain.validation import ReferenceSets
from pekerja_desktop.errors import AccessError, PekerjaError, file_error
from pekerja_desktop.paths import DataLayout
from pekerja_desktop.store import audit_chain
from pekerja_desktop.store.db import Database, is_driver_error
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
    load_reference: Callable[[Session], ReferenceSets] = field(repr=False)
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
                self._reference = self.load_reference(session)
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
            audit_chain.record(session, self.actor, action, subject, **detail)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def explain(exc: BaseException, database: Database | None = None) -> PekerjaError | None:
    """A failure in the user's words when it is one we know — ours, the operating system's, or (given the database
    it came from) the database driver's; None for anything else, which the caller words as unexpected."""
    if isinstance(exc, PekerjaError):
        return exc
    if isinstance(exc, OSError):
        return file_error(exc)
    if database is not None and isinstance(exc, Exception) and is_driver_error(exc):
        return database.explain(exc)
    return None
