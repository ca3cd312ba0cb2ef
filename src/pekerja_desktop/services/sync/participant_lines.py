"""Participants as bundle lines and back, for both roles: lines from the rows (an office's data bundle, the hub's
recovery lines after an office's restore) and rows from the lines (the hub storing an office's records, an office
taking back its own after a restore). Heirs, benefit claims and the change history travel inside the line."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import RowMapping, Select, delete
from sqlmodel import Session, col, select

from pekerja_desktop.services.sync.bundle.records import (
    ParticipantParts,
    claim_rows,
    heir_rows,
    history_rows,
    participant_line,
)
from pekerja_desktop.store.bulk import insert_rows, insert_staged, update_rows
from pekerja_desktop.store.dialect import after_explicit_ids, among
from pekerja_desktop.store.lifecycle_models import BenefitClaim
from pekerja_desktop.store.models import ChangeHistory, Heir, Participant, table_of

LINES_AT_A_TIME = 2_000  # participants read together with their heirs and history


def participant_lines(session: Session, ids: Select, *, with_kpj: bool = False) -> Iterator[tuple[RowMapping, dict]]:
    """(row, line) for the participants whose id `ids` (a SELECT of participant ids) gives, with heirs and history,
    in id order. They are read LINES_AT_A_TIME at a time, from where the last chunk ended: memory stays flat and the
    time per record the same whatever the number of records (an export of 200,000 no longer holds every heir and
    history row at once)."""
    last = 0
    while chunk := list(session.scalars(ids.where(col(Participant.id) > last).order_by(col(Participant.id))
                                        .limit(LINES_AT_A_TIME))):
        yield from _chunk_lines(session, chunk, with_kpj)
        last = chunk[-1]


def _chunk_lines(session: Session, chunk: list[int], with_kpj: bool) -> Iterator[tuple[RowMapping, dict]]:
    heirs = grouped_rows(session, table_of(Heir).select().where(col(Heir.participant_id).in_(chunk))
                         .order_by(col(Heir.participant_id), col(Heir.position)))
    history = grouped_rows(session, table_of(ChangeHistory).select()
                           .where(col(ChangeHistory.participant_id).in_(chunk))
                           .order_by(col(ChangeHistory.participant_id), col(ChangeHistory.at), col(ChangeHistory.id)))
    claims = grouped_rows(session, table_of(BenefitClaim).select().where(col(BenefitClaim.participant_id).in_(chunk))
                          .order_by(col(BenefitClaim.participant_id), col(BenefitClaim.id)))
    rows = session.execute(table_of(Participant).select().where(col(Participant.id).in_(chunk))
                           .order_by(col(Participant.id))).mappings().all()
    for row in rows:
        yield row, participant_line(row, heirs.get(row["id"], []), history.get(row["id"], []), with_kpj=with_kpj,
                                    claims=claims.get(row["id"], []))


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
    people, heirs, history, claims = [], [], [], []
    for offset, record in enumerate(records):
        pid = first_id + offset
        person = record.row(keep_kpj=keep_kpj)
        person["id"] = pid
        person.setdefault("kpj", None)
        people.append(person)
        heirs.extend(heir_rows(record, pid))
        history.extend(history_rows(record, pid))
        claims.extend(claim_rows(record, pid))
    insert_staged(connection, table_of(Participant), people)
    insert_rows(connection, table_of(Heir), heirs)
    insert_rows(connection, table_of(ChangeHistory), history)
    insert_rows(connection, table_of(BenefitClaim), claims)
    after_explicit_ids(connection, "participant")


def replace_existing(session: Session, records: list[ParticipantParts], *, keep_kpj: bool) -> set[str]:
    """Replace the stored copies (heirs and history too); returns the NIKs they had (for duplicates)."""
    if not records:
        return set()
    ids, old_niks = {}, set()
    for uuid_among in among(session, col(Participant.uuid), [r.uuid for r in records]):
        for uuid, pid, nik in session.execute(select(Participant.uuid, Participant.id, Participant.nik)
                                              .where(uuid_among)).all():
            ids[uuid] = pid
            old_niks.add(nik)
    connection = session.connection()
    update_rows(connection, table_of(Participant), "uuid", [r.row(keep_kpj=keep_kpj) for r in records])
    for model in (Heir, ChangeHistory, BenefitClaim):  # one array each on PostgreSQL (store/dialect.among)
        for id_among in among(session, col(model.participant_id), list(ids.values())):
            session.execute(delete(model).where(id_among))
    insert_rows(connection, table_of(Heir), [h for r in records for h in heir_rows(r, ids[r.uuid])])
    insert_rows(connection, table_of(ChangeHistory), [h for r in records for h in history_rows(r, ids[r.uuid])])
    insert_rows(connection, table_of(BenefitClaim), [c for r in records for c in claim_rows(r, ids[r.uuid])])
    return old_niks
