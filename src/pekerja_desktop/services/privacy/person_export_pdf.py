"""The person data export as an A4 PDF: a header (office, date of the request, who produced it), then one section
per kind of data, each a label–value grid or a table; "page N of M" at the foot of every page."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from pekerja_desktop.documents.formatting import rupiah
from pekerja_desktop.documents.letterhead import Letterhead
from pekerja_desktop.documents.pdf_document import A4_PORTRAIT, PdfDocument
from pekerja_desktop.documents.styles import Styles, para
from pekerja_desktop.documents.tables import label_value_table, ruled_table
from pekerja_desktop.domain.dates import format_date, format_datetime_local
from pekerja_desktop.domain.documents_text import consent_statement, programmes_text, sex_name, status_name
from pekerja_desktop.services.privacy.person_data import PersonData
from pekerja_desktop.services.privacy.person_export_text import label, person_text, verdict_name


class _Sections:
    """Builds the story from one person's data in one language."""

    def __init__(self, data: PersonData, language: str):
        self.d, self.lang, self.s, self.width = data, language, Styles(), A4_PORTRAIT.content_width

    def t(self, code: str, **params) -> str:
        return person_text(code, self.lang, **params)

    def heading(self, code: str):
        return para(self.t(code), self.s.heading)

    def table(self, columns: list[str], rows: list[list[str]], shares: list[float]):
        header = [para(label(c, self.lang), self.s.value) for c in columns]
        body = [[para(v, self.s.small) for v in row] for row in rows]
        return ruled_table([header, *body], [share * self.width for share in shares], header=True)

    def pairs(self, pairs: list[tuple[str, str]]):
        return label_value_table([(label(name, self.lang), value) for name, value in pairs], self.s, self.width)

    # --- sections -----------------------------------------------------------------------------------

    def identity(self) -> list:
        p, regions = self.d.participant, self.d.region_names
        birth = format_date(p.birth_date)
        if p.purged_at is not None and p.birth_date:
            birth = self.t("birth_year_only", year=p.birth_date.year)
        pairs = [("nik", p.nik), ("full_name", p.full_name), ("birth_place", p.birth_place), ("birth_date", birth),
                 ("sex", sex_name(p.sex, self.lang)), ("mother_name", p.mother_name or ""), ("address", p.address),
                 ("rt_rw", p.rt_rw), ("village", f"{regions['village']} ({p.village_code})"),
                 ("district", regions["district"]), ("regency", regions["regency"]), ("phone", p.phone or "")]
        return [self.heading("identity"), self.pairs(pairs)]

    def enrolment(self) -> list:
        p, names = self.d.participant, self.d.names
        pairs = [("registration_number", p.registration_number), ("kpj", p.kpj or ""),
                 ("status", status_name(p.status, self.lang)), ("programmes", programmes_text(p.programmes)),
                 ("funding_source", names["funding"].get(p.funding_source, p.funding_source)),
                 ("occupation", names["occupation"].get(p.occupation, p.occupation)),
                 ("income", rupiah(p.income, self.lang)),
                 ("coverage_start", format_date(p.coverage_start)), ("coverage_end", format_date(p.coverage_end)),
                 ("office_code", p.office_code), ("created", f"{format_datetime_local(p.created_at)} · {p.created_by}"),
                 ("updated", f"{format_datetime_local(p.updated_at)} · {p.updated_by}"),
                 ("finished", format_datetime_local(p.finished_at)), ("version", str(p.version)),
                 ("source", p.source), ("confirmed_warnings", p.confirmed_warnings.replace(",", ", ")),
                 ("uuid", p.uuid)]
        if p.purged_at is not None:
            pairs.append(("purged_at", format_datetime_local(p.purged_at)))
        return [self.heading("enrolment"), self.pairs(pairs)]

    def heirs(self) -> list:
        relationships = self.d.names["relationship"]
        rows = [[h.full_name, relationships.get(h.relationship, h.relationship), format_date(h.birth_date),
                 h.phone or "", h.nik or ""] for h in self.d.heirs]
        if not rows:
            return [self.heading("heirs"), para(self.t("no_heirs"), self.s.body)]
        return [self.heading("heirs"), self.table(["name", "relationship", "birth_date", "phone", "nik"], rows,
                                                  [0.32, 0.17, 0.14, 0.17, 0.20])]

    def consent(self) -> list:
        p = self.d.participant
        state = (self.t("consent_given", at=format_datetime_local(p.consent_at), by=p.consent_by or "")
                 if p.consent_given else self.t("consent_missing"))
        box = "☒" if p.consent_given else "☐"
        return [self.heading("consent"), para(f"{box} {consent_statement(self.lang)}", self.s.body),
                para(state, self.s.small)]

    def cards(self) -> list:
        rows = [[format_datetime_local(c.printed_at), c.printed_by, c.layout, str(c.card_version), c.reason]
                for c in self.d.prints]
        flow = [self.heading("cards")]
        flow.append(self.table(["at", "by", "layout", "card_version", "reason"], rows, [0.25, 0.2, 0.2, 0.15, 0.2])
                    if rows else para(self.t("no_cards"), self.s.body))
        flow += [para(self.t("reprint_pending", reason=r.reason, by=r.requested_by,
                             at=format_datetime_local(r.requested_at)), self.s.body) for r in self.d.reprints]
        return flow

    def sync(self) -> list:
        flow = [self.heading("sync")]
        rows = [[str(b.sequence), b.file_name, format_datetime_local(b.written_at), str(b.version),
                 format_datetime_local(b.acknowledged_at)] for b in self.d.sent]
        item, hub = self.d.sync_item, self.d.hub_record
        if rows:
            flow.append(self.table(["sequence", "file", "at", "version", "acknowledged"], rows,
                                   [0.1, 0.42, 0.18, 0.1, 0.2]))
        elif item is not None and item.sent_version:
            flow.append(para(self.t("sent_unrecorded", version=item.sent_version, sequence=item.sent_sequence),
                             self.s.body))
        elif hub is None:
            flow.append(para(self.t("not_sent"), self.s.body))
        if item is not None or hub is None:  # at the hub, its own record below is the verdict
            flow += [Spacer(1, 1.5 * mm), para(self._verdict(item), self.s.body)]
        if hub is not None:
            reason = f" — {hub.reason} {hub.detail}".rstrip() if hub.reason else ""
            flow.append(para(self.t("hub_record", status=verdict_name(hub.status, self.lang), office=hub.office_code,
                                    version=hub.version, reason=reason), self.s.body))
        return flow

    def _verdict(self, item) -> str:
        if item is None or not item.ack_status:
            return self.t("no_verdict")
        reason = f" — {item.ack_reason} {item.ack_detail}".rstrip() if item.ack_reason else ""
        return self.t("verdict", status=verdict_name(item.ack_status, self.lang), version=item.hub_version,
                      at=format_datetime_local(item.updated_at), reason=reason)

    def history(self) -> list:
        rows = [[format_datetime_local(h.at), h.by, label(h.field, self.lang), self._value(h.field, h.old_value),
                 self._value(h.field, h.new_value)] for h in self.d.history]
        if not rows:
            return [self.heading("history"), para(self.t("no_history"), self.s.body)]
        return [self.heading("history"), self.table(["at", "by", "field", "old", "new"], rows,
                                                    [0.16, 0.12, 0.16, 0.28, 0.28])]

    def _value(self, field: str, value: str | None) -> str:
        if field == "heirs" and value:
            return heirs_text(value, self.d.names["relationship"])
        return value if value is not None else ""

    def audit(self) -> list:
        rows = [[format_datetime_local(e.at), e.actor, e.action, _detail_text(e.detail)] for e in self.d.audit]
        if not rows:
            return [self.heading("audit"), para(self.t("no_audit"), self.s.body)]
        return [self.heading("audit"), self.table(["at", "by", "action", "detail"], rows, [0.18, 0.14, 0.2, 0.48])]


