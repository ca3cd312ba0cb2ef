"""The recovery key as both wizards show it, once: what it is for, the key, a one-page sheet to print or save
(office, date, key), and the tick that Finish waits for."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from reportlab.lib.pagesizes import A4

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.accounts.recovery_sheet import write_recovery_sheet
from pekerja_desktop.ui.fonts import fixed_font
from pekerja_desktop.ui.pages.cards import printing  # the system printer, as the cards and receipts use it
from pekerja_desktop.ui.pages.cards.pdf_pages import backend
from pekerja_desktop.ui.palette import framed_style
from pekerja_desktop.ui.widgets import messages
from pekerja_desktop.ui.widgets.labels import NoticeLabel


class RecoveryKeyBox(QWidget):
    """`key_kept.toggled` tells the page to re-check whether Finish may be pressed; `set_key` fills it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._office = ("", "", "")  # code, name, fingerprint
        note = QLabel(self.tr("<b>Recovery key — shown only this once.</b> Print it or write it down and keep it "
                              "at the provincial office. It opens this office's data when every password is lost."),
                      self)
        note.setWordWrap(True)
        self.recovery_key = QLabel(self)
        self.recovery_key.setFont(fixed_font(13))
        self.recovery_key.setWordWrap(True)
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key.setStyleSheet(framed_style(8))
        self.print_button = QPushButton(self.tr("&Print the key sheet\u2026"), self)
        self.save_button = QPushButton(self.tr("&Save the key sheet as PDF\u2026"), self)
        self.save_button.setToolTip(self.tr("A PDF of the key opens this office's data: save it on a USB stick that "
                                            "is kept at the provincial office, never on this laptop."))
        self.notice = NoticeLabel(self)
        self.key_kept = QCheckBox(self.tr("I have written down or printed the recovery key"), self)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        if backend() is None:
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(self.tr("Printing from this window needs a PDF renderer: save the sheet "
                                                 "as PDF and print it from a PDF reader."))
        self._lay_out(note)

    def _lay_out(self, note: QLabel) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.recovery_key)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.key_kept)

    def set_key(self, recovery_key: str, office_code: str, office_name: str, fingerprint: str = "") -> None:
        self.recovery_key.setText(recovery_key)
        self._office = (office_code, office_name, fingerprint)

    def _write(self, path: Path) -> Path:
        code, name, fingerprint = self._office
        return write_recovery_sheet(path, code, name or code, self.recovery_key.text(), fingerprint=fingerprint)

    def save_sheet(self) -> None:
        start = str(Path.home() / f"kunci-pemulihan-{self._office[0] or 'kantor'}.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key sheet"), start,
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        try:
            written = self._write(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))
        except (OSError, PekerjaError) as exc:
            messages.show_error(self, str(exc))
            return
        self.notice.done(self.tr("Key sheet saved: %1").replace("%1", str(written)))

    def print_sheet(self) -> None:
        printer = printing.new_printer(A4, False, self.tr("Recovery key"))
        if not printing.choose_printer(self, printer):
            return
        with tempfile.TemporaryDirectory(prefix="pekerja-key-") as folder:
            try:
                printing.print_pdf(printer, self._write(Path(folder) / "kunci-pemulihan.pdf"), pages=1)
            except (OSError, PekerjaError) as exc:
                messages.show_error(self, str(exc))
                return
        self.notice.done(self.tr("Key sheet sent to the printer."))
