"""The Sinkronisasi page: models, export to a chosen folder, import by file or drag and drop, acknowledgements and
the rejected list, errors, cancelling, the hub's view, trust set-up, the header warning, Indonesian texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from pekerja_desktop.services.reference.data import set_setting
from pekerja_desktop.services.sync import overview as snapshot
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.history import bundle_history
from pekerja_desktop.services.sync.hub.verdicts import reject_record
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.services.sync.trust import write_key_file
from pekerja_desktop.store.models import Participant
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.pages.sync import volumes
from pekerja_desktop.ui.pages.sync.drop_zone import bundle_paths
from pekerja_desktop.ui.pages.sync.model import BundleColumn, OfficeColumn, RejectedColumn
from pekerja_desktop.ui.pages.sync.page import SyncPage
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.widgets import messages
from tests.support.sites import AMBON, HUB, TUAL, connect, enrol_many, make_site


@pytest.fixture
def sites(tmp_path):
    """A hub and two field offices trusting it (as tests/support/sites.py builds them)."""
    hub, ambon, tual = (make_site(tmp_path, s) for s in (HUB, AMBON, TUAL))
    connect(tmp_path, hub, ambon)
    connect(tmp_path, hub, tual)
    yield hub, ambon, tual
    for site in (hub, ambon, tual):
        site.ctx.close()


@pytest.fixture
def dialogs(monkeypatch):
    """Modal messages recorded instead of shown; confirmations answered by `answers` (default yes)."""
    seen = {"errors": [], "infos": [], "questions": [], "answers": []}
    monkeypatch.setattr(messages, "show_error", lambda _p, text, title=None: seen["errors"].append(text))
    monkeypatch.setattr(messages, "show_info", lambda _p, text, title=None: seen["infos"].append(text))

    def confirm(_parent, title, text, _accept, _reject):
        seen["questions"].append(title + "\n" + text)
        return seen["answers"].pop(0) if seen["answers"] else True

    monkeypatch.setattr(messages, "confirm", confirm)
    return seen


def make_page(qtbot, site, runner) -> SyncPage:
    page = SyncPage(site.ctx, runner)
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    return page


def usb_folder(tmp_path: Path, monkeypatch) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    monkeypatch.setattr(volumes.QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(usb)))
    return usb


def export_to(site, usb: Path) -> Path:
    (result,) = export_bundles(site.ctx, usb)
    return result.path


def column(model, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def history_count(site) -> int:
    with site.ctx.db.session() as session:
        return len(bundle_history(session))


def participants_at(site) -> int:
    with site.ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant))


@pytest.fixture
def rejected_ack(sites, tmp_path) -> tuple[Path, list[str]]:
    """An acknowledgement for Ambon in which the hub rejects Ambon's first record."""
    hub, ambon, _ = sites
    usb = tmp_path / "carried"
    numbers = enrol_many(ambon, range(3))
    import_bundle(hub.ctx, export_to(ambon, usb))
    reject_record(hub.ctx, numbers[0], "foto KTP tidak terbaca")
    ack = import_bundle(hub.ctx, export_to(ambon, usb)).ack_path
    return ack, numbers


# --- models ------------------------------------------------------------------------------------------

def test_every_model_passes_the_model_tester(qtmodeltester, qtbot, sites, runner, rejected_ack, dialogs):
    hub, ambon, _ = sites
    office = make_page(qtbot, ambon, runner)
    for model in office.models:
        qtmodeltester.check(model)
    office.import_file(rejected_ack[0])
    tabs = office.tabs
    assert tabs.history_model.rowCount() and tabs.pending_model.rowCount() == 0 and tabs.rejected_model.rowCount()
    for model in office.models:
        qtmodeltester.check(model)
    central = make_page(qtbot, hub, runner)
    assert central.tabs.offices_model.rowCount() == 2
    for model in central.models:
        qtmodeltester.check(model)


# --- export ------------------------------------------------------------------------------------------

def test_export_to_a_chosen_folder_writes_a_bundle_and_the_history_shows_it(qtbot, sites, runner, tmp_path,
                                                                           monkeypatch, dialogs):
    _, ambon, _ = sites
    enrol_many(ambon, range(4))
    usb = usb_folder(tmp_path, monkeypatch)
    page = make_page(qtbot, ambon, runner)
    assert page.tabs.history_model.rowCount() == 0
    page.export_box.picker.folder_button.click()
    assert page.export_box.picker.directory() == usb
    with qtbot.waitSignal(page.synced, timeout=5000):
        page.export_box.export_button.click()
    bundles = list(usb.glob("pekerja-data-8171A-MALUKU-*.pekerja"))
    assert len(bundles) == 1
    history = page.tabs.history_model
    assert history.rowCount() == 1
    assert history.index(0, BundleColumn.KIND).data() == "Enrolment data"
    assert history.index(0, BundleColumn.RECORDS).data() == "4"
    assert history.index(0, BundleColumn.STATUS).data() == "Sent"
    assert str(bundles[0]) in page.notice.text()
    assert page.snapshot.export_age.days == 0 and page.snapshot.not_acknowledged == 4
    assert dialogs["errors"] == []


