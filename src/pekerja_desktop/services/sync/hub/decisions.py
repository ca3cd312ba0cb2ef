"""(hub) Decisions the hub takes on records another office owns — an end, a reactivation, a transfer — and the
rules that make them reach the offices and hold against older office versions.

- A decision changes the hub's copy at once (billing, reports and the dashboard see it) but not its version: the
  version belongs to the owning office, which makes the next one when it applies the decision.
- It travels as a `decision` line in every ack or reference bundle to the offices concerned (the owner; for a
  transfer also the receiving office, with the record itself) until the office reports having applied a hub
  bundle carrying it (`serial` ≤ the verdict serial of that bundle, as for verdicts: ack.confirmed_serial).
- An office version made before the office applied the decision loses to it: after such a version is stored, the
  decisions still pending for that office are applied again on top (`reassert_pending`). A version made after
  (the office reactivated what the hub ended, say) is the newer word and stands.
- A record transferred away is no longer its first office's: an older version from there is ignored, not refused
  (`transferred_away`); the receiving office sends it with the first office's registration number
  (`transferred_in`).

Each rule is one function, called from the apply/ack code at one point.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable, Iterator

from sqlalchemy import func, update
from sqlmodel import Session, col, or_, select

from pekerja_desktop.services.lifecycle.record_changes import (
    EndFields,
    end_changes,
    reactivation_changes,
    record,
    transfer_changes,
)
from pekerja_desktop.services.sync.bundle.decision_lines import decision_line
from pekerja_desktop.services.sync.participant_lines import participant_lines
from pekerja_desktop.services.sync.state import next_state_serial
from pekerja_desktop.store.dialect import among
from pekerja_desktop.store.lifecycle_models import DecisionKind, HubDecision
from pekerja_desktop.store.models import Participant, utcnow
from pekerja_desktop.store.sync_models import Direction, SyncBundle, SyncHubRecord, SyncPrintLog


def decide(session: Session, actor: str, participant: Participant, kind: DecisionKind, *,
           fields: EndFields | None = None, reason: str = "", to_office: str = "") -> HubDecision:
    """Record a decision on `participant` (held for another office) and apply it to the hub's copy."""
    decision = HubDecision(
        uuid=uuid_module.uuid4().hex, participant_uuid=participant.uuid,
        registration_number=participant.registration_number, kind=kind.value, from_office=participant.office_code,
        to_office=to_office, coverage_end=fields.coverage_end if fields else None,
        end_reason=fields.end_reason if fields else None, end_note=fields.end_note if fields else "",
        reason=reason, decided_at=utcnow(), decided_by=actor, serial=next_state_serial(session),
        card_version=_last_card_version(session, participant.uuid) if kind == DecisionKind.TRANSFER else 0)
    session.add(decision)
    _apply_to_copy(session, participant, decision, actor)
    if kind == DecisionKind.TRANSFER:
        _move_hub_record(session, participant.uuid, to_office)
    return decision


def _last_card_version(session: Session, participant_uuid: str) -> int:
    return session.scalar(select(func.max(col(SyncPrintLog.card_version)))
                          .where(col(SyncPrintLog.participant_uuid) == participant_uuid)) or 0


def _changes(participant: Participant, decision: HubDecision) -> list:
    if decision.kind == DecisionKind.END.value:
        assert decision.coverage_end is not None and decision.end_reason is not None
        return end_changes(participant, EndFields(decision.coverage_end, decision.end_reason, decision.end_note))
    if decision.kind == DecisionKind.REACTIVATE.value:
        return reactivation_changes(participant, decision.reason)
    return transfer_changes(participant, decision.to_office, leaving=False)


def _apply_to_copy(session: Session, participant: Participant, decision: HubDecision, actor: str) -> bool:
    return record(session, participant, _changes(participant, decision), actor, new_version=False)


def _move_hub_record(session: Session, participant_uuid: str, to_office: str) -> None:
    """The verdict now belongs to the receiving office, which hears it (and the KPJ number) in its next bundle."""
    session.execute(update(SyncHubRecord).where(col(SyncHubRecord.uuid) == participant_uuid)
                    .values(office_code=to_office, state_serial=next_state_serial(session), updated_at=utcnow()))


# --- what travels to the offices --------------------------------------------------------------------------

