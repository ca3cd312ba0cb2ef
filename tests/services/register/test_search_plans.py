"""How the register's searches reach their rows: never by reading the participant table from end to end.

Every statement that `search_participants`, `count_participants` and the register's paging run for a query kind is
recorded as it goes to the driver and given to SQLite's EXPLAIN QUERY PLAN (the planner keeps no statistics here, so
the plan on a small database is the plan on a large one). A `SCAN participant` line — the table, or every entry of
one of its indexes — fails the test. The kinds: NIK prefix, registration number, one name word, two words, a short
word, each alone and with the filters the register's filter row and the dashboard's lists set, and the lists behind
every figure of the dashboard, at an office and at the hub (on PostgreSQL, EXPLAIN with sequential scans priced out:
a `Seq Scan on participant` that remains has no index to go by).

The one deliberate scan is not a search: the whole register, newest first, reads the first page of the table and
stops. (So does the register's walk for a prefix that matches a large part of the table, services/register/paging.py,
which stops once its page is full; it starts only past DENSE matches.)
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from pekerja_desktop.services.dashboard.figures import load_dashboard
from pekerja_desktop.services.enrolment.enrol import PreparedEnrolment, insert_prepared
from pekerja_desktop.services.register.paging import count_register_rows, read_register_rows
from pekerja_desktop.services.register.search import ParticipantQuery
from tests.support.hub import add_people
from tests.support.sites import nik_for

TEXTS = {"nik_prefix": "8171014", "nik_short": "81", "registration_number": "8171A-26-00",
         "name_word": "latu", "two_words": "ria latu", "short_word": "ma latu"}
FILTERS = {
    "none": {},
    "regency": {"region_code": "81.71"},
    "district": {"region_code": "81.71.01"},
    "village": {"region_code": "81.71.01.1007"},
    "status": {"status": "active"},
    "occupation": {"occupation": "PDP"},
    "enrolled": {"created_from": dt.date(2026, 1, 1), "created_to": dt.date(2026, 12, 31)},
    "region_and_status": {"region_code": "81.71", "status": "active", "occupation": "PDP"},
    "women_of_a_district": {"region_code": "81.71.01", "sex": "P"},
    "age_group": {"status": "active", "born_from": dt.date(1980, 1, 1), "born_to": dt.date(1989, 12, 31)},
    "age_group_in_regency": {"status": "active", "region_code": "81.71", "born_from": dt.date(1980, 1, 1),
                             "born_to": dt.date(1989, 12, 31)},
    "office": {"status": "active", "office_code": "8171A"},
    "not_rejected": {"status": "active", "not_rejected_at_hub": True, "sex": "P"},
}


def query_kinds() -> list[tuple[str, ParticipantQuery]]:
    kinds = [(f"{text}+{filters}", ParticipantQuery(text=TEXTS[text], **FILTERS[filters]))
             for text in TEXTS for filters in FILTERS]
    kinds += [(f"filters:{name}", ParticipantQuery(**values)) for name, values in FILTERS.items() if values]
    return kinds + [(f"{name}, newest first", dataclasses.replace(query, descending=True)) for name, query in kinds]


@contextlib.contextmanager
def recorded_statements(ctx) -> Iterator[list[tuple[str, object]]]:
    """Every SELECT sent to the driver meanwhile, with its parameters."""
    statements: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)


def table_scans(ctx, statements: list[tuple[str, object]]) -> list[str]:
    """The plan lines that read the participant table (or one of its indexes) from end to end."""
    if ctx.db.on_server:
        return server_table_scans(ctx, statements)
    connection = ctx.db.raw_connection()
    try:
        found = []
        for statement, parameters in statements:
            for *_, detail in connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters):
                if detail == "SCAN participant" or detail.startswith("SCAN participant USING"):
                    found.append(f"{detail}  ←  {statement.split()[:12]}")
        return found
    finally:
        connection.close()


def server_table_scans(ctx, statements: list[tuple[str, object]]) -> list[str]:
    with ctx.db.engine.connect() as connection:
        connection.exec_driver_sql("SET enable_seqscan = off")
        lines = [line for statement, parameters in statements
                 for (line,) in connection.exec_driver_sql(f"EXPLAIN {statement}", parameters)]
        connection.rollback()
    return [line for line in lines if "Seq Scan on participant " in f"{line} "]


def run_the_register(ctx, query: ParticipantQuery) -> None:
    """What the register asks for a query: its first page, the next one, and the count."""
    read_register_rows(ctx, query, 0, 201)
    read_register_rows(ctx, query, 200, 201)
    count_register_rows(ctx, query)


@pytest.fixture
def office(ctx, participant_factory):
    people = [PreparedEnrolment(participant_factory(nik=nik_for(i, "P" if i % 2 else "L"),
                                                    full_name=("Maria Latuconsina", "Yohanis Pattinama")[i % 2]),
                                status="active", source="test") for i in range(30)]
    with ctx.db.write() as session:
        insert_prepared(session, ctx.office.code, ctx.actor, people)
    return ctx


@pytest.mark.parametrize(("name", "query"), query_kinds(), ids=[name for name, _ in query_kinds()])
def test_no_search_reads_the_whole_participant_table(office, name, query):
    with recorded_statements(office) as statements:
        run_the_register(office, query)
    assert len(statements) >= 3
    assert table_scans(office, statements) == []


def test_the_whole_register_is_the_one_plan_that_reads_the_table_and_it_stops_at_the_page(office):
    """The plan test itself sees a scan where there is one."""
    with recorded_statements(office) as statements:
        read_register_rows(office, ParticipantQuery(descending=True), 0, 201)
    assert [line.split("  ←")[0] for line in table_scans(office, statements)] == ["SCAN participant"]
    assert statements[-1][0].rstrip().upper().endswith("LIMIT ? OFFSET ?")


def test_the_lists_behind_every_dashboard_figure_read_no_whole_table_at_an_office(office):
    assert_dashboard_lists_read_no_whole_table(office)


def test_the_lists_behind_every_dashboard_figure_read_no_whole_table_at_the_hub(hub):
    """On PostgreSQL too: with sequential scans priced out (`enable_seqscan = off`), a plan that still reads the
    whole participant table has no index to go by."""
    add_people(hub, 30, accepted=True)
    assert_dashboard_lists_read_no_whole_table(hub)


def assert_dashboard_lists_read_no_whole_table(ctx) -> None:
    queries = {repr(figure.query): figure.query for figure in figures(load_dashboard(ctx))
               if figure.query is not None}
    assert len(queries) > 10
    for query in queries.values():
        with recorded_statements(ctx) as statements:
            run_the_register(ctx, query)
        assert table_scans(ctx, statements) == [], query


def figures(data) -> Iterator:
    """Everything of the dashboard that carries the query of its list."""
    yield data.total
    for group in (data.per_day, data.per_week, data.by_occupation, data.by_sex, data.by_age, data.coverage):
        yield from group
