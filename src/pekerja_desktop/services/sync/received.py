"""A participant line from another installation, held to the rules before it is stored (domain/received.py): the
hub re-checks every record of an office's data bundle, an office the records a hub sends back. A record that
fails is never stored; it is rejected with its reasons, which travel as finding codes with their parameters so the
office reads them in its clerk's language (`reason_findings`)."""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Iterator, Mapping

from pekerja_desktop.domain.characters import clean_text
from pekerja_desktop.domain.findings import Finding, Severity
from pekerja_desktop.domain.identity.regnum import parse_registration_number
from pekerja_desktop.domain.participant import HeirData, ParticipantData
from pekerja_desktop.domain.received import ReceivedRecord, field_label, received_findings
from pekerja_desktop.domain.validation import ReferenceSets
from pekerja_desktop.services.sync.bundle.records import HEIR_FIELDS, PARTICIPANT_FIELDS, STR, ParticipantParts

RECORD_INVALID = "record_invalid"
NUMBER_INVALID = "registration_number_invalid"
MAX_DETAIL = 500  # an outcome line's detail (reference_lines.OUTCOME_FIELDS)
MAX_PARAM = 40  # a value quoted in a reason
_TEXT_COLUMNS = tuple(name for name, (kind, _) in PARTICIPANT_FIELDS.items() if kind == STR)
_texts_of = operator.itemgetter(*_TEXT_COLUMNS)
_heir_texts_of = operator.itemgetter(*(name for name, (kind, _) in HEIR_FIELDS.items() if kind == STR))


def received_record(parts: ParticipantParts) -> ReceivedRecord:
    """The record as the domain rules see it: the values as sent, absent text as empty."""
    c = parts.columns
    heirs = [HeirData(h["full_name"] or "", h["relationship"] or "", h["birth_date"], h["phone"], h["nik"])
             for h in parts.heirs]
    data = ParticipantData(
        nik=c["nik"], full_name=c["full_name"], birth_place=c["birth_place"] or "", birth_date=c["birth_date"],
        sex=c["sex"], mother_name=c["mother_name"], address=c["address"] or "", rt_rw=c["rt_rw"] or "",
        village_code=c["village_code"] or "", phone=c["phone"], occupation=c["occupation"] or "",
        income=c["income"], programmes=c["programmes"] or "", funding_source=c["funding_source"] or "",
        coverage_start=c["coverage_start"], consent_given=bool(c["consent_given"]), kk_number=c["kk_number"] or "",
        ktp_occupation=c["ktp_occupation"], heirs=heirs)
    all_text = " ".join(filter(None, _texts_of(c)))  # typed: text or None (an empty one adds nothing)
    if parts.heirs:
        all_text = " ".join([all_text, *(" ".join(filter(None, _heir_texts_of(heir))) for heir in parts.heirs)])
    return ReceivedRecord(data, c["status"], c["coverage_end"], _RecordTexts(parts), all_text)


class _RecordTexts(Mapping[str, str]):
    """Every text of a received record by field, its heirs' as heirs.N.field: made only when asked for field by
    field (to name an unsafe character that the search through `all_text` found)."""

    def __init__(self, parts: ParticipantParts):
        self._parts = parts
        self._texts: dict[str, str] | None = None

    def _made(self) -> dict[str, str]:
        if self._texts is None:
            c = self._parts.columns
            texts = {name: c[name] for name in _TEXT_COLUMNS if c[name] is not None}
            for index, heir in enumerate(self._parts.heirs):
                texts.update((f"heirs.{index}.{name}", value) for name, value in heir.items() if type(value) is str)
            self._texts = texts
        return self._texts

    def __getitem__(self, name: str) -> str:
        return self._made()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._made())

    def __len__(self) -> int:
        return len(self._made())


def refusal(parts: ParticipantParts, office_code: str, ref: ReferenceSets, today: dt.date, *,
            transferred_in: bool = False) -> tuple[str, str] | None:
    """(reason, detail) when the record may not be stored for `office_code`, else None. A record the hub
    transferred to the office keeps the registration number its first office gave it."""
    number = parse_registration_number(parts.columns["registration_number"])
    if number is None or (number.office_code != office_code and not transferred_in) \
            or parts.columns["office_code"] != office_code:
        return NUMBER_INVALID, clean_text(parts.columns["registration_number"])[:MAX_PARAM]
    findings = received_findings(received_record(parts), ref, today)
    return (RECORD_INVALID, encode_findings(findings)) if findings else None


def encode_findings(findings: list[Finding]) -> str:
    """As many findings as fit an outcome's detail: [[code, field, {parameters}], …], quoted values cleaned and
    cut (a label is added again when read)."""
    kept: list = []
    for finding in findings:
        params = {key: _param(value) for key, value in finding.params.items() if not isinstance(value, Finding)}
        candidate = json.dumps([*kept, [finding.code, finding.field, params]], ensure_ascii=False,
                               separators=(",", ":"))
        if len(candidate) > MAX_DETAIL:
            break
        kept.append([finding.code, finding.field, params])
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":"))


def _param(value):
    return clean_text(value)[:MAX_PARAM] if isinstance(value, str) else value if isinstance(value, int) else str(value)


def reason_findings(detail: str) -> list[Finding]:
    """The findings of a `record_invalid` detail, ready to render; [] when the detail is not such a list."""
    try:
        items = json.loads(detail)
    except ValueError:
        return []
    findings = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, list) and len(item) == 3 and isinstance(item[0], str) and isinstance(item[1], str) \
                and isinstance(item[2], dict):
            code, field_name, params = item
            findings.append(Finding(code, Severity.ERROR, field_name, {**params, "label": field_label(field_name)}))
    return findings