def test_export_needs_a_trusted_hub(qtbot, tmp_path, runner, dialogs):
    lonely = make_site(tmp_path, AMBON)
    try:
        page = make_page(qtbot, lonely, runner)
        assert not page.export_box.export_button.isEnabled()
        assert "Trust the hub" in page.trust_box.partner.text()
    finally:
        lonely.ctx.close()


def test_cancelling_an_export_leaves_no_file(qtbot, sites, runner, tmp_path, monkeypatch, dialogs):
    _, ambon, _ = sites
    enrol_many(ambon, range(3))
    monkeypatch.setattr("pekerja_desktop.services.sync.bundle.write.CHECK_EVERY", 1)
    usb = usb_folder(tmp_path, monkeypatch)
    page = make_page(qtbot, ambon, runner)
    page.export_box.picker.choose_folder()
    page.busy.progress.valueChanged.connect(lambda _value: page.busy.cancel())
    page.export_now()
    assert list(usb.iterdir()) == []
    assert history_count(ambon) == 0
    assert page.notice.text() == "Cancelled: no bundle was written."


# --- import ------------------------------------------------------------------------------------------

def test_importing_an_ack_at_the_office_updates_the_rejected_list(qtbot, sites, runner, rejected_ack, dialogs):
    _, ambon, _ = sites
    ack, numbers = rejected_ack
    page = make_page(qtbot, ambon, runner)
    assert page.tabs.rejected_model.rowCount() == 0
    with qtbot.waitSignal(page.synced, timeout=5000):
        page.import_file(ack)
    rejected = page.tabs.rejected_model
    assert column(rejected, RejectedColumn.REGISTRATION_NUMBER) == [numbers[0]]
    assert "foto KTP tidak terbaca" in rejected.index(0, RejectedColumn.REASON).data()
    assert page.tabs.currentIndex() == 2 and "(1)" in page.tabs.tabText(2)
    assert "1 rejected" in page.notice.text()
    # opening it asks the main window to show it in the enrolment form
    page.tabs.rejected_table.setCurrentIndex(page.tabs.rejected_table.model().index(0, 0))
    with qtbot.waitSignal(page.open_requested, timeout=2000) as opened:
        page.tabs.open_button.click()
    assert opened.args == [numbers[0]]


def test_a_bundle_dropped_on_the_drop_zone_is_imported(qtbot, sites, runner, tmp_path, dialogs):
    hub, ambon, _ = sites
    enrol_many(ambon, range(2))
    bundle = export_to(ambon, tmp_path / "usb")
    page = make_page(qtbot, hub, runner)
    zone = page.import_box.drop_zone
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(zone, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(zone, drop)
    assert participants_at(hub) == 2
    history = page.tabs.history_model
    assert sorted(column(history, BundleColumn.KIND)) == ["Acknowledgement", "Enrolment data"]
    ack = next(bundle.parent.glob("pekerja-ack-MALUKU-8171A-*.pekerja"))
    assert str(ack) in page.notice.text()
    offices = page.tabs.offices_model
    ambon_row = column(offices, OfficeColumn.CODE).index("8171A")
    assert offices.index(ambon_row, OfficeColumn.DAYS).data() == "today"
    assert dialogs["errors"] == []


def test_a_file_that_is_not_a_bundle_cannot_be_dropped(qtbot, sites, runner, tmp_path):
    hub, _, _ = sites
    page = make_page(qtbot, hub, runner)
    text = tmp_path / "daftar.xlsx"
    text.write_bytes(b"PK")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page.import_box.drop_zone, enter)
    assert not enter.isAccepted()


def test_the_drop_zone_takes_pekerja_files_and_older_zip_bundles_only():
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(name) for name in ("/usb/a.pekerja", "/usb/B.PEKERJA", "/usb/old.zip",
                                                         "/usb/daftar.xlsx", "/usb/pekerja")])
    assert [path.name for path in bundle_paths(mime)] == ["a.pekerja", "B.PEKERJA", "old.zip"]


