"""(hub) Whose data a reference bundle carried, for a breach notice should it be lost: the other offices'
participants it shared for matching (as keys: the NIK's keyed hash, the name's phonetic key, birth date, sex,
kabupaten/kota, registration number, office) and the people of the covered lists it carried (the NIK's keyed hash).
The export noted them in `reference_share` (services/matching/hub_lines.py); a bundle written before that table
existed lists nobody and says so."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from pekerja_desktop.services.matching.hub_lines import shared_numbers
from pekerja_desktop.store.matching_models import CoveredEntry, CoveredList, ReferenceShare
from pekerja_desktop.store.models import Participant, saved_id
from pekerja_desktop.store.sync_models import SyncBundle

MATCH_FIELDS = ("nik_hash", "name_key", "birth_date", "sex", "regency_code")
COVERED_FIELDS = ("nik_hash",)
CHUNK = 900


@dataclass(frozen=True)
class CoveredPerson:
    full_name: str
    nik: str
    list_name: str  # or, for a list removed since, its uuid and how many it held


@dataclass
class ReferenceMembers:
    recorded: bool
    participants: list[Participant | str] = field(default_factory=list)  # a number: no longer at the hub
    covered: list[CoveredPerson] = field(default_factory=list)


def reference_members(session: Session, bundle: SyncBundle) -> ReferenceMembers:
    share = session.get(ReferenceShare, saved_id(bundle))
    if share is None:
        return ReferenceMembers(False)
    numbers = shared_numbers(share)
    found = _participants(session, numbers)
    return ReferenceMembers(True, [found.get(n, n) for n in numbers], _covered(session, json.loads(share.covered)))


def _participants(session: Session, numbers: list[str]) -> dict[str, Participant]:
    found: dict[str, Participant] = {}
    for start in range(0, len(numbers), CHUNK):
        query = select(Participant).where(col(Participant.registration_number).in_(numbers[start:start + CHUNK]))
        found.update((p.registration_number, p) for p in session.scalars(query))
    return found


def _covered(session: Session, counts: dict[str, int]) -> list[CoveredPerson]:
    persons = []
    for list_uuid in sorted(counts):
        held = session.scalar(select(CoveredList).where(col(CoveredList.uuid) == list_uuid))
        if held is None:  # removed since, its entries with it: the count is all that is left to report
            persons.append(CoveredPerson("", "", f"{list_uuid} ({counts[list_uuid]})"))
            continue
        entries = session.scalars(select(CoveredEntry).where(col(CoveredEntry.list_id) == held.id)
                                  .order_by(col(CoveredEntry.nik)))
        persons += [CoveredPerson(e.full_name, e.nik, held.name) for e in entries]
    return persons
