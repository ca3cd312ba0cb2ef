"""(field office) The office's store of the hub's matching data, replaced whole by each newer reference bundle that
carries it (a hub of an earlier release sends none: the store is then left as it was). Replacing rather than
applying deltas keeps the rule simple and certain: whoever the last bundle did not name is gone."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert
from sqlmodel import Session

from pekerja_desktop.services.matching.hub_key import STATE_KEY
from pekerja_desktop.services.sync.bundle.matching_lines import (
    COVERED_FIELDS,
    MATCH_COVERED,
    MATCH_PERSON,
    MATCHING_KEY,
    PERSON_FIELDS,
)
from pekerja_desktop.services.sync.state import set_state
from pekerja_desktop.store.matching_models import MatchCovered, MatchPerson

CHUNK = 5000


def apply_matching(session: Session, records: list[dict]) -> dict:
    """Replace the matching store with the bundle's lines; returns the counts taken (empty when none came)."""
    key = next((r["key"] for r in records if r["type"] == MATCHING_KEY), None)
    if key is None:
        return {}
    set_state(session, STATE_KEY, key)
    people = [_person_row(r) for r in records if r["type"] == MATCH_PERSON]
    covered = [{name: r[name] for name in COVERED_FIELDS} for r in records if r["type"] == MATCH_COVERED]
    session.execute(delete(MatchPerson))
    session.execute(delete(MatchCovered))
    _insert(session, MatchPerson, people)
    _insert(session, MatchCovered, covered)
    return {MATCH_PERSON: len(people), MATCH_COVERED: len(covered)}


def _person_row(record: dict) -> dict:
    row = {name: record.get(name) for name in PERSON_FIELDS}
    row["name_key"] = row["name_key"] or ""
    row["regency_code"] = row["regency_code"] or ""
    row["birth_date"] = dt.date.fromisoformat(row["birth_date"]) if row["birth_date"] else None
    return row


def _insert(session: Session, model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(model), rows[start:start + CHUNK])
