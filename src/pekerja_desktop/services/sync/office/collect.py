"""(field office) What goes into a data bundle: every finished record not yet acknowledged by the hub (or,
with `changed_only`, not yet sent at its current version), with heirs and history, and the card print log."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, and_, col, or_, select

from pekerja_desktop.services.sync.bundle.records import print_batch_line, print_batch_uuid
from pekerja_desktop.services.sync.participant_lines import grouped_rows, participant_lines
from pekerja_desktop.store.card_models import CardPrintBatch, CardPrintItem
from pekerja_desktop.store.models import Participant, ParticipantStatus, table_of
from pekerja_desktop.store.sync_models import SyncItem

PARTICIPANT, PRINT_BATCH = "participant", "print_batch"
UNSENT_STATUSES = (ParticipantStatus.DRAFT.value, ParticipantStatus.TRANSFERRED.value)


@dataclass
class Selection:
    """The lines to send and, filled while they are produced, what was sent: (kind, uuid, version)."""
    session: Session
    office_code: str
    changed_only: bool
    sent: list[tuple[str, str, int]] = field(default_factory=list)

    def pending_filter(self):
        state = SyncItem
        if self.changed_only:
            newer = or_(state.uuid.is_(None), state.sent_version < Participant.version)
        else:
            newer = or_(state.uuid.is_(None), state.acked_version < Participant.version)
        # A purged record (services/privacy/retention.py) is never sent again: the hub keeps the copy it acknowledged;
        # nor is one the hub transferred to another office (it is that office's now).
        return and_(col(Participant.status).not_in(UNSENT_STATUSES), col(Participant.purged_at).is_(None), newer)

    def _pending_ids(self):
        return (select(Participant.id).outerjoin(SyncItem, and_(col(SyncItem.kind) == PARTICIPANT,
                                                                 col(SyncItem.uuid) == Participant.uuid))
                .where(self.pending_filter()))

    def participant_count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(self._pending_ids().subquery())) or 0

    def lines(self) -> Iterator[dict]:
        yield from self._participant_lines()
        yield from self._print_lines()

    def _participant_lines(self) -> Iterator[dict]:
        for row, line in participant_lines(self.session, self._pending_ids()):
            self.sent.append((PARTICIPANT, row["uuid"], row["version"]))
            yield line

    def _print_lines(self) -> Iterator[dict]:
        acked = set(self.session.scalars(select(SyncItem.uuid).where(
            col(SyncItem.kind) == PRINT_BATCH, col(SyncItem.acked_version) >= 1 if not self.changed_only
            else col(SyncItem.sent_version) >= 1)))
        query = table_of(CardPrintBatch).select().order_by(col(CardPrintBatch.id))
        batches = self.session.execute(query).mappings().all()
        pending = [b for b in batches
                   if print_batch_uuid(self.office_code, b["id"], b["printed_at"]) not in acked]
        if not pending:
            return
        items = grouped_rows(self.session, table_of(CardPrintItem).select().where(
            col(CardPrintItem.batch_id).in_([b["id"] for b in pending])).order_by(col(CardPrintItem.id)),
            key="batch_id")
        for batch in pending:
            line = print_batch_line(self.office_code, batch, items.get(batch["id"], []))
            self.sent.append((PRINT_BATCH, line["uuid"], 1))
            yield line


