"""A month's new workers at one office: part from a desa's village list (`intake`, then each draft finished in
the form as a clerk does: `edit … --json`), the rest typed in the form one by one (`enrol --json`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial
from pathlib import Path

from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.services.enrolment.enrol import enrol, update_participant
from pekerja_desktop.services.enrolment.errors import EnrolmentError
from pekerja_desktop.services.enrolment.likely import LIKELY
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, to_data
from pekerja_desktop.services.intake.importer import IntakeOptions, import_preview, preview_intake

from .ledger import Ledger
from .people import write_village_list
from .world import Site

# warnings a clerk confirms on the form after checking the KTP (none is expected of these synthetic people)
CONFIRMED = frozenset({"age.too_old", "full_name.long", "heir.missing", "nik.birth_date_mismatch",
                       "nik.outside_maluku", "nik.region_unknown", "nik.sex_mismatch", "occupation.ktp_confirm"})
SOURCE = "simulation"
# The desk's "possibly the same person" warning: no NIK is handed out twice here, so every one it raises is a
# look-alike (same name and birth date drawn by chance, a NIK a few digits apart) that the clerk, KTP in hand,
# confirms as a different person — which the desk then remembers as a pair never to warn again.
LOOKALIKE_CONFIRMED = CONFIRMED | {LIKELY}


def enrol_tranche(site: Site, people: list[ParticipantData], listed: int, month: dt.date, folder: Path,
                  ledger: Ledger) -> int:
    """Enrol `people` at `site` with coverage from `month`: the first `listed` through a village list."""
    typed = people[listed:]
    if listed:
        typed += _from_list(site, people[:listed], month, folder / f"{site.code}-{month:%Y-%m}.xlsx", ledger)
    for data in typed:
        outcome = _confirming_lookalikes(ledger, partial(enrol, site.ctx, data, final=True, source=SOURCE))
        ledger.enrolled(outcome.registration_number, data.nik, site.code)
    return len(people)


def _from_list(site: Site, people: list[ParticipantData], month: dt.date, path: Path,
               ledger: Ledger) -> list[ParticipantData]:
    """Import the list as drafts and finish each; the people whose row did not land are returned, to type."""
    write_village_list(site.ctx, people, path)
    preview = preview_intake(site.ctx, path, IntakeOptions(coverage_start=month))
    result = import_preview(site.ctx, preview)
    ledger.lists += 1
    landed = {row - 2 for row in result.row_numbers}  # the list's rows start on the sheet's second line
    for number in result.registration_numbers:
        nik = _finish_draft(site, number, ledger)
        ledger.enrolled(number, nik, site.code)
        ledger.listed += 1
    return [data for index, data in enumerate(people) if index not in landed]


def _finish_draft(site: Site, number: str, ledger: Ledger) -> str:
    with site.ctx.db.session() as session:
        draft = find_participant(session, number)
        data = to_data(draft, heirs_of(session, draft.id))
    finished = replace(data, consent_given=True)
    _confirming_lookalikes(ledger, partial(update_participant, site.ctx, number, finished, expected_version=None,
                                           final=True))
    return data.nik


def _confirming_lookalikes(ledger: Ledger, save):
    """Save with the usual confirmations; if the desk's only objection is a look-alike, confirm it and save."""
    try:
        return save(confirmed=CONFIRMED)
    except EnrolmentError as refused:
        if refused.code != "enrolment.unconfirmed" or {f.code for f in refused.findings} != {LIKELY}:
            raise
    ledger.lookalikes += 1
    return save(confirmed=LOOKALIKE_CONFIRMED)
