"""(hub, admin) The BPJS file templates as files an operator edits — the upload file's (`bpjs_template`) and the
monthly change file's (`bpjs_change_template`): shown as JSON, replaced from a JSON file once it passes the same
checks the file's writer applies, or reset to the default; every change is audited."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.hub.bpjs_change_file import (
    CHANGE_TEMPLATE_SETTING,
    DEFAULT_CHANGE_TEMPLATE,
    check_change_template,
    load_change_template,
)
from pekerja_desktop.services.hub.bpjs_export import DEFAULT_TEMPLATE, TEMPLATE_SETTING, check_template, load_template
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import Setting


@dataclass(frozen=True)
class TemplateKind:
    setting: str
    default: dict
    check: Callable[[object], dict]
    load: Callable[[Session], dict]


UPLOAD = TemplateKind(TEMPLATE_SETTING, DEFAULT_TEMPLATE, check_template, load_template)
CHANGES = TemplateKind(CHANGE_TEMPLATE_SETTING, DEFAULT_CHANGE_TEMPLATE, check_change_template, load_change_template)


def current_template(ctx: AppContext, kind: TemplateKind = UPLOAD) -> dict:
    with ctx.db.session() as session:
        return kind.load(session)


def read_template_file(path: Path, kind: TemplateKind = UPLOAD) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except ValueError as exc:
        raise HubError("bpjs.bad_template", setting=kind.setting, reason=f"JSON: {exc}") from exc


def save_template(ctx: AppContext, template: dict | None, kind: TemplateKind = UPLOAD) -> dict:
    """`template` checked and stored; None puts the default back."""
    ctx.require(Permission.SETTINGS)
    require_hub(ctx)
    checked = kind.check(kind.default if template is None else template)
    with ctx.db.write() as session:
        existing = session.get(Setting, kind.setting)
        if template is None:
            if existing is not None:
                session.delete(existing)
        else:
            session.merge(Setting(key=kind.setting, value=json.dumps(checked)))
        audit.record(session, ctx.actor, f"settings.{kind.setting}", kind.setting,
                     columns=[column["header"] for column in checked["columns"]], reset=template is None)
    return checked
