"""Trust set-up, once per office: write this office's key file, and trust the other side from its key file
after comparing the key's fingerprint by phone.

Field office: "office file" (for the hub) and "trust the hub". Hub: "hub file" (for the offices) and "register an
office". Each step shows the fingerprint and asks before anything is trusted; a changed key or another hub asks
again before replacing.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.errors import SyncError
from pekerja_desktop.services.sync.state import is_hub
from pekerja_desktop.services.sync.trust import OfficeCard, read_key_file, register_office, trust_hub, write_key_file
from pekerja_desktop.ui.failures import show_failure
from pekerja_desktop.ui.pages.sync.labels import fill
from pekerja_desktop.ui.widgets import messages

translate = QCoreApplication.translate
REPLACEABLE = ("trust.key_changed", "trust.other_hub")
_FINGERPRINT = '<p style="font-family: monospace; font-size: 18px;"><b>%1</b></p>'


def _html(template: str, *values: str) -> str:
    return fill(html.escape(template), *(html.escape(v) for v in values)).replace("\n", "<br>")


def _key_files() -> str:
    return translate("SyncKeys", "Key files (*.json);;All files (*)")


def save_key_file(parent: QWidget, ctx: AppContext) -> OfficeCard | None:
    """Ask where, write the key file, show the fingerprint to read out by phone."""
    hub = is_hub(ctx)
    title = translate("SyncKeys", "Save the hub key file") if hub else translate("SyncKeys", "Save the office key file")
    suggested = str(Path.home() / f"kunci-{ctx.office.code}.json")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, _key_files())
    if not path:
        return None
    if not path.lower().endswith(".json"):
        path += ".json"
    try:
        card = write_key_file(ctx, Path(path))
    except (PekerjaError, OSError) as exc:
        show_failure(parent, exc)
        return None
    other = translate("SyncKeys", "each office") if hub else translate("SyncKeys", "the hub")
    text = _html(translate("SyncKeys", "The key file was written to:\n%1\n\nGive it to %2 (on a USB drive or by "
                                       "e-mail). When they load it, read this fingerprint out to them by phone:"),
                 path, other)
    messages.show_info(parent, text + fill(_FINGERPRINT, card.fingerprint), title)
    return card


def _question(ctx: AppContext, card: OfficeCard) -> tuple[str, str, str]:
    """(title, text, accept button) for trusting `card`."""
    if is_hub(ctx):
        title = fill(translate("SyncKeys", "Register office %1?"), card.code)
        accept = translate("SyncKeys", "Fingerprints match: register")
    else:
        title = fill(translate("SyncKeys", "Trust hub %1?"), card.code)
        accept = translate("SyncKeys", "Fingerprints match: trust")
    text = _html(translate("SyncKeys", "%1 \u2013 %2\n\nPhone them and ask them to read out the fingerprint shown "
                                       "when they saved this file. Accept only if it is exactly the same as:"),
                 card.code, card.name)
    return title, text + fill(_FINGERPRINT, card.fingerprint), accept


def _replace_question(exc: SyncError, card: OfficeCard) -> str:
    if exc.code == "trust.other_hub":
        template = translate("SyncKeys", "This office already trusts hub %1. Trust hub %2 instead? Bundles from "
                                         "%1 will then be refused.")
        return fill(template, str(exc.params.get("office_code", "")), card.code)
    template = translate("SyncKeys", "Office %1 is already known here with another key (fingerprint %2). The new "
                                     "key has fingerprint %3. Replace it only if the office confirmed the new key "
                                     "by phone (a new laptop, a reinstall).")
    return fill(template, card.code, str(exc.params.get("old", "")), card.fingerprint)


def _store(ctx: AppContext, path: Path, replace: bool) -> OfficeCard:
    store = register_office if is_hub(ctx) else trust_hub
    return store(ctx, path, replace=replace)


def trust_from_file(parent: QWidget, ctx: AppContext) -> OfficeCard | None:
    """Hub: register an office from its key file. Office: trust the hub. None when not done."""
    if is_hub(ctx):
        title = translate("SyncKeys", "Choose the office's key file")
    else:
        title = translate("SyncKeys", "Choose the hub's key file")
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), _key_files())
    if not path:
        return None
    try:
        return confirm_and_store(parent, ctx, Path(path))
    except PekerjaError as exc:
        show_failure(parent, exc)
        return None


def confirm_and_store(parent: QWidget, ctx: AppContext, path: Path) -> OfficeCard | None:
    card = read_key_file(path)
    title, text, accept = _question(ctx, card)
    if not messages.confirm(parent, title, text, accept, translate("SyncKeys", "Cancel")):
        return None
    try:
        return _store(ctx, path, replace=False)
    except SyncError as exc:
        if exc.code not in REPLACEABLE:
            raise
        if not messages.confirm(parent, translate("SyncKeys", "Replace the key?"), _replace_question(exc, card),
                                translate("SyncKeys", "Replace"), translate("SyncKeys", "Keep the current one")):
            return None
        return _store(ctx, path, replace=True)
