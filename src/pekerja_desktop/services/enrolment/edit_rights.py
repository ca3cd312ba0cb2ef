"""Who may change which record and confirm which warning: the rules that depend on the record or the warning,
not only on the role, and the refusals the enrolment form shows before it offers to save or to tick."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.domain.warning_rights import (
    PETUGAS_CONFIRMABLE_SETTING,
    WARNING_CODES,
    needing_supervisor,
    petugas_confirmable,
    unknown_codes,
    warning_name,
)
from pekerja_desktop.errors import AccessError, PekerjaError
from pekerja_desktop.services.enrolment.errors import WarningRightsError
from pekerja_desktop.services.enrolment.participants import find_participant
from pekerja_desktop.services.lifecycle.errors import HandedOver
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.store import audit_chain as audit
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


def petugas_may_confirm(ctx) -> frozenset[str]:
    """The warning codes a petugas may confirm here (setting `petugas_confirmable_warnings`)."""
    with ctx.db.session() as session:
        return petugas_confirmable(get_setting(session, PETUGAS_CONFIRMABLE_SETTING))


def require_confirmations(ctx, confirmed: set[str], already: str = "") -> None:
    """Confirming a warning is a supervisor's call, except those the setting leaves to a petugas; keeping
    confirmations already on the record is anyone's."""
    new = set(confirmed) - set(filter(None, already.split(",")))
    if not new or ctx.can(Permission.CONFIRM_WARNINGS):
        return
    refused = needing_supervisor(new, petugas_may_confirm(ctx))
    if refused:
        raise WarningRightsError("access.confirm_warning", warning="; ".join(map(warning_name, refused)))


def confirm_refusals(ctx) -> dict[str, str]:
    """Warning code → why this operator may not tick it (in the user's language); codes they may tick are absent."""
    if ctx.can(Permission.CONFIRM_WARNINGS):
        return {}
    allowed = petugas_may_confirm(ctx)
    return {code: WarningRightsError("access.confirm_warning", warning=warning_name(code)).message()
            for code in WARNING_CODES if code not in allowed}


def set_petugas_confirmable(ctx, codes: Iterable[str]) -> frozenset[str]:
    """Which warnings a petugas may confirm (an admin's setting; audited). Unknown codes are refused."""
    codes = set(codes)
    unknown = unknown_codes(codes)
    if unknown:
        raise PekerjaError("argument.invalid", reason=f"unknown warning codes: {', '.join(unknown)}")
    ctx.require(Permission.SETTINGS)
    chosen = [code for code in WARNING_CODES if code in codes]
    with ctx.db.write() as session:
        set_setting(session, PETUGAS_CONFIRMABLE_SETTING, chosen)
        audit.record(session, ctx.actor, "settings.warnings", PETUGAS_CONFIRMABLE_SETTING, value=chosen)
    return frozenset(chosen)


def edit_refusal(ctx, registration_number: str) -> str | None:
    """None if saving changes to the record would be allowed, else the refusal in the user's language."""
    with ctx.db.session() as session:
        participant = find_participant(session, registration_number)
        try:
            require_edit(ctx, session, participant)
        except AccessError as exc:
            return exc.message()
    return None
