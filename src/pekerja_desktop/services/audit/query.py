"""`audit list`: the trail's events, filtered by day, action, operator and subject."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import col, or_

from pekerja_desktop.domain.dates import local_day_bounds_utc
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.store.account_models import AuditEvent


@dataclass(frozen=True)
class AuditFilter:
    since: dt.date | None = None  # from the start of that local day
    action: str | None = None  # the action or its family: "login" also finds "login.failed"
    user: str | None = None
    subject: str | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime  # UTC
    actor: str
    action: str
    subject: str
    detail: dict


def _query(wanted: AuditFilter):
    query = select(col(AuditEvent.seq), col(AuditEvent.at), col(AuditEvent.actor), col(AuditEvent.action),
                   col(AuditEvent.subject), col(AuditEvent.detail)).order_by(col(AuditEvent.seq))
    if wanted.since is not None:
        query = query.where(col(AuditEvent.at) >= local_day_bounds_utc(wanted.since)[0])
    if wanted.action:
        prefix = col(AuditEvent.action).startswith(f"{wanted.action}.", autoescape=True)
        query = query.where(or_(col(AuditEvent.action) == wanted.action, prefix))
    if wanted.user:
        query = query.where(col(AuditEvent.actor) == wanted.user.strip().lower())
    if wanted.subject:
        query = query.where(col(AuditEvent.subject) == wanted.subject.strip())
    return query


def _detail(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        return {"_text": text}
    return value if isinstance(value, dict) else {"_value": value}


def list_events(ctx: AppContext, wanted: AuditFilter) -> list[AuditRow]:
    ctx.require(Permission.AUDIT)
    with ctx.db.session() as session:
        rows = session.execute(_query(wanted)).all()
    ctx.audit("audit.list", "", rows=len(rows), filters={
        "since": wanted.since.isoformat() if wanted.since else None, "action": wanted.action, "user": wanted.user,
        "subject": wanted.subject})
    return [AuditRow(seq, at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at, actor, action, subject,
                     _detail(detail)) for seq, at, actor, action, subject, detail in rows]
