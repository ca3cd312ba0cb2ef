"""(hub, admin) The BPJS upload template as a file an operator edits: shown as JSON, replaced from a JSON file
once it passes the same checks the export applies, or reset to the default; every change is audited."""

from __future__ import annotations

import json
from pathlib import Path

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.hub.bpjs_export import DEFAULT_TEMPLATE, TEMPLATE_SETTING, check_template, load_template
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import Setting


def current_template(ctx: AppContext) -> dict:
    with ctx.db.session() as session:
        return load_template(session)


def read_template_file(path: Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except ValueError as exc:
        raise HubError("bpjs.bad_template", setting=TEMPLATE_SETTING, reason=f"JSON: {exc}") from exc


def save_template(ctx: AppContext, template: dict | None) -> dict:
    """`template` checked and stored; None puts the default back."""
    ctx.require(Permission.SETTINGS)
    require_hub(ctx)
    checked = check_template(DEFAULT_TEMPLATE if template is None else template)
    with ctx.db.write() as session:
        existing = session.get(Setting, TEMPLATE_SETTING)
        if template is None:
            if existing is not None:
                session.delete(existing)
        else:
            session.merge(Setting(key=TEMPLATE_SETTING, value=json.dumps(checked)))
        audit.record(session, ctx.actor, "settings.bpjs_template", TEMPLATE_SETTING,
                     columns=[column["header"] for column in checked["columns"]], reset=template is None)
    return checked