def serial_of_sequence(session: Session, office_code: str, sequence: int) -> int:
    """The verdict serial of the hub bundle `sequence` sent to the office (0: none)."""
    if not sequence:
        return 0
    serial = session.scalar(select(col(SyncBundle.state_serial)).where(
        col(SyncBundle.direction) == Direction.OUT.value, col(SyncBundle.receiver_code) == office_code,
        col(SyncBundle.sequence) == sequence).order_by(col(SyncBundle.id).desc()).limit(1))
    return serial or 0


def _for_office(session: Session, office_code: str, since_serial: int, recover_all: bool) -> list[HubDecision]:
    concerned = or_(col(HubDecision.from_office) == office_code, col(HubDecision.to_office) == office_code)
    pending = col(HubDecision.serial) > since_serial
    if recover_all:  # a restored office must learn again which of its records went elsewhere
        pending = pending | ((col(HubDecision.kind) == DecisionKind.TRANSFER.value)
                             & (col(HubDecision.from_office) == office_code))
    query = select(HubDecision).where(concerned, pending)
    return list(session.scalars(query.order_by(col(HubDecision.serial))))


def decision_lines(session: Session, office_code: str, since_serial: int, *, recover_all: bool = False,
                   sent: Iterable[str] = ()) -> Iterator[dict]:
    """For an ack or reference bundle to `office_code`: the hub's copy of each record transferred to it (unless
    already among the `sent` participant lines), then every decision it has not confirmed."""
    decisions = _for_office(session, office_code, since_serial, recover_all)
    arriving = {d.participant_uuid for d in decisions
                if d.kind == DecisionKind.TRANSFER.value and d.to_office == office_code} - set(sent)
    if arriving:
        ids = select(col(Participant.id)).where(col(Participant.uuid).in_(sorted(arriving)),
                                                col(Participant.office_code) == office_code)
        for _row, line in participant_lines(session, ids, with_kpj=True):
            yield line
    for decision in decisions:
        yield decision_line(decision.model_dump())


# --- rules applied while an office's bundle is imported ------------------------------------------------------

def reassert_pending(session: Session, office_code: str, receiver_sequence_applied: int,
                     uuids: Iterable[str]) -> int:
    """After the office's versions of `uuids` were stored: apply again, in order, the ends and reactivations the
    office had not applied when it made them. Returns how many records changed."""
    applied_serial = serial_of_sequence(session, office_code, receiver_sequence_applied)
    unapplied = (col(HubDecision.from_office) == office_code,
                 col(HubDecision.kind).in_((DecisionKind.END.value, DecisionKind.REACTIVATE.value)),
                 col(HubDecision.serial) > applied_serial)
    if session.scalar(select(HubDecision.uuid).where(*unapplied).limit(1)) is None:
        return 0  # the usual case: nothing the office has yet to apply, so no record to look up
    changed = 0
    for among_uuids in among(session, col(HubDecision.participant_uuid), sorted(set(uuids))):
        pending = list(session.scalars(select(HubDecision).where(
            among_uuids, *unapplied).order_by(col(HubDecision.serial))))
        for decision in pending:
            participant = session.scalar(select(Participant).where(col(Participant.uuid) == decision.participant_uuid))
            if participant is not None and _apply_to_copy(session, participant, decision,
                                                          decision.decided_by):
                changed += 1
    return changed


def transferred_away(session: Session, office_code: str, uuids: Iterable[str]) -> set[str]:
    """Of `uuids`, those a transfer took away from `office_code`."""
    found: set[str] = set()
    for among_uuids in among(session, col(HubDecision.participant_uuid), sorted(set(uuids))):
        found.update(session.scalars(select(HubDecision.participant_uuid).where(
            among_uuids, col(HubDecision.from_office) == office_code,
            col(HubDecision.kind) == DecisionKind.TRANSFER.value)))
    return found


def transferred_in(session: Session, office_code: str, uuids: Iterable[str]) -> set[str]:
    """Of `uuids`, those a transfer gave to `office_code` (their registration numbers name another office)."""
    found: set[str] = set()
    for among_uuids in among(session, col(HubDecision.participant_uuid), sorted(set(uuids))):
        found.update(session.scalars(select(HubDecision.participant_uuid).where(
            among_uuids, col(HubDecision.to_office) == office_code,
            col(HubDecision.kind) == DecisionKind.TRANSFER.value)))
    return found


def decisions_on(session: Session, participant_uuid: str) -> list[HubDecision]:
    return list(session.scalars(select(HubDecision).where(col(HubDecision.participant_uuid) == participant_uuid)
                                .order_by(col(HubDecision.decided_at), col(HubDecision.serial))))
