"""The office's age identity (X25519): bundles for this office are encrypted to its recipient.

Written at setup beside the Ed25519 signing key (keys/office-age.txt, owner-only), in the format of
`age-keygen`, so that `age -d -i keys/office-age.txt` opens a bundle's payload. Data directories set up
before sync existed get theirs on first use.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pyrage import x25519

from pekerja_desktop.paths import DataLayout

AGE_IDENTITY_NAME = "office-age.txt"


def age_identity_path(layout: DataLayout) -> Path:
    return layout.keys_dir / AGE_IDENTITY_NAME


def write_age_identity(path: Path) -> x25519.Identity:
    """A new identity, written with owner-only permissions from the start; refuses to overwrite."""
    identity = x25519.Identity.generate()
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    text = f"# created: {created}\n# public key: {identity.to_public()}\n{identity}\n"
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    return identity


def parse_age_identity(text: str) -> x25519.Identity:
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if len(lines) != 1:
        raise ValueError("expected one AGE-SECRET-KEY line")
    return x25519.Identity.from_str(lines[0])


def load_age_identity(layout: DataLayout) -> x25519.Identity:
    """This office's identity, created now if the data directory predates sync."""
    path = age_identity_path(layout)
    if not path.exists():
        try:
            return write_age_identity(path)
        except FileExistsError:  # another process created it meanwhile
            pass
    return parse_age_identity(path.read_text(encoding="ascii"))


def own_recipient(layout: DataLayout) -> str:
    return str(load_age_identity(layout).to_public())


def parse_recipient(text: str) -> x25519.Recipient:
    return x25519.Recipient.from_str(text.strip())
