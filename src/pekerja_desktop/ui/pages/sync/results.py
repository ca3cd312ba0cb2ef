"""Sentences the Sinkronisasi page shows after an export or an import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pekerja_desktop.services.sync.import_result import ImportResult
from pekerja_desktop.services.sync.outgoing import ExportResult
from pekerja_desktop.ui.pages.sync.labels import counts_text, fill, number

translate = QCoreApplication.translate
OFFICE_COUNTS = ("accepted", "rejected", "duplicate", "kpj", "recovered", "unrecovered")
HUB_COUNTS = ("new", "newer", "same", "older", "conflict", "refused", "rejected")


def export_text(results: list[ExportResult], hub: bool) -> str:
    if not results:
        return ""
    folder = str(results[0].path.parent)
    if hub:
        offices = ", ".join(r.receiver_code for r in results)
        template = translate("SyncResults", "Reference bundles written to %1 for: %2. Each was read back and "
                                            "checked.")
        return fill(template, folder, offices)
    result = results[0]
    template = translate("SyncResults", "Bundle no. %1 for the hub written: %2 records, read back and checked.\n%3")
    return fill(template, result.sequence, number(result.records), result.path)


def _counts(result: ImportResult, keys: tuple[str, ...]) -> str:
    return counts_text({key: int(result.counts.get(key, 0)) for key in keys}, skip_zero=False)


def import_text(result: ImportResult, hub: bool) -> str:
    if result.duplicate:
        text = fill(translate("SyncResults", "Bundle no. %1 from %2 was already imported: nothing changed."),
                    result.sequence, result.sender)
    elif hub:
        text = fill(translate("SyncResults", "Bundle no. %1 from office %2 imported: %3."), result.sequence,
                    result.sender, _counts(result, HUB_COUNTS))
        if result.counts.get("rejected"):
            text += " " + translate("SyncResults", "Records failing the rules were not stored: the acknowledgement "
                                                   "returns each to the office with its reasons.")
    else:
        text = fill(translate("SyncResults", "Bundle no. %1 from the hub imported: %2."), result.sequence,
                    _counts(result, OFFICE_COUNTS))
        if result.counts.get("rejected"):
            text += " " + translate("SyncResults", "Open each rejected record to correct it.")
    if result.gaps:
        text += "\n" + fill(translate("SyncResults", "Bundle numbers not received yet: %1. Ask the office to "
                                                     "export again."), ", ".join(map(str, result.gaps)))
    if result.ack_path is not None:
        text += "\n" + fill(translate("SyncResults", "Acknowledgement for the office (take it back to them): %1"),
                            result.ack_path)
    return text
