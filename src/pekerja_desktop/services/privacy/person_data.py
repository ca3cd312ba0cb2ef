"""Everything held about one person, read in one session for an access request (UU 27/2022): identity, address,
heirs, enrolment, consent, card prints, sync status, change history and the audit events about the record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlmodel import Session, col

from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of, history_of
from pekerja_desktop.services.privacy.errors import PrivacyError
from pekerja_desktop.services.reference.data import funding_sources, heir_relationships, occupations
from pekerja_desktop.store.account_models import AuditEvent
from pekerja_desktop.store.card_models import CardPrintBatch, CardPrintItem, CardReprintRequest
from pekerja_desktop.store.models import ChangeHistory, Heir, Participant
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncBundleMember, SyncHubRecord, SyncItem


@dataclass(frozen=True)
class CardPrint:
    printed_at: dt.datetime
    printed_by: str
    layout: str
    card_version: int
    reason: str


@dataclass(frozen=True)
class BundleSend:
    sequence: int
    version: int
    file_name: str
    written_at: dt.datetime
    acknowledged_at: dt.datetime | None


@dataclass(frozen=True)
class PersonData:
    participant: Participant
    heirs: list[Heir]
    history: list[ChangeHistory]
    region_names: dict[str, str]  # village, district, regency
    names: dict[str, dict[str, str]]  # occupation / funding / relationship code → name in the language
    prints: list[CardPrint]
    reprints: list[CardReprintRequest]  # not yet fulfilled
    sent: list[BundleSend]
    sync_item: SyncItem | None
    hub_record: SyncHubRecord | None
    audit: list[AuditEvent]


def find_person(session: Session, key: str) -> Participant:
    """By registration number, uuid or NIK; a NIK held by more than one record asks for the number."""
    key = key.strip()
    if key.isdigit():
        numbers = list(session.scalars(select(col(Participant.registration_number))
                                       .where(col(Participant.nik) == key)))
        if len(numbers) > 1:
            raise PrivacyError("person.ambiguous", key=key, numbers=", ".join(numbers))
    return find_participant(session, key)


def load_person(session: Session, ctx: AppContext, key: str, language: str) -> PersonData:
    p = find_person(session, key)
    assert p.id is not None  # read from the database
    return PersonData(p, heirs_of(session, p.id), history_of(session, p.id), _region_names(ctx, p.village_code),
                      _names(session, language), _prints(session, p.uuid), _reprints(session, p.id),
                      _sent(session, p.uuid), session.get(SyncItem, ("participant", p.uuid)),
                      session.get(SyncHubRecord, p.uuid), _audit(session, p))


def _region_names(ctx: AppContext, village_code: str) -> dict[str, str]:
    regions = ctx.reference.regions
    village = regions.get(village_code)
    above = regions.ancestors(village_code) if village else {}
    return {"village": village.name if village else village_code,
            "district": above["kecamatan"].name if "kecamatan" in above else "",
            "regency": above["kabupaten"].name if "kabupaten" in above else ""}


def _names(session: Session, language: str) -> dict[str, dict[str, str]]:
    def by_code(rows) -> dict[str, str]:
        return {r.code: (r.name_en if language == "en" else r.name_id) for r in rows}

    return {"occupation": by_code(occupations(session)), "funding": by_code(funding_sources(session)),
            "relationship": by_code(heir_relationships(session))}


def _prints(session: Session, uuid: str) -> list[CardPrint]:
    rows = session.execute(select(col(CardPrintBatch.printed_at), col(CardPrintBatch.printed_by),
                                  col(CardPrintBatch.layout), col(CardPrintItem.card_version),
                                  col(CardPrintItem.reason))
                           .join(CardPrintBatch, col(CardPrintBatch.id) == col(CardPrintItem.batch_id))
                           .where(col(CardPrintItem.participant_uuid) == uuid)
                           .order_by(col(CardPrintBatch.printed_at)))
    return [CardPrint(*row) for row in rows]


def _reprints(session: Session, participant_id: int) -> list[CardReprintRequest]:
    return list(session.scalars(select(CardReprintRequest).where(
        col(CardReprintRequest.participant_id) == participant_id,
        col(CardReprintRequest.fulfilled_batch_id).is_(None))))


def _sent(session: Session, uuid: str) -> list[BundleSend]:
    rows = session.execute(select(col(SyncBundle.sequence), col(SyncBundleMember.version),
                                  col(SyncBundle.file_name), col(SyncBundle.created_at),
                                  col(SyncBundle.acknowledged_at))
                           .join(SyncBundle, col(SyncBundle.sequence) == col(SyncBundleMember.bundle_sequence))
                           .where(col(SyncBundleMember.uuid) == uuid,
                                  col(SyncBundle.direction) == Direction.OUT.value, col(SyncBundle.kind) == "data")
                           .order_by(col(SyncBundle.sequence)))
    return [BundleSend(*row) for row in rows]


def _audit(session: Session, p: Participant) -> list[AuditEvent]:
    subject = col(AuditEvent.subject)
    return list(session.scalars(select(AuditEvent).where(or_(subject == p.registration_number, subject == p.uuid))
                                .order_by(col(AuditEvent.seq))))
