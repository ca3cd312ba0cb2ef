"""(hub) Moving a participant within Maluku: `transfer REGISTRATION_NUMBER --to OFFICE_CODE` hands the record to
another registered office without a gap in coverage — the same registration number, the same KPJ, the same
coverage dates. Both offices learn it from their next ack or reference bundle (services/sync/hub/decisions.py);
from then on the receiving office edits the record and prints its cards.
"""

from __future__ import annotations

from sqlmodel import Session

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.lifecycle.end import LifecycleOutcome, changeable, clean_note
from pekerja_desktop.services.lifecycle.errors import LifecycleError
from pekerja_desktop.services.sync.hub.decisions import decide
from pekerja_desktop.services.sync.state import registered_offices, require_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.lifecycle_models import DecisionKind
from pekerja_desktop.store.models import Participant, ParticipantStatus
from pekerja_desktop.store.sync_models import SyncHubRecord, Verdict


def _require_office(session: Session, office_code: str) -> str:
    codes = [office.code for office, _ in registered_offices(session)]
    code = office_code.strip().upper()
    if code not in codes:
        raise LifecycleError("transfer.unknown_office", office_code=office_code, known=", ".join(codes) or "–")
    return code


def _require_movable(session: Session, participant: Participant, to_office: str) -> None:
    number = participant.registration_number
    if participant.office_code == to_office:
        raise LifecycleError("transfer.same_office", registration_number=number, office_code=to_office)
    if participant.status == ParticipantStatus.ENDED.value:
        raise LifecycleError("transfer.ended", registration_number=number)
    verdict = session.get(SyncHubRecord, participant.uuid)
    if verdict is None or verdict.status == Verdict.REJECTED.value:
        raise LifecycleError("transfer.not_accepted", registration_number=number,
                             status=verdict.status if verdict is not None else "–")


def transfer_participant(ctx: AppContext, key: str, to_office: str, reason: str = "") -> LifecycleOutcome:
    require_hub(ctx)
    ctx.require(Permission.LIFECYCLE)
    reason = clean_note(reason)
    with ctx.db.write() as session:
        code = _require_office(session, to_office)
        participant, _ = changeable(ctx, session, key)
        _require_movable(session, participant, code)
        from_office = participant.office_code
        decide(session, ctx.actor, participant, DecisionKind.TRANSFER, reason=reason, to_office=code)
        audit.record(session, ctx.actor, "participant.transfer", participant.registration_number,
                     from_office=from_office, to_office=code, reason=reason)
        return LifecycleOutcome(participant.registration_number, participant.status, participant.version, code,
                                participant.coverage_end, participant.end_reason, True)


def transfer_targets(ctx: AppContext) -> list[tuple[str, str]]:
    """(hub) The registered offices a participant can move to, as (code, name)."""
    require_hub(ctx)
    with ctx.db.session() as session:
        return [(office.code, office.name) for office, _ in registered_offices(session)]
