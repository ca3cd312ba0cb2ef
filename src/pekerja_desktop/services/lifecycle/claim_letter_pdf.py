"""The heirs' claim checklist laid out on an upright A4 page: the letterhead, the participant, the heirs on record, the
JKM benefits and the scholarship's condition, the documents to tick off, the claims recorded so far, where to go
beside the officer's signature, and what the figures rest on. Texts in Indonesian first (English with `--lang en`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from pekerja_desktop.documents.fonts import BOLD
from pekerja_desktop.documents.formatting import rupiah
from pekerja_desktop.documents.letterhead import Letterhead
from pekerja_desktop.documents.pdf_document import A4_PORTRAIT, PdfDocument
from pekerja_desktop.documents.styles import Styles, para
from pekerja_desktop.documents.tables import grid_commands, label_value_table, ruled_table
from pekerja_desktop.domain.dates import format_date, format_datetime_local
from pekerja_desktop.domain.documents_text import programmes_text
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.identity.nik import mask_nik
from pekerja_desktop.store.models import utcnow

if TYPE_CHECKING:
    from pekerja_desktop.services.lifecycle.claim_letter import ClaimLetter

BASE_SIZE = 9.0
CLAIM_TEXTS: dict[str, dict[str, str]] = {
    "title": {"id": "DAFTAR PERIKSA KLAIM JAMINAN KEMATIAN (JKM)", "en": "DEATH BENEFIT (JKM) CLAIM CHECKLIST"},
    "subtitle": {"id": "Untuk ahli waris almarhum/almarhumah {name}", "en": "For the heirs of the late {name}"},
    "intro": {"id": "Turut berduka cita. {name} terdaftar dalam Program Perlindungan Pekerja Rentan (JKK dan JKM "
                    "BPJS Ketenagakerjaan, iuran dibayar Pemerintah Daerah). Ahli waris berhak mengajukan klaim JKM ke "
                    "BPJS Ketenagakerjaan; daftar ini membantu menyiapkannya.",
              "en": "Our condolences. {name} was enrolled in the Vulnerable Workers Protection Programme (BPJS "
                    "Ketenagakerjaan JKK and JKM, contributions paid by the local government). The heirs may claim "
                    "the JKM benefit from BPJS Ketenagakerjaan; this checklist helps them prepare the claim."},
    "participant": {"id": "Data peserta", "en": "The participant"},
    "name": {"id": "Nama", "en": "Name"},
    "nik": {"id": "NIK", "en": "NIK"},
    "number": {"id": "No. registrasi", "en": "Registration no."},
    "kpj": {"id": "No. KPJ", "en": "KPJ no."},
    "kpj_missing": {"id": "belum terbit — tanyakan kepada kantor kami", "en": "not issued yet — ask our office"},
    "village": {"id": "Desa/Kelurahan", "en": "Village"},
    "programmes": {"id": "Program", "en": "Programmes"},
    "start": {"id": "Mulai kepesertaan", "en": "Coverage from"},
    "death": {"id": "Tanggal meninggal", "en": "Date of death"},
    "length": {"id": "Masa kepesertaan", "en": "Membership"},
    "years": {"id": "{years} tahun {months} bulan", "en": "{years} years {months} months"},
    "heirs": {"id": "Ahli waris yang tercatat", "en": "Heirs on record"},
    "no_heirs": {"id": "Belum ada ahli waris yang tercatat: bawa surat keterangan ahli waris dari desa/kelurahan.",
                 "en": "No heir is on record: bring the village's statement naming the heirs."},
    "heir_name": {"id": "Nama", "en": "Name"},
    "heir_relationship": {"id": "Hubungan", "en": "Relationship"},
    "heir_born": {"id": "Tgl. lahir", "en": "Born"},
    "heir_phone": {"id": "Telepon", "en": "Phone"},
    "benefits": {"id": "Manfaat JKM", "en": "JKM benefits"},
    "item": {"id": "Manfaat", "en": "Benefit"},
    "amount": {"id": "Jumlah", "en": "Amount"},
    "lump_sum": {"id": "Santunan sekaligus", "en": "Lump sum"},
    "periodic": {"id": "Santunan berkala ({count} × {amount})", "en": "Periodic payments ({count} × {amount})"},
    "funeral": {"id": "Biaya pemakaman", "en": "Funeral costs"},
    "total": {"id": "Jumlah", "en": "Total"},
    "scholarship_met": {
        "id": "Beasiswa pendidikan untuk paling banyak 2 anak, hingga {max}: syarat kepesertaan paling sedikit {years} "
              "tahun TERPENUHI (masa kepesertaan {length}). Ajukan bersama klaim JKM.",
        "en": "Education scholarship for at most 2 children, up to {max}: the condition of at least {years} years of "
              "membership IS MET ({length} of membership). Claim it with the JKM benefit."},
    "scholarship_not_met": {
        "id": "Beasiswa pendidikan (hingga {max}) mensyaratkan kepesertaan paling sedikit {years} tahun: BELUM "
              "TERPENUHI (masa kepesertaan {length}). Bila almarhum pernah menjadi peserta BPJS Ketenagakerjaan di "
              "luar program ini, sampaikan kepada BPJS: masa itu dapat dihitung.",
        "en": "The education scholarship (up to {max}) needs at least {years} years of membership: NOT MET ({length} "
              "of membership). If the deceased was a BPJS Ketenagakerjaan member outside this programme, tell BPJS: "
              "that time may count."},
    "documents": {"id": "Dokumen yang dibawa (centang yang sudah ada)", "en": "Documents to bring (tick those ready)"},
    "where": {"id": "Tempat mengajukan klaim", "en": "Where to claim"},
    "bpjs_contact": {"id": "Layanan BPJS Ketenagakerjaan: {contact}", "en": "BPJS Ketenagakerjaan service: {contact}"},
    "our_office": {"id": "Kantor kami: {address}", "en": "Our office: {address}"},
    "claims": {"id": "Klaim yang sudah tercatat", "en": "Claims recorded"},
    "claim_line": {"id": "{kind} diajukan {submitted}", "en": "{kind} submitted {submitted}"},
    "claim_paid": {"id": "; dibayar {paid}: {amount}", "en": "; paid {paid}: {amount}"},
    "note": {"id": "Jumlah manfaat menurut PP 82/2019 sebagaimana tercatat di pengaturan kantor; yang dibayarkan "
                   "ditetapkan BPJS Ketenagakerjaan. Masa kepesertaan dihitung dari {periods} masa kepesertaan dalam "
                   "program ini sampai tanggal meninggal.",
             "en": "Benefit amounts under PP 82/2019 as held in the office's settings; BPJS Ketenagakerjaan decides "
                   "what is paid. Membership counts {periods} period(s) of coverage in this programme up to the date "
                   "of death."},
    "officer": {"id": "Petugas", "en": "Officer"},
    "footer": {"id": "{number} · daftar periksa klaim · dicetak {at} oleh {by}",
               "en": "{number} · claim checklist · printed {at} by {by}"},
}


def _t(code: str, language: str, **params) -> str:
    return render(CLAIM_TEXTS, code, params, language)


def _length(letter: ClaimLetter, language: str) -> str:
    years, months = letter.membership.years_and_months
    return _t("years", language, years=years, months=months)


def _participant(letter: ClaimLetter, s: Styles, width: float, language: str) -> list[Flowable]:
    p = letter.participant
    pairs = [("name", p.full_name), ("nik", p.nik if letter.full_nik else mask_nik(p.nik)),
             ("number", p.registration_number), ("kpj", p.kpj or _t("kpj_missing", language)),
             ("village", letter.village_name), ("programmes", programmes_text(p.programmes)),
             ("start", format_date(p.coverage_start)), ("death", format_date(p.coverage_end)),
             ("length", _length(letter, language))]
    return [para(_t("participant", language), s.heading),
            label_value_table([(_t(k, language), v) for k, v in pairs], s, width)]


def _heirs(letter: ClaimLetter, s: Styles, width: float, language: str) -> list[Flowable]:
    flow: list[Flowable] = [para(_t("heirs", language), s.heading)]
    if not letter.heirs:
        return [*flow, para(_t("no_heirs", language), s.body)]
    header = [para(_t(f"heir_{c}", language), s.value) for c in ("name", "relationship", "born", "phone")]
    rows = [header] + [[para(h.full_name, s.body), para(letter.relationships.get(h.relationship, h.relationship),
                                                        s.body),
                        para(format_date(h.birth_date), s.body), para(h.phone or "", s.body)] for h in letter.heirs]
    return [*flow, ruled_table(rows, [w * width for w in (0.42, 0.22, 0.16, 0.20)], header=True)]


def _benefits(letter: ClaimLetter, s: Styles, width: float, language: str) -> list[Flowable]:
    b = letter.settings.benefits
    rows = [[_t("item", language), _t("amount", language)],
            [_t("lump_sum", language), rupiah(b.lump_sum, language)],
            [_t("periodic", language, count=b.periodic_count, amount=rupiah(b.periodic_amount, language)),
             rupiah(b.periodic_total, language)],
            [_t("funeral", language), rupiah(b.funeral, language)],
            [_t("total", language), rupiah(b.total, language)]]
    table = Table(rows, colWidths=[0.7 * width, 0.3 * width], hAlign="LEFT")
    table.setStyle(TableStyle([*grid_commands(s.base), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("FONT", (0, 0), (-1, 0), BOLD, s.base), ("FONT", (0, -1), (-1, -1), BOLD, s.base)]))
    code = "scholarship_met" if letter.membership.scholarship_met else "scholarship_not_met"
    scholarship = _t(code, language, max=rupiah(b.scholarship_max, language),
                     years=letter.settings.scholarship_min_years, length=_length(letter, language))
    return [para(_t("benefits", language), s.heading), table, para(scholarship, s.notice)]


def _documents(letter: ClaimLetter, s: Styles, language: str) -> list[Flowable]:
    return [para(_t("documents", language), s.heading),
            *(para(f"☐ {document}", s.body) for document in letter.settings.documents)]


def _where(letter: ClaimLetter, s: Styles, language: str) -> list[Flowable]:
    office = letter.office_address if letter.office_address.startswith(letter.office_name) \
        else f"{letter.office_name}, {letter.office_address}"
    return [para(_t("where", language), s.heading), para(letter.settings.bpjs_office, s.value),
            para(_t("bpjs_contact", language, contact=letter.bpjs_contact), s.body),
            para(_t("our_office", language, address=office), s.body)]


def _claims(letter: ClaimLetter, s: Styles, language: str) -> list[Flowable]:
    if not letter.claims:
        return []
    lines = []
    for claim in letter.claims:
        text = _t("claim_line", language, kind=claim.kind.upper(), submitted=format_date(claim.submitted_on))
        if claim.paid_on is not None:
            text += _t("claim_paid", language, paid=format_date(claim.paid_on), amount=rupiah(claim.amount, language))
        lines.append(para(text, s.body))
    return [para(_t("claims", language), s.heading), *lines]


def _where_and_signature(letter: ClaimLetter, s: Styles, width: float, language: str) -> Flowable:
    """Where to go on the left, the officer's signature on the right: the page's last block, kept whole."""
    signature = Table([[para(_t("officer", language), s.signature)], [""],
                       [para(f"({letter.prepared_by})", s.signature)]],
                      colWidths=[0.34 * width], rowHeights=[None, 14 * mm, None])
    table = Table([[_where(letter, s, language), signature]], colWidths=[0.64 * width, 0.36 * width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (1, 0), (1, 0), 6 * mm)]))
    return KeepTogether([Spacer(1, 1 * mm), table])


def write_claim_letter_pdf(letter: ClaimLetter, out: Path, language: str) -> int:
    s = Styles(BASE_SIZE)
    width = A4_PORTRAIT.content_width
    p = letter.participant
    head = Letterhead(letter.office_name, _t("title", language), (), _t("subtitle", language, name=p.full_name),
                      address=letter.office_address)
    footer = _t("footer", language, number=p.registration_number, by=letter.prepared_by,
                at=format_datetime_local(utcnow()))
    story = [para(_t("intro", language, name=p.full_name), s.body), *_participant(letter, s, width, language),
             *_heirs(letter, s, width, language), *_benefits(letter, s, width, language),
             *_documents(letter, s, language), *_claims(letter, s, language),
             _where_and_signature(letter, s, width, language),
             para(_t("note", language, periods=letter.periods), s.small)]
    document = PdfDocument(A4_PORTRAIT, s, head, footer=footer, author=letter.prepared_by, language=language,
                           running_header=False)
    return document.write(out, story)
