"""Cascading region pickers — kabupaten/kota → kecamatan → desa/kelurahan — with type-ahead by name or code.

Each level is a line edit: typing shows matching regions (a name fragment or a code prefix), Down
opens the whole list, Enter or Tab takes the highlighted or the only match. Choosing a village
directly fills in its kecamatan and kabupaten. A suggestion names where the region lies ("Batu Merah —
Sirimau, Kota Ambon"), so same-name villages can be told apart, and those of the office's own kabupaten/kota
come first; a chosen field shows the name alone, its place and code in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QGridLayout, QLabel, QLineEdit, QWidget

from pekerja_desktop.domain.regions import Region, RegionIndex, dotted_code
from pekerja_desktop.domain.text import fold_for_search

LEVELS: tuple[tuple[str, ...], ...] = (("kabupaten", "kota"), ("kecamatan",), ("desa", "kelurahan"))
LEVEL_LABELS = (
    QT_TRANSLATE_NOOP("RegionPicker", "Regency/city"),
    QT_TRANSLATE_NOOP("RegionPicker", "District (kecamatan)"),
    QT_TRANSLATE_NOOP("RegionPicker", "Village (desa/kelurahan)"),
)
MAX_HITS = 300


def region_label(region: Region) -> str:
    return f"{region.name} ({region.code})"


def suggestion_text(region: Region, regions: RegionIndex) -> str:
    """'Batu Merah — Sirimau, Kota Ambon': the name and, for a kecamatan or village, where it lies."""
    ancestors = regions.ancestors(region.code)
    above = [ancestors[key].name for key in ("kecamatan", "kabupaten") if key in ancestors]
    return f"{region.name} — {', '.join(above)}" if above else region.name


def level_of(region: Region) -> int:
    return next(i for i, levels in enumerate(LEVELS) if region.level in levels)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegionPicker", text)


class RegionField(QLineEdit):
    """One level of the picker; `chosen` carries the Region or None."""

    chosen = Signal(object)

    def __init__(self, regions: RegionIndex, levels: tuple[str, ...], parent: QWidget | None = None,
                 home: str | None = None):
        super().__init__(parent)
        self._regions, self._levels, self._home = regions, levels, home
        self._scope: str | None = None
        self._region: Region | None = None
        self._hits: list[Region] = []
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._take_index)
        self._completer.highlighted[QModelIndex].connect(self._preview_index)
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self.resolve)

    # --- state -------------------------------------------------------------------------------
    def region(self) -> Region | None:
        return self._region

    def set_scope(self, code: str | None) -> None:
        """Limit choices to regions under `code` (None: the whole province)."""
        self._scope = code

    def set_region(self, region: Region | None, *, notify: bool = True) -> None:
        changed = region != self._region
        self._region = region
        self.setText(region.name if region else "")
        self.setCursorPosition(0)
        self.setToolTip(f"{suggestion_text(region, self._regions)} ({region.code})" if region else "")
        if changed and notify:
            self.chosen.emit(region)

    def is_unresolved(self) -> bool:
        return bool(self.text().strip()) and self._region is None

    # --- typing ------------------------------------------------------------------------------
    def search(self, text: str) -> list[Region]:
        """Matches within the scope, the office's own kabupaten/kota first (the order is otherwise kept)."""
        hits = self._regions.search(text, self._levels, limit=100_000)
        if self._scope:
            prefix = self._scope + "."
            hits = [r for r in hits if r.code.startswith(prefix)]
        if self._home:
            home = self._home + "."
            hits.sort(key=lambda r: not (r.code == self._home or r.code.startswith(home)))
        return hits[:MAX_HITS]

    def _on_edited(self, text: str) -> None:
        if self._region is not None:
            self._region = None
            self.chosen.emit(None)
        self._show_hits(text)

    def _show_hits(self, text: str) -> None:
        self._hits = self.search(text)
        self._model.setStringList([suggestion_text(r, self._regions) for r in self._hits])
        if self._hits and self.hasFocus():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not self._completer.popup().isVisible():
            self._show_hits("" if self._region else self.text())
            return
        super().keyPressEvent(event)

    def _hit_at(self, index: QModelIndex) -> Region | None:
        return self._hits[index.row()] if index.isValid() and 0 <= index.row() < len(self._hits) else None

    def _preview_index(self, index: QModelIndex) -> None:
        hit = self._hit_at(index)
        if hit is not None:
            self.setText(hit.name)

    def _take_index(self, index: QModelIndex) -> None:
        self.set_region(self._hit_at(index))

    def resolve(self) -> None:
        """Turn the typed text into a region: an exact label, name or code, or the only match."""
        text = self.text().strip()
        if not text:
            self.set_region(None)
            return
        if self._region is not None and text in (self._region.name, region_label(self._region)):
            return
        hits = self.search(text)
        code, folded = dotted_code(text), fold_for_search(text)
        exact = [r for r in hits if text == region_label(r) or r.code == code or fold_for_search(r.name) == folded]
        if len(exact) > 1 and self._home:  # a name found in two kabupaten/kota: the office's own, if it is one
            exact = [r for r in exact if r.code.startswith(self._home + ".")] or exact
        pick = exact[0] if len(exact) == 1 else hits[0] if len(hits) == 1 else None
        if pick is not None:
            self.set_region(pick)


