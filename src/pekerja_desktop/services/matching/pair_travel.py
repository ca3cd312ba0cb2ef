"""How pairs judged "different persons" travel (#12): a desk's judgement goes to the hub in every data bundle until
an ack brings it back (then it is marked `sent`: the hub has it); the hub keeps every pair it hears of or decides
(`resolve-duplicate --different`) and sends each office, in every ack, the pairs naming one of its records — so
the desk never warns of them and the hub's `possible-duplicates` leaves them out. Applying a pair twice changes
nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from sqlmodel import Session, col, or_, select

from pekerja_desktop.services.sync.bundle.pair_lines import pair_line
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.duplicate_models import DifferentPair, PairOrigin
from pekerja_desktop.store.models import Participant, table_of


def _row_of(line: dict, office_code: str, *, sent: bool) -> DifferentPair:
    stamp = dt.datetime.fromisoformat(line["decided_at"])
    return DifferentPair(registration_a=line["registration_a"], registration_b=line["registration_b"],
                         origin=line["origin"], office_code=office_code, decided_by=line["decided_by"],
                         decided_at=stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC), sent=sent)


def _lines(session: Session, query) -> Iterator[dict]:
    for row in session.execute(query.order_by(col(DifferentPair.registration_a),
                                              col(DifferentPair.registration_b))).mappings():
        yield pair_line(row)


# --- at a field office --------------------------------------------------------------------------------------

def unsent_pair_lines(session: Session) -> Iterator[dict]:
    """(office → hub) The desk's judgements the hub has not confirmed yet."""
    yield from _lines(session, table_of(DifferentPair).select().where(
        col(DifferentPair.origin) == PairOrigin.DESK.value, col(DifferentPair.sent).is_(False)))


def apply_pair_lines(session: Session, lines: Iterable[dict]) -> int:
    """(hub → office) Keep the hub's pairs; a desk pair coming back is now known at the hub. Returns how many
    pairs were new here."""
    added = 0
    for line in lines:
        held = session.get(DifferentPair, (line["registration_a"], line["registration_b"]))
        if held is not None:
            held.sent = True
            session.add(held)
            continue
        session.add(_row_of(line, line.get("office_code", ""), sent=True))
        added += 1
    session.flush()
    return added


# --- at the hub ---------------------------------------------------------------------------------------------------

def receive_pair_lines(session: Session, sender: str, lines: Iterable[dict], actor: str) -> int:
    """(office → hub) Keep the desk's judgements of `sender` (audited once each); returns how many were new."""
    added = 0
    for line in lines:
        if session.get(DifferentPair, (line["registration_a"], line["registration_b"])) is not None:
            continue
        session.add(_row_of(line, sender, sent=True))
        audit.record(session, actor, "duplicate.different", f"{line['registration_a']} {line['registration_b']}",
                     origin=PairOrigin.DESK.value, office_code=sender, decided_by=line["decided_by"])
        added += 1
    session.flush()
    return added


def pair_lines_for(session: Session, office_code: str) -> Iterator[dict]:
    """(hub → office) Every pair naming one of the office's records."""
    own = select(col(Participant.registration_number)).where(col(Participant.office_code) == office_code)
    yield from _lines(session, table_of(DifferentPair).select().where(
        or_(col(DifferentPair.registration_a).in_(own), col(DifferentPair.registration_b).in_(own))))


def remember_hub_verdict(session: Session, hub_code: str, actor: str, first: str, second: str) -> None:
    """(hub) `resolve-duplicate --different`: the pair, to travel to the offices concerned."""
    low, high = sorted((first, second))
    if session.get(DifferentPair, (low, high)) is None:
        session.add(DifferentPair(registration_a=low, registration_b=high, origin=PairOrigin.HUB.value,
                                  office_code=hub_code, decided_by=actor, sent=True))


def different_pairs(session: Session) -> list[tuple[str, str]]:
    """(hub) Every pair judged different, by registration numbers."""
    return [(a, b) for a, b in session.execute(select(DifferentPair.registration_a, DifferentPair.registration_b))]
