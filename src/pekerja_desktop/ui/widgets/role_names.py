"""Role names as the window shows them (Petugas, Supervisor, Admin), translated with Qt Linguist."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pekerja_desktop.domain.roles import Role

CONTEXT = "RoleNames"
ROLE_NAMES = {
    Role.PETUGAS.value: QT_TRANSLATE_NOOP("RoleNames", "Clerk"),
    Role.SUPERVISOR.value: QT_TRANSLATE_NOOP("RoleNames", "Supervisor"),
    Role.ADMIN.value: QT_TRANSLATE_NOOP("RoleNames", "Admin"),
}


def role_name(role: str) -> str:
    return QCoreApplication.translate(CONTEXT, ROLE_NAMES[role]) if role in ROLE_NAMES else role


def role_choices() -> list[tuple[str, str]]:
    """(code, name) for a role picker, least powerful first."""
    return [(role.value, role_name(role.value)) for role in Role]
