"""Words the Sinkronisasi page shows for the services' codes (directions, kinds, statuses, counts), and times."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pekerja_desktop.domain.i18n import current_language
from pekerja_desktop.ui.widgets.formatting import fill
from pekerja_desktop.ui.widgets.formatting import format_number as number

CONTEXT = "SyncLabels"

DIRECTIONS = {
    "out": QT_TRANSLATE_NOOP("SyncLabels", "Outgoing"),
    "in": QT_TRANSLATE_NOOP("SyncLabels", "Incoming"),
}
KINDS = {
    "data": QT_TRANSLATE_NOOP("SyncLabels", "Enrolment data"),
    "ack": QT_TRANSLATE_NOOP("SyncLabels", "Acknowledgement"),
    "reference": QT_TRANSLATE_NOOP("SyncLabels", "Reference data"),
}
STATUSES = {
    "sent": QT_TRANSLATE_NOOP("SyncLabels", "Sent"),
    "acknowledged": QT_TRANSLATE_NOOP("SyncLabels", "Confirmed by the hub"),
    "applied": QT_TRANSLATE_NOOP("SyncLabels", "Imported"),
    "duplicate": QT_TRANSLATE_NOOP("SyncLabels", "Already imported"),
}
# The counts in a bundle's summary, in the order shown ("5 new · 1 refused").
COUNTS = {
    "participant": QT_TRANSLATE_NOOP("SyncLabels", "%1 records"),
    "print_batch": QT_TRANSLATE_NOOP("SyncLabels", "%1 print batches"),
    "new": QT_TRANSLATE_NOOP("SyncLabels", "%1 new"),
    "newer": QT_TRANSLATE_NOOP("SyncLabels", "%1 updated"),
    "same": QT_TRANSLATE_NOOP("SyncLabels", "%1 unchanged"),
    "older": QT_TRANSLATE_NOOP("SyncLabels", "%1 older"),
    "conflict": QT_TRANSLATE_NOOP("SyncLabels", "%1 conflicts"),
    "refused": QT_TRANSLATE_NOOP("SyncLabels", "%1 refused"),
    "accepted": QT_TRANSLATE_NOOP("SyncLabels", "%1 accepted"),
    "rejected": QT_TRANSLATE_NOOP("SyncLabels", "%1 rejected"),
    "duplicate": QT_TRANSLATE_NOOP("SyncLabels", "%1 duplicates"),
    "kpj": QT_TRANSLATE_NOOP("SyncLabels", "%1 new KPJ numbers"),
    "recovered": QT_TRANSLATE_NOOP("SyncLabels", "%1 recovered"),
    "unrecovered": QT_TRANSLATE_NOOP("SyncLabels", "%1 not recovered (failing the rules)"),
}

# English needs its singular for a count of one ("1 print batch"); Indonesian says both alike.
ONE = {
    "participant": QT_TRANSLATE_NOOP("SyncLabels", "%1 record"),
    "print_batch": QT_TRANSLATE_NOOP("SyncLabels", "%1 print batch"),
    "conflict": QT_TRANSLATE_NOOP("SyncLabels", "%1 conflict"),
    "duplicate": QT_TRANSLATE_NOOP("SyncLabels", "%1 duplicate"),
    "kpj": QT_TRANSLATE_NOOP("SyncLabels", "%1 new KPJ number"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(table: dict[str, str], code: str) -> str:
    return tr(table[code]) if code in table else code


def local_time(value: dt.datetime | None) -> str:
    """dd/MM/yyyy HH:mm in the laptop's time zone (stored times are UTC)."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value.replace(tzinfo=dt.UTC).astimezone()
    return local.strftime("%d/%m/%Y %H:%M")


def counts_text(counts: dict, skip_zero: bool = True) -> str:
    """'5 new · 1 refused' from a summary's counts (unknown keys are left out)."""
    parts = [fill(tr(ONE[key] if counts[key] == 1 and key in ONE else COUNTS[key]), number(counts[key]))
             for key in COUNTS
             if key in counts and isinstance(counts[key], int) and (counts[key] or not skip_zero)]
    return " \u00b7 ".join(parts)


def days_text(days: int | None) -> str:
    if days is None:
        return tr(QT_TRANSLATE_NOOP("SyncLabels", "never"))
    if days <= 0:
        return tr(QT_TRANSLATE_NOOP("SyncLabels", "today"))
    if days == 1:
        return tr(QT_TRANSLATE_NOOP("SyncLabels", "yesterday"))
    return fill(tr(QT_TRANSLATE_NOOP("SyncLabels", "%1 days ago")), number(days))


def size_text(size: int) -> str:
    """Free space on a drive: '14,2 GB' / '512 MB'."""
    for unit, factor in (("GB", 1024 ** 3), ("MB", 1024 ** 2)):
        if size >= factor:
            value = f"{size / factor:.1f}"
            return (value.replace(".", ",") if current_language() == "id" else value) + " " + unit
    return f"{max(size, 0) // 1024} KB"
