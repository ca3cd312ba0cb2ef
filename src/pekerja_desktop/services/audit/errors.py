"""Errors of checking the audit trail (an option only the hub has, a date not understood), with their messages."""

from __future__ import annotations

from pekerja_desktop.errors import PekerjaError

AUDIT_MESSAGES: dict[str, dict[str, str]] = {
    "audit.office_only_hub": {"id": "--office hanya dapat dipakai di hub.", "en": "--office works only at the hub."},
    "audit.since": {"id": "tanggal '{value}' tidak valid: tulis dd/MM/yyyy",
                    "en": "invalid date '{value}': write dd/MM/yyyy"},
}


class AuditError(PekerjaError):
    catalogue = AUDIT_MESSAGES
