"""Reading participants and turning rows into the plain data the domain validates."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, or_, select

from pekerja_desktop.domain.identity.regnum import normalise_registration_number
from pekerja_desktop.domain.participant import HeirData, ParticipantData
from pekerja_desktop.services.enrolment.errors import EnrolmentError
from pekerja_desktop.store.models import ChangeHistory, Heir, Participant

DATA_FIELDS = tuple(f for f in ParticipantData.__dataclass_fields__ if f != "heirs")


def find_participant(session: Session, key: str) -> Participant:
    """By registration number, uuid or NIK (in that order)."""
    key = key.strip()
    normal = normalise_registration_number(key)
    participant = session.scalar(select(Participant).where(or_(
        col(Participant.registration_number) == normal, col(Participant.uuid) == key.lower().replace("-", ""))))
    if participant is None and key.isdigit():
        participant = session.scalar(select(Participant).where(col(Participant.nik) == key).limit(1))
    if participant is None:
        raise EnrolmentError("enrolment.not_found", key=key)
    return participant


def find_duplicate_nik(session: Session, nik: str, exclude_id: int | None = None) -> Participant | None:
    query = select(Participant).where(col(Participant.nik) == nik)
    if exclude_id is not None:
        query = query.where(col(Participant.id) != exclude_id)
    return session.scalar(query.order_by(col(Participant.id)).limit(1))


def heirs_of(session: Session, participant_id: int) -> list[Heir]:
    return list(session.scalars(select(Heir).where(col(Heir.participant_id) == participant_id)
                                .order_by(col(Heir.position))))


def history_of(session: Session, participant_id: int) -> list[ChangeHistory]:
    return list(session.scalars(select(ChangeHistory).where(col(ChangeHistory.participant_id) == participant_id)
                                .order_by(col(ChangeHistory.at), col(ChangeHistory.id))))


def to_data(participant: Participant, heirs: list[Heir]) -> ParticipantData:
    values = {name: getattr(participant, name) for name in DATA_FIELDS}
    return ParticipantData(**values, heirs=[
        HeirData(h.full_name, h.relationship, h.birth_date, h.phone, h.nik) for h in heirs])


def count_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(Participant.status, func.count()).group_by(col(Participant.status))).all()
    return {status: count for status, count in rows}
