"""`verify FILE`: check any bundle without importing it — structure, hashes, the sender's signature, the
schema and, when it is addressed to this office, every line after decryption."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.bundle.incoming import read_records
from pekerja_desktop.services.sync.bundle.read import check_schema, check_signature, read_bundle
from pekerja_desktop.services.sync.office_keys import office_keys
from pekerja_desktop.services.sync.state import sender_key


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    manifest: dict
    bundle_hash: str
    signed_by: str
    content_checked: bool  # decrypted and every line checked (only when addressed to this office)
    records: int


def verify_bundle(ctx: AppContext, path: Path) -> VerifyReport:
    bundle = read_bundle(Path(path))
    if bundle.sender == ctx.office.code:
        check_signature(bundle, ctx.office.public_key)
    else:
        with ctx.db.session() as session:
            office, _ = sender_key(session, bundle.sender, str(path))
        check_signature(bundle, office.public_key)
    check_schema(bundle)
    manifest = bundle.manifest
    mine = manifest["receiver_code"] == ctx.office.code and manifest["recipient"] == office_keys(ctx).recipient
    records = len(read_records(ctx, bundle)) if mine else manifest["payload"]["records"]
    return VerifyReport(bundle.path, manifest, bundle.bundle_hash, bundle.sender, mine, records)
