"""The programme year's rules as pure functions (domain.md, "The programme's year" and "Benefits"): why a
participation ends, which end dates are possible, when a participant reaches the scheme's age limit, how long
someone was covered, and what a renewal answer means.

`coverage_end` is the last covered day; a participant is billed through the month in which it falls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.participant import age_on


class EndReason(StrEnum):
    DIED = "died"
    MOVED = "moved"  # moved away from Maluku (a move within Maluku is a transfer between offices)
    WAGE_EARNER = "wage-earner"  # became a wage earner (Penerima Upah), covered by the employer
    AGE_LIMIT = "age-limit"
    WITHDREW = "withdrew"
    DUPLICATE = "duplicate"  # registered twice
    NOT_ELIGIBLE = "not-eligible"


END_REASON_LABELS: dict[str, dict[str, str]] = {
    EndReason.DIED.value: {"id": "Meninggal dunia", "en": "Died"},
    EndReason.MOVED.value: {"id": "Pindah keluar Maluku", "en": "Moved away"},
    EndReason.WAGE_EARNER.value: {"id": "Menjadi pekerja penerima upah", "en": "Became a wage earner"},
    EndReason.AGE_LIMIT.value: {"id": "Mencapai batas usia", "en": "Reached the age limit"},
    EndReason.WITHDREW.value: {"id": "Mengundurkan diri", "en": "Withdrew"},
    EndReason.DUPLICATE.value: {"id": "Terdaftar ganda", "en": "Registered twice"},
    EndReason.NOT_ELIGIBLE.value: {"id": "Tidak memenuhi syarat", "en": "Not eligible"},
}
END_REASONS = tuple(reason.value for reason in EndReason)


def parse_end_reason(text: str | None) -> EndReason | None:
    """A reason code as typed (`died`, `wage_earner`, ` Age-Limit `…), or None when it is none of them."""
    normal = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return EndReason(normal)
    except ValueError:
        return None


def end_reason_label(code: str | None, language: str | None = None) -> str:
    return render(END_REASON_LABELS, code, None, language) if code in END_REASON_LABELS else (code or "")


def budget_year_end(today: dt.date) -> dt.date:
    """The Pemda's budget year is the calendar year (APBD): its last day."""
    return dt.date(today.year, 12, 31)


def end_date_problem(end: dt.date, coverage_start: dt.date | None, today: dt.date) -> str | None:
    """Why `end` cannot be a participation's last covered day, as a message code, or None.

    Not before coverage started (coverage_start itself is allowed: one day covered), and not after the end of the
    current budget year: the next year's participation is decided by the renewal."""
    if coverage_start is not None and end < coverage_start:
        return "end.before_start"
    if end > budget_year_end(today):
        return "end.after_budget_year"
    return None


# --- the age limit -----------------------------------------------------------------------------------------

def anniversary(birth_date: dt.date, years: int) -> dt.date:
    """The day someone born on `birth_date` turns `years`; 29 February falls on 28 February in other years."""
    year = birth_date.year + years
    try:
        return birth_date.replace(year=year)
    except ValueError:  # 29 February, and the year is not a leap year
        return dt.date(year, 2, 28)


def age_limit_day(birth_date: dt.date, age_max: int) -> dt.date:
    """The day a participant is too old for the scheme: the birthday on which they turn `age_max + 1` (enrolment
    warns above `age_max`, domain/validation.py)."""
    return anniversary(birth_date, age_max + 1)


def last_day_under_limit(birth_date: dt.date, age_max: int) -> dt.date:
    """The last covered day of someone who leaves at the age limit: the day before that birthday."""
    return age_limit_day(birth_date, age_max) - dt.timedelta(days=1)


