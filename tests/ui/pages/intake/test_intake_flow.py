"""The whole flow a clerk goes through with a real village list, driven with pytest-qt: preview, settle the groups
(one from the candidates, one through the region dialog, one kept as an office alias), give the desa of a one-desa
list, import, then finish a draft in the enrolment form; the template button; the columns the page reads."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlmodel import select

from pekerja_desktop.services.enrolment.participants import count_by_status
from pekerja_desktop.services.intake.choices import list_aliases
from pekerja_desktop.store.models import Participant
from pekerja_desktop.ui.pages.enrolment.page import EnrolmentPage
from pekerja_desktop.ui.pages.intake import groups as groups_module
from pekerja_desktop.ui.pages.intake import page as intake_module
from pekerja_desktop.ui.pages.intake.page import IntakePage
from pekerja_desktop.ui.tasks import SynchronousRunner
from tests.support.paths import FIXTURES_DIR

CORPUS = FIXTURES_DIR / "intake" / "corpus"


@pytest.fixture
def page(qtbot, ctx, monkeypatch):
    widget = IntakePage(ctx, SynchronousRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    monkeypatch.setattr(intake_module.messages, "confirm", lambda *args, **kwargs: True)
    return widget


def choose(monkeypatch, page, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))
    page.pick_button.click()


def group_rows(page) -> dict[str, int]:
    table = page.groups.table
    return {table.item(row, 1).text(): row for row in range(table.rowCount())}


def pick(page, written: str, code: str) -> None:
    combo = page.groups.combo_at(group_rows(page)[written])
    index = combo.findData(code)
    assert index > 0, f"{code} not offered for {written}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_preview_settle_import_then_finish_a_draft_in_the_form(monkeypatch, page, ctx, qtbot, tmp_path):
    path = shutil.copy(CORPUS / "titik_koma.csv", tmp_path / "titik_koma.csv")
    choose(monkeypatch, page, path)
    assert page.groups.isVisible()
    assert set(group_rows(page)) == {"Hatiwe Besar", "Atlantis Baru", "Juru parkir"}
    assert "Read: Nama, NIK" in page.unknown.text()
    pick(page, "Hatiwe Besar", "81.71.04.2006")  # the closest candidate
    assert set(group_rows(page)) == {"Atlantis Baru", "Juru parkir"}
    page.groups.keep.setChecked(True)
    pick(page, "Juru parkir", "LNN")  # any occupation, kept as an office alias
    assert [(a.kind, a.text, a.code) for a in list_aliases(ctx)] == [("occupation", "Juru parkir", "LNN")]
    page.groups.keep.setChecked(False)
    monkeypatch.setattr(groups_module.RegionChoiceDialog, "choose",
                        classmethod(lambda cls, regions, depth, written, parent=None: "81.71.02.2009"))
    pick(page, "Atlantis Baru", groups_module.SEARCH)  # "Another region…" through the dialog
    assert not page.groups.isVisible()
    page.refresh()  # back on the page: the list is checked again, the choices stay
    assert not page.groups.isVisible() and len(page._preview.options.choices) == 3
    assert "9" in page.import_button.text()
    with qtbot.waitSignal(page.imported, timeout=3000) as signal:
        page.import_button.click()
    assert signal.args == [9]
    with ctx.db.session() as session:
        assert count_by_status(session) == {"draft": 9}
        rahma = session.scalars(select(Participant).where(Participant.full_name == "RAHMA WATTIMENA")).one()
    form_page = EnrolmentPage(ctx, SynchronousRunner())
    qtbot.addWidget(form_page)
    form_page.show()
    form_page.open_participant(rahma.registration_number)
    assert form_page.list_notes.isVisible() and "12345" in form_page.list_notes.text()
    form = form_page.form
    form.address.phone.setText("0813-4444-5555")
    form.identity.birth_place.setText("Ambon")
    form.address.address.setText("Jl. Baru")
    form.membership.occupation.set_code("PDP")
    form.heirs.rows[0].full_name.setText("Yohanis Wattimena")
    form.heirs.rows[0].relationship.set_code("SUAMI")
    form.consent.consent.setChecked(True)
    form_page._confirmed.add("heir.missing")
    with qtbot.waitSignal(form_page.saved, timeout=3000):
        form_page.save(final=True)
    with ctx.db.session() as session:
        finished = session.get(Participant, rahma.id)
    assert (finished.status, finished.phone, finished.intake_findings) == ("active", "081344445555", "")


def test_a_one_desa_list_gets_its_desa_from_the_page(monkeypatch, page, ctx):
    choose(monkeypatch, page, CORPUS / "opensid_penduduk.xlsx")
    assert list(group_rows(page)) == ["(no village in the list: the village of the whole file)"]
    assert "Not stored (personal data protection): agama_id, status_kawin" in page.unknown.text()
    page.area.set_code("81.02.01.2014")
    assert not page.groups.isVisible()
    assert page.options().village == "81.02.01.2014"
    page.import_button.click()
    with ctx.db.session() as session:
        villages = set(session.scalars(select(Participant.village_code)))
        kk = set(session.scalars(select(Participant.kk_number)))
    assert villages == {"81.02.01.2014"} and "8102012304120001" in kk
    with ctx.db.session() as session:
        debora = session.scalars(select(Participant).where(Participant.full_name == "DEBORA RENYAAN")).one()
    form_page = EnrolmentPage(ctx, SynchronousRunner())
    form_page.show()
    form_page.open_participant(debora.registration_number)
    assert form_page.household.isVisible() and "STEVANUS UBRO" in form_page.household.text()  # the same KK
    assert "GURU" in form_page.form.membership.ktp_note.text()
    form_page.close()


def test_the_template_button_writes_the_list_to_fill(monkeypatch, page, tmp_path):
    target = tmp_path / "templat"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    page.template_button.click()
    assert target.with_suffix(".xlsx").read_bytes()[:2] == b"PK"
    assert str(target.with_suffix(".xlsx")) in page.notice.text()


def test_before_a_list_the_page_says_which_columns_it_reads(page):
    assert "Religion and marital status are not stored" in page.unknown.text()
    coverage = page.coverage.date()
    today = dt.date.today()
    assert coverage == dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)  # the setting's rule
