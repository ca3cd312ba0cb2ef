"""A bundle opened from outside the window (a double-click on a .pekerja file, `pekerja-desktop FILE`): the Sync
page shows what it is, and imports it only when the clerk presses Import."""

from __future__ import annotations

import argparse

import pytest
from sqlalchemy import func, select

from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.models import Participant
from pekerja_desktop.ui import app as app_module
from pekerja_desktop.ui import i18n
from pekerja_desktop.ui.pages.sync.page import SyncPage
from pekerja_desktop.ui.widgets import messages
from tests.conftest import LOGIN
from tests.support.accounts import CLERK, sign_in_as
from tests.support.sites import enrol_many


@pytest.fixture
def no_dialogs(monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _p, text, title=None: shown.append(text))
    return shown


def participants_at(site) -> int:
    with site.ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant))


def exported(site, tmp_path, count: int = 2):
    enrol_many(site, range(count))
    (result,) = export_bundles(site.ctx, tmp_path / "usb")
    return result.path


def test_the_preview_says_what_the_bundle_is_and_imports_on_request(qtbot, sites, runner, tmp_path, indonesian,
                                                                     no_dialogs):
    hub, ambon, _ = sites
    bundle = exported(ambon, tmp_path)
    page = SyncPage(hub.ctx, runner)
    qtbot.addWidget(page)
    page.preview_file(bundle)
    box = page.preview
    assert box.isVisibleTo(page) and box.file.text() == f"Berkas: {bundle}"
    assert box.summary.text().startswith("Data pendaftaran dari Disnaker Kota Ambon (8171A) untuk MALUKU · no. 1 · ")
    assert "2 rekaman" in box.summary.text()
    assert "siap diimpor" in box.status.text() and box.import_button.isEnabled()
    assert participants_at(hub) == 0, "nothing is imported before the clerk says so"
    box.import_button.click()
    assert participants_at(hub) == 2 and not box.isVisibleTo(page)
    assert "Paket no. 1 dari kantor 8171A diimpor" in page.notice.text()
    page.preview_file(bundle)
    assert "sudah pernah diimpor" in box.status.text()
    assert no_dialogs == []


def test_a_bundle_this_office_cannot_take_says_why_and_cannot_be_imported(qtbot, sites, runner, tmp_path,
                                                                         indonesian, no_dialogs):
    _hub, ambon, tual = sites
    bundle = exported(ambon, tmp_path)
    page = SyncPage(tual.ctx, runner)  # another office: the bundle is the hub's
    qtbot.addWidget(page)
    page.preview_file(bundle)
    assert str(bundle) in page.preview.status.text() and not page.preview.import_button.isEnabled()
    broken = tmp_path / "rusak.pekerja"
    broken.write_bytes(b"PK\x03\x04 not a whole bundle")
    page.preview_file(broken)
    assert "bukan paket sinkronisasi yang utuh" in page.preview.status.text()
    assert not page.preview.import_button.isEnabled() and no_dialogs == []


def test_an_operator_who_may_not_import_sees_the_bundle_and_why_not(qtbot, sites, runner, tmp_path, no_dialogs):
    hub, ambon, _ = sites
    bundle = exported(ambon, tmp_path, 1)
    hub.ctx.close()
    clerk = sign_in_as(hub.root, CLERK)
    try:
        page = SyncPage(clerk, runner)
        qtbot.addWidget(page)
        page.preview_file(bundle)
        button = page.preview.import_button
        assert page.preview.ready and not button.isEnabled() and button.toolTip() == page.refusals["import"]
    finally:
        clerk.close()
        hub.reopen()


def test_the_window_opens_on_the_preview_of_the_file_it_was_given(qtbot, qapp, sites, runner, tmp_path, no_dialogs):
    hub, ambon, _ = sites
    ack = import_bundle(hub.ctx, exported(ambon, tmp_path), tmp_path / "acks").ack_path
    ambon.ctx.close()
    args = argparse.Namespace(data_dir=str(ambon.root), lang=None, user=LOGIN[0], bundle_file=ack)
    window = app_module.start(args, runner, credentials=LOGIN)
    qtbot.addWidget(window)
    try:
        assert window.pages.currentWidget() is window.sync_page
        assert window.sync_page.preview.path == ack and window.sync_page.preview.ready
    finally:
        window.close()
        window.ctx.close()
        i18n.remove_translators(qapp)  # start() installed the Indonesian catalogue; other tests read English
        ambon.reopen()
