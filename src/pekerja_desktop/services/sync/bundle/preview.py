"""What a bundle is before it is imported: who sent it to whom, its kind, number and date, what it carries, and
whether it was imported here already.

A bundle opened from outside the window (a double-click on a `.pekerja` file, `pekerja-desktop FILE`) is shown
on the Sync page with this preview, and imported only when the clerk says so. The preview makes every check the
import makes before decrypting (`incoming.open_checked`: complete, signed by the registered sender, addressed to
this office, a kind this office takes), so a bundle it accepts fails later only on its content.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.bundle.format import Kind, data_record_count
from pekerja_desktop.services.sync.bundle.incoming import open_checked
from pekerja_desktop.services.sync.import_result import imported_row
from pekerja_desktop.services.sync.state import peer, registered_office


@dataclass(frozen=True)
class BundlePreview:
    path: Path
    kind: str  # format.Kind's value
    sender: str
    sender_name: str
    receiver: str
    sequence: int
    created_at: dt.datetime | None  # None if the manifest's time is not a time (its shape check reads a string)
    records: int  # the records it carries (audit events not counted)
    counts: dict[str, int]
    size: int  # bytes
    imported: bool  # this very bundle was imported here already: importing it again changes nothing
    last_imported: int  # the highest bundle number imported from this sender so far (0: none)

    @property
    def skipped(self) -> list[int]:
        """(hub) Numbers of this office's data bundles between the last imported one and this one, never received.
        An office may skip the hub's bundles (a later ack or reference bundle carries all it needs): none listed."""
        if self.imported or self.kind != Kind.DATA.value:
            return []
        return list(range(self.last_imported + 1, self.sequence))


def preview_bundle(ctx: AppContext, path: Path) -> BundlePreview:
    """Raises what the import would raise before decrypting (a SyncError naming the file)."""
    bundle = open_checked(ctx, Path(path))
    manifest = bundle.manifest
    with ctx.db.session() as session:
        office, _ = registered_office(session, bundle.sender)
        imported = imported_row(session, bundle) is not None
        known = peer(session, bundle.sender)
        last = known.sequence_in if known is not None else 0
    return BundlePreview(bundle.path, bundle.kind, bundle.sender, office.name, manifest["receiver_code"],
                         bundle.sequence, _created(manifest["created_at"]), data_record_count(manifest),
                         dict(manifest["counts"]), Path(path).stat().st_size, imported, last)


def _created(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