def test_a_corrupt_file_shows_the_error_and_changes_nothing(qtbot, sites, runner, tmp_path, dialogs):
    hub, _, _ = sites
    page = make_page(qtbot, hub, runner)
    corrupt = tmp_path / "pekerja-data-8171A-MALUKU-000001.zip"
    corrupt.write_bytes(b"PK\x03\x04 this is not a complete bundle")
    before = history_count(hub)
    page.import_file(corrupt)
    assert len(dialogs["errors"]) == 1
    assert str(corrupt) in dialogs["errors"][0] and "bukan paket sinkronisasi yang utuh" in dialogs["errors"][0]
    assert "\n" not in dialogs["errors"][0]
    assert page.notice.text() == dialogs["errors"][0]
    assert history_count(hub) == before and participants_at(hub) == 0
    assert page.import_box.drop_zone.isEnabled()  # ready for the next file


def test_cancelling_an_import_imports_nothing(qtbot, sites, runner, tmp_path, monkeypatch, dialogs):
    hub, ambon, _ = sites
    enrol_many(ambon, range(3))
    bundle = export_to(ambon, tmp_path / "usb")
    monkeypatch.setattr("pekerja_desktop.services.sync.bundle.incoming.CHECK_EVERY", 1)
    page = make_page(qtbot, hub, runner)
    page.busy.progress.valueChanged.connect(lambda _value: page.busy.cancel())
    page.import_file(bundle)
    assert participants_at(hub) == 0 and history_count(hub) == 0
    assert list(bundle.parent.glob("pekerja-ack-*")) == []
    assert page.notice.text() == "Cancelled: nothing was imported."


# --- the hub, trust ----------------------------------------------------------------------------------

def test_the_hub_exports_reference_bundles_for_every_office(qtbot, sites, runner, tmp_path, monkeypatch, dialogs):
    hub, _, _ = sites
    usb = usb_folder(tmp_path, monkeypatch)
    page = make_page(qtbot, hub, runner)
    assert page.export_box.export_button.text().replace("&", "") == "Export reference bundles"
    page.export_box.picker.choose_folder()
    page.export_now()
    names = sorted(p.name for p in usb.glob("*.pekerja"))
    assert [name.split("-")[3] for name in names] == ["8171A", "8172A"]
    assert all(name.startswith("pekerja-reference-MALUKU-") for name in names)
    assert "8171A" in page.notice.text() and "8172A" in page.notice.text()


def test_trusting_the_hub_shows_the_fingerprint_and_asks_first(qtbot, tmp_path, runner, dialogs, monkeypatch):
    hub, office = make_site(tmp_path, HUB), make_site(tmp_path, AMBON)
    try:
        hub_file = tmp_path / "hub.json"
        card = write_key_file(hub.ctx, hub_file)
        page = make_page(qtbot, office, runner)
        monkeypatch.setattr("pekerja_desktop.ui.pages.sync.keys.QFileDialog.getOpenFileName",
                            staticmethod(lambda *_a, **_k: (str(hub_file), "")))
        dialogs["answers"].append(False)  # the fingerprints read out by phone differ: not trusted
        page.trust_box.trust_button.click()
        assert card.fingerprint in dialogs["questions"][0]
        assert not page.snapshot.peers
        page.trust_box.trust_button.click()  # they match
        assert [p.code for p in page.snapshot.peers] == ["MALUKU"]
        assert card.fingerprint in page.trust_box.partner.text()
        assert page.export_box.export_button.isEnabled()
    finally:
        hub.ctx.close()
        office.ctx.close()


