"""Operator accounts: roles, password-wrapped database keys, logins with lockout, the recovery key."""

from pekerja_desktop.services.accounts.errors import AccessError
from pekerja_desktop.services.accounts.roles import Permission, Role, permissions_of

__all__ = ["AccessError", "Permission", "Role", "permissions_of"]
