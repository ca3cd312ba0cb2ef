"""Files at rest, searched as someone holding a stolen laptop (or a copy of its disk, or the USB stick) would search
them: no NIK, no name, no key that signs or decrypts — and a copy of the data folder without a password opens
nothing."""

from __future__ import annotations

import os
import shutil

import pytest

from pekerja_desktop.paths import DataLayout
from pekerja_desktop.services.backup.make import make_backup
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.office_keys import open_keys, sealed_path
from pekerja_desktop.store.db import DatabaseKey
from tests.support.sites import enrol_many, person

KEY_MARKS = (b"PRIVATE KEY", b"AGE-SECRET-KEY")


def _files(*roots):
    return [path for root in roots for path in root.rglob("*") if path.is_file()]


def test_nothing_readable_at_rest_on_the_laptop_or_the_stick(sites, tmp_path):
    _hub, ambon, _ = sites
    enrol_many(ambon, range(3))
    secrets = [person(i).nik.encode() for i in range(3)] + [person(i).full_name.upper().encode() for i in range(3)]
    stick = tmp_path / "usb"
    export_bundles(ambon.ctx, stick)
    make_backup(ambon.ctx, ambon.ctx.layout.backups_dir)
    make_backup(ambon.ctx, stick / "cadangan")
    files = _files(ambon.root, stick)
    assert len(files) >= 8
    for path in files:
        data = path.read_bytes()
        for secret in (*secrets, *KEY_MARKS):
            assert secret not in data, f"{secret!r} readable in {path}"


def test_a_copy_of_the_folder_without_a_password_signs_and_decrypts_nothing(sites, tmp_path):
    _, ambon, _ = sites
    copy = tmp_path / "disalin"
    shutil.copytree(ambon.root, copy)
    layout = DataLayout(copy)
    assert sealed_path(layout).exists()
    with pytest.raises(SyncError) as refused:
        open_keys(layout, DatabaseKey(os.urandom(32)), ambon.ctx.office.code)
    assert refused.value.code == "keys.damaged"
    assert not any(mark in path.read_bytes() for path in _files(copy) for mark in KEY_MARKS)
