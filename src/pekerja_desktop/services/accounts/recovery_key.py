"""The recovery key: the database key itself, written for paper as 13 groups of 4 base32 characters.
Shown once at setup, to be printed and kept at the provincial office."""

from __future__ import annotations

import base64
import binascii

from pekerja_desktop.services.accounts.errors import AccountError
from pekerja_desktop.store.db import DatabaseKey

GROUP = 4


def format_recovery_key(key: DatabaseKey) -> str:
    text = base64.b32encode(key.raw).decode("ascii").rstrip("=")
    return "-".join(text[i:i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> DatabaseKey:
    """Accepts the printed form with any spacing, dashes or case; 0/1/8 typed for O/I/B are forgiven
    (base32 has no 0, 1 or 8)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 52:
        raise AccountError("recovery.malformed")
    try:
        return DatabaseKey(base64.b32decode(cleaned + "====", casefold=False))
    except (ValueError, binascii.Error) as exc:
        raise AccountError("recovery.malformed") from exc
