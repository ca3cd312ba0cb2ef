"""The office's age identity (X25519): bundles for this office are encrypted to its recipient. It is kept sealed
with the signing key (services/sync/office_keys.py); here, its text in the format of `age-keygen` (so that
`age -d -i FILE` opens a bundle's payload, given the identity), and where releases before 0.3 kept it in plain text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pyrage import x25519

from pekerja_desktop.paths import DataLayout

AGE_IDENTITY_NAME = "office-age.txt"


def age_identity_path(layout: DataLayout) -> Path:
    """Where releases before 0.3 kept the identity in plain text (sealed at the next sign-in)."""
    return layout.keys_dir / AGE_IDENTITY_NAME


def age_identity_text(identity: x25519.Identity) -> str:
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return f"# created: {created}\n# public key: {identity.to_public()}\n{identity}\n"


def parse_age_identity(text: str) -> x25519.Identity:
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if len(lines) != 1:
        raise ValueError("expected one AGE-SECRET-KEY line")
    return x25519.Identity.from_str(lines[0])


def parse_recipient(text: str) -> x25519.Recipient:
    return x25519.Recipient.from_str(text.strip())
