"""Dukcapil's 89 occupations and how each maps onto the programme's occupations: reference data the provincial hub
edits (an admin there) and sends to the offices in reference bundles; an office only reads it.

A mapping is a programme occupation code (`map`), `confirm` (the KTP names work outside the target group: the
draft carries a warning a supervisor confirms) or `ask` (the KTP says nothing of the current work: asked).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.reference.errors import OccupationError, hub_only
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import DukcapilOccupation, Occupation, OfficeRole

MAP, CONFIRM, ASK = "map", "confirm", "ask"


@dataclass(frozen=True)
class DukcapilRow:
    code: int
    name: str
    rule: str
    programme_code: str | None
    note: str

    @property
    def target(self) -> str:
        """What the mapping says in one word: the programme code, or confirm/ask."""
        return (self.programme_code or "") if self.rule == MAP else self.rule


def list_dukcapil(ctx: AppContext) -> list[DukcapilRow]:
    with ctx.db.session() as session:
        rows = session.scalars(select(DukcapilOccupation).order_by(col(DukcapilOccupation.code)))
        return [DukcapilRow(r.code, r.name, r.rule, r.programme_code, r.note) for r in rows]


def set_dukcapil_mapping(ctx: AppContext, code: int, target: str, note: str | None = None) -> DukcapilRow:
    """(hub, admin) Map Dukcapil occupation `code` onto `target`: a programme occupation code, confirm or ask."""
    ctx.require(Permission.SETTINGS)
    if ctx.office.role != OfficeRole.HUB.value:
        raise hub_only("dukcapil")
    wanted = target.strip()
    rule = wanted.lower() if wanted.lower() in (CONFIRM, ASK) else MAP
    programme = wanted.upper() if rule == MAP else None
    with ctx.db.write() as session:
        row = session.get(DukcapilOccupation, code)
        if row is None:
            raise OccupationError("dukcapil.unknown_code", code=code)
        occupation = session.get(Occupation, programme) if programme else None
        if rule == MAP and (occupation is None or not occupation.active):
            raise OccupationError("dukcapil.target_invalid", target=target)
        row.rule, row.programme_code = rule, programme
        row.note = row.note if note is None else " ".join(note.split())
        audit.record(session, ctx.actor, "settings.dukcapil", str(code), rule=rule, programme_code=programme)
        saved = DukcapilRow(row.code, row.name, row.rule, row.programme_code, row.note)
    ctx.reload_reference()
    return saved
