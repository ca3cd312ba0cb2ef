"""The programme year's pure rules: end reasons and dates, the age limit, membership length, renewal answers."""

from __future__ import annotations

import datetime as dt

import pytest

from pekerja_desktop.domain.lifecycle import (
    EndReason,
    RenewalAnswer,
    RenewalOutcome,
    age_limit_day,
    anniversary,
    born_on_or_before_limit,
    born_range_reaching_limit,
    covered_days,
    end_date_problem,
    end_reason_label,
    last_day_under_limit,
    membership,
    parse_end_reason,
    reaches_limit_in,
    renewal_end_date,
    renewal_end_day,
)

D = dt.date


@pytest.mark.parametrize("text,expected", [("died", EndReason.DIED), (" Wage_Earner ", EndReason.WAGE_EARNER),
                                           ("age limit", EndReason.AGE_LIMIT), ("dead", None), ("", None)])
def test_end_reasons_are_read_as_typed(text, expected):
    assert parse_end_reason(text) == expected


def test_end_reasons_have_both_languages():
    assert end_reason_label("died", "id") == "Meninggal dunia"
    assert end_reason_label("died", "en") == "Died"
    assert end_reason_label("unknown", "id") == "unknown"


@pytest.mark.parametrize("end,problem", [
    (D(2026, 12, 31), "end.before_start"),  # coverage starts 01/01/2027
    (D(2027, 1, 1), None),  # the first day is covered
    (D(2027, 12, 31), None),  # the last day of the budget year
    (D(2028, 1, 1), "end.after_budget_year"),
])
def test_an_end_lies_between_the_coverage_start_and_the_budget_years_end(end, problem):
    assert end_date_problem(end, D(2027, 1, 1), today=D(2027, 6, 15)) == problem


def test_without_a_coverage_start_only_the_budget_year_bounds_the_end():
    assert end_date_problem(D(2020, 1, 1), None, today=D(2027, 6, 15)) is None


def test_the_age_limit_is_the_birthday_after_age_max():
    assert age_limit_day(D(1961, 5, 20), 65) == D(2027, 5, 20)
    assert last_day_under_limit(D(1961, 5, 20), 65) == D(2027, 5, 19)


def test_the_29th_of_february_has_its_birthday_on_the_28th_in_other_years():
    assert anniversary(D(1960, 2, 29), 66) == D(2026, 2, 28)
    assert anniversary(D(1960, 2, 29), 64) == D(2024, 2, 29)


def test_the_birth_dates_reaching_the_limit_in_a_month_are_exactly_those_whose_limit_day_falls_in_it():
    age_max = 65
    for month in (D(2026, 2, 1), D(2026, 3, 1), D(2028, 2, 1), D(2026, 12, 1)):
        born_from, born_to = born_range_reaching_limit(month, age_max)
        day = born_from - dt.timedelta(days=3)
        while day <= born_to + dt.timedelta(days=3):
            limit = age_limit_day(day, age_max)
            inside = (limit.year, limit.month) == (month.year, month.month)
            assert (born_from <= day <= born_to) == inside, (month, day)
            day += dt.timedelta(days=1)


def test_the_latest_birth_date_past_the_limit_on_a_day():
    latest = born_on_or_before_limit(D(2026, 2, 28), 65)
    assert latest == D(1960, 2, 29)
    assert age_limit_day(latest, 65) <= D(2026, 2, 28) < age_limit_day(latest + dt.timedelta(days=1), 65)


def test_overlapping_registrations_count_once_and_gaps_do_not_count():
    periods = [(D(2020, 1, 1), D(2020, 1, 10)), (D(2020, 1, 5), D(2020, 1, 20)), (D(2020, 3, 1), None)]
    assert covered_days(periods, until=D(2020, 3, 5)) == 20 + 5


def test_the_scholarship_needs_three_years_of_membership():
    start = D(2023, 3, 1)
    assert not membership([(start, D(2026, 2, 27))], D(2026, 2, 27), 3).scholarship_met
    assert membership([(start, D(2026, 3, 1))], D(2026, 3, 1), 3).scholarship_met
    assert membership([(start, D(2026, 3, 1))], D(2026, 3, 1), 3).years_and_months == (3, 0)
    assert membership([(D(2026, 1, 1), D(2026, 6, 30))], D(2026, 6, 30), 3).years_and_months == (0, 5)


def test_renewal_answers_continue_when_every_box_is_ticked():
    assert RenewalAnswer(True, True, True).outcome == RenewalOutcome.CONTINUE
    assert RenewalAnswer(True, True, True).end_reason is None


@pytest.mark.parametrize("ticks,reason", [((False, True, True), EndReason.MOVED),
                                          ((True, False, True), EndReason.WAGE_EARNER),
                                          ((True, True, False), EndReason.AGE_LIMIT),
                                          ((False, False, False), EndReason.MOVED)])
def test_an_unticked_box_ends_with_the_reason_it_implies(ticks, reason):
    answer = RenewalAnswer(*ticks)
    assert answer.outcome == RenewalOutcome.END and answer.end_reason == reason


def test_a_reason_given_overrides_the_ticks():
    answer = RenewalAnswer(True, True, True, reason=EndReason.DIED)
    assert answer.outcome == RenewalOutcome.END and answer.end_reason == EndReason.DIED


def test_a_participation_not_renewed_ends_with_the_year_before():
    assert renewal_end_date(2027) == D(2026, 12, 31)


def test_the_renewal_ends_at_the_year_before_unless_the_age_limit_falls_within_the_year():
    moved = RenewalAnswer(False, True, True)
    assert renewal_end_day(moved, 2027, D(1970, 1, 1), 65) == D(2026, 12, 31)
    old = RenewalAnswer(True, True, False)
    assert renewal_end_day(old, 2027, D(1961, 6, 10), 65) == D(2027, 6, 9)  # turns 66 on 10/06/2027
    assert renewal_end_day(old, 2027, D(1955, 6, 10), 65) == D(2026, 12, 31)  # long past the limit
    given = RenewalAnswer(True, True, True, reason=EndReason.DIED, end_date=D(2026, 11, 2))
    assert renewal_end_day(given, 2027, D(1970, 1, 1), 65) == D(2026, 11, 2)


def test_who_is_over_the_limit_before_the_year_ends():
    assert reaches_limit_in(D(1961, 12, 31), 65, 2027)
    assert not reaches_limit_in(D(1962, 1, 1), 65, 2027)
    assert not reaches_limit_in(None, 65, 2027)
