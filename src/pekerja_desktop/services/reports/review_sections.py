"""The duplicates review list and the rejected records laid out as report sections."""

from __future__ import annotations

from pekerja_desktop.documents.report_table import Column, Kind, Masthead, Report, Row, Section
from pekerja_desktop.domain.dates import format_date
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.reports.review import DuplicatePair, RejectedRecord

REVIEW_LABELS: dict[str, dict[str, str]] = {
    "duplicates_title": {"id": "DAFTAR PERIKSA NIK GANDA", "en": "DUPLICATE NIK REVIEW LIST"},
    "open": {"id": "Belum diperiksa", "en": "Open"},
    "resolved": {"id": "Sudah diselesaikan", "en": "Resolved"},
    "duplicates_note_hub": {
        "id": "Dua rekaman dengan NIK yang sama; keduanya tidak digabung otomatis. Periksa lalu tolak salah satunya.",
        "en": "Two records with the same NIK; never merged automatically. Check them, then reject one."},
    "duplicates_note_office": {
        "id": "Rekaman kantor ini yang oleh kantor pusat dinyatakan ganda (menurut balasan terakhir).",
        "en": "This office's records the central office calls duplicates (as of its last ack)."},
    "no_open": {"id": "Tidak ada pasangan NIK ganda yang belum diperiksa.", "en": "No open duplicate pair."},
    "no_resolved": {"id": "Belum ada pasangan yang diselesaikan.", "en": "No pair resolved yet."},
    "name_1": {"id": "Nama (1)", "en": "Name (1)"},
    "office_1": {"id": "Kantor (1)", "en": "Office (1)"},
    "number_1": {"id": "No. pendaftaran (1)", "en": "Registration no. (1)"},
    "name_2": {"id": "Nama (2)", "en": "Name (2)"},
    "office_2": {"id": "Kantor (2)", "en": "Office (2)"},
    "number_2": {"id": "No. pendaftaran (2)", "en": "Registration no. (2)"},
    "detected": {"id": "Ditemukan", "en": "Detected"},
    "status": {"id": "Status", "en": "Status"},
    "resolved_on": {"id": "Selesai {date}", "en": "Resolved {date}"},
    "resolved_rejecting": {"id": "Selesai {date}: {number} ditolak", "en": "Resolved {date}: {number} rejected"},
    "not_held": {"id": "(tidak ada di kantor ini)", "en": "(not held here)"},
    "rejected_title": {"id": "DAFTAR REKAMAN YANG DITOLAK", "en": "REJECTED RECORDS"},
    "rejected": {"id": "Rekaman ditolak", "en": "Rejected records"},
    "rejected_sheet": {"id": "Ditolak", "en": "Rejected"},
    "rejected_note_hub": {"id": "Dikembalikan ke kantor asal untuk diperbaiki; alasan menurut kantor pusat.",
                          "en": "Sent back to their office for correction; reasons as given by the central office."},
    "rejected_note_office": {"id": "Rekaman kantor ini yang ditolak kantor pusat (menurut balasan terakhir).",
                             "en": "This office's records rejected by the central office (as of its last ack)."},
    "no_rejected": {"id": "Tidak ada rekaman yang ditolak.", "en": "No rejected record."},
    "office": {"id": "Kantor", "en": "Office"},
    "number": {"id": "No. pendaftaran", "en": "Registration no."},
    "name": {"id": "Nama", "en": "Name"},
    "reason": {"id": "Alasan", "en": "Reason"},
    "date": {"id": "Tanggal", "en": "Date"},
}
REJECTED_PREFIX = "rejected "  # how services.sync.hub_status.reject_record words a resolution


def _label(code: str, **params) -> str:
    return render(REVIEW_LABELS, code, params)


def _pair_columns() -> tuple[Column, ...]:
    return (Column("NIK", 33, Kind.CODE), Column(_label("name_1"), 39), Column(_label("office_1"), 16, Kind.CODE),
            Column(_label("number_1"), 34, Kind.CODE), Column(_label("name_2"), 39),
            Column(_label("office_2"), 16, Kind.CODE), Column(_label("number_2"), 34, Kind.CODE),
            Column(_label("detected"), 23, Kind.DATE), Column(_label("status"), 33))  # 267 mm: a landscape page


def _pair_status(pair: DuplicatePair) -> str:
    if pair.is_open:
        return _label("open")
    day = format_date(pair.resolved_on)
    if pair.resolution.startswith(REJECTED_PREFIX):
        return _label("resolved_rejecting", date=day, number=pair.resolution[len(REJECTED_PREFIX):])
    return _label("resolved_on", date=day)


def _pair_row(pair: DuplicatePair) -> Row:
    first, second = pair.first, pair.second
    return Row((pair.nik, first.full_name or _label("not_held"), first.office_code, first.registration_number,
                second.full_name or _label("not_held"), second.office_code, second.registration_number,
                pair.detected_on, _pair_status(pair)))


def duplicates_report(pairs: list[DuplicatePair], masthead: Masthead, *, at_hub: bool) -> Report:
    note = _label("duplicates_note_hub" if at_hub else "duplicates_note_office")
    sections = [Section(_label("open"), _label("open"), _pair_columns(),
                        [_pair_row(p) for p in pairs if p.is_open], _label("no_open"), note)]
    if at_hub:  # an office never hears how a pair was resolved, only its record's new verdict
        sections.append(Section(_label("resolved"), _label("resolved"), _pair_columns(),
                                [_pair_row(p) for p in pairs if not p.is_open], _label("no_resolved")))
    return Report(_label("duplicates_title"), masthead, sections)


def rejected_report(records: list[RejectedRecord], masthead: Masthead, *, at_hub: bool) -> Report:
    columns = (Column(_label("office"), 58), Column(_label("number"), 36, Kind.CODE), Column(_label("name"), 62),
               Column(_label("reason"), 90), Column(_label("date"), 21, Kind.DATE))
    rows = [Row((f"{r.office_code} — {r.office_name}" if r.office_name else r.office_code, r.registration_number,
                 r.full_name, r.reason, r.rejected_on)) for r in records]
    note = _label("rejected_note_hub" if at_hub else "rejected_note_office")
    section = Section(_label("rejected"), _label("rejected_sheet"), columns, rows, _label("no_rejected"), note)
    return Report(_label("rejected_title"), masthead, [section])
