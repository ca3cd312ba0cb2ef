"""Who may change which record: the rules that depend on the record, not only on the role, and the refusal the
enrolment form shows before it offers to save."""

from __future__ import annotations

from sqlmodel import Session, col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import AccessError
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.lifecycle.errors import HandedOver
from pekerja_desktop.store.models import Participant, ParticipantStatus
from pekerja_desktop.store.sync_models import SyncItem


def was_exported(session: Session, participant_uuid: str) -> bool:
    sent = session.scalar(select(SyncItem.sent_version).where(col(SyncItem.kind) == "participant",
                                                              col(SyncItem.uuid) == participant_uuid))
    return bool(sent)


def require_edit(ctx, session: Session, participant: Participant) -> None:
    """A supervisor edits any record; a petugas only records they enrolled that were not yet exported. Nobody
    edits a record the hub transferred to another office."""
    if participant.status == ParticipantStatus.TRANSFERRED.value:
        raise HandedOver(participant.registration_number, participant.office_code)
    if ctx.can(Permission.EDIT_ANY):
        return
    ctx.require(Permission.EDIT_OWN)
    if participant.created_by != ctx.actor or was_exported(session, participant.uuid):
        raise AccessError("access.not_own", registration_number=participant.registration_number)


def require_confirmations(ctx, confirmed: set[str], already: str = "") -> None:
    """Confirming a warning is a supervisor's call; keeping confirmations already on the record is not."""
    if set(confirmed) - set(filter(None, already.split(","))):
        ctx.require(Permission.CONFIRM_WARNINGS)


def edit_refusal(ctx, registration_number: str) -> str | None:
    """None if saving changes to the record would be allowed, else the refusal in the user's language."""
    with ctx.db.session() as session:
        participant = find_participant(session, registration_number)
        try:
            require_edit(ctx, session, participant)
        except AccessError as exc:
            return exc.message()
    return None
