"""The warning `duplicate.likely` on the enrolment form and at intake, and what confirming it records.

The warning names the likeliest other record (registration number and office; another office's person has no name
the desk may see), its reasons in words in both languages (the message shows the reader's), how many more there
are, every match's registration number (`matches`) and those of this office the form can open (`openable`).
Confirming it — "this is a different person" — remembers each pair (`different_pair`, sent to the hub with the next
data bundle) and writes one audit line per pair, so the same pair never warns again.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from pekerja_desktop.domain.findings import Finding, warning
from pekerja_desktop.domain.likeness.reasons import reasons_in_words
from pekerja_desktop.services.matching.desk_check import DeskMatch, DeskRecord, likely_duplicates, pair_key
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.duplicate_models import DifferentPair, PairOrigin
from pekerja_desktop.store.models import Participant

LIKELY = "duplicate.likely"
MORE = {"id": " (dan {count} data lain)", "en": " (and {count} more)"}


def likely_finding(matches: list[DeskMatch]) -> Finding | None:
    if not matches:
        return None
    first, others = matches[0], len(matches) - 1
    more = {language: text.format(count=others) if others else "" for language, text in MORE.items()}
    words = {language: reasons_in_words(first.reasons, language) for language in MORE}
    return warning(LIKELY, "nik", registration_number=first.registration_number, office_code=first.office_code,
                   score=first.score, reasons=",".join(first.reasons), reasons_text=words, more=more,
                   matches=",".join(m.registration_number for m in matches),
                   openable=",".join(m.registration_number for m in matches if m.own))


def likely_check(session: Session, record: DeskRecord, exclude_id: int | None) -> Finding | None:
    """The warning for `record` (None when nobody is likely the same person)."""
    own_number = ""
    if exclude_id is not None:
        own_number = session.scalar(select(col(Participant.registration_number))
                                    .where(col(Participant.id) == exclude_id)) or ""
    return likely_finding(likely_duplicates(session, record, exclude_id=exclude_id, own_number=own_number))


def matched_numbers(finding: Finding) -> list[str]:
    return [number for number in str(finding.params.get("matches", "")).split(",") if number]


def remember_different(session: Session, actor: str, office_code: str, number: str, finding: Finding) -> int:
    """Record the clerk's "different person" for every pair the warning named; returns how many were new."""
    added = 0
    for other in matched_numbers(finding):
        low, high = pair_key(number, other)
        if session.get(DifferentPair, (low, high)) is not None:
            continue
        session.add(DifferentPair(registration_a=low, registration_b=high, origin=PairOrigin.DESK.value,
                                  office_code=office_code, decided_by=actor))
        audit.record(session, actor, "duplicate.different", f"{low} {high}", origin=PairOrigin.DESK.value,
                     registration_number=number)
        added += 1
    return added
