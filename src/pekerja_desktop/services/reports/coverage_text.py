"""The words of the coverage report (`report coverage`), Bahasa Indonesia first."""

from __future__ import annotations

from pekerja_desktop.domain.i18n import render

TEXT = {
    "title": {"id": "CAKUPAN KEPESERTAAN PEKERJA RENTAN (JKK + JKM)",
              "en": "ENROLMENT COVERAGE OF VULNERABLE WORKERS (JKK + JKM)"},
    "sheet_title": {"id": "Cakupan kepesertaan pekerja rentan", "en": "Enrolment coverage of vulnerable workers"},
    "as_of": {"id": "Keadaan per {date}", "en": "As of {date}"},
    "scope_hub": {"id": "Seluruh Provinsi Maluku", "en": "All of Maluku province"},
    "scope_office": {"id": "Pendaftaran kantor {code}", "en": "Enrolments by office {code}"},
    "per_regency": {"id": "Per kabupaten/kota", "en": "Per regency/city"},
    "counted": {"id": "Dihitung: pendaftaran yang selesai (status Selesai){hub}; kabupaten/kota menurut desa "
                      "tempat tinggal peserta.",
                "en": "Counted: finished enrolments (status Finished){hub}; regency/city by the participant's "
                      "village of residence."},
    "counted_hub": {"id": ", tanpa yang ditolak kantor pusat", "en": ", without those the central office rejected"},
    "targets_default": {"id": "Target: kuota {quota} pekerja dibagi menurut jumlah penduduk (Dukcapil, Desember "
                              "2024); dapat diubah oleh admin.",
                        "en": "Targets: the quota of {quota} workers split by population (Dukcapil, December 2024); "
                              "an administrator can change them."},
    "targets_set": {"id": "Target: ditetapkan oleh admin (jumlah {quota} pekerja).",
                    "en": "Targets: set by an administrator ({quota} workers in all)."},
    "no": {"id": "No.", "en": "No."},
    "code": {"id": "Kode", "en": "Code"},
    "regency": {"id": "Kabupaten/Kota", "en": "Regency/city"},
    "target": {"id": "Target", "en": "Target"},
    "enrolled": {"id": "Terdaftar", "en": "Enrolled"},
    "percent": {"id": "% target", "en": "% of target"},
    "remaining": {"id": "Kekurangan", "en": "Still to enrol"},
    "progress": {"id": "Capaian", "en": "Progress"},
    "total": {"id": "JUMLAH", "en": "TOTAL"},
    "prepared_by": {"id": "Dibuat oleh: {name}", "en": "Prepared by: {name}"},
    "sheet.coverage": {"id": "Cakupan", "en": "Coverage"},
    "sheet.days": {"id": "Per hari", "en": "Per day"},
    "sheet.weeks": {"id": "Per minggu", "en": "Per week"},
    "sheet.occupation": {"id": "Pekerjaan", "en": "Occupation"},
    "sheet.sex": {"id": "Jenis kelamin", "en": "Sex"},
    "sheet.age": {"id": "Kelompok umur", "en": "Age group"},
    "sheet.offices": {"id": "Kantor", "en": "Offices"},
    "sheet.export": {"id": "Ekspor", "en": "Export"},
    "day": {"id": "Tanggal", "en": "Date"},
    "week": {"id": "Minggu", "en": "Week"},
    "occupation": {"id": "Pekerjaan", "en": "Occupation"},
    "sex": {"id": "Jenis kelamin", "en": "Sex"},
    "age": {"id": "Kelompok umur", "en": "Age group"},
    "count": {"id": "Jumlah peserta", "en": "Participants"},
    "office": {"id": "Kantor", "en": "Office"},
    "office_name": {"id": "Nama kantor", "en": "Office name"},
    "bundles": {"id": "Paket diterima", "en": "Bundles received"},
    "last_bundle": {"id": "Paket terakhir", "en": "Last bundle"},
    "days_since": {"id": "Hari sejak paket terakhir", "en": "Days since the last bundle"},
    "days_since_export": {"id": "Hari sejak ekspor terakhir", "en": "Days since the last export"},
    "never": {"id": "belum pernah", "en": "never"},
    "not_exported": {"id": "Belum diekspor", "en": "Not yet exported"},
    "not_acknowledged": {"id": "Belum dikonfirmasi kantor pusat", "en": "Not yet acknowledged by the hub"},
}


def text(code: str, /, **params) -> str:
    return render(TEXT, code, params)
