"""Labels for stored codes (status, sex), marked for translation in the "RegisterModel" context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("RegisterModel", "Draft"),
    "active": QT_TRANSLATE_NOOP("RegisterModel", "Finished"),  # enrolment finished; membership starts at BPJS
    "rejected": QT_TRANSLATE_NOOP("RegisterModel", "Rejected"),
    "ended": QT_TRANSLATE_NOOP("RegisterModel", "Ended"),
    "transferred": QT_TRANSLATE_NOOP("RegisterModel", "Transferred"),  # (field office) now another office's
}

SEX_LABELS = {
    "L": QT_TRANSLATE_NOOP("RegisterModel", "M"),
    "P": QT_TRANSLATE_NOOP("RegisterModel", "F"),
}

SEX_NAMES = {
    "L": QT_TRANSLATE_NOOP("RegisterModel", "Male"),
    "P": QT_TRANSLATE_NOOP("RegisterModel", "Female"),
}


def status_label(status: str) -> str:
    text = STATUS_LABELS.get(status)
    return QCoreApplication.translate("RegisterModel", text) if text else status
