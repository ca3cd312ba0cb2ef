"""(field office) Whose data an exported bundle contained — for a breach notice within 3 × 24 hours (UU 27/2022)
after a USB stick or laptop with the bundle is lost.

Bundles are encrypted to the hub, so the office cannot read its own outbox: the export notes, in its transaction,
the participant records (uuid, version) each data bundle carried (`sync_bundle_member`, written by `record_members`
in sync/office/collect.py). The list then names each person with the full NIK (the notice goes to the authority and
to the persons), registration number, village, phone, heirs and which personal fields the bundle carried. Bundles
exported before that table existed (schema 0006) have no membership: the list says so and points to the hub's ack.
At the hub, a reference bundle's list names the people it shared for matching (services/privacy/breach_reference.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.privacy.breach_reference import (
    COVERED_FIELDS,
    MATCH_FIELDS,
    CoveredPerson,
    reference_members,
)
from pekerja_desktop.services.privacy.errors import PrivacyError
from pekerja_desktop.services.sync.bundle.format import Kind
from pekerja_desktop.services.sync.bundle.read import read_bundle
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.store.models import Heir, Participant, saved_id
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncBundleMember

PARTICIPANT = "participant"
# The personal fields a participant line carries when not empty (services/sync/bundle/records.py PARTICIPANT_FIELDS).
PERSONAL_FIELDS = ("nik", "full_name", "birth_place", "birth_date", "sex", "mother_name", "address", "rt_rw",
                   "village_code", "phone", "occupation", "income")


@dataclass(frozen=True)
class BreachPerson:
    uuid: str
    registration_number: str
    full_name: str
    nik: str
    village_code: str
    village_name: str
    phone: str
    heirs: tuple[str, ...]  # "name (relationship)"
    fields: tuple[str, ...]  # PERSONAL_FIELDS present, plus "heirs" and "history"
    bundle_version: int
    current_version: int | None  # None: the record is no longer here
    purged_at: dt.datetime | None
    source: str = ""  # (reference bundles) the covered list a person stands on, not a participant


@dataclass(frozen=True)
class BreachList:
    office_code: str
    office_name: str
    sequence: int
    file_name: str
    bundle_hash: str
    written_at: dt.datetime
    acknowledged_at: dt.datetime | None
    participants_in_bundle: int  # from the bundle's manifest counts
    recorded: bool  # membership was recorded at export time
    persons: list[BreachPerson]
    kind: str = Kind.DATA.value  # or (hub) a reference bundle: keys for matching (services/privacy/breach_reference.py)
    receiver_code: str = ""


def find_data_bundle(session: Session, office_code: str, key: str) -> SyncBundle:
    """An outgoing data bundle by sequence number, file name, or (a path to) the bundle file itself — or at the hub a
    reference bundle (by file name or path: sequences are counted per office)."""
    key = str(key).strip()
    query = (select(SyncBundle).where(col(SyncBundle.direction) == Direction.OUT.value,
                                      col(SyncBundle.kind).in_([Kind.DATA.value, Kind.REFERENCE.value]),
                                      col(SyncBundle.sender_code) == office_code)
             .order_by(col(SyncBundle.id).desc()).limit(1))
    row = None
    if key.isdigit():
        row = session.scalar(query.where(col(SyncBundle.sequence) == int(key)))
    elif key:
        row = session.scalar(query.where(col(SyncBundle.file_name) == Path(key).name))
        if row is None and Path(key).is_file():
            row = session.scalar(query.where(col(SyncBundle.bundle_hash) == _hash_of(Path(key))))
    if row is None:
        raise PrivacyError("breach.unknown_bundle", key=key)
    return row


def _hash_of(path: Path) -> str:
    try:
        return read_bundle(path).bundle_hash
    except SyncError:
        return ""


def breach_list(ctx: AppContext, key: str) -> BreachList:
    """The persons bundle `key` contained (BREACH_LIST). Not audited here: `write_breach_list` is."""
    ctx.require(Permission.BREACH_LIST)
    with ctx.db.session() as session:
        bundle = find_data_bundle(session, ctx.office.code, key)
        if bundle.kind == Kind.REFERENCE.value:
            shared = reference_members(session, bundle)
            persons = [_shared_person(ctx, p) for p in shared.participants] + [
                _covered_person(c) for c in shared.covered]
            return BreachList(ctx.office.code, ctx.office.name, bundle.sequence, bundle.file_name, bundle.bundle_hash,
                              bundle.created_at, bundle.acknowledged_at, len(persons), shared.recorded, persons,
                              Kind.REFERENCE.value, bundle.receiver_code)
        members = dict(session.execute(select(SyncBundleMember.uuid, SyncBundleMember.version)
                                       .where(col(SyncBundleMember.bundle_sequence) == bundle.sequence)).all())
        persons = _persons(session, ctx, members)
    expected = json.loads(bundle.summary or "{}").get("counts", {}).get(PARTICIPANT, bundle.record_count)
    return BreachList(ctx.office.code, ctx.office.name, bundle.sequence, bundle.file_name, bundle.bundle_hash,
                      bundle.created_at, bundle.acknowledged_at, expected, bool(members) or not expected, persons)


def _persons(session: Session, ctx: AppContext, members: dict[str, int]) -> list[BreachPerson]:
    rows: list[Participant] = []
    uuids = sorted(members)
    for start in range(0, len(uuids), 900):
        rows.extend(session.scalars(select(Participant).where(col(Participant.uuid).in_(uuids[start:start + 900]))))
    heirs = _heirs(session, [saved_id(p) for p in rows])
    found = {p.uuid for p in rows}
    persons = [_person(ctx, p, heirs.get(saved_id(p), []), members[p.uuid]) for p in rows]
    persons += [_missing(uuid, members[uuid]) for uuid in uuids if uuid not in found]
    return sorted(persons, key=lambda person: (person.village_code, person.registration_number))


def _heirs(session: Session, ids: list[int]) -> dict[int, list[Heir]]:
    grouped: dict[int, list[Heir]] = defaultdict(list)
    for start in range(0, len(ids), 900):
        for heir in session.scalars(select(Heir).where(col(Heir.participant_id).in_(ids[start:start + 900]))
                                    .order_by(col(Heir.participant_id), col(Heir.position))):
            grouped[heir.participant_id].append(heir)
    return grouped


def _person(ctx: AppContext, p: Participant, heirs: list[Heir], version: int) -> BreachPerson:
    region = ctx.reference.regions.get(p.village_code)
    if p.purged_at is not None:  # what the bundle held is gone here: assume every field (over-report, not under)
        fields = [*PERSONAL_FIELDS, "heirs", "history"]
    else:
        fields = [name for name in PERSONAL_FIELDS if getattr(p, name) not in (None, "")]
        fields += ["heirs"] * bool(heirs) + ["history"]
    return BreachPerson(p.uuid, p.registration_number, p.full_name, p.nik, p.village_code,
                        region.name if region else "", p.phone or "",
                        tuple(f"{h.full_name} ({h.relationship})" for h in heirs), tuple(fields),
                        version, p.version, p.purged_at)


def _shared_person(ctx: AppContext, p: Participant | str) -> BreachPerson:
    """A participant a reference bundle shared as keys for matching (a number alone: no longer at the hub)."""
    if isinstance(p, str):
        return BreachPerson("", p, "", "", "", "", "", (), MATCH_FIELDS, 0, None, None)
    region = ctx.reference.regions.get(p.village_code)
    return BreachPerson(p.uuid, p.registration_number, p.full_name, p.nik, p.village_code,
                        region.name if region else "", p.phone or "", (), MATCH_FIELDS, p.version, p.version,
                        p.purged_at)


def _covered_person(person: CoveredPerson) -> BreachPerson:
    return BreachPerson("", "", person.full_name, person.nik, "", "", "", (), COVERED_FIELDS, 1, 1, None,
                        source=person.list_name)


def _missing(uuid: str, version: int) -> BreachPerson:
    return BreachPerson(uuid, "", "", "", "", "", "", (), (), version, None, None)
