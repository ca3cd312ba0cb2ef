"""The registration receipt (Tanda Terima Pendaftaran), A4 or A5: what was recorded, the heirs, the consent
statement, what happens next, the office contact and signature lines. NIK masked unless asked otherwise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable
from sqlmodel import Session

from pekerja_desktop.documents import fonts
from pekerja_desktop.documents.formatting import rupiah
from pekerja_desktop.documents.output import writing
from pekerja_desktop.documents.pdf_canvas import PRODUCER, PagePackingCanvas
from pekerja_desktop.domain.dates import format_date, format_datetime_local
from pekerja_desktop.domain.documents_text import (
    PROVINCE_GOVERNMENT,
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
from pekerja_desktop.domain.nik import mask_nik
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.cards.errors import CardError
from pekerja_desktop.services.cards.render import check_output_path
from pekerja_desktop.services.cards.settings import load_card_settings
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.enrolment.participants import find_participant, heirs_of
from pekerja_desktop.services.reference.data import funding_sources, heir_relationships, occupations
from pekerja_desktop.store.models import Heir, Participant

PAPERS = {"a4": A4, "a5": A5}
BASE_SIZE = {"a4": 8.8, "a5": 7.4}
MARGIN = {"a4": 16 * mm, "a5": 10 * mm}
FRAME_PADDING = 6  # platypus frames keep 6 pt inside each margin


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
    return ReceiptData(participant, heirs_of(session, participant.id), names,
                       _name(occupations(session), participant.occupation, language),
                       _name(funding_sources(session), participant.funding_source, language), relationships,
                       ctx.office.name, settings.office_address, settings.bpjs_contact)


class _Styles:
    def __init__(self, base: float):
        fonts.register_fonts()
        plain = dict(fontName=fonts.REGULAR, fontSize=base, leading=base * 1.3)
        self.body = ParagraphStyle("body", **plain)
        self.small = ParagraphStyle("small", **{**plain, "fontSize": base - 1.2, "leading": (base - 1.2) * 1.3})
        self.label = ParagraphStyle("label", **{**plain, "textColor": colors.HexColor("#444444")})
        self.value = ParagraphStyle("value", **{**plain, "fontName": fonts.BOLD})
        self.heading = ParagraphStyle("heading", **{**plain, "fontName": fonts.BOLD, "fontSize": base + 1.5,
                                                   "leading": (base + 1.5) * 1.3, "spaceBefore": base * 0.7,
                                                   "spaceAfter": base * 0.35, "keepWithNext": 1})
        self.title = ParagraphStyle("title", **{**plain, "fontName": fonts.BOLD, "fontSize": base + 6,
                                               "leading": (base + 6) * 1.25})
        self.office = ParagraphStyle("office", **{**plain, "fontName": fonts.BOLD, "fontSize": base + 1})


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    escaped = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped, style)


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
        ("recorded", f"{format_datetime_local(p.created_at)} · {p.created_by}"),
    ]
    return [(field_label(name, language), value) for name, value in rows]


def _grid(rows: list[list], widths: list[float], header: bool = False, valign: str = "TOP") -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), valign), ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB"))]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4ECEF")))
    table.setStyle(TableStyle(style))
    return table


def _header(data: ReceiptData, s: _Styles, width: float, language: str) -> list:
    p = data.participant
    key_rows = [[_p(field_label("registration_number", language), s.label), _p(p.registration_number, s.title)],
                [_p(field_label("kpj", language), s.label),
                 _p(p.kpj or card_text("kpj_pending", language), s.body)],
                [_p(field_label("status", language), s.label), _p(status_name(p.status, language), s.value)]]
    return [
        _p(PROVINCE_GOVERNMENT[language], s.body), _p(data.office_name, s.office), _p(data.office_address, s.small),
        HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#0D4A66"), spaceBefore=4, spaceAfter=4),
        _p(receipt_text("title", language), s.title), _p(receipt_text("subtitle", language), s.small),
        Spacer(1, 2 * mm), _grid(key_rows, [0.3 * width, 0.7 * width], valign="MIDDLE"),
    ]


def _heirs(data: ReceiptData, s: _Styles, width: float, full_nik: bool, language: str) -> list:
    flow = [_p(receipt_text("heirs", language), s.heading)]
    if not data.heirs:
        return [*flow, _p(receipt_text("no_heirs", language), s.body)]
    header = [_p(receipt_text(f"heir_{c}", language), s.value)
              for c in ("name", "relationship", "birth_date", "phone", "nik")]
    rows = [header] + [[
        _p(h.full_name, s.body), _p(data.relationships.get(h.relationship, h.relationship), s.body),
        _p(format_date(h.birth_date), s.body), _p(h.phone or "", s.body),
        _p((h.nik if full_nik else mask_nik(h.nik)) if h.nik else "", s.body)] for h in data.heirs]
    return [*flow, _grid(rows, [w * width for w in (0.32, 0.17, 0.14, 0.17, 0.20)], header=True)]


def _consent(data: ReceiptData, s: _Styles, language: str) -> list:
    p = data.participant
    state = receipt_text("consent_given", language, at=format_datetime_local(p.consent_at), by=p.consent_by or "") \
        if p.consent_given else receipt_text("consent_missing", language)
    box = "☒" if p.consent_given else "☐"
    return [_p(receipt_text("consent", language), s.heading), _p(f"{box} {consent_statement(language)}", s.body),
            _p(state, s.small)]


def _next(data: ReceiptData, s: _Styles, language: str) -> list:
    steps = [_p(f"{i}. {text}", s.body) for i, text in enumerate(next_steps(language), 1)]
    office = data.office_address if data.office_address.startswith(data.office_name) \
        else f"{data.office_name}, {data.office_address}"
    contact = [_p(receipt_text("contact_title", language), s.heading),
               _p(f"{office} · BPJS Ketenagakerjaan: {data.bpjs_contact}", s.body)]
    return [_p(receipt_text("next", language), s.heading), *steps, KeepTogether(contact)]


def _signatures(data: ReceiptData, s: _Styles, width: float, clerk: str, language: str) -> KeepTogether:
    line = "_" * 28
    rows = [[_p(receipt_text("worker", language), s.label), _p(receipt_text("clerk", language), s.label)],
            [Spacer(1, 12 * mm), Spacer(1, 12 * mm)],
            [_p(line, s.body), _p(line, s.body)],
            [_p(data.participant.full_name, s.body), _p(clerk, s.body)]]
    table = Table(rows, colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)]))
    return KeepTogether([Spacer(1, 2 * mm), table])


def _field_grid(data: ReceiptData, s: _Styles, width: float, full_nik: bool, language: str) -> Table:
    """Two label–value pairs a row: the whole record fits the first page."""
    cells = [[_p(label, s.label), _p(value, s.body)] for label, value in _field_rows(data, full_nik, language)]
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:] + [["", ""]] * (2 * half - len(cells))
    rows = [a + b for a, b in zip(left, right, strict=True)]
    return _grid(rows, [w * width for w in (0.19, 0.31, 0.19, 0.31)])


def _story(data: ReceiptData, s: _Styles, width: float, full_nik: bool, clerk: str, language: str) -> list:
    return [*_header(data, s, width, language), _p(receipt_text("recorded", language), s.heading),
            _field_grid(data, s, width, full_nik, language), *_heirs(data, s, width, full_nik, language),
            *_consent(data, s, language), *_next(data, s, language), _signatures(data, s, width, clerk, language)]


def _footer(text: str, language: str, size: float, margin: float):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, size)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(margin, margin / 2, text)
        canvas.drawRightString(doc.pagesize[0] - margin, margin / 2,
                               receipt_text("page", language, page=canvas.getPageNumber()))
        canvas.restoreState()
    return draw


def _canvas_maker(*args, **kwargs):
    canvas = PagePackingCanvas(*args, **kwargs)
    canvas.setViewerPreference("PrintScaling", "None")
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    return canvas


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
    margin, size = MARGIN[paper], BASE_SIZE[paper]
    styles = _Styles(size)
    printed = receipt_text("printed", language, at=format_datetime_local(dt.datetime.now(dt.UTC)), by=ctx.actor)
    footer = _footer(f"{data.participant.registration_number} · {printed}", language, size - 2, margin)
    with writing(out_path) as temporary:
        doc = SimpleDocTemplate(str(temporary), pagesize=PAPERS[paper], leftMargin=margin, rightMargin=margin,
                                topMargin=margin, bottomMargin=margin, title=receipt_text("title", language),
                                author=ctx.actor, creator=PRODUCER)
        story = _story(data, styles, doc.width - 2 * FRAME_PADDING, full_nik, ctx.actor, language)
        doc.build(story, onFirstPage=footer, onLaterPages=footer, canvasmaker=_canvas_maker)
        pages = doc.page
    ctx.audit("receipt.print", data.participant.registration_number, full_nik=full_nik)
    return ReceiptResult(out_path, data.participant.registration_number, pages)
