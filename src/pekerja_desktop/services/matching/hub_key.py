"""(hub) The matching key: 32 random bytes made once at the hub and kept in its encrypted database (`sync_state`),
under which every NIK it shares is hashed. Offices receive it inside encrypted reference bundles and never send it
back; a NIK's keyed hash is useless to whoever lacks the key."""

from __future__ import annotations

import secrets

from sqlmodel import Session

from pekerja_desktop.services.sync.state import get_state, set_state

STATE_KEY = "matching_key"
KEY_BYTES = 32


def matching_key(session: Session) -> bytes:
    """The hub's matching key, made on first use (in the caller's write transaction)."""
    held = get_state(session, STATE_KEY)
    if held:
        return bytes.fromhex(held)
    key = secrets.token_bytes(KEY_BYTES)
    set_state(session, STATE_KEY, key.hex())
    return key


def received_key(session: Session) -> bytes | None:
    """(field office) The key the hub sent in its last reference bundle, or None before the first one."""
    held = get_state(session, STATE_KEY)
    return bytes.fromhex(held) if held else None