class RegionPicker(QWidget):
    """`code()` is the deepest chosen level; `changed` fires when it changes.

    depth 1 = kabupaten/kota only, 3 = down to desa/kelurahan. With `allow_empty` (a filter) an
    unrecognised entry is cleared, meaning "all".
    """

    changed = Signal(str)

    def __init__(self, regions: RegionIndex, depth: int = 3, allow_empty: bool = False,
                 parent: QWidget | None = None, home: str | None = None):
        super().__init__(parent)
        if not 1 <= depth <= len(LEVELS):
            raise ValueError(f"depth must be 1..{len(LEVELS)}")
        self._regions, self._allow_empty, self._last = regions, allow_empty, ""
        home_regency = home[:5] if home and len(home) >= 5 else None  # "81.71" of any code within it
        self._fields = [RegionField(regions, LEVELS[i], self, home_regency) for i in range(depth)]
        self._labels = [QLabel(_tr(LEVEL_LABELS[i]), self) for i in range(depth)]
        self._build_layout()
        for index, field in enumerate(self._fields):
            field.chosen.connect(lambda region, i=index: self._on_chosen(i, region))
            if allow_empty:
                field.editingFinished.connect(lambda f=field: self._drop_unresolved(f))
        self.setFocusProxy(self._fields[0])

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        placeholder = (QCoreApplication.translate("RegionPicker", "All") if self._allow_empty
                       else QCoreApplication.translate("RegionPicker", "Name or code"))
        for column, (label, field) in enumerate(zip(self._labels, self._fields, strict=True)):
            label.setBuddy(field)
            label.setWordWrap(True)  # three captions side by side never widen the form
            field.setPlaceholderText(placeholder)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
            grid.setColumnStretch(column, 1)

    # --- public API --------------------------------------------------------------------------
    def fields(self) -> list[RegionField]:
        return list(self._fields)

    def region(self) -> Region | None:
        return next((f.region() for f in reversed(self._fields) if f.region() is not None), None)

    def code(self) -> str:
        region = self.region()
        return region.code if region else ""

    def set_code(self, code: str | None) -> None:
        region = self._regions.get(code) if code else None
        chain = self._chain(region)
        for index, field in enumerate(self._fields):
            field.set_region(chain.get(index), notify=False)
            field.set_scope(chain[index - 1].code if index and chain.get(index - 1) else None)
        self._emit_if_changed()

    def unresolved_text(self) -> str:
        """What was typed but matches no single region (empty when everything is resolved)."""
        return next((f.text().strip() for f in self._fields if f.is_unresolved()), "")

    def clear(self) -> None:
        self.set_code(None)

    def _drop_unresolved(self, field: RegionField) -> None:
        if field.is_unresolved():
            field.setText("")

    # --- cascade -----------------------------------------------------------------------------
    def _chain(self, region: Region | None) -> dict[int, Region]:
        chain: dict[int, Region] = {}
        while region is not None:
            level = level_of(region) if region.level != "provinsi" else -1
            if 0 <= level < len(self._fields):
                chain[level] = region
            region = self._regions.get(region.parent_code) if region.parent_code else None
        return chain

    def _on_chosen(self, index: int, region: Region | None) -> None:
        if region is not None:
            for level, ancestor in self._chain(region).items():
                if level < index:
                    self._fields[level].set_region(ancestor, notify=False)
        self._rescope()
        self._emit_if_changed()

    def _rescope(self) -> None:
        scope: str | None = None
        for field in self._fields:
            field.set_scope(scope)
            chosen = field.region()
            if chosen is not None and scope and not chosen.code.startswith(scope + "."):
                field.set_region(None, notify=False)
                chosen = None
            scope = chosen.code if chosen else scope

    def _emit_if_changed(self) -> None:
        code = self.code()
        if code != self._last:
            self._last = code
            self.changed.emit(code)
