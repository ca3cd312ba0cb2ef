"""The form's part of the warning `duplicate.likely` (#12): the tick under it reads "this is a different person"
(confirming it is what records the pair, services/enrolment/likely.py), and the NIK's "Open" button opens the
likely record when it is this office's own (another office's person, as the hub shares it, cannot be opened here).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

from pekerja_desktop.domain.findings import Finding
from pekerja_desktop.services.enrolment.likely import LIKELY
from pekerja_desktop.ui.pages.enrolment.findings_view import FieldMessage


class LikelyDuplicate(QObject):
    def __init__(self, nik_message: FieldMessage, parent: QObject | None = None):
        super().__init__(parent)
        nik_message.captions[LIKELY] = self.tr("I have checked: this is a different person")

    @staticmethod
    def openable(findings: Iterable[Finding]) -> str | None:
        """The registration number the form may open for the likeliest match of this office, if any."""
        for finding in findings:
            if finding.code == LIKELY:
                numbers = [n for n in str(finding.params.get("openable", "")).split(",") if n]
                return numbers[0] if numbers else None
        return None
