"""(field office) What goes into a data bundle: every finished record not yet acknowledged by the hub (or,
with `changed_only`, not yet sent at its current version), with heirs and history, and the card print log; and,
once the bundle is written, the record of what it carried.

The participants sent are recorded set-based, from the same selection the lines were read from: one
`INSERT … SELECT` into the bundle's members and one into `sync_item`, in the export's write transaction, so nothing
can change between the lines and the bookkeeping. No list of the records sent is kept in memory, and the number of
statements does not grow with the records (tests/services/sync/test_export_bookkeeping.py, bench/bench_export.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, literal
from sqlalchemy import select as core_select  # (sqlmodel's `select` is typed for at most four columns)
from sqlmodel import Session, and_, col, or_, select

from pekerja_desktop.services.sync.bundle.records import print_batch_line, print_batch_uuid
from pekerja_desktop.services.sync.participant_lines import grouped_rows, participant_lines
from pekerja_desktop.store.card_models import CardPrintBatch, CardPrintItem
from pekerja_desktop.store.dialect import upsert
from pekerja_desktop.store.models import Participant, ParticipantStatus, table_of
from pekerja_desktop.store.sync_models import SyncBundleMember, SyncItem

PARTICIPANT, PRINT_BATCH = "participant", "print_batch"
UNSENT_STATUSES = (ParticipantStatus.DRAFT.value, ParticipantStatus.TRANSFERRED.value)


@dataclass
class Selection:
    """The lines to send and, filled while they are produced, the print batches sent: (kind, uuid, version). The
    participants sent are the selection itself (`record_participants_sent`)."""
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
        for _row, line in participant_lines(self.session, self._pending_ids()):
            yield line

    def record_participants_sent(self, sequence: int, now: dt.datetime) -> None:
        """Inside the export's transaction, after the lines were written: the participants bundle `sequence`
        carries become its members, and each one's `sync_item` says it was sent at that version in that bundle.
        Members first: marking them sent takes them out of a `changed_only` selection."""
        record_members(self.session, self._pending_ids(), sequence)
        _mark_participants_sent(self.session, self._pending_ids(), sequence, now)

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


def _pending_rows(ids):
    """(uuid, version) of the participants `ids` selects. The statements below write them in uuid order, so that
    the (…, uuid) indexes they grow fill their pages in turn rather than at random."""
    return core_select(Participant.uuid, Participant.version).where(col(Participant.id).in_(ids)).subquery()


def record_members(session: Session, ids, sequence: int) -> None:
    """Sequence numbers never repeat for one hub; should an office ever trust another hub (numbered from 1 again),
    the newer bundle's members replace the older one's rather than fail the export."""
    session.execute(delete(SyncBundleMember).where(col(SyncBundleMember.bundle_sequence) == sequence))
    pending = _pending_rows(ids)
    session.execute(insert(SyncBundleMember).from_select(
        ["bundle_sequence", "uuid", "version"],
        core_select(literal(sequence), pending.c.uuid, pending.c.version).order_by(pending.c.uuid)))


def _mark_participants_sent(session: Session, ids, sequence: int, now: dt.datetime) -> None:
    """A record sent the first time gets the model's defaults for what the hub has not said yet."""
    pending = _pending_rows(ids)
    fresh = {"acked_version": 0, "hub_version": 0, "ack_status": "", "ack_reason": "", "ack_detail": "",
             "duplicate_of": None, "ack_sequence": 0}
    sent_at = literal(now, type_=table_of(SyncItem).c.updated_at.type)
    rows = core_select(literal(PARTICIPANT), pending.c.uuid, pending.c.version, literal(sequence), sent_at,
                       *(literal(value, type_=table_of(SyncItem).c[name].type) for name, value in fresh.items()))
    statement = upsert(session, SyncItem).from_select(  # (WHERE: SQLite's upsert after a SELECT needs one)
        ["kind", "uuid", "sent_version", "sent_sequence", "updated_at", *fresh],
        rows.where(literal(True)).order_by(pending.c.uuid))
    session.execute(statement.on_conflict_do_update(index_elements=["kind", "uuid"], set_={
        "sent_version": statement.excluded.sent_version, "sent_sequence": statement.excluded.sent_sequence,
        "updated_at": statement.excluded.updated_at}))
