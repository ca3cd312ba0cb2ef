"""The enrolment form driven like a clerk drives it: keyboard only, Indonesian on screen."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from pekerja_desktop.domain.participant import HeirData
from pekerja_desktop.services.enrolment.enrol import enrol, update_participant
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, history_of
from pekerja_desktop.ui.main_window import MainWindow
from pekerja_desktop.ui.pages.enrolment import after_save
from pekerja_desktop.ui.pages.enrolment.page import EnrolmentPage
from pekerja_desktop.ui.preferences import UiPreferences
from pekerja_desktop.ui.widgets import messages
from tests.conftest import make_participant

NIK = "8171014508850001"  # a woman born 05/08/1985, first issued in Nusaniwe, Kota Ambon


@pytest.fixture
def page(ctx, runner, qtbot, indonesian):
    widget = EnrolmentPage(ctx, runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 680)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.focus_first_field()
    return widget


def focused():
    return QApplication.focusWidget()


def settle(page) -> None:
    """Run the pending live check now instead of waiting for the 150 ms pause."""
    page.validator.run_now()


def record(ctx, key):
    with ctx.db.session() as session:
        participant = find_participant(session, key)
        return participant, heirs_of(session, participant.id), history_of(session, participant.id)


def count(ctx) -> int:
    from sqlalchemy import func, select

    from pekerja_desktop.store.models import Participant

    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant))


def fill(page, **overrides) -> None:
    page.form.set_data(make_participant(**overrides))
    settle(page)


def test_a_whole_enrolment_typed_from_the_keyboard(page, keyboard, ctx, qtbot):
    form = page.form
    assert focused() is form.identity.nik
    keyboard.type(NIK)
    assert form.identity.birth_date.text() == "05/08/1985", "the birth date is suggested from the NIK"
    assert form.identity.sex.code() == "P"
    steps = [
        (form.identity.full_name, "Maria Latuconsina"),
        (form.identity.birth_place, "Ambon"),
        (form.identity.birth_date, "05081985"),
        (form.identity.sex, "P"),
        (form.identity.mother_name, "Yuliana Pattinama"),
        (form.identity.kk_number, "8171012304120003"),
        (form.address.address, "Jl. Sultan Hairun No. 5"),
        (form.address.rt_rw, "001/002"),
        (form.address.phone, "0812-3456-7890"),
        (form.address.village.fields()[0], "Ambon"),
        (form.address.village.fields()[1], "Nusaniwe"),
        (form.address.village.fields()[2], "Wainitu"),
        (form.membership.occupation, "Pedagang pasar"),
        (form.membership.income, ""),
        (form.membership.funding_source, "APBD Provinsi"),
        (form.membership.coverage_start, "01112026"),
    ]
    heir = form.heirs.rows[0]
    steps += [(heir.full_name, "Yohanis Latuconsina"), (heir.relationship, "Suami"),
              (heir.birth_date, "02011980"), (heir.phone, "081298765432"), (heir.nik, ""),
              (heir.remove, ""), (form.heirs.add_button, "")]
    for widget, text in steps:
        keyboard.tab()
        assert focused() is widget, f"Tab should reach {widget!r}, reached {focused()!r}"
        if text:
            keyboard.type(text)
    assert form.identity.birth_date.text() == "05/08/1985"
    assert form.membership.coverage_start.text() == "01/11/2026"
    assert form.membership.income.text() == "Rp1.000.000"
    assert form.address.village.code() == "81.71.01.1007"
    keyboard.tab()
    assert focused() is form.consent.consent
    keyboard.press(Qt.Key.Key_Space)
    assert form.consent.consent.isChecked()
    with qtbot.waitSignal(page.saved) as saved:
        keyboard.ctrl(Qt.Key.Key_S)
    number = saved.args[0]
    participant, heirs, history = record(ctx, number)
    assert participant.nik == NIK and participant.full_name == "MARIA LATUCONSINA"
    assert participant.status == "active" and participant.village_code == "81.71.01.1007"
    assert participant.birth_date == dt.date(1985, 8, 5) and participant.sex == "P"
    assert participant.occupation == "PDP" and participant.funding_source == "APBD_PROV"
    assert participant.income == 1_000_000 and participant.consent_given
    assert participant.coverage_start == dt.date(2026, 11, 1)
    assert [(h.full_name, h.relationship, h.birth_date) for h in heirs] == [
        ("YOHANIS LATUCONSINA", "SUAMI", dt.date(1980, 1, 2))]
    assert [(h.field, h.new_value, h.by) for h in history] == [("*", "active", "admin")]
    assert number in page.saved_strip.label.text() and "MARIA LATUCONSINA" in page.saved_strip.label.text()


def test_the_interface_is_indonesian_by_default(page):
    assert page.finish_button.text().replace("&&", "&") == "Simpan & Selesai"
    assert page.draft_button.text() == "Simpan Draf"
    assert page.form.identity.title() == "Identitas (sesuai KTP)"


def test_a_wrong_nik_is_shown_beside_the_field_and_blocks_saving(page, keyboard, ctx):
    fill(page, nik="")
    page.form.focus_field("nik")
    keyboard.type("8171014508850000")
    keyboard.tab()
    settle(page)
    message = page.form.message_for("nik")
    assert message.isVisible() and "0000" in message.error_text()
    keyboard.ctrl(Qt.Key.Key_S)
    assert count(ctx) == 0
    assert focused() is page.form.identity.nik


# --- calm validation: judged on leaving a field, gone as soon as fixed, never outliving its record -----------

def test_a_field_is_judged_when_the_clerk_leaves_it_not_while_typing(page, keyboard, qtbot):
    keyboard.type("12345")
    settle(page)
    message = page.form.message_for("nik")
    assert message.error_text() == "", "nothing is flagged while the clerk is still typing"
    keyboard.tab()
    qtbot.waitUntil(lambda: "16 angka" in message.error_text(), timeout=2000)


def test_a_fixed_error_disappears_while_typing_and_no_new_one_appears(page, keyboard):
    keyboard.type("12345")
    keyboard.tab()
    settle(page)
    message = page.form.message_for("nik")
    assert "16 angka" in message.error_text()
    page.form.focus_field("nik")
    keyboard.type("8171014508850000")  # 16 digits now, but serial 0000: a new error, held until the field is left
    settle(page)
    assert message.error_text() == "", "the fixed error went at once, the new one waits"
    keyboard.tab()
    settle(page)
    assert "0000" in message.error_text()


def test_a_list_field_is_not_flagged_while_its_suggestions_are_offered(page, keyboard):
    page.form.focus_field("occupation")
    keyboard.type("Ped")
    settle(page)
    assert page.form.message_for("occupation").error_text() == ""
    page.form.focus_field("village_code")  # the kecamatan, typed but not yet chosen
    page.form.address.village.fields()[1].setFocus()
    keyboard.type("Nusan")
    settle(page)
    assert page.form.message_for("village_code").error_text() == ""


def test_an_heirs_relationship_waits_until_the_clerk_has_been_there(page, keyboard):
    heir = page.form.heirs.rows[0]
    heir.full_name.setFocus()
    keyboard.type("Yohanis Latuconsina")
    keyboard.tab()  # into the relationship: it is not judged yet
    settle(page)
    assert heir.message.error_text() == ""
    keyboard.tab()  # left without choosing one
    settle(page)
    assert "hubungan" in heir.message.error_text().lower()


def test_no_message_outlives_its_record(page, keyboard, monkeypatch):
    keyboard.type("12345")
    keyboard.tab()
    settle(page)
    assert page.form.message_for("nik").error_text()
    monkeypatch.setattr(messages, "confirm_discard", lambda *args: True)
    keyboard.ctrl(Qt.Key.Key_N)
    settle(page)
    assert not any(m.isVisible() for m in page.form._all_messages())


def test_a_missing_village_blocks_saving(page, keyboard, ctx):
    fill(page, village_code="")
    assert page.form.message_for("village_code").error_text() == "", "no 'required' noise before saving"
    keyboard.ctrl(Qt.Key.Key_S)
    assert count(ctx) == 0
    assert "Desa/kelurahan wajib dipilih" in page.form.message_for("village_code").error_text()
    assert focused() is page.form.address.village.fields()[2]


def test_a_region_typed_but_not_chosen_blocks_saving(page, keyboard, ctx):
    fill(page, village_code="")
    page.form.focus_field("village_code")
    keyboard.type("Zzz")
    keyboard.ctrl(Qt.Key.Key_S)
    assert count(ctx) == 0
    assert "Zzz" in page.form.message_for("village_code").error_text()


def test_a_warning_needs_one_deliberate_confirmation_which_is_recorded(page, keyboard, ctx, qtbot):
    fill(page, birth_date=dt.date(1985, 8, 6))
    message = page.form.message_for("birth_date")
    assert any("berbeda dengan NIK" in text for text in message.warning_texts())
    keyboard.ctrl(Qt.Key.Key_S)
    assert count(ctx) == 0, "an unconfirmed warning blocks finishing"
    box = message.confirm_boxes()[0]
    assert focused() is box and box.accessibleName().startswith("Saya sudah memeriksa")
    keyboard.press(Qt.Key.Key_Space)
    with qtbot.waitSignal(page.saved) as saved:
        keyboard.ctrl(Qt.Key.Key_S)
    participant, _heirs, history = record(ctx, saved.args[0])
    assert participant.confirmed_warnings == "nik.birth_date_mismatch"
    assert ("confirmed_warnings", "nik.birth_date_mismatch") in [(h.field, h.new_value) for h in history]


def test_a_duplicate_nik_shows_the_existing_record_and_opens_it(page, keyboard, ctx, monkeypatch):
    existing = enrol(ctx, make_participant(), final=True)
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    page.form.focus_field("nik")
    keyboard.type(NIK)
    keyboard.tab()
    settle(page)
    message = page.form.message_for("nik")
    assert existing.registration_number in message.error_text()
    assert "MARIA LATUCONSINA" in message.error_text() and "8171A" in message.error_text()
    keyboard.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    button = message.action_button()
    assert focused() is button and existing.registration_number in button.text()
    keyboard.press(Qt.Key.Key_Space)
    assert page.editing().registration_number == existing.registration_number
    assert page.form.identity.full_name.text() == "MARIA LATUCONSINA"
    assert page.history.isVisible()


def test_after_saving_the_form_clears_but_keeps_village_occupation_and_funding(page, keyboard, qtbot):
    fill(page, village_code="81.71.01.2004", occupation="NLY", funding_source="APBD_KAB")
    with qtbot.waitSignal(page.saved):
        keyboard.ctrl(Qt.Key.Key_S)
    data = page.form.data()
    assert (data.nik, data.full_name, data.consent_given) == ("", "", False)
    assert data.heirs == [HeirData()], "one blank heir row, ready to type"
    assert (data.village_code, data.occupation, data.funding_source) == ("81.71.01.2004", "NLY", "APBD_KAB")
    assert page.form.address.village.fields()[2].text() == "Amahusu"
    assert page.form.address.village.code() == "81.71.01.2004"
    assert focused() is page.form.identity.nik


def test_a_draft_can_be_saved_incomplete(page, keyboard, ctx, qtbot):
    page.form.focus_field("nik")
    keyboard.type(NIK)
    keyboard.tab()
    keyboard.type("Maria")
    with qtbot.waitSignal(page.saved) as saved:
        keyboard.ctrl(Qt.Key.Key_S, shift=True)
    participant, _heirs, _history = record(ctx, saved.args[0])
    assert participant.status == "draft" and participant.full_name == "MARIA"


def test_escape_asks_before_discarding(page, keyboard, monkeypatch):
    asked = []
    answer = {"value": False}
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args) or answer["value"])
    page.form.focus_field("full_name")
    keyboard.type("Maria")
    keyboard.press(Qt.Key.Key_Escape)
    assert len(asked) == 1 and page.form.identity.full_name.text() == "Maria"
    assert asked[0][3] == "Buang", "the buttons speak Indonesian"
    answer["value"] = True
    keyboard.press(Qt.Key.Key_Escape)
    assert page.form.identity.full_name.text() == ""
    keyboard.press(Qt.Key.Key_Escape)
    assert len(asked) == 2, "nothing to discard: no question"


def test_ctrl_n_starts_the_next_worker(page, keyboard, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    page.form.focus_field("full_name")
    keyboard.type("Maria")
    keyboard.ctrl(Qt.Key.Key_N)
    assert page.form.identity.full_name.text() == "" and focused() is page.form.identity.nik


def test_editing_a_record_shows_old_and_new_in_its_history(page, keyboard, ctx, qtbot):
    saved = enrol(ctx, make_participant(), final=True)
    page.open_participant(saved.registration_number)
    assert page.title.text().startswith("Mengubah " + saved.registration_number)
    assert "Dibuat (Selesai)" in page.history.model.texts()[-1]
    page.form.focus_field("full_name")
    keyboard.type("Maria Yuliana Latuconsina")
    with qtbot.waitSignal(page.saved):
        keyboard.ctrl(Qt.Key.Key_S)
    participant, _heirs, _history = record(ctx, saved.registration_number)
    assert participant.full_name == "MARIA YULIANA LATUCONSINA" and participant.version == 2
    newest = page.history.model.texts()[0]
    assert "Nama lengkap: MARIA LATUCONSINA → MARIA YULIANA LATUCONSINA" in newest
    assert "admin" in newest
    assert page.editing().version == 2, "the record stays open, reloaded"


def test_a_stale_version_is_refused_with_a_clear_message(page, keyboard, ctx, monkeypatch):
    saved = enrol(ctx, make_participant(), final=True)
    page.open_participant(saved.registration_number)
    update_participant(ctx, saved.registration_number, make_participant(phone="081311112222"),
                       expected_version=1, final=True)
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title=None: shown.append(text))
    page.form.focus_field("full_name")
    keyboard.type("Maria L")
    keyboard.ctrl(Qt.Key.Key_S)
    assert shown and "sudah diubah orang lain" in shown[0]


def test_heirs_are_added_and_removed_from_the_keyboard(page, keyboard):
    heirs = page.form.heirs
    heirs.add_button.setFocus()
    keyboard.press(Qt.Key.Key_Space)
    assert len(heirs.rows) == 2 and focused() is heirs.rows[1].full_name
    keyboard.type("Anak Satu")
    keyboard.ctrl(Qt.Key.Key_Delete, shift=True)
    assert len(heirs.rows) == 1 and focused() is heirs.add_button


def test_the_history_model_is_a_well_behaved_model(page, ctx, qtmodeltester):
    saved = enrol(ctx, make_participant(), final=True)
    page.open_participant(saved.registration_number)
    qtmodeltester.check(page.history.model)


def test_typed_dates_and_money_format_themselves():
    from pekerja_desktop.ui.widgets.date_edit import format_typed_date
    from pekerja_desktop.ui.widgets.money import format_rupiah, parse_rupiah

    assert format_typed_date("05081985") == "05/08/1985"
    assert format_typed_date("5/8/") == "05/08/"
    assert format_typed_date("05/0") == "05/0"
    assert format_typed_date("1985-08-05") == "05/08/1985"
    assert format_rupiah(1_500_000) == "Rp1.500.000" and parse_rupiah("Rp1.500.000") == 1_500_000


def test_the_form_round_trips_every_field(page):
    data = make_participant(mother_name="YULIANA PATTINAMA")
    page.form.set_data(data)
    read = page.form.data()
    normal = dataclasses.replace(data, heirs=read.heirs)
    assert read.nik == normal.nik and read.village_code == normal.village_code
    assert read.birth_date == data.birth_date and read.coverage_start == data.coverage_start
    assert [h.full_name for h in read.heirs] == [h.full_name for h in data.heirs]


def test_the_consent_checkbox_carries_the_statement_the_receipt_prints(page):
    from pekerja_desktop.domain.documents_text import consent_statement

    labels = [label.text() for label in page.findChildren(QLabel)]
    assert any(consent_statement("id") in text for text in labels)


# --- print where the work happens --------------------------------------------------------------------------

def test_after_saving_the_receipt_of_that_worker_is_offered(page, keyboard, qtbot, tmp_path, monkeypatch):
    fill(page)
    with qtbot.waitSignal(page.saved) as saved:
        keyboard.ctrl(Qt.Key.Key_S)
    strip = page.saved_strip
    assert strip.isVisible() and saved.args[0] in strip.label.text()
    target = tmp_path / "tanda-terima.pdf"
    monkeypatch.setattr(after_save.QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    strip.save_receipt("a5")
    assert target.exists() and len(PdfReader(target).pages) == 1
    keyboard.type("8171014508850002")  # the next worker: the strip no longer names the previous one
    assert not strip.isVisible()


def test_print_the_card_opens_the_card_page_with_only_that_worker(ctx, runner, qtbot, indonesian):
    other = enrol(ctx, make_participant(nik="8171014508850002", full_name="Siti Ohorella"),
                  final=True).registration_number
    window = MainWindow(ctx, runner, UiPreferences(ctx.layout.root))
    qtbot.addWidget(window)
    window.show()
    page = window.enrolment
    page.form.set_data(make_participant())
    with qtbot.waitSignal(page.saved) as saved:
        page.save(final=True)
    page.saved_strip.card_button.click()
    cards = window.cards_page
    assert window.pages.currentWidget() is cards
    assert [e.registration_number for e in cards.selected()] == [saved.args[0]]
    assert other in [e.registration_number for e in cards.model.entries()]


def test_a_draft_offers_no_receipt(page, qtbot):
    page.form.set_data(make_participant(consent_given=False))
    with qtbot.waitSignal(page.saved):
        page.save(final=False)
    assert not page.saved_strip.isVisible()


def test_a_warning_appearing_does_not_reflow_the_columns(page, qtbot):
    page.resize(1060, 640)  # what a 1280×720 window leaves the form
    page.form.set_data(make_participant())
    settle(page)
    qtbot.wait(10)
    before = (page.form.identity.geometry(), page.form.address.geometry())
    page.form.identity.birth_date.set_date(dt.date(1985, 8, 6))
    page.form.set_data(page.form.data())
    settle(page)
    qtbot.wait(10)
    assert page.form.message_for("birth_date").warning_texts(), "the warning is shown"
    after = (page.form.identity.geometry(), page.form.address.geometry())
    assert [g.width() for g in after] == [g.width() for g in before]
    assert not page._scroll.horizontalScrollBar().isVisible()


def test_an_heir_who_is_a_participant_too_is_linked_on_the_record(page, ctx):
    husband_nik = "8171010201800002"
    husband = enrol(ctx, make_participant(nik=husband_nik, full_name="Yohanis Latuconsina", sex="L",
                                          birth_date=dt.date(1980, 1, 2)), final=True).registration_number
    wife = enrol(ctx, make_participant(heirs=[HeirData("Yohanis Latuconsina", "SUAMI", dt.date(1980, 1, 2), None,
                                                       husband_nik)]), final=True).registration_number
    page.open_participant(wife)
    assert page.household.isVisible()
    assert page.household.text() == f"Ahli waris yang juga peserta: YOHANIS LATUCONSINA (SUAMI): {husband}"
    page.open_participant(husband)
    assert page.household.text() == f"Menjadi ahli waris dari: MARIA LATUCONSINA ({wife}), SUAMI"
