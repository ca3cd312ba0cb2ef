"""Names of fields, statuses and confirmed warnings as the clerk reads them (history, messages)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FIELD_LABELS = {
    "nik": QT_TRANSLATE_NOOP("Fields", "NIK"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "birth_place": QT_TRANSLATE_NOOP("Fields", "Place of birth"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "mother_name": QT_TRANSLATE_NOOP("Fields", "Mother's maiden name"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "rt_rw": QT_TRANSLATE_NOOP("Fields", "RT/RW"),
    "village_code": QT_TRANSLATE_NOOP("Fields", "Village"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Mobile phone"),
    "occupation": QT_TRANSLATE_NOOP("Fields", "Occupation"),
    "income": QT_TRANSLATE_NOOP("Fields", "Reported income"),
    "programmes": QT_TRANSLATE_NOOP("Fields", "Programmes"),
    "funding_source": QT_TRANSLATE_NOOP("Fields", "Funding source"),
    "coverage_start": QT_TRANSLATE_NOOP("Fields", "Coverage start"),
    "consent_given": QT_TRANSLATE_NOOP("Fields", "Consent"),
    "heirs": QT_TRANSLATE_NOOP("Fields", "Heirs"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "confirmed_warnings": QT_TRANSLATE_NOOP("Fields", "Confirmed warnings"),
    "kpj": QT_TRANSLATE_NOOP("Fields", "KPJ number"),
    "kk_number": QT_TRANSLATE_NOOP("Fields", "KK number"),
    "ktp_occupation": QT_TRANSLATE_NOOP("Fields", "Occupation on the KTP"),
    # the programme year's lifecycle
    "coverage_end": QT_TRANSLATE_NOOP("Fields", "Last covered day"),
    "end_reason": QT_TRANSLATE_NOOP("Fields", "End reason"),
    "end_note": QT_TRANSLATE_NOOP("Fields", "End note"),
    "reactivation": QT_TRANSLATE_NOOP("Fields", "Reactivated because"),
    "office_code": QT_TRANSLATE_NOOP("Fields", "Office"),
    "renewal": QT_TRANSLATE_NOOP("Fields", "Renewal"),
    "claim": QT_TRANSLATE_NOOP("Fields", "Claim"),
}

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Fields", "Draft"),
    "active": QT_TRANSLATE_NOOP("Fields", "Finished"),
    "rejected": QT_TRANSLATE_NOOP("Fields", "Rejected"),
    "ended": QT_TRANSLATE_NOOP("Fields", "Ended"),
    "transferred": QT_TRANSLATE_NOOP("Fields", "Transferred to another office"),
}

SEX_LABELS = {
    "L": QT_TRANSLATE_NOOP("Fields", "L — male"),
    "P": QT_TRANSLATE_NOOP("Fields", "P — female"),
}

WARNING_LABELS = {
    "nik.birth_date_mismatch": QT_TRANSLATE_NOOP("Fields", "date of birth differs from the NIK"),
    "nik.sex_mismatch": QT_TRANSLATE_NOOP("Fields", "sex differs from the NIK"),
    "nik.outside_maluku": QT_TRANSLATE_NOOP("Fields", "NIK issued outside Maluku"),
    "nik.region_unknown": QT_TRANSLATE_NOOP("Fields", "NIK region not in the region list"),
    "age.too_old": QT_TRANSLATE_NOOP("Fields", "age above the limit"),
    "heir.missing": QT_TRANSLATE_NOOP("Fields", "no heir recorded"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


def field_label(name: str) -> str:
    return _tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def status_label(status: str | None) -> str:
    return _tr(STATUS_LABELS[status]) if status in STATUS_LABELS else (status or "")


def sex_label(sex: str | None) -> str:
    return _tr(SEX_LABELS[sex]) if sex in SEX_LABELS else (sex or "")


def warning_label(code: str) -> str:
    return _tr(WARNING_LABELS[code]) if code in WARNING_LABELS else code
