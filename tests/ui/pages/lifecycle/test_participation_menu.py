"""The record's Kepesertaan menu on the enrolment page: ending (the record shown again as ended), a refusal kept
inside the dialog, undoing the end, a claim and the heirs' checklist, the role's refusals, and a transfer at the
hub."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from pekerja_desktop.ui.pages.enrolment.page import EnrolmentPage
from pekerja_desktop.ui.pages.lifecycle import actions
from pekerja_desktop.ui.widgets import messages
from tests.support.sites import enrol_many


@pytest.fixture
def seen(monkeypatch, tmp_path):
    """Information boxes recorded; save dialogs answer a path in tmp_path."""
    record = {"infos": [], "saved": []}
    monkeypatch.setattr(messages, "show_info", lambda _p, text, title=None: record["infos"].append(text))

    def save(_parent, _title, suggested):
        record["saved"].append(tmp_path / suggested)
        return tmp_path / suggested

    monkeypatch.setattr(actions, "ask_save_path", save)
    return record


def answer(monkeypatch, fill):
    """The next dialog is filled by `fill(dialog)` and submitted, as a clerk would; returns what it refused."""
    refusals = []

    def run(dialog):
        fill(dialog)
        dialog.try_submit()
        if dialog.result() != QDialog.DialogCode.Accepted:
            refusals.append(dialog.error.text())
            return None
        return dialog.result_value

    monkeypatch.setattr(actions, "run_dialog", run)
    return refusals


def page_for(ctx, runner, qtbot, number):
    page = EnrolmentPage(ctx, runner)
    qtbot.addWidget(page)
    page.resize(1180, 680)
    page.show()
    page.open_participant(number)
    return page


@pytest.fixture
def number(ctx, participant_factory):
    return enrol(ctx, participant_factory(), final=True).registration_number  # coverage from 01/11/2026


def _status(ctx, number):
    with ctx.db.session() as session:
        participant = find_participant(session, number)
        return participant.status, participant.coverage_end, participant.end_reason


def test_ending_from_the_record_then_undoing_it(ctx, runner, qtbot, number, monkeypatch, seen):
    page = page_for(ctx, runner, qtbot, number)
    menu = page.participation
    assert menu.isVisible() and menu.end_action.isEnabled() and not menu.reactivate_action.isEnabled()
    assert not menu.transfer_action.isVisible()  # transfers are the hub's

    def end(dialog):
        dialog.reason.set_code("died")
        dialog.last_day.setText("20/11/2026")
        dialog.note.setText("akta kematian 12")

    answer(monkeypatch, end)
    menu.end_action.trigger()
    assert _status(ctx, number) == ("ended", dt.date(2026, 11, 20), "died")
    assert "ends on 20/11/2026" in seen["infos"][-1]
    assert "Ended 20/11/2026 (Meninggal dunia)" in page.title.text()
    assert menu.reactivate_action.isEnabled() and menu.letter_action.isEnabled()
    assert not menu.end_action.isEnabled() and menu.end_action.toolTip() == "Only an active participation ends."
    assert any("Last covered day" in text for text in page.history.model.texts())

    answer(monkeypatch, lambda dialog: dialog.reason.setText("salah orang"))
    menu.reactivate_action.trigger()
    assert _status(ctx, number) == ("active", None, None)
    assert any("Reactivated because: — → salah orang" in text for text in page.history.model.texts())


def test_a_refused_end_stays_in_the_dialog_and_changes_nothing(ctx, runner, qtbot, number, monkeypatch, seen):
    page = page_for(ctx, runner, qtbot, number)

    def too_early(dialog):
        dialog.reason.set_code("moved")
        dialog.last_day.setText("31/10/2026")

    refusals = answer(monkeypatch, too_early)
    page.participation.end_action.trigger()
    assert refusals and "sebelum kepesertaan" in refusals[0]  # the core speaks the user's language
    refusals = answer(monkeypatch, lambda dialog: dialog.reason.set_code("moved"))  # no date typed
    page.participation.end_action.trigger()
    assert refusals == ["Type the last covered day as dd/mm/yyyy."]
    assert _status(ctx, number) == ("active", None, None) and seen["infos"] == []


def test_a_claim_and_the_heirs_checklist(ctx, runner, qtbot, number, monkeypatch, seen):
    page = page_for(ctx, runner, qtbot, number)

    def end(dialog):
        dialog.reason.set_code("died")
        dialog.last_day.setText("20/11/2026")

    answer(monkeypatch, end)
    page.participation.end_action.trigger()

    def claim(dialog):
        dialog.kind.set_code("jkm")
        dialog.submitted.setText("25/11/2026")
        dialog.paid.setText("03/12/2026")
        dialog.amount.setValue(42_000_000)

    answer(monkeypatch, claim)
    page.participation.claim_action.trigger()
    assert seen["infos"][-1] == f"The JKM claim of {number} was recorded."
    page.participation.letter_action.trigger()
    assert seen["saved"][-1].exists() and "claim checklist was written" in seen["infos"][-1]


def test_a_petugas_sees_the_actions_greyed_with_the_reason(ctx, data_dir, runner, qtbot, number):
    create_account(ctx, NewAccount("budi", "sandi-petugas-1", "petugas"))
    with open_context(data_dir, "budi", "sandi-petugas-1") as clerk:
        menu = page_for(clerk, runner, qtbot, number).participation
        assert not menu.end_action.isEnabled() and "Akses ditolak" in menu.end_action.toolTip()
        assert not menu.claim_action.isEnabled()
        assert not menu.letter_action.isEnabled()  # may print, but nobody died


def test_the_hub_transfers_from_the_record(sites, runner, qtbot, tmp_path, monkeypatch, seen):
    hub, ambon, _tual = sites
    (number,) = enrol_many(ambon, [3])
    (bundle,) = export_bundles(ambon.ctx, tmp_path / "usb")
    import_bundle(hub.ctx, bundle.path)
    menu = page_for(hub.ctx, runner, qtbot, number).participation
    assert menu.transfer_action.isVisible() and menu.transfer_action.isEnabled()
    assert not menu.claim_action.isEnabled() and "8171A" in menu.claim_action.toolTip()

    def transfer(dialog):
        assert [dialog.office.itemData(i) for i in range(dialog.office.count())] == ["8172A"]
        dialog.reason.setText("pindah ke Tual")

    answer(monkeypatch, transfer)
    menu.transfer_action.trigger()
    with hub.ctx.db.session() as session:
        assert find_participant(session, number).office_code == "8172A"
    assert "now belongs to office 8172A" in seen["infos"][-1]
