"""Operator accounts: roles, password-wrapped database keys, logins with lockout, the recovery key."""

from pekerja_desktop.domain.roles import Permission, Role, permissions_of
from pekerja_desktop.services.accounts.errors import AccessError

__all__ = ["AccessError", "Permission", "Role", "permissions_of"]
