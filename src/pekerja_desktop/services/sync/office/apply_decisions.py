"""(field office) Applying the hub's decisions from an ack or reference bundle, each once (its row is kept in
`hub_decision` with `applied_at`):

- an end or a reactivation becomes a new version of the record, made by `hub:<code>` in its history, which the
  next data bundle sends back (so the hub learns the office has it);
- a transfer away marks the record `transferred` to the receiving office: it is never exported from here again
  and can no longer be edited here;
- a transfer to this office: the record itself came in the same bundle (stored like a recovered record); its
  card continues from the last version printed elsewhere, so the card in the worker's hand stays valid until a
  printed field changes.

Decisions on records this office does not hold (any more) are recorded as applied and change nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from pekerja_desktop.services.cards.card_data import printed_fingerprint
from pekerja_desktop.services.lifecycle.record_changes import (
    EndFields,
    end_changes,
    reactivation_changes,
    record,
    transfer_changes,
)
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.card_models import CardState
from pekerja_desktop.store.lifecycle_models import DecisionKind, HubDecision
from pekerja_desktop.store.models import Participant, ParticipantStatus, saved_id, utcnow

COUNT_KEYS = ("ended", "reactivated", "transferred_out", "transferred_in")
AUDIT_ACTIONS = {"ended": "participant.end", "reactivated": "participant.reactivate",
                 "transferred_out": "participant.transfer", "transferred_in": "participant.transfer"}


@dataclass
class DecisionsApplied:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))
    details: list[dict] = field(default_factory=list)  # what the clerk should see, one per record changed


def _row(line: dict) -> HubDecision:
    """The decision as this office keeps it (fields checked by decision_lines.decision_problem)."""
    end = line.get("coverage_end")
    stamp = dt.datetime.fromisoformat(line["decided_at"])
    return HubDecision(
        uuid=line["uuid"], participant_uuid=line["participant_uuid"],
        registration_number=line.get("registration_number") or "", kind=line["kind"],
        from_office=line["from_office"], to_office=line.get("to_office") or "",
        coverage_end=dt.date.fromisoformat(end) if end else None, end_reason=line.get("end_reason"),
        end_note=line.get("end_note") or "", reason=line.get("reason") or "",
        card_version=line.get("card_version") or 0, decided_by=line["decided_by"],
        decided_at=stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC), serial=0, applied_at=utcnow())


def apply_decisions(session: Session, lines: list[dict], own_office: str, hub_actor: str,
                    operator: str) -> DecisionsApplied:
    """Apply the decisions not applied yet, in the order the hub made them."""
    result = DecisionsApplied()
    for line in lines:
        if session.get(HubDecision, line["uuid"]) is not None:
            continue
        decision = _row(line)
        participant = session.scalar(select(Participant).where(col(Participant.uuid) == decision.participant_uuid))
        key = _apply(session, decision, participant, own_office, hub_actor) if participant is not None else None
        if key is not None and participant is not None:
            result.counts[key] += 1
            result.details.append({"status": key, "registration_number": participant.registration_number,
                                   "coverage_end": decision.coverage_end, "end_reason": decision.end_reason,
                                   "office_code": decision.to_office})
            audit.record(session, operator, AUDIT_ACTIONS[key], participant.registration_number, change=key,
                         decided_at=hub_actor, decided_by=decision.decided_by, decision=decision.uuid)
        session.add(decision)
    return result


def _apply(session: Session, decision: HubDecision, participant: Participant, own_office: str,
           hub_actor: str) -> str | None:
    """The count key of what changed, or None."""
    kind = decision.kind
    if kind == DecisionKind.TRANSFER.value:
        return _transfer(session, decision, participant, own_office, hub_actor)
    if participant.office_code != own_office or participant.status == ParticipantStatus.TRANSFERRED.value:
        return None
    if kind == DecisionKind.END.value:
        assert decision.coverage_end is not None and decision.end_reason is not None
        fields = EndFields(decision.coverage_end, decision.end_reason, decision.end_note)
        return "ended" if record(session, participant, end_changes(participant, fields), hub_actor) else None
    changes = reactivation_changes(participant, decision.reason)
    return "reactivated" if record(session, participant, changes, hub_actor) else None


def _transfer(session: Session, decision: HubDecision, participant: Participant, own_office: str,
              hub_actor: str) -> str | None:
    if decision.to_office == own_office:
        _continue_card(session, participant, decision.card_version)
        return "transferred_in"
    if decision.from_office == own_office and participant.status != ParticipantStatus.TRANSFERRED.value:
        changes = transfer_changes(participant, decision.to_office, leaving=True)
        return "transferred_out" if record(session, participant, changes, hub_actor) else None
    return None


def _continue_card(session: Session, participant: Participant, card_version: int) -> None:
    participant_id = saved_id(participant)
    if card_version <= 0 or session.get(CardState, participant_id) is not None:
        return
    session.add(CardState(participant_id=participant_id, card_version=card_version,
                          printed_fingerprint=printed_fingerprint(participant), printed_kpj=participant.kpj,
                          printed_at=None, batch_id=None))
