"""(hub) The BPJS segment code of each funding source — SG pemerintah (Pemda-funded), SD desa funded from APBDes,
SA desa funded from APBD, SL desa from other funds, SC/SB corporate or banking (CSR) — a setting the upload file
and the monthly change file both write from (`bpjs_segments`: {funding source code: segment}). The defaults
cover the packaged funding sources; an admin sets any other, or changes one, audited."""

from __future__ import annotations

import re

from sqlmodel import Session, col, select

from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.hub.errors import HubError
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.services.sync.state import require_hub
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.models import FundingSource

SEGMENTS_SETTING = "bpjs_segments"
DEFAULT_SEGMENTS = {"APBD_PROV": "SG", "APBD_KAB": "SG", "APBDES": "SD", "CSR": "SC"}
SEGMENT_CODE = re.compile(r"[A-Z]{2}")


def load_segments(session: Session) -> dict[str, str]:
    stored = get_setting(session, SEGMENTS_SETTING, {})
    return {**DEFAULT_SEGMENTS, **(stored if isinstance(stored, dict) else {})}


def segment_for(segments: dict[str, str], funding_source: str) -> str:
    segment = segments.get(funding_source)
    if not segment:
        raise HubError("bpjs.no_segment", source=funding_source or "-")
    return segment


def current_segments(ctx: AppContext) -> list[tuple[str, str, str]]:
    """(funding source code, its name, its segment or "") for every funding source."""
    require_hub(ctx)
    with ctx.db.session() as session:
        segments = load_segments(session)
        sources = session.execute(select(col(FundingSource.code), col(FundingSource.name_id))
                                  .order_by(col(FundingSource.code))).all()
    return [(code, name, segments.get(code, "")) for code, name in sources]


def save_segment(ctx: AppContext, source: str, segment: str) -> list[tuple[str, str, str]]:
    """(admin) `source`'s segment becomes `segment` (two capital letters)."""
    ctx.require(Permission.SETTINGS)
    require_hub(ctx)
    code, segment = source.strip().upper(), segment.strip().upper()
    if not SEGMENT_CODE.fullmatch(segment):
        raise HubError("bpjs.bad_segment", value=segment)
    with ctx.db.write() as session:
        known = set(session.scalars(select(col(FundingSource.code))))
        if code not in known:
            raise HubError("bpjs.unknown_source", value=code, known=", ".join(sorted(known)))
        stored = get_setting(session, SEGMENTS_SETTING, {})
        stored = {**(stored if isinstance(stored, dict) else {}), code: segment}
        set_setting(session, SEGMENTS_SETTING, stored)
        audit.record(session, ctx.actor, "settings.bpjs_segments", code, segment=segment)
    return current_segments(ctx)
