"""A participant's household (#12 item 6): the others registered on the same Kartu Keluarga, the heirs who are
participants themselves (an heir's NIK that is a participant's NIK) and the participants who name this one as
their heir — each by registration number, so the register and the record can link them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.store.models import Heir, Participant, saved_id

MEMBERS_SHOWN = 50


@dataclass(frozen=True)
class Member:
    registration_number: str
    full_name: str
    status: str


@dataclass(frozen=True)
class HeirLink:
    heir_name: str  # as the heir stands on the record that names it
    relationship: str  # heir relationship code (SUAMI, ISTRI, ANAK…)
    registration_number: str  # the participant on the other side of the link
    full_name: str


@dataclass(frozen=True)
class Household:
    registration_number: str
    full_name: str
    kk_number: str
    members: list[Member]  # the others on the same KK, by registration number
    heirs_enrolled: list[HeirLink]  # this participant's heirs who are participants themselves
    heir_of: list[HeirLink]  # the participants who name this one as their heir


def household_of(ctx: AppContext, key: str) -> Household:
    """The household of the participant `key` (registration number or NIK)."""
    ctx.require(Permission.VIEW)
    with ctx.db.session() as session:
        participant = find_participant(session, key)
        return Household(participant.registration_number, participant.full_name, participant.kk_number,
                         kk_members(session, participant), heirs_enrolled(session, participant),
                         heir_of(session, participant))


def kk_members(session: Session, participant: Participant) -> list[Member]:
    if not participant.kk_number:
        return []
    rows = session.execute(select(Participant.registration_number, Participant.full_name, Participant.status)
                           .where(col(Participant.kk_number) == participant.kk_number,
                                  col(Participant.id) != participant.id)
                           .order_by(col(Participant.registration_number)).limit(MEMBERS_SHOWN)).all()
    return [Member(*row) for row in rows]


def heirs_enrolled(session: Session, participant: Participant) -> list[HeirLink]:
    rows = session.execute(select(Heir.full_name, Heir.relationship, Participant.registration_number,
                                  Participant.full_name)
                           .join(Participant, col(Participant.nik) == Heir.nik)
                           .where(col(Heir.participant_id) == saved_id(participant),
                                  col(Participant.id) != participant.id)
                           .order_by(col(Heir.position))).all()
    return [HeirLink(*row) for row in rows]


def heir_of(session: Session, participant: Participant) -> list[HeirLink]:
    if not participant.nik:
        return []
    rows = session.execute(select(Heir.full_name, Heir.relationship, Participant.registration_number,
                                  Participant.full_name)
                           .join(Participant, col(Participant.id) == Heir.participant_id)
                           .where(col(Heir.nik) == participant.nik, col(Participant.id) != participant.id)
                           .order_by(col(Participant.registration_number))).all()
    return [HeirLink(*row) for row in rows]
