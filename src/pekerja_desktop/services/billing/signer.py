"""(hub) Who approves the monthly bill: the signature block's "Mengetahui" side (title, name, NIP), a setting an
admin keeps up to date; the bill prints blanks to fill by hand until it is set."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlmodel import Session

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store import audit_chain as audit

SIGNER_SETTING = "billing_signer"
DEFAULT_TITLE = "Kepala Dinas"
NIP_DIGITS = 18  # a civil servant's NIP


@dataclass(frozen=True)
class Signer:
    title: str = DEFAULT_TITLE
    name: str = ""
    nip: str = ""

    def heading(self, office_name: str) -> list[str]:
        """The lines above the signature: a title set in full stands alone; the default names the office."""
        return [self.title, office_name] if self.title == DEFAULT_TITLE else [self.title]


def load_signer(session: Session) -> Signer:
    stored = get_setting(session, SIGNER_SETTING, {})
    if not isinstance(stored, dict):
        return Signer()
    return Signer(str(stored.get("title") or DEFAULT_TITLE), str(stored.get("name", "")), str(stored.get("nip", "")))


def checked_signer(title: str, name: str, nip: str) -> Signer:
    nip = re.sub(r"[\s.]", "", nip)
    if nip and (not nip.isdigit() or len(nip) != NIP_DIGITS):
        raise HubError("billing.signer_nip", value=nip)
    title, name = " ".join(title.split()), " ".join(name.split())
    if len(title) > 120 or len(name) > 120:
        raise HubError("billing.signer_long")
    return Signer(title or DEFAULT_TITLE, name, nip)


def current_signer(ctx: AppContext) -> Signer:
    with ctx.db.session() as session:
        return load_signer(session)


def save_signer(ctx: AppContext, title: str | None = None, name: str | None = None, nip: str | None = None) -> Signer:
    """Changes the fields given (None keeps one); admin, at the hub; audited."""
    ctx.require(Permission.SETTINGS)
    require_hub(ctx)
    with ctx.db.write() as session:
        old = load_signer(session)
        signer = checked_signer(old.title if title is None else title, old.name if name is None else name,
                                old.nip if nip is None else nip)
        set_setting(session, SIGNER_SETTING, asdict(signer))
        audit.record(session, ctx.actor, "settings.billing_signer", SIGNER_SETTING, **asdict(signer))
    return signer