def month_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    first = month.replace(day=1)
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def month_after(month: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after `month`'s."""
    years, index = divmod(month.month - 1 + months, 12)
    return dt.date(month.year + years, index + 1, 1)


def born_range_reaching_limit(month: dt.date, age_max: int) -> tuple[dt.date, dt.date]:
    """The birth dates (both ends included) of the people whose age-limit day falls in `month`."""
    first, last = month_bounds(month)
    years = age_max + 1
    born_from = anniversary(first, -years)
    born_to = anniversary(last + dt.timedelta(days=1), -years) - dt.timedelta(days=1)
    return born_from, born_to


def born_on_or_before_limit(day: dt.date, age_max: int) -> dt.date:
    """The latest birth date of someone whose age-limit day is `day` or earlier."""
    return anniversary(day + dt.timedelta(days=1), -(age_max + 1)) - dt.timedelta(days=1)


# --- membership ------------------------------------------------------------------------------------------

Period = tuple[dt.date, dt.date | None]  # coverage start and last covered day (None: still running)


def covered_days(periods: Iterable[Period], until: dt.date) -> int:
    """Days covered up to `until` (included) by the union of `periods`: overlapping registrations count once."""
    spans = sorted((start, min(end or until, until)) for start, end in periods if start <= until)
    total, reach = 0, None
    for start, end in spans:
        if end < start:
            continue
        if reach is not None and start <= reach:
            start = reach + dt.timedelta(days=1)
        if end >= start:
            total += (end - start).days + 1
        reach = max(reach, end) if reach is not None else end
    return total


@dataclass(frozen=True)
class Membership:
    """How long someone was covered by the programme, and whether the JKM scholarship's condition holds."""
    days: int
    min_years: int

    @property
    def years_and_months(self) -> tuple[int, int]:
        months = int(self.days // 30.4375)
        return months // 12, months % 12

    @property
    def scholarship_met(self) -> bool:
        return self.days >= round(self.min_years * 365.25)


def membership(periods: Iterable[Period], until: dt.date, min_years: int) -> Membership:
    return Membership(covered_days(periods, until), min_years)


# --- renewal ---------------------------------------------------------------------------------------------

class RenewalOutcome(StrEnum):
    CONTINUE = "continue"
    END = "end"


@dataclass(frozen=True)
class RenewalAnswer:
    """One participant's answers on the re-verification list: three ticks and, when ending, why and when."""
    still_living_here: bool
    still_informal: bool
    under_age_limit: bool
    reason: EndReason | None = None  # overrides the reason the unticked box implies (e.g. died)
    end_date: dt.date | None = None

    @property
    def outcome(self) -> RenewalOutcome:
        if self.reason is None and self.still_living_here and self.still_informal and self.under_age_limit:
            return RenewalOutcome.CONTINUE
        return RenewalOutcome.END

    @property
    def end_reason(self) -> EndReason | None:
        """The reason recorded when the participation ends: the one given, else the first box left unticked."""
        if self.outcome == RenewalOutcome.CONTINUE:
            return None
        if self.reason is not None:
            return self.reason
        if not self.still_living_here:
            return EndReason.MOVED
        if not self.still_informal:
            return EndReason.WAGE_EARNER
        return EndReason.AGE_LIMIT


def renewal_end_date(year: int) -> dt.date:
    """A participation not renewed for `year` ends with the budget year before it."""
    return dt.date(year - 1, 12, 31)


def renewal_end_day(answer: RenewalAnswer, year: int, birth_date: dt.date | None, age_max: int) -> dt.date:
    """The last covered day of a participation the renewal for `year` ends: the date given, else — for the age
    limit reached during `year` — the day before that birthday, else the end of the budget year before."""
    if answer.end_date is not None:
        return answer.end_date
    default = renewal_end_date(year)
    if answer.end_reason == EndReason.AGE_LIMIT and birth_date is not None:
        last = last_day_under_limit(birth_date, age_max)
        if default < last <= dt.date(year, 12, 31):
            return last
    return default


def age_on_year_end(birth_date: dt.date | None, year: int) -> int | None:
    """The age someone has on 31 December of `year` (the oldest they are during it)."""
    return age_on(birth_date, dt.date(year, 12, 31)) if birth_date is not None else None


def reaches_limit_in(birth_date: dt.date | None, age_max: int, year: int) -> bool:
    """Whether the participant is over the limit before `year` ends (the renewal's third box stays unticked)."""
    return birth_date is not None and age_limit_day(birth_date, age_max) <= dt.date(year, 12, 31)
