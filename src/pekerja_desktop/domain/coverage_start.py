"""The default start of coverage, one rule for the enrolment form and for village lists.

The setting `coverage_start_default` holds the rule: "next_month" (the first day of the month after the
enrolment, the initial value), "enrolment_day" (the day of enrolment) or a fixed date "YYYY-MM-DD" (for example
the start of the cooperation agreement).
"""

from __future__ import annotations

import datetime as dt

SETTING = "coverage_start_default"
NEXT_MONTH, ENROLMENT_DAY = "next_month", "enrolment_day"
RULES = (NEXT_MONTH, ENROLMENT_DAY)
DEFAULT_RULE = NEXT_MONTH


def first_of_next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def fixed_date(rule: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(rule)
    except (TypeError, ValueError):
        return None


def is_rule(value: object) -> bool:
    return value in RULES or (isinstance(value, str) and fixed_date(value) is not None)


def default_coverage_start(rule: object, enrolled_on: dt.date) -> dt.date:
    """The coverage start a new enrolment (form or list) is given on `enrolled_on`; an unknown rule counts as
    the initial one."""
    if rule == ENROLMENT_DAY:
        return enrolled_on
    fixed = fixed_date(rule) if isinstance(rule, str) else None
    return fixed or first_of_next_month(enrolled_on)
