"""Sync through files: signed, encrypted bundles carried on USB between field offices and the hub.

Entry points (see docs/bundle-format.md for the file format and the rules):
- trust: `write_key_file`, `register_office` (hub), `trust_hub` (office);
- export: `export_bundles` (data at an office, reference at the hub), `resend`;
- import: `import_bundle` (a data bundle at the hub; an ack or reference bundle at an office);
- `verify_bundle`; restores: `note_database_restored`; the page: `history`.
"""

from __future__ import annotations

from pathlib import Path

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext


def import_bundle(ctx: AppContext, path: Path, ack_dir: Path | None = None, *, progress=None, cancelled=None):
    """What `import` does for this office's role."""
    from pekerja_desktop.services.sync.state import is_hub

    ctx.require(Permission.IMPORT)
    if is_hub(ctx):
        from pekerja_desktop.services.sync.hub.import_bundle import import_data_bundle

        result = import_data_bundle(ctx, path, ack_dir, progress=progress, cancelled=cancelled)
    else:
        from pekerja_desktop.services.sync.office.import_bundle import import_hub_bundle

        result = import_hub_bundle(ctx, path, progress=progress, cancelled=cancelled)
    ctx.audit("import", Path(path).name, kind=result.kind, sender=result.sender, sequence=result.sequence,
              duplicate=result.duplicate, counts=result.counts)
    return result
