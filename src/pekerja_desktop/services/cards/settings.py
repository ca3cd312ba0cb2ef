"""Settings the card and receipt need, kept in the `setting` table (JSON values), editable by the office.

- `bpjs_contact`: the BPJS Ketenagakerjaan contact printed on the card back (default "175").
- `office_address`: the issuing office's address; when empty, the office name and its region are printed.
- `office_phone`: the issuing office's telephone, printed on the card back and the receipt when set.
- `card_back_offsets`: per printer, the shift of back pages in mm ({"default": {"dx_mm": 0, "dy_mm": 0}, …}),
  dx to the right and dy downwards as seen on the back page (read it off the alignment test page).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlmodel import Session

from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.errors import PekerjaError
from pekerja_desktop.services.cards.geometry import BackOffset
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import Office

BPJS_CONTACT = "bpjs_contact"
OFFICE_ADDRESS = "office_address"
OFFICE_PHONE = "office_phone"
MAX_PHONE_LENGTH = 40
BACK_OFFSETS = "card_back_offsets"
DEFAULT_PRINTER = "default"
DEFAULT_BPJS_CONTACT = "175"
MAX_OFFSET_MM = 20.0


@dataclass(frozen=True)
class CardSettings:
    bpjs_contact: str
    office_address: str
    back_offset: BackOffset
    office_phone: str = ""


def office_address(session: Session, office: Office, regions: RegionIndex) -> str:
    stored = (get_setting(session, OFFICE_ADDRESS, "") or "").strip()
    if stored:
        return stored
    region = regions.get(office.region_code)
    return f"{office.name}, {region.name}" if region else office.name


def back_offset(session: Session, printer: str | None = None) -> BackOffset:
    offsets = get_setting(session, BACK_OFFSETS, {}) or {}
    chosen = offsets.get(printer or DEFAULT_PRINTER) or offsets.get(DEFAULT_PRINTER) or {}
    return BackOffset(float(chosen.get("dx_mm", 0.0)), float(chosen.get("dy_mm", 0.0)))


def load_card_settings(session: Session, office: Office, regions: RegionIndex,
                       printer: str | None = None) -> CardSettings:
    contact = str(get_setting(session, BPJS_CONTACT, DEFAULT_BPJS_CONTACT) or DEFAULT_BPJS_CONTACT)
    phone = str(get_setting(session, OFFICE_PHONE, "") or "")
    return CardSettings(contact, office_address(session, office, regions), back_offset(session, printer), phone)


def card_settings(ctx: AppContext, printer: str | None = None) -> CardSettings:
    """The card and receipt settings in force here (for the settings screen)."""
    with ctx.db.session() as session:
        return load_card_settings(session, ctx.office, ctx.reference.regions, printer)


def _check_offset(value: float) -> float:
    if not math.isfinite(value) or abs(value) > MAX_OFFSET_MM:
        raise PekerjaError("argument.invalid", reason=f"offset {value} mm (max ±{MAX_OFFSET_MM:g})")
    return round(value, 2)


def save_back_offset(ctx: AppContext, dx_mm: float, dy_mm: float, printer: str | None = None) -> BackOffset:
    offset = BackOffset(_check_offset(dx_mm), _check_offset(dy_mm))
    ctx.require(Permission.SETTINGS)
    with ctx.db.write() as session:
        offsets = dict(get_setting(session, BACK_OFFSETS, {}) or {})
        offsets[printer or DEFAULT_PRINTER] = {"dx_mm": offset.dx_mm, "dy_mm": offset.dy_mm}
        set_setting(session, BACK_OFFSETS, offsets)
        audit.record(session, ctx.actor, "settings.card", BACK_OFFSETS, printer=printer or DEFAULT_PRINTER,
                     dx_mm=offset.dx_mm, dy_mm=offset.dy_mm)
    return offset


def save_office_address(ctx: AppContext, address: str) -> None:
    ctx.require(Permission.SETTINGS)
    with ctx.db.write() as session:
        set_setting(session, OFFICE_ADDRESS, " ".join(address.split()))
        audit.record(session, ctx.actor, "settings.card", OFFICE_ADDRESS)


def save_office_phone(ctx: AppContext, phone: str) -> None:
    """Empty clears it."""
    phone = " ".join(phone.split())
    if len(phone) > MAX_PHONE_LENGTH:
        raise PekerjaError("argument.invalid", reason=f"office_phone (max {MAX_PHONE_LENGTH})")
    ctx.require(Permission.SETTINGS)
    with ctx.db.write() as session:
        set_setting(session, OFFICE_PHONE, phone)
        audit.record(session, ctx.actor, "settings.card", OFFICE_PHONE)


def save_bpjs_contact(ctx: AppContext, contact: str) -> None:
    contact = " ".join(contact.split())
    if not contact:
        raise PekerjaError("argument.invalid", reason="bpjs_contact")
    ctx.require(Permission.SETTINGS)
    with ctx.db.write() as session:
        set_setting(session, BPJS_CONTACT, contact)
        audit.record(session, ctx.actor, "settings.card", BPJS_CONTACT)
