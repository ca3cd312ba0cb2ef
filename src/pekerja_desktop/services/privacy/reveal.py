"""Personal data shown on request: a NIK revealed to someone who normally sees it masked is audited.

A petugas sees NIKs masked (8171********0001, `domain.identity.nik.mask_nik`) in lists and prints; a role with
SEE_FULL_NIK sees them in full. Revealing is open to every role with REVEAL_NIK and leaves an audit event.
"""

from __future__ import annotations

import json

from pekerja_desktop.domain.identity.nik import mask_nik
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.enrolment.participants import find_participant

__all__ = ["count_record_niks", "mask_nik", "mask_record_niks", "masks_niks", "nik_for_display", "record_reveal",
           "reveal_nik"]


def masks_niks(ctx) -> bool:
    """Whether the signed-in operator sees NIKs masked unless revealed."""
    return not ctx.can(Permission.SEE_FULL_NIK)


def nik_for_display(ctx, nik: str | None, revealed: bool = False) -> str:
    """The NIK as this operator may see it: in full for SEE_FULL_NIK or when revealed (and REVEAL_NIK
    allows it; the caller audits the reveal), else masked."""
    if not nik:
        return nik or ""
    if not masks_niks(ctx) or (revealed and ctx.can(Permission.REVEAL_NIK)):
        return nik
    return mask_nik(nik)


def _history_niks(entry: dict) -> list[str]:
    if entry["field"] == "nik":
        return [v for v in (entry["old_value"], entry["new_value"]) if v]
    if entry["field"] == "heirs":
        return [nik for v in (entry["old_value"], entry["new_value"]) for h in _heirs_list(v) if (nik := h.get("nik"))]
    return []


def _heirs_list(text: str | None) -> list[dict]:
    """The heirs as the change history keeps them (a JSON list); anything else counts as none."""
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return [h for h in value if isinstance(h, dict)] if isinstance(value, list) else []


def count_record_niks(record: dict) -> int:
    """How many NIKs a record dict (as `show` prints it: heirs and history included) carries."""
    return (bool(record.get("nik")) + sum(bool(h.get("nik")) for h in record.get("heirs", []))
            + sum(len(_history_niks(h)) for h in record.get("history", [])))


def mask_record_niks(ctx, record: dict, *, revealed: bool = False) -> None:
    """Mask, in place, every NIK of a record dict (its own, its heirs', those in its history) as
    `nik_for_display` would."""
    record["nik"] = nik_for_display(ctx, record.get("nik"), revealed)
    for heir in record.get("heirs", []):
        heir["nik"] = nik_for_display(ctx, heir.get("nik"), revealed) or heir.get("nik")
    for entry in record.get("history", []):
        for side in ("old_value", "new_value"):
            entry[side] = _masked_history_value(ctx, entry["field"], entry[side], revealed)


def _masked_history_value(ctx, field: str, value: str | None, revealed: bool) -> str | None:
    if field == "nik":
        return nik_for_display(ctx, value, revealed) or value
    if field == "heirs" and _heirs_list(value):
        heirs = [{**h, "nik": nik_for_display(ctx, h.get("nik"), revealed) or h.get("nik")} for h in _heirs_list(value)]
        return json.dumps(heirs, ensure_ascii=False)
    return value


def record_reveal(ctx, subject: str, count: int, *, where: str) -> None:
    """One "nik.reveal" event for a command that showed `count` NIKs in full to an operator who would have
    seen them masked (nothing is recorded when nothing was revealed)."""
    if count and masks_niks(ctx):
        ctx.require(Permission.REVEAL_NIK)
        ctx.audit("nik.reveal", subject, where=where, count=count)


def reveal_nik(ctx, registration_number: str, *, where: str = "register") -> str:
    """The full NIK of one record; recorded as "nik.reveal" in the audit trail (who, which record, where)."""
    ctx.require(Permission.REVEAL_NIK)
    with ctx.db.session() as session:
        participant = find_participant(session, registration_number)
        number, nik = participant.registration_number, participant.nik
    ctx.audit("nik.reveal", number, where=where)
    return nik
