"""The personal-data entry points in the window: the register's "export this person's data", the sync history's
"persons in the bundle", and the purge under Pengaturan — each gated by role and run through the services."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest
from sqlalchemy import select, update

from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.store.models import Participant
from pekerja_desktop.store.sync_models import SyncItem
from pekerja_desktop.ui.pages.privacy import actions as privacy_actions
from pekerja_desktop.ui.pages.register.page import RegisterPage
from pekerja_desktop.ui.pages.sync.page import SyncPage
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.item_roles import ObjectRole
from tests.support.sites import AMBON, HUB, connect, enrol_many, make_site

CLERK = ("budi", "sandi-budi-1")


@pytest.fixture
def office(tmp_path):
    """Ambon with three records the hub acknowledged (bundle 1), and a petugas account."""
    hub, ambon = make_site(tmp_path, HUB), make_site(tmp_path, AMBON)
    connect(tmp_path, hub, ambon)
    numbers = enrol_many(ambon, range(3))
    (bundle,) = export_bundles(ambon.ctx, tmp_path / "usb")
    import_bundle(ambon.ctx, import_bundle(hub.ctx, bundle.path).ack_path)
    create_account(ambon.ctx, NewAccount(*CLERK, "petugas"))
    hub.ctx.close()
    yield ambon, numbers
    ambon.ctx.close()


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Save dialogs answer a path in tmp_path; messages are recorded; questions answered yes."""
    seen = {"infos": [], "errors": [], "questions": [], "saved": []}

    def save(_parent, _title, suggested, _filters):
        seen["saved"].append(tmp_path / suggested)
        return tmp_path / suggested

    monkeypatch.setattr(privacy_actions, "ask_save_path", save)
    monkeypatch.setattr(privacy_actions, "ask_months", lambda _parent, months: months)
    monkeypatch.setattr(messages, "show_info", lambda _p, text, title=None: seen["infos"].append(text))
    monkeypatch.setattr(messages, "show_error", lambda _p, text, title=None: seen["errors"].append(text))

    def confirm(_parent, _title, text, _accept, _reject):
        seen["questions"].append(text)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    return seen


def _export_action(page):
    (action,) = [a for a in page.view.actions() if "person's data" in a.text()]
    return action


def test_the_register_exports_the_selected_person(qtbot, office, runner, dialogs):
    ambon, numbers = office
    page = RegisterPage(ambon.ctx, runner)
    qtbot.addWidget(page)
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == numbers[1])
    page.view.setCurrentIndex(page.model.index(row, 0))
    action = _export_action(page)
    assert action.isEnabled()
    action.trigger()
    assert dialogs["errors"] == [] and len(dialogs["infos"]) == 1
    (path,) = dialogs["saved"]
    with pdfplumber.open(path) as pdf:
        assert numbers[1] in pdf.pages[0].extract_text()


def test_a_petugas_sees_the_export_disabled_with_the_reason(qtbot, office, runner):
    ambon, _ = office
    ambon.ctx.close()  # one open context at a time
    with open_context(ambon.root, *CLERK) as clerk:
        page = RegisterPage(clerk, runner)
        qtbot.addWidget(page)
        action = _export_action(page)
        assert not action.isEnabled() and "Akses ditolak" in action.toolTip()
        page.close()


def _select_outgoing_data(page) -> None:
    table = page.tabs.history_table
    for row in range(table.model().rowCount()):
        entry = table.model().index(row, 0).data(ObjectRole)
        if entry.direction == "out" and entry.kind == "data":
            table.setCurrentIndex(table.model().index(row, 0))
            return
    raise AssertionError("no outgoing data bundle in the history")


def test_the_sync_history_lists_the_persons_of_the_selected_bundle(qtbot, office, runner, dialogs):
    ambon, numbers = office
    page = SyncPage(ambon.ctx, runner)
    qtbot.addWidget(page)
    assert not page.breach_button.isEnabled()  # nothing selected yet
    _select_outgoing_data(page)
    assert page.breach_button.isEnabled()
    page.breach_button.click()
    assert dialogs["errors"] == [] and "3" in dialogs["infos"][0]
    (path,) = dialogs["saved"]
    with pdfplumber.open(path) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert all(number in text for number in numbers)


def test_the_purge_counts_asks_and_purges(qtbot, office, runner, dialogs):
    ambon, numbers = office
    box = privacy_actions.purge_box(None, ambon.ctx, runner)
    qtbot.addWidget(box)
    box.purge_button.click()
    assert dialogs["questions"] == [] and "nothing to purge" in dialogs["infos"][-1]  # acknowledged today
    with ambon.ctx.db.write() as session:
        session.execute(update(SyncItem).values(updated_at=dt.datetime(2019, 1, 1, tzinfo=dt.UTC)))
    box.purge_button.click()
    assert "3 records" in dialogs["questions"][0] and "3 records" in dialogs["infos"][-1]
    with ambon.ctx.db.session() as session:
        assert session.scalar(select(Participant.full_name).where(Participant.registration_number == numbers[0])) == ""


def test_the_purge_button_is_disabled_for_a_petugas_and_speaks_indonesian(qtbot, office, runner, indonesian):
    ambon, _ = office
    ambon.ctx.close()  # one open context at a time
    with open_context(ambon.root, *CLERK) as clerk:
        box = privacy_actions.purge_box(None, clerk, runner)
        qtbot.addWidget(box)
        assert not box.purge_button.isEnabled() and "Akses ditolak" in box.purge_button.toolTip()
        assert box.purge_button.text() == "Hapus data pribadi lewat masa simpan\u2026"
        assert box.title() == "Data pribadi"
        box.close()
