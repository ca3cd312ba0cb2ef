"""The bulk writers' fast conversions give exactly the text SQLAlchemy's own processors give (what the ORM stores)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Boolean, Column, Date, DateTime, MetaData, Table, create_engine
from sqlmodel.sql.sqltypes import UTCDateTime

from pekerja_desktop.store.bulk import converted

TABLE = Table("t", MetaData(), Column("d", Date), Column("s", DateTime(timezone=True)), Column("b", Boolean),
              Column("u", UTCDateTime()))  # SQLModel's type of every timestamp of the models
ENGINE = create_engine("sqlite://")


def _processed(value, name: str):
    column = TABLE.c[name]
    return column.type.dialect_impl(ENGINE.dialect).bind_processor(ENGINE.dialect)(value)


@given(st.dates(), st.datetimes(
                                                              timezones=st.none() | st.just(dt.UTC)), st.booleans())
def test_fast_conversions_write_what_sqlalchemy_writes(day, stamp, flag):
    with ENGINE.connect() as connection:
        (row,) = converted(connection, TABLE, ["d", "s", "b"], [{"d": day, "s": stamp, "b": flag}])
    assert row == (_processed(day, "d"), _processed(stamp, "s"), _processed(flag, "b"))


@given(st.datetimes(timezones=st.just(dt.UTC) | st.just(dt.timezone(dt.timedelta(hours=9)))))
def test_aware_timestamps_are_stored_in_utc_as_sqlmodel_stores_them(stamp):
    with ENGINE.connect() as connection:
        (row,) = converted(connection, TABLE, ["u"], [{"u": stamp}])
    assert row == (_processed(stamp, "u"),)


def test_none_and_other_types_go_through_sqlalchemy():
    with ENGINE.connect() as connection:
        rows = converted(connection, TABLE, ["d", "s", "b"], [{"d": None, "s": None, "b": None},
                                                             {"d": dt.datetime(2026, 1, 2, 3, 4), "s": None, "b": 1}])
    assert rows == [(None, None, None), (_processed(dt.datetime(2026, 1, 2, 3, 4), "d"), None, 1)]


@given(st.lists(st.sampled_from([dt.datetime(2026, 12, 7, 19, 43, 30, 972846, tzinfo=dt.UTC),
                                 dt.datetime(2026, 12, 8, 2, 43, 30, 972846, tzinfo=dt.timezone(dt.timedelta(hours=7))),
                                 dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                                 None]), min_size=1, max_size=8))
def test_moments_met_again_are_written_as_the_first_time(stamps):
    """Each moment is formatted once per call: one instant, whatever its offset (SQLModel refuses naive ones)."""
    with ENGINE.connect() as connection:
        rows = converted(connection, TABLE, ["u", "s"], [{"u": stamp, "s": stamp} for stamp in stamps])
    assert rows == [(_processed(stamp, "u"), _processed(stamp, "s")) for stamp in stamps]
