"""The hostile suite (#16): the attacks of the adversarial pass, by class, kept in the project so that what was
refused stays refused. Each test tries one attack (or a family of them) against real data folders and checks that
it is refused cleanly — one line in the user's language, nothing stored, nothing half-written — or, where the
product must cope, that it copes:

| module | class |
|---|---|
| test_crafted_records.py | validly signed bundles whose records break the rules (the hub re-checks every record) |
| test_clean_text.py | control, bidirectional and zero-width characters at every door, and every writer coping |
| test_lockout.py | a dozen wrong passwords at once from as many processes; every failure in the audit trail |
| test_at_rest.py | a data folder (and a USB stick) searched for a NIK, a name and key material; a copy signs nothing |
| test_odd_files.py | FIFOs, devices, folders, lying sizes, deep JSON, another hub's key: refused at once, one line |
| test_bombs_and_flips.py | zip and gzip bombs in bounded memory, bit flips and truncations |
| test_kills.py | an import killed at random moments leaves nothing partial |
| test_permissions.py | a petugas trying every supervisor and admin command |

Village lists (encodings, stray quotes, field limits) are the intake's hostile tests (test_intake_files.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pekerja_desktop.services.sync.export import export_bundles
from tests.support.sites import enrol_many


@pytest.fixture
def exported(sites, tmp_path):
    """A hub and Ambon that trust each other, Ambon holding `PEOPLE` records in one genuine data bundle."""
    hub, ambon, _ = sites
    numbers = enrol_many(ambon, range(PEOPLE))
    (result,) = export_bundles(ambon.ctx, tmp_path / "usb")
    return hub, ambon, result.path, numbers


PEOPLE = 20


def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    return folder
