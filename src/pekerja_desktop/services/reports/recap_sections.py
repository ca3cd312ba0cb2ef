"""The enrolment recap laid out as report sections: per office, then per region with subtotals."""

from __future__ import annotations

from pekerja_desktop.documents.report_table import Column, Kind, Level, Masthead, Report, Row, Section
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.services.reports.recap import SEXES, STATUSES, UNKNOWN, Counts, Recap, RegionCount

RECAP_LABELS: dict[str, dict[str, str]] = {
    "title": {"id": "REKAPITULASI PENDAFTARAN PEKERJA RENTAN", "en": "ENROLMENT RECAP — VULNERABLE WORKERS"},
    "offices": {"id": "Per kantor", "en": "Per office"},
    "regions": {"id": "Per wilayah (kabupaten/kota › kecamatan › desa/kelurahan)",
                "en": "Per region (regency/city › district › village)"},
    "regions_sheet": {"id": "Per wilayah", "en": "Per region"},
    "note_hub": {"id": "Status menurut kantor asal; rekaman yang ditolak kantor pusat dihitung sebagai ditolak. "
                       "L/P: jenis kelamin.",
                 "en": "Status as given by the office; records rejected by the central office count as rejected. "
                       "M/F: sex."},
    "note_office": {"id": "Hanya rekaman kantor ini. L/P: jenis kelamin.",
                    "en": "This office's records only. M/F: sex."},
    "empty": {"id": "Belum ada peserta.", "en": "No participant yet."},
    "code": {"id": "Kode", "en": "Code"},
    "office": {"id": "Kantor", "en": "Office"},
    "region": {"id": "Wilayah", "en": "Region"},
    "unknown_region": {"id": "Wilayah tidak diketahui", "en": "Unknown region"},
    "draft": {"id": "Draf", "en": "Draft"},
    "active": {"id": "Aktif", "en": "Active"},
    "rejected": {"id": "Ditolak", "en": "Rejected"},
    "ended": {"id": "Berakhir", "en": "Ended"},
    "L": {"id": "L", "en": "M"},
    "P": {"id": "P", "en": "F"},
    UNKNOWN: {"id": "JK belum diisi", "en": "Sex not given"},
    "total": {"id": "Jumlah", "en": "Total"},
    "grand_total": {"id": "JUMLAH", "en": "TOTAL"},
}
COUNT_WIDTH = 19


def _label(code: str) -> str:
    return render(RECAP_LABELS, code)


def _sex_keys(recap: Recap) -> tuple[str, ...]:
    return (*SEXES, UNKNOWN) if recap.has_unknown_sex else SEXES


def _count_columns(recap: Recap) -> list[Column]:
    keys = [*STATUSES, *_sex_keys(recap), "total"]
    return [Column(_label(key), COUNT_WIDTH, Kind.COUNT) for key in keys]


def _figures(counts: Counts, recap: Recap) -> tuple[int, ...]:
    return (*(counts.status[s] for s in STATUSES), *(counts.sex[s] for s in _sex_keys(recap)), counts.total)


def _office_section(recap: Recap, note: str) -> Section:
    columns = (Column(_label("code"), 24, Kind.CODE), Column(_label("office"), 70), *_count_columns(recap))
    rows = [Row((o.code, o.name, *_figures(o.counts, recap))) for o in recap.offices]
    if rows:
        rows.append(Row(("", _label("grand_total"), *_figures(recap.total, recap)), Level.TOTAL))
    return Section(_label("offices"), _label("offices"), columns, rows, _label("empty"), note)


def _region_rows(region: RegionCount, depth: int, recap: Recap) -> list[Row]:
    """The region's line, then its parts' (an unknown region's parts are unknown too: not repeated)."""
    known = region.code != UNKNOWN
    level = (Level.SUBTOTAL, Level.GROUP, Level.PLAIN)[depth]
    rows = [Row((region.name if known else _label("unknown_region"), region.code,
                 *_figures(region.counts, recap)), level, depth)]
    for part in region.children if known else ():
        rows += _region_rows(part, depth + 1, recap)
    return rows


def _region_section(recap: Recap, note: str) -> Section:
    columns = (Column(_label("region"), 66), Column(_label("code"), 28, Kind.CODE), *_count_columns(recap))
    rows = [row for regency in recap.regencies for row in _region_rows(regency, 0, recap)]
    if rows:
        rows.append(Row((_label("grand_total"), "", *_figures(recap.total, recap)), Level.TOTAL))
    return Section(_label("regions"), _label("regions_sheet"), columns, rows, _label("empty"), note)


def recap_report(recap: Recap, masthead: Masthead) -> Report:
    note = _label("note_hub" if recap.office_code is None else "note_office")
    return Report(_label("title"), masthead, [_office_section(recap, note), _region_section(recap, note)])
