"""The window's side of backups: the Cadangan section of Pengaturan, the recovery dialog, the start-up and
exit hooks (synchronous task runner, modal messages stubbed)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow

from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.backup.check import DatabaseCheck, quick_check_database
from pekerja_desktop.services.backup.make import automatic_backup, daily_backup_if_due
from pekerja_desktop.services.backup.sets import list_backups
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.setup.office import setup_office
from pekerja_desktop.ui import backup_hooks
from pekerja_desktop.ui.i18n import install_translators, remove_translators
from pekerja_desktop.ui.pages.backup import page as backup_page
from pekerja_desktop.ui.pages.backup.page import BackupPage
from pekerja_desktop.ui.pages.backup.recovery_dialog import RecoveryDialog
from pekerja_desktop.ui.tasks import SynchronousRunner
from pekerja_desktop.ui.widgets import messages
from tests.conftest import ADMIN, LOGIN, make_participant
from tests.support.backup import count, damage_page
from tests.support.billing import close
from tests.support.hub import HUB, add_people

PETUGAS = NewAccount("budi", "sandi-petugas-1", "petugas")


@pytest.fixture
def indonesian(qapp, tmp_path_factory, monkeypatch):
    monkeypatch.setenv("PEKERJA_CACHE_DIR", str(tmp_path_factory.mktemp("qm-cache")))
    assert install_translators(qapp, "id")
    yield
    remove_translators(qapp)


@pytest.fixture
def shown(monkeypatch):
    """What would have been shown in message boxes."""
    seen: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _parent, text, title=None: seen.append(text))
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, title=None: seen.append("ERROR " + text))
    return seen


@pytest.fixture
def quits(monkeypatch):
    calls: list[bool] = []
    monkeypatch.setattr(backup_page, "quit_application", lambda: calls.append(True))
    return calls


def _page(ctx, qtbot) -> BackupPage:
    page = BackupPage(ctx, SynchronousRunner())
    qtbot.addWidget(page)
    page.show()
    return page


def test_backup_now_and_to_usb_fill_the_list(ctx, qtbot, shown, indonesian, tmp_path, monkeypatch):
    enrol(ctx, make_participant(), final=True)
    page = _page(ctx, qtbot)
    assert page.title() == "Cadangan" and page.model.rowCount() == 0
    page.backup_now.click()
    assert page.model.rowCount() == 1 and "Cadangan dibuat dan diperiksa: 1 peserta" in shown[-1]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: str(tmp_path / "usb"))
    page.backup_usb.click()
    assert [p.suffix for p in (tmp_path / "usb").glob("*.sqlite")] == [".sqlite"]
    assert page.model.rowCount() == 1, "the list shows the data folder's backups"
    assert page.model.data(page.model.index(0, 1)) == "Manual"


def test_a_petugas_sees_why_restoring_is_not_for_them(ctx, data_dir, qtbot):
    create_account(ctx, PETUGAS)
    automatic_backup(ctx, "daily")
    with open_context(data_dir, PETUGAS.username, PETUGAS.password) as clerk:
        page = _page(clerk, qtbot)
        page.table.selectRow(0)
        assert page.backup_now.isEnabled()
        for button in (page.restore_selected, page.restore_file):
            assert not button.isEnabled() and "Akses ditolak" in button.toolTip()


def test_restore_warns_with_the_date_and_counts_then_restores_and_closes(ctx, data_dir, qtbot, shown, quits,
                                                                         indonesian, monkeypatch):
    enrol(ctx, make_participant(), final=True)
    info = automatic_backup(ctx, "daily")
    enrol(ctx, make_participant(nik="8171014508850002", full_name="Siti Ohorella"), final=True)
    page = _page(ctx, qtbot)
    page.table.selectRow(0)
    questions: list[str] = []
    answer = [False]
    monkeypatch.setattr(messages, "confirm", lambda _p, _title, text, *_b: questions.append(text) or answer[0])
    page.restore_selected.click()
    assert "berisi 1 peserta" in questions[0] and "(sekarang 2 peserta)" in questions[0]
    assert count(data_dir / "pekerja.sqlite", key=ctx.db.key) == 2 and not quits
    answer[0] = True
    assert page.start_restore(info.path)
    assert count(data_dir / "pekerja.sqlite", key=ctx.db.key) == 1
    assert quits == [True] and "Pekerja Desktop ditutup sekarang" in shown[-1]


def test_the_recovery_dialog_offers_the_newest_good_backup(ctx, data_dir, qtbot, quits, shown):
    enrol(ctx, make_participant(), final=True)
    automatic_backup(ctx, "daily")
    newest = automatic_backup(ctx, "exit")
    dialog = RecoveryDialog(ctx, SynchronousRunner(), DatabaseCheck(False, ("page 7: malformed",), 1.0))
    qtbot.addWidget(dialog)
    dialog.find_backup()
    assert dialog.backup.path == newest.path and dialog.restore_button.isEnabled()
    assert "page 7: malformed" in dialog.problem.text()
    dialog.restore_button.click()
    assert quits == [True] and not any(text.startswith("ERROR") for text in shown)


def test_a_petugas_is_told_to_fetch_a_supervisor(ctx, data_dir, qtbot):
    create_account(ctx, PETUGAS)
    automatic_backup(ctx, "daily")
    with open_context(data_dir, PETUGAS.username, PETUGAS.password) as clerk:
        dialog = RecoveryDialog(clerk, SynchronousRunner(), DatabaseCheck(False, ("x",), 1.0))
        qtbot.addWidget(dialog)
        dialog.find_backup()
        assert dialog.backup is not None and not dialog.restore_button.isEnabled()
        assert "supervisor" in dialog.finding.text()


def _window(ctx, qtbot) -> QMainWindow:
    window = QMainWindow()
    window.ctx, window.runner = ctx, SynchronousRunner()
    qtbot.addWidget(window)
    window.show()
    return window


def test_after_sign_in_a_sound_database_gets_its_daily_backup(ctx, qtbot, indonesian):
    enrol(ctx, make_participant(), final=True)  # an empty database gets none: nothing to protect yet
    window = _window(ctx, qtbot)
    backup_hooks.check_after_sign_in(window)
    assert [info.reason for info in list_backups(ctx.layout.backups_dir)] == ["daily"]
    assert window.statusBar().currentMessage() == "Cadangan harian dibuat."
    backup_hooks.check_after_sign_in(window)
    assert len(list_backups(ctx.layout.backups_dir)) == 1, "once a day"
    assert window.findChild(RecoveryDialog) is None


def test_after_sign_in_a_damaged_database_opens_the_recovery_dialog(ctx, data_dir, qtbot):
    enrol(ctx, make_participant(), final=True)
    automatic_backup(ctx, "exit")
    key = ctx.db.key
    ctx.close()
    damage_page(data_dir / "pekerja.sqlite", key)
    with open_context(data_dir, *LOGIN) as damaged:
        window = _window(damaged, qtbot)
        backup_hooks.check_after_sign_in(window)
        dialog = window.findChild(RecoveryDialog)
        assert dialog is not None and dialog.isVisible() and dialog.backup is not None
        assert [info.reason for info in list_backups(damaged.layout.backups_dir)] == ["exit"], \
            "no daily backup of a damaged database"
        backup_hooks.backup_on_exit(window)  # the copy fails its check: logged, good backups untouched
        assert [info.reason for info in list_backups(damaged.layout.backups_dir)] == ["exit"]
        dialog.close()


def test_the_exit_hook_backs_up_the_window_in_use(ctx, qtbot):
    backup_hooks.backup_on_exit(None)
    backup_hooks.backup_on_exit(_window(ctx, qtbot))
    assert [info.reason for info in list_backups(ctx.layout.backups_dir)] == ["exit"]


def test_a_hub_on_a_server_is_told_to_use_the_servers_tools(qtbot, indonesian, tmp_path):
    from pekerja_desktop.services.setup.office import setup_office
    from tests.conftest import ADMIN
    from tests.support import pgserver
    from tests.support.sites import HUB

    server = pgserver.databases()
    url = server.fresh()
    try:
        setup_office(tmp_path / "hub", HUB, ADMIN, database_url=url)
        with open_context(tmp_path / "hub", *LOGIN) as hub:
            page = _page(hub, qtbot)
            assert "server PostgreSQL" in page.note.text() and "pg_dump" in page.note.text()
            for button in (page.backup_now, page.backup_usb, page.restore_selected, page.restore_file):
                assert not button.isEnabled() and "alat cadangan server" in button.toolTip()
            assert daily_backup_if_due(hub) is None and automatic_backup(hub, "exit") is None
            assert quick_check_database(hub).ok
            page.close()
    finally:
        server.drop(url)


def test_a_restore_from_before_a_close_says_the_closed_bill_stays(qtbot, shown, quits, indonesian, tmp_path,
                                                                  monkeypatch):
    setup_office(tmp_path / "hub", HUB, ADMIN)
    with open_context(tmp_path / "hub", *LOGIN) as hub:
        add_people(hub, 1)
        info = automatic_backup(hub, "daily")
        close(hub, "2026-09", tmp_path)
        page = _page(hub, qtbot)
        questions: list[str] = []
        monkeypatch.setattr(messages, "confirm", lambda _p, _title, text, *_b: questions.append(text) or True)
        assert page.start_restore(info.path)
    assert "(09/2026) tetap disimpan" in questions[0]
    assert "Tagihan yang ditutup sesudah cadangan itu tetap disimpan: 09/2026." in shown[-1]
