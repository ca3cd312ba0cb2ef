"""The occupation list is reference data the office (or, for everyone, the hub) can edit.

Codes are never deleted — existing records keep pointing to them — but an occupation can be taken off
the list (inactive), after which new enrolments cannot choose it. At the hub, the list travels to the
offices in the next reference bundle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reference.errors import OccupationError
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import Occupation

CODE_PATTERN = re.compile(r"^[A-Z0-9_]{2,20}$")


@dataclass(frozen=True)
class OccupationRow:
    code: str
    name_id: str
    name_en: str
    active: bool


def list_occupations(ctx: AppContext, include_inactive: bool = False) -> list[OccupationRow]:
    with ctx.db.session() as session:
        query = select(Occupation).order_by(col(Occupation.sort_order), col(Occupation.code))
        if not include_inactive:
            query = query.where(Occupation.active)
        return [OccupationRow(o.code, o.name_id, o.name_en, o.active) for o in session.scalars(query)]


def save_occupation(ctx: AppContext, code: str, name_id: str, name_en: str) -> OccupationRow:
    """Add an occupation, or rename (and re-activate) an existing one."""
    code = code.strip().upper()
    if not CODE_PATTERN.match(code):
        raise OccupationError("occupation.code_invalid", code=code)
    name_id, name_en = " ".join(name_id.split()), " ".join(name_en.split())
    if not name_id or not name_en:
        raise OccupationError("occupation.name_required")
    ctx.require(Permission.SETTINGS)
    with ctx.db.write() as session:
        occupation = session.get(Occupation, code)
        if occupation is None:
            last = session.scalar(select(func.max(col(Occupation.sort_order)))) or 0
            occupation = Occupation(code=code, sort_order=last + 1, name_id=name_id, name_en=name_en)
            session.add(occupation)
        occupation.name_id, occupation.name_en, occupation.active = name_id, name_en, True
        audit.record(session, ctx.actor, "settings.occupation", code, name_id=name_id, name_en=name_en)
    ctx.reload_reference()
    return OccupationRow(code, name_id, name_en, True)


def deactivate_occupation(ctx: AppContext, code: str) -> None:
    code = code.strip().upper()
    ctx.require(Permission.SETTINGS)
    with ctx.db.write() as session:
        occupation = session.get(Occupation, code)
        if occupation is None:
            raise OccupationError("occupation.unknown_code", code=code)
        occupation.active = False
        audit.record(session, ctx.actor, "settings.occupation", code, active=False)
    ctx.reload_reference()
