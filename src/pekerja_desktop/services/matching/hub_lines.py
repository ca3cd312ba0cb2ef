"""(hub) What a reference bundle carries for matching, to one office: the matching key, every active accepted
participant of the other offices (never the office's own) and every person on a covered list — each as keys only
(services/sync/bundle/matching_lines.py). The office replaces its store with them whole, so a person who ended,
was removed or moved away leaves it with the next reference bundle."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Select, select
from sqlmodel import Session, col

from pekerja_desktop.domain.identity.matching_keys import keyed_nik_hash, name_key
from pekerja_desktop.services.matching.hub_key import matching_key
from pekerja_desktop.services.sync.bundle.matching_lines import covered_line, key_line, person_line
from pekerja_desktop.store.matching_models import CoveredEntry, CoveredList, ReferenceShare
from pekerja_desktop.store.models import Participant, ParticipantStatus
from pekerja_desktop.store.sync_models import SyncHubRecord, Verdict

REGENCY_LENGTH = 5  # "81.71" of "81.71.01.1007"
CHUNK = 5000


@dataclass
class Shared:
    """What the lines of one bundle shared, noted while they are written (for `record_share`)."""
    people: list[str] = field(default_factory=list)  # registration numbers
    covered: Counter = field(default_factory=Counter)  # list uuid -> entries


def matching_lines(session: Session, office_code: str, version: int, shared: Shared | None = None) -> Iterator[dict]:
    key = matching_key(session)
    shared = shared if shared is not None else Shared()
    yield key_line(key, version)
    yield from _person_lines(session, key, office_code, version, shared)
    yield from _covered_lines(session, key, version, shared)


def record_share(session: Session, bundle_id: int, shared: Shared) -> None:
    """Keep what bundle `bundle_id` shared, for the breach list should it be lost (in the export's transaction)."""
    people = gzip.compress("\n".join(shared.people).encode("ascii"), mtime=0)
    session.add(ReferenceShare(bundle_id=bundle_id, people=people, covered=json.dumps(dict(shared.covered))))


def shared_numbers(share: ReferenceShare) -> list[str]:
    text = gzip.decompress(share.people).decode("ascii")
    return text.split("\n") if text else []


def shared_people(office_code: str) -> Select:
    """The participants a reference bundle to `office_code` shares: active, accepted, of another office."""
    columns = [col(getattr(Participant, name)) for name in ("uuid", "registration_number", "office_code", "nik",
                                                             "full_name", "birth_date", "sex", "village_code")]
    return (select(*columns)
            .join(SyncHubRecord, col(SyncHubRecord.uuid) == Participant.uuid)
            .where(col(SyncHubRecord.status) == Verdict.ACCEPTED.value,
                   col(Participant.status) == ParticipantStatus.ACTIVE.value,
                   col(Participant.office_code) != office_code)
            .order_by(col(Participant.registration_number)))


def _person_lines(session: Session, key: bytes, office_code: str, version: int, shared: Shared) -> Iterator[dict]:
    rows = session.execute(shared_people(office_code).execution_options(yield_per=CHUNK)).mappings()
    for row in rows:
        shared.people.append(row["registration_number"])
        yield person_line({"registration_number": row["registration_number"], "office_code": row["office_code"],
                           "nik_hash": keyed_nik_hash(key, row["nik"]), "name_key": name_key(row["full_name"]),
                           "birth_date": row["birth_date"], "sex": row["sex"],
                           "regency_code": (row["village_code"] or "")[:REGENCY_LENGTH]}, version)


def _covered_lines(session: Session, key: bytes, version: int, shared: Shared) -> Iterator[dict]:
    rows = session.execute(select(col(CoveredList.uuid), col(CoveredList.name), col(CoveredList.kind),
                                  col(CoveredEntry.nik))
                           .join(CoveredEntry, col(CoveredEntry.list_id) == CoveredList.id)
                           .order_by(col(CoveredList.id), col(CoveredEntry.nik))
                           .execution_options(yield_per=CHUNK)).mappings()
    for row in rows:
        shared.covered[row["uuid"]] += 1
        yield covered_line({"list_uuid": row["uuid"], "list_name": row["name"], "list_kind": row["kind"],
                            "nik_hash": keyed_nik_hash(key, row["nik"])}, version)
