"""Participants as bundle lines and back, for both roles: lines from the rows (an office's data bundle, the hub's
recovery lines after an office's restore) and rows from the lines (the hub storing an office's records, an office
taking back its own after a restore)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import RowMapping, delete
from sqlmodel import Session, col, select

from pekerja_desktop.services.sync.bundle.records import (
    ParticipantParts,
    heir_rows,
    history_rows,
    participant_line,
)
from pekerja_desktop.store.bulk import chunks, insert_rows, insert_staged, update_rows
from pekerja_desktop.store.dialect import after_explicit_ids
from pekerja_desktop.store.models import ChangeHistory, Heir, Participant, table_of


def participant_lines(session: Session, ids, *, with_kpj: bool = False) -> Iterator[tuple[RowMapping, dict]]:
    """(row, line) for the participants whose id is in `ids` (a subquery), with heirs and history."""
    heirs = grouped_rows(session, table_of(Heir).select().where(col(Heir.participant_id).in_(ids))
                         .order_by(col(Heir.participant_id), col(Heir.position)))
    history = grouped_rows(session, table_of(ChangeHistory).select().where(col(ChangeHistory.participant_id).in_(ids))
                           .order_by(col(ChangeHistory.participant_id), col(ChangeHistory.at), col(ChangeHistory.id)))
    rows = session.execute(table_of(Participant).select().where(col(Participant.id).in_(ids))
                           .order_by(col(Participant.id))).mappings()
    for row in rows:
        yield row, participant_line(row, heirs.get(row["id"], []), history.get(row["id"], []), with_kpj=with_kpj)


def grouped_rows(session: Session, query, key: str = "participant_id") -> dict[int, list]:
    """The rows of `query` grouped by their `key` column."""
    grouped: dict[int, list] = defaultdict(list)
    for row in session.execute(query).mappings():
        grouped[row[key]].append(row)
    return grouped


def store_new(session: Session, records: list[ParticipantParts], *, keep_kpj: bool) -> None:
    """Insert participants with their heirs and history (ids assigned here: the write lock is held)."""
    if not records:
        return
    connection = session.connection()
    first_id = (connection.exec_driver_sql("SELECT max(id) FROM participant").scalar() or 0) + 1
    people, heirs, history = [], [], []
    for offset, record in enumerate(records):
        pid = first_id + offset
        people.append({"id": pid, "kpj": None, **record.row(keep_kpj=keep_kpj)})
        heirs.extend(heir_rows(record, pid))
        history.extend(history_rows(record, pid))
    insert_staged(connection, table_of(Participant), people)
    insert_rows(connection, table_of(Heir), heirs)
    insert_rows(connection, table_of(ChangeHistory), history)
    after_explicit_ids(connection, "participant")


def replace_existing(session: Session, records: list[ParticipantParts], *, keep_kpj: bool) -> set[str]:
    """Replace the stored copies (heirs and history too); returns the NIKs they had (for duplicates)."""
    if not records:
        return set()
    ids, old_niks = {}, set()
    for chunk in chunks([r.uuid for r in records]):
        for uuid, pid, nik in session.execute(select(Participant.uuid, Participant.id, Participant.nik)
                                              .where(col(Participant.uuid).in_(chunk))).all():
            ids[uuid] = pid
            old_niks.add(nik)
    connection = session.connection()
    update_rows(connection, table_of(Participant), "uuid", [r.row(keep_kpj=keep_kpj) for r in records])
    for chunk in chunks(list(ids.values())):
        session.execute(delete(Heir).where(col(Heir.participant_id).in_(chunk)))
        session.execute(delete(ChangeHistory).where(col(ChangeHistory.participant_id).in_(chunk)))
    insert_rows(connection, table_of(Heir), [h for r in records for h in heir_rows(r, ids[r.uuid])])
    insert_rows(connection, table_of(ChangeHistory), [h for r in records for h in history_rows(r, ids[r.uuid])])
    return old_niks
