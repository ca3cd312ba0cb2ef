"""What needs a second look: the duplicates review list (the same NIK in two records) and the rejected records.

At the hub they come from its own tables (`sync_duplicate`, the verdicts in `sync_hub_record`); at a field
office, from the hub's acks on its own records (`sync_item`): a record the hub calls a duplicate or rejected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from pekerja_desktop.documents.report_table import local_date
from pekerja_desktop.domain.identity.regnum import parse_registration_number
from pekerja_desktop.services.sync.office.reason_text import reason_text
from pekerja_desktop.store.bulk import chunks
from pekerja_desktop.store.models import Office, Participant
from pekerja_desktop.store.sync_models import SyncDuplicate, SyncHubRecord, SyncItem, Verdict


@dataclass(frozen=True)
class PairSide:
    registration_number: str
    full_name: str  # "" when this installation does not hold the record
    office_code: str
    office_name: str


@dataclass(frozen=True)
class DuplicatePair:
    nik: str
    first: PairSide
    second: PairSide
    detected_on: dt.date | None
    resolved_on: dt.date | None = None
    resolution: str = ""

    @property
    def is_open(self) -> bool:
        return self.resolved_on is None


@dataclass(frozen=True)
class RejectedRecord:
    office_code: str
    office_name: str
    registration_number: str
    full_name: str
    reason: str  # in the operator's language (Indonesian by default)
    rejected_on: dt.date | None


def _office_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(col(Office.code), col(Office.name))).all())


def _side(number: str, name: str | None, office: str, office_names: dict[str, str]) -> PairSide:
    return PairSide(number, name or "", office, office_names.get(office, ""))


def hub_duplicates(session: Session) -> list[DuplicatePair]:
    """Every pair the hub has found, open ones first, then by NIK."""
    names = _office_names(session)
    person_a, person_b = aliased(Participant), aliased(Participant)
    rows = session.execute(
        select(SyncDuplicate, col(person_a.full_name), col(person_b.full_name))
        .outerjoin(person_a, col(person_a.uuid) == col(SyncDuplicate.uuid_a))
        .outerjoin(person_b, col(person_b.uuid) == col(SyncDuplicate.uuid_b))
        .order_by(col(SyncDuplicate.resolved_at).is_not(None), col(SyncDuplicate.nik), col(SyncDuplicate.id))
    ).all()
    result = []
    for pair, name_a, name_b in rows:  # the earlier registration number first (the pair is stored by uuid)
        first, second = sorted((_side(pair.registration_a, name_a, pair.office_a, names),
                                _side(pair.registration_b, name_b, pair.office_b, names)),
                               key=lambda side: side.registration_number)
        result.append(DuplicatePair(pair.nik, first, second, local_date(pair.detected_at),
                                    local_date(pair.resolved_at), pair.resolution))
    return result


def _names_held(session: Session, numbers: list[str]) -> dict[str, str]:
    held: dict[str, str] = {}
    for chunk in chunks(sorted(set(numbers))):
        number = col(Participant.registration_number)
        held.update(session.execute(select(number, col(Participant.full_name))
                                    .where(number.in_(chunk))).all())
    return held


def _other_side(number: str, held: dict[str, str], names: dict[str, str]) -> PairSide:
    """The record the hub named as the duplicate's twin: its name only if this office holds it too."""
    parsed = parse_registration_number(number)
    office = parsed.office_code if parsed else ""
    return _side(number, held.get(number), office, names)


def office_duplicates(session: Session, office_code: str) -> list[DuplicatePair]:
    """This office's records the hub's last ack called duplicates (open until the hub decides)."""
    names = _office_names(session)
    rows = session.execute(
        select(Participant, SyncItem).join(SyncItem, col(SyncItem.uuid) == col(Participant.uuid))
        .where(col(SyncItem.kind) == "participant", col(SyncItem.ack_status) == Verdict.DUPLICATE.value,
               col(Participant.office_code) == office_code)
        .order_by(col(Participant.nik), col(Participant.registration_number))).all()
    held = _names_held(session, [item.duplicate_of or "" for _, item in rows])
    pairs: dict[frozenset, DuplicatePair] = {}
    for person, item in rows:  # two records of this office may name each other: one pair
        twin = item.duplicate_of or ""
        pairs.setdefault(frozenset((person.registration_number, twin)), DuplicatePair(
            person.nik, _side(person.registration_number, person.full_name, office_code, names),
            _other_side(twin, held, names), local_date(item.updated_at)))
    return list(pairs.values())


def hub_rejected(session: Session) -> list[RejectedRecord]:
    """Every record whose verdict at the hub is `rejected`, by office and registration number."""
    names = _office_names(session)
    rows = session.execute(
        select(SyncHubRecord, col(Participant.full_name))
        .join(Participant, col(Participant.uuid) == col(SyncHubRecord.uuid))
        .where(col(SyncHubRecord.kind) == "participant", col(SyncHubRecord.status) == Verdict.REJECTED.value)
        .order_by(col(SyncHubRecord.office_code), col(SyncHubRecord.registration_number))).all()
    return [RejectedRecord(record.office_code, names.get(record.office_code, ""), record.registration_number, name,
                           reason_text({"reason": record.reason, "detail": record.detail}),
                           local_date(record.updated_at)) for record, name in rows]


def office_rejected(session: Session, office_code: str) -> list[RejectedRecord]:
    """This office's records the hub's last ack rejected, with the hub's reason."""
    office_name = _office_names(session).get(office_code, "")
    rows = session.execute(
        select(Participant, SyncItem).join(SyncItem, col(SyncItem.uuid) == col(Participant.uuid))
        .where(col(SyncItem.kind) == "participant", col(SyncItem.ack_status) == Verdict.REJECTED.value,
               col(Participant.office_code) == office_code)
        .order_by(col(Participant.registration_number))).all()
    return [RejectedRecord(office_code, office_name, person.registration_number, person.full_name,
                           reason_text({"reason": item.ack_reason, "detail": item.ack_detail}),
                           local_date(item.updated_at)) for person, item in rows]
