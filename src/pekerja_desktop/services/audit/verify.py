"""`audit verify`: this office's chain against its anchors, or (hub) an office's chain as received.

Someone who holds the database key can drop the append-only triggers and edit the file; the walk
(services/audit/walk.py) still names the first event that does not fit. What the office's own files cannot
show — a chain rewritten from some event on, hashes recomputed, and both anchor files edited to match — the
hub sees in the next bundle: the office's new events no longer continue the chain the hub holds.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from pekerja_desktop.domain.dates import format_datetime_local
from pekerja_desktop.domain.i18n import render
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.audit.anchor import read_anchors
from pekerja_desktop.services.audit.errors import AuditError
from pekerja_desktop.services.audit.messages import ANCHOR_CHECKED, ANCHOR_LABELS, BREAK_REASONS, REPORT_TEXTS
from pekerja_desktop.services.audit.walk import FORK, MISSING, Anchor, ChainBreak, ChainReport, refine_link_break, walk
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.sync.state import registered_office
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.account_models import AuditEvent

OFFICE_CHAIN_BROKEN = "audit.office_chain_broken"  # (hub) recorded in the hub's own trail at import
VERIFY_ACTION = "audit.verify"

RECEIVED_LINKS_SQL = ("SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM office_audit_event "
                      "WHERE office_code = :office AND seq > :after ORDER BY seq")
_SEQ_OF_HASH_SQL = {False: "SELECT seq FROM audit_event WHERE hash = :hash LIMIT 1",
                    True: "SELECT seq FROM office_audit_event WHERE office_code = :office AND hash = :hash LIMIT 1"}
_HASH_AT_SQL = "SELECT hash FROM office_audit_event WHERE office_code = :office AND seq = :seq"


def _time(value) -> str:
    parsed = audit.parse_utc(value) if isinstance(value, str) else value
    return format_datetime_local(parsed) if parsed else "?"


def _range(first: int, last: int) -> str:
    return str(first) if first >= last else f"{first}–{last}"


def describe_break(broken: ChainBreak, office: str | None = None, language: str | None = None) -> str:
    """One line naming the first broken link: number, action, actor, time and what is wrong."""
    params: dict[str, Any] = dict(broken.params)
    if "anchor" in params:
        params["anchor"] = render(ANCHOR_LABELS, params["anchor"], language=language)
        params["anchor_time"] = _time(params.get("anchor_at"))
    params.setdefault("anchor_seq", "")
    params["range"] = _range(params.get("first", 0), params.get("last", params.get("anchor_seq") or 0))
    reason = "missing_received" if office and broken.reason == MISSING else broken.reason
    what = render(BREAK_REASONS, reason, {**params, "seq": broken.seq}, language)
    if broken.seq == 0:
        return render(REPORT_TEXTS, "broken_empty", {"what": what}, language)
    code = "broken_office" if office else "broken"
    return render(REPORT_TEXTS, code, {"seq": broken.seq, "action": broken.action, "actor": broken.actor,
                                         "time": _time(broken.at), "what": what, "office": office}, language)


def _gaps_text(report: ChainReport, language: str | None) -> str:
    return "".join(render(REPORT_TEXTS, "gap", {"range": _range(gap.first, gap.last), "time": _time(gap.at)},
                          language) for gap in report.gaps)


def _anchors_text(anchors: tuple[Anchor, ...], language: str | None) -> str:
    if not anchors:
        return render(REPORT_TEXTS, "no_anchor", language=language)
    parts = [render(ANCHOR_CHECKED, "anchor", {"label": render(ANCHOR_LABELS, a.source, language=language),
                                               "seq": a.seq, "time": _time(a.at)}, language) for a in anchors]
    return render(REPORT_TEXTS, "and", language=language).join(parts)


def describe_intact(report: ChainReport, office: str | None = None, language: str | None = None) -> str:
    if office and report.events == 0:
        return render(REPORT_TEXTS, "none_office", {"office": office}, language)
    params = {"events": report.events, "head": report.head_seq, "hash": report.head_hash[:16],
              "gaps": _gaps_text(report, language), "office": office,
              "anchors": _anchors_text(report.anchors, language)}
    return render(REPORT_TEXTS, "intact_office" if office else "intact", params, language)


def describe(report: ChainReport, office: str | None = None, language: str | None = None) -> str:
    if report.broken is None:
        return describe_intact(report, office, language)
    return describe_break(report.broken, office, language)


# --- checking ------------------------------------------------------------------------------------------

def _seq_of_hash(session: Session, office: str | None):
    def lookup(hash_: str) -> int | None:
        params = {"hash": hash_, "office": office} if office else {"hash": hash_}
        return session.connection().execute(text(_SEQ_OF_HASH_SQL[office is not None]), params).scalar()
    return lookup


def check_office_chain(session: Session, anchors: list[Anchor]) -> ChainReport:
    """This office's chain, in number order, against `anchors` (in one read transaction)."""
    report = walk(audit.stored_links(session), anchors=anchors, hash_at=lambda seq: audit.hash_at(session, seq))
    return refine_link_break(report, _seq_of_hash(session, None))


def received_hash_at(session: Session, office: str):
    def lookup(seq: int) -> str | None:
        return session.connection().execute(text(_HASH_AT_SQL), {"office": office, "seq": seq}).scalar()
    return lookup


def check_received_chain(session: Session, office: str) -> ChainReport:
    """(hub) An office's chain as received, then any fork noted at an import (those events are not stored)."""
    links = audit.stored_links(session, sql=RECEIVED_LINKS_SQL, office=office)
    report = refine_link_break(walk(links, hash_at=received_hash_at(session, office)), _seq_of_hash(session, office))
    fork = None if not report.ok else first_recorded_fork(session, office)
    if fork is None:
        return report
    return ChainReport(report.events, report.head_seq, report.head_hash, fork, report.gaps)


def first_recorded_fork(session: Session, office: str) -> ChainBreak | None:
    rows = session.execute(select(AuditEvent.detail).where(col(AuditEvent.action) == OFFICE_CHAIN_BROKEN,
                                                           col(AuditEvent.subject) == office)
                           .order_by(col(AuditEvent.seq)))
    for (detail,) in rows:
        noted = json.loads(detail)
        if noted.get("reason") == FORK:
            return ChainBreak(int(noted["seq"]), FORK, noted.get("event_action", ""), noted.get("event_actor", ""),
                              audit.parse_utc(noted.get("event_at") or ""), {"bundle": noted.get("bundle", "")})
    return None


def verify_trail(ctx: AppContext, office: str | None = None) -> ChainReport:
    """`audit verify [--office CODE]`; the check itself is recorded in the trail."""
    ctx.require(Permission.AUDIT)
    if office is not None:
        office = _received_office(ctx, office)
    with ctx.db.session() as session:  # one read transaction: one snapshot of the chain
        report = check_received_chain(session, office) if office else check_office_chain(
            session, read_anchors(ctx.layout))
    ctx.audit(VERIFY_ACTION, office or "", ok=report.ok, events=report.events,
              broken_seq=report.broken.seq if report.broken else None,
              reason=report.broken.reason if report.broken else None)
    return report


def _received_office(ctx: AppContext, office: str) -> str:
    if ctx.office.role != "hub":
        raise AuditError("audit.office_only_hub")
    code = office.strip().upper()
    with ctx.db.session() as session:
        registered_office(session, code)
    return code
