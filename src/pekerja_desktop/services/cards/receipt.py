"""The registration receipt (Tanda Terima Pendaftaran), A4 or A5: what was recorded, the heirs, the consent
statement, what happens next, the office contact and signature lines. NIK masked unless asked otherwise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from sqlmodel import Session

from pekerja_desktop.documents.fonts import REGULAR
from pekerja_desktop.documents.formatting import rupiah
from pekerja_desktop.documents.letterhead import Letterhead
from pekerja_desktop.documents.pdf_document import Paper, PdfDocument
from pekerja_desktop.documents.styles import Styles, para
from pekerja_desktop.documents.tables import ruled_table
from pekerja_desktop.domain.dates import format_date, format_datetime_local
from pekerja_desktop.domain.documents_text import (
    card_text,
    consent_statement,
    field_label,
    next_steps,
    programmes_text,
    receipt_text,
    sex_name,
    status_name,
)
from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.domain.identity.nik import mask_nik
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.cards.errors import CardError
from pekerja_desktop.services.cards.render import check_output_path
from pekerja_desktop.services.cards.settings import load_card_settings
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of
from pekerja_desktop.services.reference.data import funding_sources, heir_relationships, occupations
from pekerja_desktop.store.account_models import Account
from pekerja_desktop.store.models import Heir, Participant

PAPERS = {"a4": A4, "a5": A5}
BASE_SIZE = {"a4": 8.8, "a5": 7.4}
MARGIN = {"a4": 16 * mm, "a5": 8 * mm}


@dataclass(frozen=True)
class ReceiptResult:
    path: Path
    registration_number: str
    pages: int


@dataclass(frozen=True)
class ReceiptData:
    participant: Participant
    heirs: list[Heir]
    region_names: dict[str, str]
    occupation: str
    funding: str
    relationships: dict[str, str]
    office_name: str
    office_address: str
    bpjs_contact: str
    recorded_by: str  # the full name of the operator who recorded the enrolment (their user name if unknown)
    consent_by: str  # the same for the operator who recorded the consent
    office_phone: str = ""


def _name(rows, code: str, language: str) -> str:
    for row in rows:
        if row.code == code:
            return row.name_en if language == "en" else row.name_id
    return code


def _receipt_data(session: Session, ctx: AppContext, key: str, language: str) -> ReceiptData:
    participant = find_participant(session, key)
    regions = ctx.reference.regions
    village = regions.get(participant.village_code)
    above = regions.ancestors(participant.village_code) if village else {}
    names = {"village": village.name if village else participant.village_code,
             "district": above["kecamatan"].name if "kecamatan" in above else "",
             "regency": above["kabupaten"].name if "kabupaten" in above else ""}
    settings = load_card_settings(session, ctx.office, regions)
    relationships = {r.code: (r.name_en if language == "en" else r.name_id) for r in heir_relationships(session)}
    assert participant.id is not None  # read from the database
    return ReceiptData(participant, heirs_of(session, participant.id), names,
                       _name(occupations(session), participant.occupation, language),
                       _name(funding_sources(session), participant.funding_source, language), relationships,
                       ctx.office.name, settings.office_address, settings.bpjs_contact,
                       operator_name(session, participant.created_by), operator_name(session, participant.consent_by),
                       settings.office_phone)


def operator_name(session: Session, username: str | None) -> str:
    """The name an operator signs with: their full name from the accounts, else the user name."""
    if not username:
        return ""
    account = session.get(Account, username)
    return (account.display_name if account is not None else "") or username


def _field_rows(data: ReceiptData, full_nik: bool, language: str) -> list[tuple[str, str]]:
    p = data.participant
    nik = p.nik if full_nik else mask_nik(p.nik)
    birth = ", ".join(v for v in (p.birth_place, format_date(p.birth_date)) if v)
    address = " ".join(v for v in (p.address, f"RT/RW {p.rt_rw}" if p.rt_rw else "") if v)
    rows = [
        ("nik", nik), ("full_name", p.full_name), ("birth", birth), ("sex", sex_name(p.sex, language)),
        ("mother_name", p.mother_name or ""), ("address", address), ("village", data.region_names["village"]),
        ("district", data.region_names["district"]), ("regency", data.region_names["regency"]),
        ("phone", p.phone or ""), ("occupation", data.occupation), ("income", rupiah(p.income, language)),
        ("programmes", programmes_text(p.programmes)), ("funding_source", data.funding),
        ("coverage_start", format_date(p.coverage_start)),
        ("recorded", f"{format_datetime_local(p.created_at)} · {data.recorded_by}"),
    ]
    return [(field_label(name, language), value) for name, value in rows]


def status_line(participant: Participant, language: str, today: dt.date | None = None) -> str:
    """"Aktif" only once the cover has started; before that "Terdaftar — perlindungan mulai 01/11/2026"."""
    start = participant.coverage_start
    if participant.status == "active" and start is not None and start > (today or dt.date.today()):
        return receipt_text("status_from", language, date=format_date(start))
    return status_name(participant.status, language)


def _key_facts(data: ReceiptData, s: Styles, width: float, language: str) -> Table:
    """The registration number in large type, the KPJ and the status: what the worker is asked for later."""
    p = data.participant
    rows = [[para(field_label("registration_number", language), s.label), para(p.registration_number, s.title)],
            [para(field_label("kpj", language), s.label), para(p.kpj or card_text("kpj_pending", language), s.body)],
            [para(field_label("status", language), s.label), para(status_line(p, language), s.value)]]
    return ruled_table(rows, [0.3 * width, 0.7 * width], valign="MIDDLE")


def _heirs(data: ReceiptData, s: Styles, width: float, full_nik: bool, language: str) -> list:
    flow = [para(receipt_text("heirs", language), s.heading)]
    if not data.heirs:
        return [*flow, para(receipt_text("no_heirs", language), s.body)]
    header = [para(receipt_text(f"heir_{c}", language), s.value)
              for c in ("name", "relationship", "birth_date", "phone", "nik")]
    rows = [header] + [[
        para(h.full_name, s.body), para(data.relationships.get(h.relationship, h.relationship), s.body),
        para(format_date(h.birth_date), s.body), para(h.phone or "", s.body),
        para((h.nik if full_nik else mask_nik(h.nik)) if h.nik else "", s.body)] for h in data.heirs]
    return [*flow, ruled_table(rows, [w * width for w in (0.30, 0.16, 0.15, 0.19, 0.20)], header=True)]


def _consent(data: ReceiptData, s: Styles, language: str, compact: bool) -> list:
    p = data.participant
    state = receipt_text("consent_given", language, at=format_datetime_local(p.consent_at),
                         by=data.consent_by) if p.consent_given else receipt_text("consent_missing", language)
    box = "☒" if p.consent_given else "☐"
    return [para(receipt_text("consent", language), s.heading),
            para(f"{box} {consent_statement(language)}", s.small if compact else s.body), para(state, s.small)]


def _next(data: ReceiptData, s: Styles, language: str, compact: bool) -> list:
    """The steps one under the other on A4; on A5 one paragraph, the contact in the same block."""
    office = data.office_address if data.office_address.startswith(data.office_name) \
        else f"{data.office_name}, {data.office_address}"
    phone = f" · {card_text('office_phone', language, phone=data.office_phone)}" if data.office_phone else ""
    contact = f"{office}{phone} · BPJS Ketenagakerjaan: {data.bpjs_contact}"
    numbered = [f"{i}. {text}" for i, text in enumerate(next_steps(language), 1)]
    if compact:
        return [para(receipt_text("next", language), s.heading), para(" ".join(numbered), s.small),
                para(f"{receipt_text('contact_title', language)}: {contact}", s.small)]
    contact_block = [para(receipt_text("contact_title", language), s.heading), para(contact, s.body)]
    return [para(receipt_text("next", language), s.heading), *(para(step, s.body) for step in numbered),
            KeepTogether(contact_block)]


def _signatures(data: ReceiptData, s: Styles, width: float, clerk: str, language: str,
                compact: bool) -> KeepTogether:
    line = "_" * 28
    room = (8 if compact else 12) * mm
    rows = [[para(receipt_text("worker", language), s.label), para(receipt_text("clerk", language), s.label)],
            [Spacer(1, room), Spacer(1, room)],
            [para(line, s.body), para(line, s.body)],
            [para(data.participant.full_name, s.body), para(clerk, s.body)]]
    table = Table(rows, colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    return KeepTogether([Spacer(1, 2 * mm), table])


def _fieldruled_table(data: ReceiptData, s: Styles, width: float, full_nik: bool, language: str,
                      compact: bool) -> Table:
    """Two label–value pairs a row: the whole record fits the first page (on A5 the labels in small type, so
    that "Penghasilan dilaporkan" stays on one line)."""
    label_style = s.small if compact else s.label
    cells = [[para(label, label_style), para(value, s.body)]
             for label, value in _field_rows(data, full_nik, language)]
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:] + [["", ""]] * (2 * half - len(cells))
    rows = [a + b for a, b in zip(left, right, strict=True)]
    return ruled_table(rows, [w * width for w in (0.19, 0.31, 0.19, 0.31)])


def _story(data: ReceiptData, s: Styles, width: float, full_nik: bool, clerk: str, language: str,
           compact: bool) -> list:
    """Everything in order; `compact` (A5) keeps a usual record with a few heirs on one page."""
    return [_key_facts(data, s, width, language), para(receipt_text("recorded", language), s.heading),
            _fieldruled_table(data, s, width, full_nik, language, compact),
            *_heirs(data, s, width, full_nik, language), *_consent(data, s, language, compact),
            *_next(data, s, language, compact), _signatures(data, s, width, clerk, language, compact)]


def _write(data: ReceiptData, out_path: Path, paper: Paper, s: Styles, full_nik: bool, clerk: str,
           language: str) -> int:
    head = Letterhead(data.office_name, receipt_text("title", language), (receipt_text("subtitle", language),),
                      address=data.office_address)
    printed = receipt_text("printed", language, at=format_datetime_local(dt.datetime.now(dt.UTC)), by=clerk)
    document = PdfDocument(paper, s, head, footer=f"{data.participant.registration_number} · {printed}",
                           author=clerk, language=language, running_header=False)
    compact = paper.size == A5
    if compact:  # headings closer to their text: a usual record, heirs and signatures on one A5 page
        s.heading = ParagraphStyle("heading-compact", parent=s.heading, spaceBefore=s.body.fontSize * 0.4,
                                   spaceAfter=s.body.fontSize * 0.2)
    return document.write(out_path, _story(data, s, paper.content_width, full_nik, clerk, language, compact))


def render_receipt(ctx: AppContext, key: str, out_path: Path, paper: str = "a4", *, full_nik: bool = False,
                   language: str | None = None) -> ReceiptResult:
    paper = (paper or "a4").lower()
    if paper not in PAPERS:
        raise CardError("cards.paper", value=paper)
    language = language or current_language()
    out_path = check_output_path(out_path)
    ctx.require(Permission.PRINT)
    with ctx.db.session() as session:
        data = _receipt_data(session, ctx, key, language)
    if full_nik and not ctx.can(Permission.SEE_FULL_NIK):
        ctx.require(Permission.REVEAL_NIK)
        ctx.audit("nik.reveal", data.participant.registration_number, where="receipt")
    clerk = ctx.operator.display_name or ctx.actor
    pages = _write(data, out_path, Paper(PAPERS[paper], MARGIN[paper]), Styles(BASE_SIZE[paper]), full_nik,
                   clerk, language)
    ctx.audit("receipt.print", data.participant.registration_number, full_nik=full_nik)
    return ReceiptResult(out_path, data.participant.registration_number, pages)
