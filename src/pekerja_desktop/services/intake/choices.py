"""The clerk's choices for values a list writes its own way: for one file (`--map KIND:TEXT=CODE`, `--mapping
FILE.json`, the import page's groups) and, kept for next time, as this office's aliases (audited; listed and removed
in Settings and with `pekerja-desktop aliases`). Aliases are local: they never travel in a bundle.

A choice settles only what nothing else recognised: a name found exactly in the reference data is never overruled.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.domain.validation import ReferenceSets
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.intake.cells import term
from pekerja_desktop.services.intake.errors import IntakeError
from pekerja_desktop.services.intake.places import district_key, village_keys
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import OfficeAlias

OCCUPATION, VILLAGE, DISTRICT = "occupation", "village", "district"
KINDS = (OCCUPATION, VILLAGE, DISTRICT)
_MAP = re.compile(r"^\s*(\w+)\s*:(.*)=\s*([^=]*?)\s*$", re.DOTALL)


def choice_key(kind: str, text: str) -> str:
    """How a written value is compared: occupations by their words, places by their letters without a prefix."""
    if kind == VILLAGE:
        return village_keys(text)[-1][0]
    if kind == DISTRICT:
        return district_key(text)
    return term(text)


@dataclass(frozen=True)
class Choice:
    kind: str
    text: str
    code: str


@dataclass
class Choices:
    """(kind, key) -> code: the file's choices win over the office's aliases."""
    file: dict[tuple[str, str], str] = field(default_factory=dict)
    office: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, choice: Choice) -> None:
        self.file[(choice.kind, choice_key(choice.kind, choice.text))] = choice.code

    def for_kind(self, kind: str) -> dict[str, str]:
        merged = {key: code for (k, key), code in self.office.items() if k == kind}
        merged.update({key: code for (k, key), code in self.file.items() if k == kind})
        return merged

    def code_for(self, kind: str, text: str) -> str | None:
        key = (kind, choice_key(kind, text))
        return self.file.get(key) or self.office.get(key)


# --- the file's choices ------------------------------------------------------------------------------

def parse_choice(text: str) -> Choice:
    """'village:Waai Lama=81.01.14.2002' -> Choice('village', 'Waai Lama', '81.01.14.2002')."""
    match = _MAP.match(text)
    if match is None or match.group(1).lower() not in KINDS or not match.group(3):
        raise IntakeError("intake.mapping_invalid", text=text, reason="KIND:TEXT=CODE, KIND = " + ", ".join(KINDS))
    return Choice(match.group(1).lower(), match.group(2).strip(), match.group(3).strip())


def read_choices_file(path: Path) -> list[Choice]:
    """{"occupation": {"TEXT": "CODE", …}, "village": {…}, "district": {…}} (a list of {kind, text, code} too)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise IntakeError("intake.mapping_file", path=str(path), reason="not found") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise IntakeError("intake.mapping_file", path=str(path), reason=str(exc)) from exc
    if isinstance(data, list):
        pairs = [(item.get("kind"), item.get("text"), item.get("code")) for item in data if isinstance(item, dict)]
    elif isinstance(data, dict):
        pairs = [(kind, text, code) for kind, entries in data.items() if isinstance(entries, dict)
                 for text, code in entries.items()]
    else:
        pairs = []
    found = [Choice(str(k).lower(), str(t), str(c)) for k, t, c in pairs if k and t is not None and c]
    bad = [c for c in found if c.kind not in KINDS]
    if bad or (not found and data):
        raise IntakeError("intake.mapping_file", path=str(path),
                          reason='{"occupation": {"TEXT": "CODE"}, "village": {…}, "district": {…}}')
    return found


def check_choice(choice: Choice, ref: ReferenceSets) -> None:
    """The code must exist for its kind: an active occupation, a desa/kelurahan, a kecamatan."""
    regions = ref.regions
    if choice.kind == OCCUPATION:
        ok = choice.code.upper() in ref.occupations
    elif choice.kind == VILLAGE:
        ok = regions.is_village(choice.code)
    else:
        region = regions.get(choice.code)
        ok = region is not None and region.level == "kecamatan"
    if not ok:
        raise IntakeError("intake.mapping_invalid", text=f"{choice.kind}:{choice.text}={choice.code}",
                          reason=f"{choice.code} ?")


def normal_code(choice: Choice, ref: ReferenceSets) -> Choice:
    if choice.kind == OCCUPATION:
        return Choice(choice.kind, choice.text, choice.code.upper())
    region = ref.regions.get(choice.code)
    return Choice(choice.kind, choice.text, region.code if region else choice.code)


# --- the office's aliases ----------------------------------------------------------------------------

@dataclass(frozen=True)
class AliasRow:
    kind: str
    text: str
    code: str
    created_by: str
    created_at: str  # ISO timestamp (UTC)


def office_choices(session: Session) -> dict[tuple[str, str], str]:
    return {(kind, key): code for kind, key, code in
            session.execute(select(OfficeAlias.kind, OfficeAlias.text_key, OfficeAlias.code))}


def list_aliases(ctx: AppContext) -> list[AliasRow]:
    with ctx.db.session() as session:
        rows = session.scalars(select(OfficeAlias).order_by(col(OfficeAlias.kind), col(OfficeAlias.text_key)))
        return [AliasRow(a.kind, a.text, a.code, a.created_by, a.created_at.isoformat()) for a in rows]


def keep_aliases(ctx: AppContext, choices: Iterable[Choice]) -> int:
    """Keep the choices as this office's aliases (replacing one for the same text), in one audited transaction."""
    ctx.require(Permission.INTAKE)
    checked = [normal_code(c, ctx.reference) for c in choices]
    for choice in checked:
        check_choice(choice, ctx.reference)
    with ctx.db.write() as session:
        for choice in checked:
            _keep(session, ctx.actor, choice)
    return len(checked)


def _keep(session: Session, actor: str, choice: Choice) -> None:
    key = choice_key(choice.kind, choice.text)
    alias = session.scalar(select(OfficeAlias).where(col(OfficeAlias.kind) == choice.kind,
                                                     col(OfficeAlias.text_key) == key))
    if alias is None:
        session.add(OfficeAlias(kind=choice.kind, text_key=key, text=choice.text, code=choice.code, created_by=actor))
    else:
        alias.text, alias.code, alias.created_by = choice.text, choice.code, actor
    audit.record(session, actor, "intake.alias", f"{choice.kind}:{choice.text}", code=choice.code)


def remove_alias(ctx: AppContext, kind: str, text: str) -> bool:
    """Remove the alias for `text` (as written or as compared); False when there was none."""
    ctx.require(Permission.INTAKE)
    with ctx.db.write() as session:
        alias = session.scalar(select(OfficeAlias).where(col(OfficeAlias.kind) == kind,
                                                         col(OfficeAlias.text_key) == choice_key(kind, text)))
        if alias is None:
            return False
        audit.record(session, ctx.actor, "intake.alias_removed", f"{kind}:{alias.text}", code=alias.code)
        session.delete(alias)
    return True
