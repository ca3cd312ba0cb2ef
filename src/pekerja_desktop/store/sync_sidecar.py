"""The sync sidecar `sync-state.json` in the data folder: the device epoch, the generation, the high-water marks
of sequence numbers and registration serials, and the audit chain's head, kept outside the database so that they
survive a restore (the rule is in services/sync/epoch.py; services/audit/anchor.py reads the chain's head)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass, field

from pekerja_desktop.fileio import atomic_writer
from pekerja_desktop.paths import DataLayout

SIDECAR_NAME = "sync-state.json"


@dataclass
class Sidecar:
    office_code: str
    epoch: str
    generation: int = 0
    sequences: dict[str, int] = field(default_factory=dict)
    serials: dict[str, int] = field(default_factory=dict)
    audit: dict | None = None  # the audit chain's head (services/audit/anchor.py)


def sidecar_path(layout: DataLayout):
    return layout.root / SIDECAR_NAME


def read_sidecar(layout: DataLayout) -> Sidecar | None:
    """None when missing or unreadable (a damaged sidecar is treated like a missing one: a new epoch)."""
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
        raw = json.loads(sidecar_path(layout).read_text(encoding="utf-8"))
        return Sidecar(str(raw["office_code"]), str(raw["epoch"]), int(raw["generation"]),
                       {str(k): int(v) for k, v in raw["sequences"].items()},
                       {str(k): int(v) for k, v in raw["serials"].items()}, raw.get("audit"))
    return None


def write_sidecar(layout: DataLayout, sidecar: Sidecar) -> None:
    payload = {"format": 1, "office_code": sidecar.office_code, "epoch": sidecar.epoch,
               "generation": sidecar.generation, "sequences": dict(sorted(sidecar.sequences.items())),
               "serials": dict(sorted(sidecar.serials.items())), "audit": sidecar.audit,
               "updated_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()}
    with atomic_writer(sidecar_path(layout)) as handle:
        json.dump(payload, handle, indent=2)
