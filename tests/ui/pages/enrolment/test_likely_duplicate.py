"""The desk's duplicate warning on the enrolment form (#12), driven like a clerk drives it: typing a near-duplicate
of a record shows `duplicate.likely` with its reasons beside the NIK; "a different person" ticked by an allowed role
saves and records the pair; a petugas whom the setting does not allow cannot tick it; "Open" opens the record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from pekerja_desktop.services.enrolment.enrol import enrol
from pekerja_desktop.store.duplicate_models import DifferentPair
from pekerja_desktop.ui.pages.enrolment.page import EnrolmentPage
from tests.conftest import make_participant
from tests.support.accounts import audit_events

NIK = "8171014508850001"
RETYPED = NIK[:-1] + "7"  # the last digit mistyped


def _page(context, runner, qtbot) -> EnrolmentPage:
    widget = EnrolmentPage(context, runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 680)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.focus_first_field()
    return widget


def _type_near_duplicate(page) -> None:
    page.form.set_data(make_participant(nik=RETYPED, full_name="Marya Latuconsina"))
    page.validator.run_now()


@pytest.fixture
def existing(ctx) -> str:
    return enrol(ctx, make_participant(), final=True).registration_number


def test_a_near_duplicate_shows_the_warning_with_its_reasons(ctx, runner, qtbot, indonesian, existing):
    page = _page(ctx, runner, qtbot)
    _type_near_duplicate(page)
    message = page.form.message_for("nik")
    (text,) = message.warning_texts()
    assert f"Mungkin orang yang sama dengan {existing} (kantor 8171A)" in text
    assert "NIK beda satu angka" in text and "nama sama bunyinya" in text and "tanggal lahir sama" in text
    assert message.caption_texts() == ["Sudah saya periksa: ini orang yang berbeda"]
    assert existing in message.action_button().text()


def test_a_different_person_confirmed_by_an_allowed_role_saves_and_is_recorded(ctx, runner, qtbot, indonesian,
                                                                               keyboard, existing):
    page = _page(ctx, runner, qtbot)
    _type_near_duplicate(page)
    keyboard.ctrl(Qt.Key.Key_S)
    box = page.form.message_for("nik").confirm_boxes()[0]
    assert QApplication.focusWidget() is box, "the unconfirmed warning takes the focus"
    keyboard.press(Qt.Key.Key_Space)
    with qtbot.waitSignal(page.saved) as saved:
        keyboard.ctrl(Qt.Key.Key_S)
    with ctx.db.session() as session:
        (pair,) = session.scalars(select(DifferentPair)).all()
    assert {pair.registration_a, pair.registration_b} == {existing, saved.args[0]} and pair.origin == "desk"
    assert [subject for _actor, subject, _ in audit_events(ctx, "duplicate.different")] == [
        f"{pair.registration_a} {pair.registration_b}"]


def test_a_petugas_cannot_confirm_where_the_setting_forbids(clerk_ctx, runner, qtbot, indonesian, keyboard):
    enrol(clerk_ctx, make_participant(), final=True)
    page = _page(clerk_ctx, runner, qtbot)
    _type_near_duplicate(page)
    box = page.form.message_for("nik").confirm_boxes()[0]
    assert not box.isEnabled() and "supervisor" in box.toolTip().lower()
    keyboard.ctrl(Qt.Key.Key_S)
    with clerk_ctx.db.session() as session:
        assert session.scalars(select(DifferentPair)).all() == []
    assert page.editing() is None


def test_open_shows_the_existing_record(ctx, runner, qtbot, indonesian, keyboard, existing, monkeypatch):
    from pekerja_desktop.ui.widgets import messages

    monkeypatch.setattr(messages, "confirm", lambda *args: True)  # leave the typed record
    page = _page(ctx, runner, qtbot)
    _type_near_duplicate(page)
    button = page.form.message_for("nik").action_button()
    button.setFocus()
    keyboard.press(Qt.Key.Key_Space)
    assert page.editing().registration_number == existing
    assert page.form.identity.nik.text() == NIK
