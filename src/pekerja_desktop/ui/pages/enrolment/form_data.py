"""What the form loads and checks: the services' plain records, and the form's choice lists."""

from __future__ import annotations

import datetime as dt

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.desk_records import (  # noqa: F401  (the form's vocabulary, re-exported)
    CheckResult,
    DuplicateInfo,
    HistoryEntry,
    LoadedRecord,
    check,
    choice_lists,
    load_record,
)
from pekerja_desktop.ui.pages.enrolment.form import FormChoices


def local_time(moment: dt.datetime) -> dt.datetime:
    """Stored timestamps are UTC (naive when read back from SQLite): shown in the laptop's time zone."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone()


def load_choices(ctx: AppContext, language: str) -> FormChoices:
    """Occupations, funding sources and heir relationships as (code, label) in `language`."""
    lists = choice_lists(ctx, language)
    return FormChoices(regions=ctx.reference.regions, occupations=lists.occupations,
                       funding_sources=lists.funding_sources, relationships=lists.relationships,
                       home_region=ctx.office.region_code, dukcapil=lists.dukcapil)
