"""The bundle opened from outside the window — a double-click on a `.pekerja` file, `pekerja-desktop FILE`, or a
second start handing its file over — shown above the Sync page's boxes: what it is, and Import or Close. Nothing
is imported until the clerk presses Import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pekerja_desktop.services.sync.bundle.preview import BundlePreview
from pekerja_desktop.ui.pages.sync.labels import KINDS, counts_text, fill, label, local_time, number, size_text
from pekerja_desktop.ui.palette import colours, done_style, error_style, text_style
from pekerja_desktop.ui.widgets.labels import read_only_label

SHOWN_COUNTS = ("participant", "print_batch")  # what a bundle carries, by its manifest (verdicts are not counted)


class BundlePreviewBox(QGroupBox):
    """Hidden until a bundle is opened. `import_requested(Path)` when the clerk presses Import."""

    import_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Opened bundle"))
        self.path: Path | None = None
        self.ready = False  # a bundle checked and shown: Import may be pressed (unless the page says otherwise)
        self.file = read_only_label("", self)
        self.summary = read_only_label("", self)
        self.status = read_only_label("", self)
        self.import_button = QPushButton(self.tr("&Import this bundle"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.import_button, self.close_button):
            button.setAutoDefault(True)  # Enter presses the one with the focus
        self.close_button.clicked.connect(self.hide)
        self.import_button.clicked.connect(self._import)
        self._lay_out()
        self.hide()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.file)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    # --- states -------------------------------------------------------------------------------------

    def show_checking(self, path: Path) -> None:
        self.path = path
        self.file.setText(fill(self.tr("File: %1"), path))
        self.summary.setText("")
        self.summary.hide()
        self._say(self.tr("Checking the bundle\u2026"), text_style(colours().secondary_text))
        self._set_ready(False)
        self.show()

    def show_preview(self, preview: BundlePreview) -> None:
        self.summary.setText(self.describe(preview))
        self.summary.show()
        if preview.imported:
            self._say(self.tr("This bundle was already imported: importing it again changes nothing."),
                      text_style(colours().neutral_mark))
        elif preview.skipped:
            self._say(fill(self.tr("Bundle numbers not received yet from this office: %1. It can be imported; ask "
                                   "the office to export again."), ", ".join(map(str, preview.skipped))),
                      text_style(colours().caution, bold=True))
        else:
            self._say(self.tr("Signature and addressee checked: ready to import."), done_style())
        self._set_ready(True)
        self.import_button.setFocus()

    def show_problem(self, message: str) -> None:
        self.summary.hide()
        self._say(message, error_style())
        self._set_ready(False)
        self.close_button.setFocus()

    def describe(self, preview: BundlePreview) -> str:
        """"Acknowledgement from Disnakertrans Provinsi Maluku (MALUKU) for 8171A · no. 3 · made 12/03/2026 10:15
        · 120 records · 48 KB"."""
        parts = [fill(self.tr("%1 from %2 (%3) for %4"), label(KINDS, preview.kind), preview.sender_name,
                      preview.sender, preview.receiver),
                 fill(self.tr("no. %1"), number(preview.sequence))]
        if preview.created_at is not None:
            parts.append(fill(self.tr("made %1"), local_time(preview.created_at)))
        carried = counts_text({key: preview.counts[key] for key in SHOWN_COUNTS if key in preview.counts})
        parts += [carried] if carried else []
        parts.append(size_text(preview.size))
        return " \u00b7 ".join(parts)

    def _set_ready(self, ready: bool) -> None:
        self.ready = ready
        self.import_button.setEnabled(ready)

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def _import(self) -> None:
        if self.path is not None:
            self.import_requested.emit(self.path)
