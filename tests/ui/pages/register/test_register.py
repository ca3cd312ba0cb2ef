"""The register (Peserta) page: model checks, instant search, filters, sorting, lazy loading, NIK masking."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from sqlalchemy import text

from pekerja_desktop.domain.identity.nik import encode_nik
from pekerja_desktop.domain.participant import normalise_participant
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.matching.covered_lists import add_covered_list
from pekerja_desktop.services.register.search import ParticipantQuery, count_participants
from pekerja_desktop.ui.pages.register.loader import PAGE_SIZE, RegisterLoader
from pekerja_desktop.ui.pages.register.model import Column, ObjectRole, RegisterModel, SortRole
from pekerja_desktop.ui.pages.register.page import RegisterPage
from pekerja_desktop.ui.tasks import SynchronousRunner, TaskRunner
from tests.support.accounts import audit_events
from tests.support.hub import add_people
from tests.support.sites import nik_for

VILLAGES = ("81.71.01.1007", "81.71.03.1001", "81.01.01.2001", "81.02.05.2022")
OCCUPATIONS = ("NLY", "PTN", "PDP", "OJK")
STATUSES = ("draft", "active", "active", "rejected", "ended")
NAMES = ("Maria Latuconsina", "Yohanis Pattinama", "Éliza Wattimena", "Abdul Rumahorbo", "Siti Tuasikal",
         "Daniel Sopacua", "Fatima Ohorella", "Ruben Manuputty", "Agustina Lessy", "Hasan Tuhumury")


def seed(ctx, factory, count: int, *, start: dt.date = dt.date(2026, 1, 1)) -> list[str]:
    """`count` participants spread over villages, occupations, statuses and creation days."""
    batch = []
    for i in range(count):
        village = VILLAGES[i % len(VILLAGES)]
        sex = "P" if i % 2 else "L"
        born = dt.date(1970, 1, 1) + dt.timedelta(days=97 * i)
        nik = encode_nik(village.replace(".", "")[:6], born, sex, i + 1)
        data = factory(nik=nik, full_name=NAMES[i] if i < len(NAMES) else f"Warga {i:04d}",
                       birth_date=born, sex=sex, village_code=village, occupation=OCCUPATIONS[i % 4])
        created = dt.datetime.combine(start + dt.timedelta(days=i % 30), dt.time(3), tzinfo=dt.UTC)
        batch.append(PreparedEnrolment(normalise_participant(data), status=STATUSES[i % 5], source="test",
                                       created_at=created))
    with ctx.db.write() as session:
        return insert_prepared(session, ctx.office.code, ctx.actor, batch)


@pytest.fixture
def page(qtbot, ctx, participant_factory):
    seed(ctx, participant_factory, 12)
    widget = RegisterPage(ctx, SynchronousRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def service_count(ctx, **filters) -> int:
    with ctx.db.session() as session:
        return count_participants(session, ParticipantQuery(**filters))


def column_values(page, column: Column) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def type_search(qtbot, page, text: str) -> None:
    page.search_box.clear()
    if text.isascii():
        qtbot.keyClicks(page.search_box, text)
    else:  # QTest types ASCII keys only
        page.search_box.insert(text)
    qtbot.waitUntil(lambda: page.loader.query.text == text.strip(), timeout=2000)


# --- the model ---------------------------------------------------------------------------------------

def test_the_model_passes_the_model_tester_with_data_empty_and_after_a_reset(qtmodeltester, page, qtbot):
    assert page.model.rowCount() == 12
    qtmodeltester.check(page.model)
    type_search(qtbot, page, "zzzz")
    assert page.model.rowCount() == 0
    qtmodeltester.check(page.model)
    type_search(qtbot, page, "maria")
    qtmodeltester.check(page.model)


def test_a_model_without_rows_or_fetcher_passes_the_model_tester(qtmodeltester, ctx):
    model = RegisterModel(ctx.reference.regions)
    qtmodeltester.check(model)
    assert not model.canFetchMore()


def test_object_and_sort_roles_give_the_row_and_raw_values(page):
    index = page.model.index(0, Column.BIRTH_DATE)
    row = index.data(ObjectRole)
    assert row.registration_number == page.model.index(0, Column.REGISTRATION_NUMBER).data()
    assert index.data(SortRole) == row.birth_date
    assert index.data() == row.birth_date.strftime("%d/%m/%Y")


def test_columns_show_village_names_local_dates_and_status_labels(page):
    row = page.model.row_of(page.model.index(0, 0).data())
    assert row == 0
    first = page.model.index(0, 0).data(ObjectRole)
    village = page.model.index(0, Column.VILLAGE).data()
    assert village == page._ctx.reference.regions.get(first.village_code).name
    assert page.model.index(0, Column.STATUS).data() in ("Draft", "Finished", "Rejected", "Ended")
    assert page.model.index(0, Column.CREATED).data() == first.created_on.strftime("%d/%m/%Y")
    assert page.model.index(0, Column.OCCUPATION).data() != first.occupation  # a name, not the code


# --- search ------------------------------------------------------------------------------------------

def test_search_by_nik_prefix(qtbot, page, ctx):
    type_search(qtbot, page, "810101")
    niks = [page.model.index(r, 0).data(ObjectRole).nik for r in range(page.model.rowCount())]
    assert niks and all(n.startswith("810101") for n in niks)
    assert len(niks) == service_count(ctx, text="810101")


def test_search_by_name_fragment_ignores_case_and_accents(qtbot, page):
    type_search(qtbot, page, "ELIZA watt")
    assert column_values(page, Column.NAME) == ["ÉLIZA WATTIMENA"]
    type_search(qtbot, page, "pattinamá")
    assert column_values(page, Column.NAME) == ["YOHANIS PATTINAMA"]


def test_search_by_registration_number(qtbot, page):
    number = page.model.index(3, Column.REGISTRATION_NUMBER).data()
    type_search(qtbot, page, number)
    assert column_values(page, Column.REGISTRATION_NUMBER) == [number]
    assert page.total_label.text().endswith(": 1")


def test_the_first_key_searches_at_once_and_a_burst_waits_for_a_pause(qtbot, page):
    calls = []
    page.loader.search = lambda query: calls.append(query.text)
    qtbot.wait(150)  # a pause since the page searched last
    qtbot.keyClicks(page.search_box, "mar")
    assert calls == ["m"]  # the rest of the burst is debounced
    qtbot.waitUntil(lambda: calls == ["m", "mar"], timeout=2000)
    qtbot.wait(200)
    assert calls == ["m", "mar"]


def test_stale_results_are_discarded(qtbot, ctx, participant_factory):
    seed(ctx, participant_factory, 12)
    runner = DeferredRunner()
    model = RegisterModel(ctx.reference.regions)
    loader = RegisterLoader(ctx, runner, model)
    busy = []
    loader.busy_changed.connect(busy.append)
    loader.search(ParticipantQuery(text="maria"))
    loader.search(ParticipantQuery(text="yohanis"))
    assert busy == [True]
    runner.run_all(reverse=True)  # the newer query answers first, the older one last
    names = {model.index(r, Column.NAME).data() for r in range(model.rowCount())}
    assert names == {"YOHANIS PATTINAMA"}
    assert busy == [True, False]  # the count of the newer query came after its rows


def test_a_slow_search_shows_the_busy_indicator(qtbot, ctx, participant_factory):
    seed(ctx, participant_factory, 3)
    runner = DeferredRunner()
    page = RegisterPage(ctx, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.busy.isVisible, timeout=2000)  # nothing answered yet
    assert page.total_label.text() == "Counting\u2026"
    runner.run_all()
    assert not page.busy.isVisible()
    assert page.model.rowCount() == 3 and page.total_label.text() == "Participants: 3"


def test_the_count_follows_the_first_page(ctx, participant_factory):
    seed(ctx, participant_factory, 12)
    runner = DeferredRunner()
    loader = RegisterLoader(ctx, runner, RegisterModel(ctx.reference.regions))
    counted = []
    loader.counted.connect(counted.append)
    loader.search(ParticipantQuery())
    assert len(runner.jobs) == 1  # the first page only
    runner.jobs.pop().run()
    assert counted == [] and len(runner.jobs) == 1 and loader.busy
    runner.run_all()
    assert counted == [12] and not loader.busy


def test_a_superseded_query_is_stopped_inside_sqlite(ctx):
    from sqlalchemy import text

    from pekerja_desktop.errors import OperationCancelled
    from pekerja_desktop.services.register.stoppable import Stoppable

    endless = text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
    stoppable, outcome, started = Stoppable(), [], threading.Event()

    def work():
        with ctx.db.session() as session, stoppable.running(session):
            started.set()
            try:
                session.execute(endless)
            except BaseException as exc:
                outcome.append(exc)
                raise

    def run():
        try:
            work()
        except OperationCancelled:
            outcome.append("cancelled")

    worker = threading.Thread(target=run)
    worker.start()
    assert started.wait(5)
    time.sleep(0.05)
    stoppable.stop()
    worker.join(5)
    assert not worker.is_alive() and outcome[-1] == "cancelled"
    with pytest.raises(OperationCancelled), ctx.db.session() as session, stoppable.running(session):
        pass  # once stopped, nothing more runs


class DeferredRunner(TaskRunner):
    """Keeps the work until told to run it, like a slow thread pool."""

    def __init__(self):
        super().__init__()
        self.jobs = []

    def _start(self, work, signals, control) -> None:
        from pekerja_desktop.ui.tasks import _Job
        self.jobs.append(_Job(work, signals, control))

    def run_all(self, reverse: bool = False) -> None:
        """Run what is queued (newest first with `reverse`), then whatever that queued in turn."""
        while self.jobs:
            jobs, self.jobs = self.jobs, []
            for job in reversed(jobs) if reverse else jobs:
                job.run()


@pytest.mark.parametrize("dense", [3, 10_000])  # the walk in id order, and the service's own query
@pytest.mark.parametrize("walk", [20_000, 12])  # a walk that fills its page, one that gives way to the sorted matches
@pytest.mark.parametrize("filters", [
    {"text": "81"}, {"text": "8171A-26"}, {"text": "810101"}, {"text": "maria"}, {"text": "81", "status": "active"},
    {"text": "8171", "descending": False}, {"text": "8171", "sort": "full_name"}, {"region_code": "81.71"}, {},
])
def test_register_pages_are_the_rows_the_search_service_gives(ctx, participant_factory, monkeypatch, dense, walk,
                                                             filters):
    from pekerja_desktop.services.register import paging as register
    from pekerja_desktop.services.register.search import search_participants
    seed(ctx, participant_factory, 40)
    monkeypatch.setattr(register, "DENSE", dense)
    monkeypatch.setattr(register, "WALK_ROWS", walk)
    query = ParticipantQuery(**{"sort": "id", "descending": True, **filters})
    with ctx.db.session() as session:
        for offset in (0, 7, 35):
            expected = search_participants(session, query, offset=offset, limit=10)
            assert register.register_page(session, query, offset=offset, limit=10) == expected


# --- filters -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("region", ["81.71", "81.71.03", "81.01.01.2001"])
def test_the_region_filter_narrows_to_everything_under_the_region(page, ctx, region):
    page.filters.region.set_code(region)
    expected = service_count(ctx, region_code=region)
    assert 0 < expected < 12
    assert page.model.rowCount() == expected
    codes = {page.model.index(r, 0).data(ObjectRole).village_code for r in range(expected)}
    assert all(code.startswith(region) for code in codes)


def test_status_and_occupation_filters(page, ctx):
    combo = page.filters.status
    combo.setCurrentIndex(combo.findData("rejected"))
    assert page.model.rowCount() == service_count(ctx, status="rejected") > 0
    assert set(column_values(page, Column.STATUS)) == {"Rejected"}
    occupation = page.filters.occupation
    occupation.setCurrentIndex(occupation.findData("PTN"))
    assert page.model.rowCount() == service_count(ctx, status="rejected", occupation="PTN")
    page.filters.clear_button.click()
    assert page.model.rowCount() == 12


def test_the_enrolment_date_range_filter_takes_typed_dates(qtbot, page, ctx):
    qtbot.keyClicks(page.filters.created_from.edit, "03/01/2026")
    qtbot.keyClicks(page.filters.created_to.edit, "05012026")
    expected = service_count(ctx, created_from=dt.date(2026, 1, 3), created_to=dt.date(2026, 1, 5))
    assert expected == 3
    assert page.model.rowCount() == expected
    assert set(column_values(page, Column.CREATED)) == {"03/01/2026", "04/01/2026", "05/01/2026"}


# --- sorting -----------------------------------------------------------------------------------------

def test_clicking_the_name_header_sorts_ascending_then_descending(qtbot, page):
    header = page.view.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(Column.NAME) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    names = column_values(page, Column.NAME)
    assert page.loader.query.sort == "full_name"
    assert names == sorted(names) and names[0] == "ABDUL RUMAHORBO"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert page.loader.query.descending
    assert column_values(page, Column.NAME) == sorted(names, reverse=True)


def test_columns_that_cannot_be_sorted_keep_the_current_order(page):
    header = page.view.horizontalHeader()
    header.setSortIndicator(Column.BIRTH_DATE, Qt.SortOrder.AscendingOrder)
    header.setSortIndicator(Column.KPJ, Qt.SortOrder.AscendingOrder)
    assert page.loader.query.sort == "birth_date"
    assert header.sortIndicatorSection() == Column.BIRTH_DATE


# --- lazy loading ------------------------------------------------------------------------------------

def test_rows_are_fetched_page_by_page_and_the_total_shows_everything(qtbot, ctx, participant_factory):
    seed(ctx, participant_factory, 2 * PAGE_SIZE + 50)
    page = RegisterPage(ctx, SynchronousRunner())
    qtbot.addWidget(page)
    model = page.model
    assert model.rowCount() == PAGE_SIZE
    assert page.total_label.text() == "Participants: 450"
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE + 50
    assert not model.canFetchMore()
    ids = [model.index(r, 0).data(ObjectRole).id for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)  # newest first, nothing twice


def test_scrolling_to_the_bottom_fetches_the_next_page(qtbot, ctx, participant_factory):
    seed(ctx, participant_factory, PAGE_SIZE + 10)
    page = RegisterPage(ctx, SynchronousRunner())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE + 10, timeout=2000)


# --- NIK masking and opening ------------------------------------------------------------------------

def test_a_supervisor_or_admin_sees_full_niks_without_a_reveal(page):
    row = page.model.index(0, 0).data(ObjectRole)
    assert page.model.index(0, Column.NIK).data() == row.nik and len(row.nik) == 16 and "*" not in row.nik
    assert page.reveal.isHidden()
    assert page.model.index(0, Column.NIK).data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_clerk_sees_masked_niks_and_reveals_one_record_at_a_time(qtbot, clerk_ctx, participant_factory):
    seed(clerk_ctx, participant_factory, 3)
    page = RegisterPage(clerk_ctx, SynchronousRunner())
    qtbot.addWidget(page)
    page.show()
    with clerk_ctx.db.session() as session:
        full = dict(session.execute(text("SELECT registration_number, nik FROM participant")).all())
    first, second = (page.model.index(r, 0).data(ObjectRole) for r in (0, 1))
    assert first.nik == full[first.registration_number][:4] + "********" + full[first.registration_number][-4:], \
        "the model never holds a clerk's unrevealed NIKs in full"
    assert page.model.index(0, Column.NIK).data() == first.nik
    assert not page.reveal.isHidden() and not page.reveal.isEnabled(), "nothing selected yet"
    page.view.setCurrentIndex(page.model.index(0, Column.NAME))
    assert page.reveal.isEnabled()
    qtbot.mouseClick(page.reveal, Qt.MouseButton.LeftButton)
    assert page.model.index(0, Column.NIK).data() == full[first.registration_number]
    assert page.model.index(1, Column.NIK).data() == second.nik, "only the chosen record is revealed"
    assert not page.reveal.isEnabled(), "already revealed"
    assert audit_events(clerk_ctx, "nik.reveal") == [("petugas1", first.registration_number, '{"where":"register"}')]
    page.refresh()
    assert page.model.index(0, Column.NIK).data() == first.nik, "a new search masks again"


def test_enter_on_a_row_asks_to_open_that_record(qtbot, page):
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(2, Column.NAME))
    expected = page.model.index(2, Column.REGISTRATION_NUMBER).data()
    with qtbot.waitSignal(page.open_requested, timeout=1000) as signal:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert signal.args == [expected]


def test_double_click_opens_and_enter_in_the_search_box_moves_to_the_results(qtbot, page):
    type_search(qtbot, page, "tuasikal")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.view.currentIndex().row() == 0
    rect = page.view.visualRect(page.model.index(0, Column.NAME))
    with qtbot.waitSignal(page.open_requested, timeout=1000) as signal:
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [page.model.index(0, Column.REGISTRATION_NUMBER).data()]


def test_refresh_shows_records_added_elsewhere(page, ctx, participant_factory):
    seed(ctx, participant_factory, 1, start=dt.date(2026, 3, 1))
    page.refresh()
    assert page.model.rowCount() == 13


# --- Indonesian ----------------------------------------------------------------------------------------

def test_the_page_speaks_indonesian(qtbot, indonesian, clerk_ctx, participant_factory):
    seed(clerk_ctx, participant_factory, 5)
    page = RegisterPage(clerk_ctx, SynchronousRunner())
    qtbot.addWidget(page)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["No. Pendaftaran", "NIK", "Nama", "Tgl Lahir", "JK", "Desa", "Pekerjaan", "Status", "KPJ",
                       "Terdaftar"]
    assert set(column_values(page, Column.STATUS)) <= {"Draf", "Selesai", "Ditolak", "Berakhir"}
    assert page.total_label.text() == "Jumlah peserta: 5"
    assert page.reveal.text() == "Tampilkan &NIK"
    assert QCoreApplication.translate("RegisterModel", "Ended") == "Berakhir"


def test_a_participant_on_a_covered_list_is_marked_at_the_hub(qtbot, hub, tmp_path, indonesian):
    numbers = add_people(hub, 3, kpj=False, accepted=True)
    listing = tmp_path / "bpjs.csv"
    listing.write_text(f"NIK\n{nik_for(1)}\n")
    add_covered_list(hub, listing, "BPJS aktif")
    widget = RegisterPage(hub, SynchronousRunner())
    qtbot.addWidget(widget)
    widget.show()
    model = widget.model
    marked = {model.index(row, Column.REGISTRATION_NUMBER).data(): model.index(row, Column.STATUS).data()
              for row in range(model.rowCount())}
    assert marked[numbers[1]] == "Terlindungi"
    assert marked[numbers[0]] == "Selesai"
    row = widget.model.row_of(numbers[1])
    assert model.index(row, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Selesai \u2014 ada pada daftar orang yang sudah terlindungi")
