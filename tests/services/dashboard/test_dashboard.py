"""The dashboard's figures against direct SQL counts, the list behind every figure, the targets setting and the
coverage report (`report coverage`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json

import pdfplumber
import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from pekerja_desktop.__main__ import main
from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.accounts.manage import NewAccount, create_account
from pekerja_desktop.services.accounts.signin import open_context
from pekerja_desktop.services.dashboard.counts import age_bounds, years_before
from pekerja_desktop.services.dashboard.errors import TargetError
from pekerja_desktop.services.dashboard.figures import load_dashboard
from pekerja_desktop.services.dashboard.targets import (
    POPULATION_2024,
    load_targets,
    reset_targets,
    save_targets,
    split_by_population,
)
from pekerja_desktop.services.demo.generate import generate_demo
from pekerja_desktop.services.register.search import ParticipantQuery, count_participants, search_participants
from pekerja_desktop.services.reports.coverage import write_coverage_report
from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.importing import import_bundle
from tests.conftest import LOGIN
from tests.support.hub import add_people
from tests.support.sites import AMBON, HUB, TUAL, connect, enrol_many, make_site

COUNTED = ("WITH counted AS (SELECT * FROM participant WHERE status = 'active' "
           "AND uuid NOT IN (SELECT uuid FROM sync_hub_record WHERE status = 'rejected')) ")
AGE = ("CAST(strftime('%Y', :today) AS INTEGER) - CAST(strftime('%Y', birth_date) AS INTEGER) "
       "- (strftime('%m-%d', :today) < strftime('%m-%d', birth_date))")
DAY = "date(created_at, 'localtime')"
MONDAY = "date(created_at, 'localtime', 'weekday 0', '-6 days')"
# The same in PostgreSQL's words (timestamps are stored in UTC; :offset is this machine's UTC offset).
PG_AGE = "CAST(date_part('year', age(CAST(:today AS date), birth_date)) AS INTEGER)"
PG_DAY = "CAST(created_at + CAST(:offset AS interval) AS date)"
PG_MONDAY = "CAST(date_trunc('week', created_at + CAST(:offset AS interval)) AS date)"


def _sql(ctx, query: str, **params) -> dict:
    with ctx.db.session() as session:
        return {_plain(key): count for key, count in session.execute(text(COUNTED + query), params).all()}


def _plain(key):
    return key.isoformat() if isinstance(key, dt.date) else key


@pytest.fixture
def demo_hub(hub):
    """1,500 demo enrolments at the hub, its verdict on each (one in 50 rejected), plus drafts and ended ones."""
    generate_demo(hub, 1500, seed=4)
    with hub.db.write() as session:
        session.execute(text(
            "INSERT INTO sync_hub_record (uuid, kind, office_code, registration_number, version, content_hash, "
            "status, reason, detail, invalid_reason, invalid_detail, review_reason, conflict, state_serial, "
            "updated_at) SELECT uuid, 'participant', office_code, registration_number, 1, 'h', "
            "CASE WHEN id % 50 = 0 THEN 'rejected' ELSE 'accepted' END, '', '', '', '', '', false, id, "
            "CURRENT_TIMESTAMP FROM participant"))
    add_people(hub, 4, start=9000, kpj=False, status="draft")
    add_people(hub, 2, start=9100, kpj=False, status="ended")
    return hub


def _figures(data) -> list:
    """(what, count, query) of every number the dashboard shows."""
    rows = [("total", data.total.count, data.total.query)]
    rows += [(f"regency {r.code}", r.enrolled, r.query) for r in data.coverage]
    rows += [(f"office {o.code}", o.enrolled, o.query) for o in data.offices]
    for group in (data.per_day, data.per_week, data.by_occupation, data.by_sex, data.by_age):
        rows += [(figure.key, figure.count, figure.query) for figure in group]
    return rows


def test_hub_figures_equal_direct_sql_counts(demo_hub):
    data = load_dashboard(demo_hub)
    rejected = _sql(demo_hub, "SELECT 'x', count(*) FROM participant p JOIN sync_hub_record h USING (uuid) "
                              "WHERE h.status = 'rejected' AND p.status = 'active'")["x"]
    assert rejected == 30 and data.total.count == 1500 - 30
    assert data.total.count == sum(_sql(demo_hub, "SELECT 1, count(*) FROM counted").values())
    assert {r.code: r.enrolled for r in data.coverage if r.enrolled} == _sql(
        demo_hub, "SELECT substr(village_code, 1, 5), count(*) FROM counted GROUP BY 1")
    assert {f.key: f.count for f in data.by_occupation} == _sql(
        demo_hub, "SELECT occupation, count(*) FROM counted GROUP BY 1")
    assert {f.key: f.count for f in data.by_sex} == _sql(demo_hub, "SELECT sex, count(*) FROM counted GROUP BY 1")
    assert {o.code: o.enrolled for o in data.offices} == _sql(
        demo_hub, "SELECT office_code, count(*) FROM counted GROUP BY 1")


def test_age_groups_and_days_equal_direct_sql_counts(demo_hub):
    data = load_dashboard(demo_hub)
    today = data.today
    server = demo_hub.db.on_server
    age, day, monday = (PG_AGE, PG_DAY, PG_MONDAY) if server else (AGE, DAY, MONDAY)
    offset = {"offset": f"{int(dt.datetime.now().astimezone().utcoffset().total_seconds())} seconds"} if server else {}
    ages = _sql(demo_hub, f"SELECT CASE WHEN {age} < 20 THEN 0 WHEN {age} >= 60 THEN 5 ELSE ({age}) / 10 - 1 END, "
                          "count(*) FROM counted GROUP BY 1", today=today.isoformat())
    assert [f.count for f in data.by_age] == [ages.get(group, 0) for group in range(6)]
    days = _sql(demo_hub, f"SELECT {day}, count(*) FROM counted GROUP BY 1", **offset)
    assert [f.count for f in data.per_day] == [days.get(f.key, 0) for f in data.per_day]
    assert data.per_day[-1].key == today.isoformat() and len(data.per_day) == 30
    weeks = _sql(demo_hub, f"SELECT {monday}, count(*) FROM counted GROUP BY 1", **offset)
    mondays = [today - dt.timedelta(days=today.weekday() + 7 * back) for back in range(11, -1, -1)]
    assert [f.count for f in data.per_week] == [weeks.get(monday.isoformat(), 0) for monday in mondays]
    assert sum(f.count for f in data.per_week) > 0


def test_the_list_behind_every_figure_holds_exactly_that_many(demo_hub):
    data = load_dashboard(demo_hub)
    figures = _figures(data)
    assert len(figures) > 60
    with demo_hub.db.session() as session:
        for what, count, query in figures:
            assert query is not None, what
            assert count_participants(session, query) == count, what
        some = [f for f in data.by_age + data.by_sex + data.coverage[:3] if (getattr(f, "count", None) or
                                                                            getattr(f, "enrolled", 0))]
        for figure in some:
            rows = search_participants(session, figure.query, limit=None)
            assert len(rows) == (getattr(figure, "count", None) or figure.enrolled)
            assert all(row.status == "active" for row in rows)


def test_a_name_search_inside_a_figure_keeps_its_filters(demo_hub):
    data = load_dashboard(demo_hub)
    women = next(f for f in data.by_sex if f.key == "P")
    with demo_hub.db.session() as session:
        everyone = count_participants(session, ParticipantQuery(text="maria"))
        women_named = count_participants(session, dataclasses.replace(women.query, text="maria"))
    assert 0 < women_named <= everyone


def test_age_groups_are_birth_date_ranges_without_gaps():
    today = dt.date(2028, 2, 29)
    bounds = age_bounds(today)
    assert bounds[0] == (dt.date(2008, 3, 1), None)  # born after 29/02/2008: not yet 20
    assert bounds[1] == (dt.date(1998, 3, 1), dt.date(2008, 2, 29))
    assert bounds[-1] == (None, dt.date(1968, 2, 29))
    for younger, older in itertools.pairwise(bounds):
        assert older[1] + dt.timedelta(days=1) == younger[0]
    assert years_before(today, 1) == dt.date(2027, 2, 28)  # no 29 February that year


# --- offices and bundles --------------------------------------------------------------------------

@pytest.fixture
def sites(tmp_path, hub_database_url):
    """A hub and two field offices that trust each other (as tests/sync's fixture of the same name)."""
    made = [make_site(tmp_path, HUB, hub_database_url), *(make_site(tmp_path, setup) for setup in (AMBON, TUAL))]
    connect(tmp_path, made[0], made[1])
    connect(tmp_path, made[0], made[2])
    yield made
    for site in made:
        site.ctx.close()


def test_bundles_received_per_office_and_days_since_the_last(sites, tmp_path):
    hub, ambon, tual = sites
    enrol_many(ambon, range(3))
    enrol_many(tual, range(10, 12))
    usb = tmp_path / "usb"
    usb.mkdir()
    import_bundle(hub.ctx, export_bundles(ambon.ctx, usb)[0].path)
    data = load_dashboard(hub.ctx)
    offices = {o.code: o for o in data.offices}
    assert offices["8171A"].bundles == 1 and offices["8171A"].days_since == 0 and offices["8171A"].enrolled == 3
    assert offices["8172A"].bundles == 0 and offices["8172A"].days_since is None and offices["8172A"].enrolled == 0
    assert offices["8172A"].late(data.warning_days) and not offices["8171A"].late(data.warning_days)
    later = load_dashboard(hub.ctx, today=dt.date.today() + dt.timedelta(days=9))
    assert {o.code: o.days_since for o in later.offices}["8171A"] == 9
    with hub.ctx.db.session() as session:
        assert count_participants(session, offices["8171A"].query) == 3


def test_an_office_sees_its_own_regency_and_its_export_state(sites, tmp_path):
    _, ambon, _ = sites
    enrol_many(ambon, range(4))
    enrol_many(ambon, range(4, 5), village_code="81.72.01.2001")  # lives in Kota Tual
    data = load_dashboard(ambon.ctx)
    assert not data.hub and data.offices == []
    assert [(r.code, r.enrolled) for r in data.coverage] == [("81.71", 4), ("81.72", 1)]
    assert data.coverage[0].target == data.targets.of("81.71") and data.coverage[1].target == 0
    assert data.target_total == data.targets.of("81.71")
    assert data.progress == pytest.approx(100 * 4 / data.targets.of("81.71"))
    assert data.export.days_since_export is None and data.export.not_exported == 5 and data.export.overdue
    usb = tmp_path / "usb"
    usb.mkdir()
    export_bundles(ambon.ctx, usb)
    after = load_dashboard(ambon.ctx).export
    assert after.days_since_export == 0 and after.not_exported == 0 and after.not_acknowledged == 5


# --- targets --------------------------------------------------------------------------------------

def test_default_targets_split_35000_by_population(hub):
    targets = load_targets(hub)
    assert targets.is_default and targets.total == 35_000
    assert targets.of("81.01") == 7_818 and targets.of("81.71") == 6_503  # 432,361 and 359,661 of 1,935,586
    assert set(targets.by_regency) == set(POPULATION_2024)
    assert sum(split_by_population(100, {"a": 1, "b": 1, "c": 1}).values()) == 100


def test_an_admin_sets_the_targets_and_it_is_audited(hub):
    chosen = {code: 3_000 for code in POPULATION_2024}
    save_targets(hub, chosen)
    targets = load_targets(hub)
    assert not targets.is_default and targets.by_regency == chosen and targets.total == 33_000
    assert load_dashboard(hub).target_total == 33_000
    with hub.db.session() as session:
        (detail,) = session.execute(text("SELECT detail FROM audit_event WHERE action = "
                                              "'settings.targets' ORDER BY seq DESC")).first()
    assert json.loads(detail)["total"] == 33_000
    assert reset_targets(hub).is_default and load_targets(hub).total == 35_000


@pytest.mark.parametrize(("targets", "code"), [({"81.99": 5}, "targets.unknown_region"),
                                               ({"81.01": -1}, "targets.bad_value"),
                                               ({"81.01": "lima"}, "targets.bad_value")])
def test_wrong_targets_are_refused_and_nothing_is_saved(hub, targets, code):
    with pytest.raises(TargetError) as caught:
        save_targets(hub, targets)
    assert caught.value.code == code and caught.value.message()
    assert load_targets(hub).is_default


def test_only_an_admin_may_change_the_targets(hub, tmp_path):
    create_account(hub, NewAccount("supervisor", "sandi-super-1", "supervisor", "Supervisor Uji"))
    with open_context(tmp_path / "hub", "supervisor", "sandi-super-1") as supervisor:
        with pytest.raises(AccessError):
            save_targets(supervisor, {"81.01": 1})
        assert load_dashboard(supervisor).targets.is_default  # but may read the dashboard


# --- the coverage report --------------------------------------------------------------------------

def _cli(capsys, root, *argv) -> tuple[int, str, str]:
    try:
        code = main([*argv, "--data-dir", str(root)])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_coverage_pdf_lists_every_regency_with_target_and_percent(demo_hub, tmp_path, capsys):
    data = load_dashboard(demo_hub)
    demo_hub.close()
    code, out, err = _cli(capsys, tmp_path / "hub", "report", "coverage", "--out", str(tmp_path / "cakupan.pdf"))
    assert code == 0 and err == ""
    assert "1.470 dari target 35.000 pekerja (4,2 %)" in out
    with pdfplumber.open(tmp_path / "cakupan.pdf") as pdf:
        content = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "CAKUPAN KEPESERTAAN PEKERJA RENTAN" in content
    assert f"Keadaan per {data.today.strftime('%d/%m/%Y')}" in content
    ambon = next(r for r in data.coverage if r.code == "81.71")
    percent = f"{ambon.percent:.1f}".replace(".", ",")
    dotted = lambda n: f"{n:,}".replace(",", ".")  # noqa: E731
    assert f"81.71 Kota Ambon 6.503 {dotted(ambon.enrolled)} {percent} % {dotted(6503 - ambon.enrolled)}" in content
    assert "JUMLAH 35.000 1.470 4,2 %" in content
    with open_context(tmp_path / "hub", *LOGIN) as ctx, ctx.db.session() as session:
        events = session.execute(text("SELECT subject FROM audit_event WHERE action = 'report.coverage'")).all()
    assert events == [("cakupan.pdf",)]


def test_coverage_xlsx_has_the_coverage_and_every_breakdown(demo_hub, tmp_path):
    data = write_coverage_report(demo_hub, tmp_path / "cakupan.xlsx")
    book = load_workbook(tmp_path / "cakupan.xlsx")
    assert book.sheetnames == ["Cakupan", "Per hari", "Per minggu", "Pekerjaan", "Jenis kelamin", "Kelompok umur",
                               "Kantor"]
    rows = list(book["Cakupan"].iter_rows(values_only=True))
    by_code = {row[0]: row for row in rows if row and row[0] in POPULATION_2024}
    assert {code: row[3] for code, row in by_code.items()} == {r.code: r.enrolled for r in data.coverage}
    assert {code: row[2] for code, row in by_code.items()} == {r.code: r.target for r in data.coverage}
    total = next(row for row in rows if row[1] == "JUMLAH")
    assert total[2:5] == (35_000, 1_470, pytest.approx(1_470 / 35_000))
    ages = list(book["Kelompok umur"].iter_rows(values_only=True))[1:]
    assert [(label, count) for label, count, *_ in ages] == [(f.label, f.count) for f in data.by_age]
    assert sum(row[1] for row in list(book["Per minggu"].iter_rows(values_only=True))[1:]) == sum(
        f.count for f in data.per_week)


def test_coverage_in_english_and_a_wrong_suffix(demo_hub, tmp_path, capsys):
    demo_hub.close()
    code, out, _ = _cli(capsys, tmp_path / "hub", "--lang", "en", "report", "coverage", "--out",
                        str(tmp_path / "coverage.xlsx"))
    assert code == 0 and "1,470 of a target of 35,000 workers (4.2 %)" in out
    assert load_workbook(tmp_path / "coverage.xlsx").sheetnames[0] == "Coverage"
    code, out, err = _cli(capsys, tmp_path / "hub", "report", "coverage", "--out", str(tmp_path / "c.csv"))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and ".pdf / .xlsx" in err
    assert not (tmp_path / "c.csv").exists()


def test_a_petugas_gets_no_coverage_report(hub, tmp_path):
    create_account(hub, NewAccount("clerk", "sandi-clerk-1", "petugas", "Petugas Uji"))
    with open_context(tmp_path / "hub", "clerk", "sandi-clerk-1") as clerk:
        with pytest.raises(AccessError):
            write_coverage_report(clerk, tmp_path / "c.pdf")
        assert load_dashboard(clerk).total.count == 0  # the dashboard itself is for everyone
    assert not (tmp_path / "c.pdf").exists()
