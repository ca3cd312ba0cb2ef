"""What the signed-in role may not do, shown rather than refused: the control is disabled and its tooltip is the
very refusal the service would give (one text for the window and the command line)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import AccessError


def refusal(ctx, permission: Permission) -> str | None:
    """None when the operator may do it, else why not (in the user's language)."""
    try:
        ctx.require(permission)
    except AccessError as exc:
        return exc.message()
    return None


def apply_refusal(widget: QWidget, reason: str | None, allowed_tooltip: str = "") -> None:
    """Disable `widget` with `reason` as its tooltip, or give it back `allowed_tooltip` (enabling is the page's
    own business: it may be disabled for other reasons, e.g. while busy)."""
    if reason:
        widget.setEnabled(False)
        widget.setToolTip(reason)
    else:
        widget.setToolTip(allowed_tooltip)
