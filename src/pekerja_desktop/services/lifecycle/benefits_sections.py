"""Benefits paid laid out as report sections: the figures per kabupaten/kota with their total, then every claim."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pekerja_desktop.documents.report_table import Column, Kind, Level, Masthead, Report, Row, Section
from pekerja_desktop.domain.i18n import render

if TYPE_CHECKING:
    from pekerja_desktop.services.lifecycle.benefits import Benefits

BENEFIT_LABELS: dict[str, dict[str, str]] = {
    "title": {"id": "LAPORAN MANFAAT YANG DIBAYARKAN", "en": "BENEFITS PAID"},
    "subtitle": {"id": "Tahun {year} · klaim JKM (kematian) dan JKK (kecelakaan kerja)",
                 "en": "Year {year} · JKM (death) and JKK (work accident) claims"},
    "note": {"id": "Diajukan: klaim yang diajukan ke BPJS dalam tahun ini; dibayar dan nilai: yang dibayar dalam tahun "
                   "ini, menurut catatan kantor pendaftar.",
             "en": "Submitted: claims submitted to BPJS in the year; paid and amount: those paid in the year, as the "
                   "enrolling offices recorded them."},
    "per_regency": {"id": "Per kabupaten/kota", "en": "Per regency/city"},
    "per_regency_sheet": {"id": "Per kabupaten-kota", "en": "Per regency-city"},
    "regency": {"id": "Kabupaten/Kota", "en": "Regency/city"},
    "jkm_submitted": {"id": "JKM diajukan", "en": "JKM submitted"},
    "jkm_paid": {"id": "JKM dibayar", "en": "JKM paid"},
    "jkm_amount": {"id": "Nilai JKM", "en": "JKM amount"},
    "jkk_submitted": {"id": "JKK diajukan", "en": "JKK submitted"},
    "jkk_paid": {"id": "JKK dibayar", "en": "JKK paid"},
    "jkk_amount": {"id": "Nilai JKK", "en": "JKK amount"},
    "amount": {"id": "Jumlah dibayar", "en": "Total paid"},
    "total": {"id": "JUMLAH", "en": "TOTAL"},
    "claims": {"id": "Rincian klaim", "en": "The claims"},
    "claims_sheet": {"id": "Klaim", "en": "Claims"},
    "office": {"id": "Kantor", "en": "Office"},
    "number": {"id": "No. pendaftaran", "en": "Registration no."},
    "name": {"id": "Nama", "en": "Name"},
    "kind": {"id": "Jenis", "en": "Kind"},
    "submitted": {"id": "Diajukan", "en": "Submitted"},
    "paid": {"id": "Dibayar", "en": "Paid"},
    "none": {"id": "Tidak ada klaim yang tercatat pada tahun ini.", "en": "No claim recorded in the year."},
}


def _label(code: str, **params) -> str:
    return render(BENEFIT_LABELS, code, params)


KINDS = ("jkm", "jkk")
FIGURES = ("submitted", "paid", "amount")


def _figure_column(kind: str, what: str) -> Column:
    money = what == "amount"
    return Column(_label(f"{kind}_{what}"), 36 if money else 27, Kind.MONEY if money else Kind.COUNT)


def _regency_section(benefits: Benefits) -> Section:
    columns = (Column(_label("regency"), 55), *(_figure_column(kind, what) for kind in KINDS for what in FIGURES),
               Column(_label("amount"), 38, Kind.MONEY))
    rows = [Row((r.name, *(getattr(r.kinds[kind], what) for kind in KINDS for what in FIGURES), r.amount))
            for r in benefits.regencies]
    if rows:
        totals = [benefits.total(kind) for kind in KINDS]
        rows.append(Row((_label("total"), *(getattr(t, what) for t in totals for what in FIGURES),
                         sum(t.amount for t in totals)), level=Level.TOTAL))
    return Section(_label("per_regency"), _label("per_regency_sheet"), columns, rows, _label("none"))


def _claims_section(benefits: Benefits) -> Section:
    columns = (Column(_label("office"), 18, Kind.CODE), Column(_label("number"), 36, Kind.CODE),
               Column(_label("name"), 62), Column(_label("regency"), 45), Column(_label("kind"), 14),
               Column(_label("submitted"), 24, Kind.DATE), Column(_label("paid"), 24, Kind.DATE),
               Column(_label("amount"), 36, Kind.MONEY))
    rows = [Row((c.office_code, c.registration_number, c.full_name, c.regency_name, c.kind.upper(), c.submitted_on,
                 c.paid_on, c.amount)) for c in benefits.claims]
    return Section(_label("claims"), _label("claims_sheet"), columns, rows, _label("none"))


def benefits_report(benefits: Benefits, masthead: Masthead) -> Report:
    return Report(_label("title"), masthead, [_regency_section(benefits), _claims_section(benefits)],
                  subtitle=_label("subtitle", year=benefits.year), notes=(_label("note"),))
