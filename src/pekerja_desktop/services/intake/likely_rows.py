"""(#12) The desk's duplicate check at intake: a row likely to be a person already registered — here, or at
another office as the hub shared it — lands as a draft like any other, carrying the warning `duplicate.likely`
(shown in the preview and, in the form, on the draft until it is finished). It is never refused for it.
The whole list is checked at once (services/matching/desk_bulk.py), not a query per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from sqlmodel import Session

from pekerja_desktop.domain.findings import Finding
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.services.enrolment.likely import LIKELY, likely_finding
from pekerja_desktop.services.matching.desk_bulk import likely_duplicates_many


class CheckedRow(Protocol):
    row_number: int
    data: ParticipantData | None
    outcome: str
    findings: list[Finding]
    carried: list[Finding]


def likely_findings(session: Session, rows: Iterable[CheckedRow], landing: tuple[str, ...]) -> dict[int, Finding]:
    """Row number → the warning, for the rows that would land (the whole list checked at once)."""
    checked = [row for row in rows if row.data is not None and row.outcome in landing]
    found = likely_duplicates_many(session, [row.data for row in checked])  # type: ignore[misc]
    return {row.row_number: finding for row, matches in zip(checked, found, strict=True)
            if (finding := likely_finding(matches)) is not None}


def flag_likely(rows: Iterable[CheckedRow], likely: dict[int, Finding], landing: tuple[str, ...]) -> None:
    """The warning on each landing row that has one, shown and carried onto its draft (once, however often the
    rows are checked again)."""
    for row in rows:
        row.findings = [f for f in row.findings if f.code != LIKELY]
        row.carried = [f for f in row.carried if f.code != LIKELY]
        finding = likely.get(row.row_number)
        if finding is not None and row.outcome in landing:
            row.findings.append(finding)
            row.carried.append(finding)