def test_saving_the_office_key_file_shows_its_fingerprint(qtbot, sites, runner, tmp_path, monkeypatch, dialogs):
    _, ambon, _ = sites
    target = tmp_path / "kunci-kantor"
    monkeypatch.setattr("pekerja_desktop.ui.pages.sync.keys.QFileDialog.getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    page = make_page(qtbot, ambon, runner)
    page.trust_box.key_file_button.click()
    assert (tmp_path / "kunci-kantor.json").exists()
    from pekerja_desktop.services.sync.signing_key import fingerprint

    assert fingerprint(ambon.ctx.office.public_key) in dialogs["infos"][0]


# --- header warning ----------------------------------------------------------------------------------

def test_the_header_warns_once_the_last_export_is_older_than_the_limit(qtbot, sites, runner, tmp_path,
                                                                       monkeypatch):
    _, ambon, _ = sites
    enrol_many(ambon, range(1))
    export_to(ambon, tmp_path / "usb")
    with ambon.ctx.db.write() as session:
        set_setting(session, "export_warning_days", 3)
    window = MainWindow(ambon.ctx, runner, UiPreferences(ambon.root))
    qtbot.addWidget(window)
    window.show()
    assert window.header.export_warning.isHidden()  # exported today
    monkeypatch.setattr(snapshot, "today", lambda: dt.date.today() + dt.timedelta(days=3))
    window.refresh_counts()
    assert window.header.export_warning.isHidden()  # 3 days: not past the limit yet
    monkeypatch.setattr(snapshot, "today", lambda: dt.date.today() + dt.timedelta(days=5))
    window.refresh_counts()
    assert not window.header.export_warning.isHidden()
    assert "5" in window.header.export_warning.text()


def test_the_main_window_wires_the_sync_page(qtbot, sites, runner, rejected_ack, dialogs):
    _, ambon, _ = sites
    window = MainWindow(ambon.ctx, runner, UiPreferences(ambon.root))
    qtbot.addWidget(window)
    window.show()
    page = window.sync_page
    assert page is not None and window.cards_page is not None
    page.import_file(rejected_ack[0])
    page.open_requested.emit(rejected_ack[1][0])
    assert window.pages.currentWidget() is window.enrolment
    assert window.enrolment.editing().registration_number == rejected_ack[1][0]


# --- drives, language --------------------------------------------------------------------------------

@pytest.mark.parametrize(("platform", "root", "expected"), [
    ("linux", "/media/petugas/KINGSTON", True), ("linux", "/run/media/petugas/USB", True),
    ("linux", "/mnt/usb", True), ("linux", "/", False), ("linux", "/home", False), ("linux", "/boot/efi", False),
    ("win32", "E:/", True), ("win32", "C:/", False), ("darwin", "/Volumes/USB", True), ("darwin", "/", False),
])
def test_removable_drives_are_guessed_from_where_they_are_mounted(platform, root, expected):
    volume = volumes.Volume(root, "X", 10 ** 9, "vfat")
    assert volumes.looks_removable(volume, platform, system="C:") is expected
    assert not volumes.looks_removable(volumes.Volume(root, "X", 1, "vfat", read_only=True), platform, "C:")


def test_the_destination_list_shows_drives_with_their_free_space(qtbot):
    picker = volumes.DestinationPicker()
    qtbot.addWidget(picker)
    picker.rescan([volumes.Volume("/media/petugas/KINGSTON", "KINGSTON", 15 * 1024 ** 3, "vfat"),
                   volumes.Volume("/", "root", 10 ** 11, "ext4")])
    if volumes.sys.platform != "linux":
        pytest.skip("mount points differ")
    assert picker.combo.count() == 1
    assert picker.combo.itemText(0).startswith("KINGSTON (/media/petugas/KINGSTON)")
    assert "15,0 GB" in picker.combo.itemText(0)
    assert picker.directory() == Path("/media/petugas/KINGSTON")


def test_the_page_reads_indonesian(qtbot, sites, runner, indonesian, rejected_ack, dialogs):
    _, ambon, _ = sites
    page = make_page(qtbot, ambon, runner)
    page.import_file(rejected_ack[0])
    assert page.export_box.title() == "Kirim ke hub"
    assert page.export_box.export_button.text() == "&Ekspor ke hub"
    assert page.tabs.tabText(0) == "Riwayat paket"
    assert page.tabs.tabText(2) == "Ditolak hub (1)"
    history = page.tabs.history_model
    assert history.headerData(BundleColumn.STATUS, Qt.Orientation.Horizontal) == "Status"
    assert set(column(history, BundleColumn.KIND)) == {"Data pendaftaran", "Tanda terima"}
    assert "Dikonfirmasi hub" in column(history, BundleColumn.STATUS)
    assert page.summary.text().startswith("<b>Ekspor terakhir: hari ini")


def test_export_and_import_work_on_the_background_thread(qtbot, sites, tmp_path, monkeypatch, dialogs):
    from pekerja_desktop.ui.tasks import TaskRunner

    hub, ambon, _ = sites
    enrol_many(ambon, range(3))
    usb = usb_folder(tmp_path, monkeypatch)
    background = TaskRunner()
    office = SyncPage(ambon.ctx, background)
    qtbot.addWidget(office)
    qtbot.waitUntil(lambda: office.snapshot is not None, timeout=10_000)
    office.export_box.picker.choose_folder()
    with qtbot.waitSignal(office.synced, timeout=20_000):
        office.export_now()
    central = SyncPage(hub.ctx, background)
    qtbot.addWidget(central)
    with qtbot.waitSignal(central.synced, timeout=20_000):
        central.import_file(next(usb.glob("pekerja-data-*.pekerja")))
    assert participants_at(hub) == 3 and dialogs["errors"] == []
    background.wait_for_done()
