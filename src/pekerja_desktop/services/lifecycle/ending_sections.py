"""The age-limit list (`report ending`) laid out as report sections: who reaches the limit in the month, and who
is already past it and still active."""

from __future__ import annotations

from pekerja_desktop.documents.report_table import Column, Kind, Masthead, Report, Row, Section
from pekerja_desktop.domain.dates import month_text
from pekerja_desktop.domain.i18n import current_language, render

ENDING_LABELS: dict[str, dict[str, str]] = {
    "title": {"id": "DAFTAR PESERTA MENCAPAI BATAS USIA", "en": "PARTICIPANTS REACHING THE AGE LIMIT"},
    "subtitle": {"id": "Bulan {month} · batas usia {age} tahun", "en": "Month {month} · age limit {age} years"},
    "note": {"id": "Kepesertaan berakhir sehari sebelum ulang tahun ke-{over}. Akhiri dari rekaman peserta "
                   "(Kepesertaan → Akhiri kepesertaan, alasan Mencapai batas usia) atau lewat pembaruan tahunan.",
             "en": "Coverage ends the day before the {over}th birthday. End it from the participant's record "
                   "(Participation → End the participation, reason Reached the age limit) or in the yearly renewal."},
    "reaching": {"id": "Mencapai batas usia bulan ini", "en": "Reaching the limit this month"},
    "reaching_sheet": {"id": "Bulan ini", "en": "This month"},
    "overdue": {"id": "Sudah melewati batas usia, masih aktif", "en": "Already past the limit, still active"},
    "overdue_sheet": {"id": "Sudah lewat", "en": "Past the limit"},
    "no_reaching": {"id": "Tidak ada peserta aktif yang mencapai batas usia bulan ini.",
                    "en": "No active participant reaches the limit this month."},
    "no_overdue": {"id": "Tidak ada peserta aktif yang sudah melewati batas usia.",
                   "en": "No active participant is past the limit."},
    "number": {"id": "No. pendaftaran", "en": "Registration no."},
    "name": {"id": "Nama", "en": "Name"},
    "nik": {"id": "NIK", "en": "NIK"},
    "born": {"id": "Tgl. lahir", "en": "Born"},
    "village": {"id": "Desa/Kelurahan", "en": "Village"},
    "office": {"id": "Kantor", "en": "Office"},
    "limit_day": {"id": "Batas usia", "en": "Limit reached"},
    "last_day": {"id": "Hari terakhir ditanggung", "en": "Last covered day"},
}


def _label(code: str, **params) -> str:
    return render(ENDING_LABELS, code, params)


def _columns(hub: bool) -> tuple[Column, ...]:
    columns = [Column(_label("number"), 36, Kind.CODE), Column(_label("name"), 62),
               Column(_label("nik"), 33, Kind.CODE), Column(_label("born"), 22, Kind.DATE),
               Column(_label("village"), 45)]
    if hub:
        columns.append(Column(_label("office"), 16, Kind.CODE))
    return (*columns, Column(_label("limit_day"), 24, Kind.DATE), Column(_label("last_day"), 26, Kind.DATE))


def _row(row, hub: bool) -> Row:
    values = [row.registration_number, row.full_name, row.masked_nik, row.birth_date, row.village_name]
    if hub:
        values.append(row.office_code)
    return Row((*values, row.limit_day, row.last_day))


def ending_report(listing, masthead: Masthead) -> Report:
    columns = _columns(listing.hub)
    sections = [Section(_label("reaching"), _label("reaching_sheet"), columns,
                        [_row(r, listing.hub) for r in listing.reaching], _label("no_reaching")),
                Section(_label("overdue"), _label("overdue_sheet"), columns,
                        [_row(r, listing.hub) for r in listing.overdue], _label("no_overdue"))]
    return Report(_label("title"), masthead, sections,
                  subtitle=_label("subtitle", month=month_text(listing.month, current_language()), age=listing.age_max),
                  notes=(_label("note", over=listing.age_max + 1),))
