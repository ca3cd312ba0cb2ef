"""What becomes of a row: refused only when it cannot become a record — no valid NIK, no name, a person the list
itself marks dead or moved away (a NIK already registered or repeated in the file is decided with the register,
in `preview.py`) — and otherwise a draft. A value that cannot stand (a phone that is no phone, an unknown village,
an heir without a relationship) is left blank on the draft and the finding travels with it, so the clerk completes
it in the form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from pekerja_desktop.domain.findings import Finding, Severity
from pekerja_desktop.domain.participant import ParticipantData
from pekerja_desktop.domain.validation import ReferenceSets, validate_participant
from pekerja_desktop.services.intake.messages import IntakeFinding, intake_error
from pekerja_desktop.services.intake.rows import RowReading

VALID, INCOMPLETE, INVALID = "valid", "incomplete", "invalid"
ALREADY_PRESENT, DUPLICATE_IN_FILE = "already_present", "duplicate_in_file"
OUTCOMES = (VALID, INCOMPLETE, INVALID, ALREADY_PRESENT, DUPLICATE_IN_FILE)
LANDING = (VALID, INCOMPLETE)  # rows that become drafts

IDENTITY_FIELDS = frozenset({"nik", "full_name"})
STATUS_FINDINGS = {"dead": "intake.person_dead", "moved": "intake.person_moved", "missing": "intake.person_missing",
                   "gone": "intake.person_gone", "invalid": "intake.person_invalid"}
# fields a draft may hold empty, with the value each is left at
BLANKS: dict[str, Any] = {"birth_date": None, "sex": None, "mother_name": None, "phone": None, "rt_rw": "",
                             "village_code": "", "occupation": "", "kk_number": "", "birth_place": "", "address": ""}
# findings that leave a draft to complete although nothing was blanked
TO_COMPLETE = frozenset({"intake.village_missing", "intake.occupation_ask", "intake.occupation_unmapped",
                         "occupation.ktp_confirm"})
# codes the intake itself words as "left blank": no second sentence needed
SELF_EXPLAINED = frozenset({"intake.village_unresolved", "intake.village_ambiguous", "intake.district_unresolved",
                            "intake.occupation_unresolved", "intake.birth_date_unreadable",
                            "intake.kk_excel_number"})


@dataclass
class Decision:
    data: ParticipantData | None
    findings: list[Finding]  # what the preview shows: refusals as errors; on a draft, everything as warnings
    outcome: str
    carried: list[Finding]  # what the draft keeps (intake findings; the domain's own warnings come back by themselves)


def decide(reading: RowReading, ref: ReferenceSets, today: dt.date) -> Decision:
    if reading.data is None:
        return Decision(None, reading.findings, INVALID, [])
    findings = reading.findings + _validated(reading, reading.data, ref, today)
    if reading.status:  # the list's own reason, and nothing else to fix: the row is no candidate any more
        shown = reading.values.get("status", reading.status)
        refusal = intake_error(STATUS_FINDINGS[reading.status], "status", value=shown)
        return Decision(reading.data, [refusal, *(f for f in findings if f.is_error and f.field == "nik")],
                        INVALID, [])
    if any(f.is_error and f.field in IDENTITY_FIELDS for f in findings):
        return Decision(reading.data, findings, INVALID, [])
    return _landing(reading, findings, ref, today)


def _validated(reading: RowReading, data: ParticipantData, ref: ReferenceSets, today: dt.date) -> list[Finding]:
    checked = validate_participant(data, ref, today, final=False)
    if any(f.code == "nik.excel_number" for f in reading.findings):  # the digits are not the NIK: say only that
        checked = [f for f in checked if f.field != "nik"]
    return checked


def _landing(reading: RowReading, findings: list[Finding], ref: ReferenceSets, today: dt.date) -> Decision:
    errors = [f for f in findings if f.is_error]
    data = _blanked(reading.data, errors) if errors else reading.data
    assert data is not None
    if errors:  # the warnings of what is left (a blanked birth date no longer disagrees with the NIK)
        findings = [f for f in reading.findings if not f.is_error] + _validated(reading, data, ref, today)
        if any(f.is_error for f in findings):  # nothing left to blank: the row cannot stand as a draft
            return Decision(data, findings + errors, INVALID, [])
    carried = [_as_carried(f, reading) for f in errors]
    kept = carried + [f for f in findings if f.code.startswith("intake.")]
    outcome = INCOMPLETE if errors or any(f.code in TO_COMPLETE for f in findings) else VALID
    return Decision(data, carried + findings, outcome, kept)


def _blanked(data: ParticipantData | None, errors: list[Finding]) -> ParticipantData:
    assert data is not None
    changes: dict[str, Any] = {}
    dropped = set()
    for finding in errors:
        if finding.field in BLANKS:
            changes[finding.field] = BLANKS[finding.field]
        elif finding.field.startswith("heirs."):
            dropped.add(int(finding.field.split(".")[1]))
    heirs = [h for i, h in enumerate(data.heirs) if i not in dropped]
    return dataclasses.replace(data, **changes, heirs=heirs)


def _as_carried(finding: Finding, reading: RowReading) -> Finding:
    """An error turned into what the draft carries: a warning saying what was left out and why."""
    if finding.code in SELF_EXPLAINED:
        return IntakeFinding(finding.code, Severity.WARNING, finding.field, finding.params)
    if finding.field.startswith("heirs."):
        index = int(finding.field.split(".")[1])
        heirs = reading.data.heirs if reading.data else []
        name = heirs[index].full_name if index < len(heirs) else ""
        return IntakeFinding("intake.heir_dropped", Severity.WARNING, finding.field,
                             {"name": name, "message": finding})
    return IntakeFinding("intake.left_blank", Severity.WARNING, finding.field, {"message": finding})