def heirs_text(value: str, relationships: dict[str, str]) -> str:
    """The heirs as the change history stores them (JSON), one readable line each."""
    try:
        heirs = json.loads(value)
    except ValueError:
        return value
    if not isinstance(heirs, list):
        return value
    parts = []
    for heir in (h for h in heirs if isinstance(h, dict)):
        born = format_date(_date(heir.get("birth_date")))
        relationship = str(heir.get("relationship") or "")
        extras = ", ".join(v for v in (relationships.get(relationship, relationship), born, heir.get("phone") or "",
                                       heir.get("nik") or "") if v)
        parts.append(f"{heir.get('full_name', '')} ({extras})")
    return "; ".join(parts)


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _detail_text(detail: str) -> str:
    try:
        values = json.loads(detail or "{}")
    except ValueError:
        return detail
    if not isinstance(values, dict):
        return detail
    return ", ".join(f"{key}: {_plain(value)}" for key, value in values.items())


def _plain(value) -> str:
    if isinstance(value, list):
        return "/".join(str(v) for v in value)
    if isinstance(value, dict):
        return "(" + ", ".join(f"{k} {v}" for k, v in value.items()) + ")"
    return str(value)


def write_person_pdf(out: Path, data: PersonData, *, office_name: str, producer: str, requested_on: dt.date,
                     language: str) -> int:
    p = data.participant
    sections = _Sections(data, language)
    lines = (person_text("subtitle", language), person_text("requested", language, date=format_date(requested_on)),
             person_text("produced", language, at=format_datetime_local(dt.datetime.now(dt.UTC)), by=producer),
             person_text("subject", language, name=p.full_name or "—", number=p.registration_number))
    story = [para(person_text("intro", language), sections.s.body)]
    if p.purged_at is not None:
        story.append(para(person_text("purged", language, date=format_date(p.purged_at.date())), sections.s.notice))
    for build in (sections.identity, sections.enrolment, sections.heirs, sections.consent, sections.cards,
                  sections.sync, sections.history, sections.audit):
        story += build()
    head = Letterhead(office_name, person_text("title", language), lines)
    document = PdfDocument(A4_PORTRAIT, sections.s, head, footer=f"{office_name} · {p.registration_number}",
                           author=producer, language=language)
    return document.write(out, story)
