"""`import`: at the hub, an office's data bundle; at a field office, the hub's ack or reference bundle."""

from __future__ import annotations

from pathlib import Path

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.hub.import_bundle import import_data_bundle
from pekerja_desktop.services.sync.office.import_bundle import import_hub_bundle
from pekerja_desktop.services.sync.state import is_hub


def import_bundle(ctx: AppContext, path: Path, ack_dir: Path | None = None, *, progress=None, cancelled=None):
    """What `import` does for this office's role."""
    ctx.require(Permission.IMPORT)
    if is_hub(ctx):
        result = import_data_bundle(ctx, path, ack_dir, progress=progress, cancelled=cancelled)
    else:
        result = import_hub_bundle(ctx, path, progress=progress, cancelled=cancelled)
    ctx.audit("import", Path(path).name, kind=result.kind, sender=result.sender, sequence=result.sequence,
              duplicate=result.duplicate, counts=result.counts)
    return result
