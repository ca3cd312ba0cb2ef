"""Retention: a supervisor purges the personal data of records the hub acknowledged more than N months ago.

N is the setting `retention_months`. Its default of 60 is a policy choice for the provincial office to confirm,
not a verified legal rule: UU 27/2022 asks that data no longer needed be deleted but sets no period for this
programme. Once the hub has accepted a record (and passed it on to BPJS), the office no longer needs the person's
identity; the hub keeps its copy.

A record qualifies when the hub's verdict is "accepted" for the record's current version (a later local change
not yet acknowledged keeps it) and that acknowledgement arrived before the cut-off. `sync_item.updated_at` is the
arrival time of the latest verdict: a record whose current version is acknowledged is not sent again, so nothing
but a newer verdict touches it after the ack.

What a purge keeps — statistics and billing: registration number, uuid, office, KPJ, village, occupation, sex,
birth year (the birth date becomes 1 January of that year), reported income (a rate may be a share of it),
programmes, funding source, coverage dates, status, the consent record (given, when, by which operator: the
lawful basis of what was done), confirmed warning codes, source, operators and timestamps, version.
What it removes: the NIK (set to '', which no valid NIK equals, so duplicate checks never match it), the name and
its search-index entry, birth place, day and month of birth, mother's name, address, RT/RW, phone, every heir,
and the old/new values of change-history rows except those of kept fields. One history row "purged_at" is added.
The card-state fingerprint (a hash over name, NIK and birth date) is replaced by that of the purged record.

The record keeps its version and is never exported again (services/sync/office/collect.py skips purged records), so no
blanked copy reaches the hub. Backups made before the purge still hold the data until they are rotated away.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, func, insert, text, update
from sqlmodel import Session, and_, col, select

from pekerja_desktop.domain.dates import local_day_bounds_utc
from pekerja_desktop.domain.roles import Permission
from pekerja_desktop.services.cards.card_data import ROW_COLUMNS, CardRow, printed_fingerprint
from pekerja_desktop.services.context import AppContext
from pekerja_desktop.services.privacy.errors import PrivacyError
from pekerja_desktop.services.reference.data import get_setting, set_setting
from pekerja_desktop.store import audit_chain as audit
from pekerja_desktop.store.card_models import CardState
from pekerja_desktop.store.dialect import is_postgresql
from pekerja_desktop.store.models import ChangeHistory, Heir, Participant, table_of, utcnow
from pekerja_desktop.store.sync_models import SyncItem, Verdict

RETENTION_KEY = "retention_months"
DEFAULT_RETENTION_MONTHS = 60  # a policy choice to confirm with the provincial office, not a verified rule
MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS = 1, 1200
CHUNK = 500
# Change-history fields whose values a purge keeps (not personal; "*" is the creation, its value the status).
KEPT_HISTORY_FIELDS = ("*", "status", "kpj", "occupation", "village_code", "funding_source", "coverage_start",
                       "coverage_end", "programmes", "income", "sex", "confirmed_warnings", "purged_at")
PURGED_VALUES = {"nik": "", "full_name": "", "name_folded": "", "name_key": "", "birth_place": "",
                 "mother_name": None, "address": "", "rt_rw": "", "phone": None}


@dataclass(frozen=True)
class PurgeCandidate:
    registration_number: str
    village_code: str
    acknowledged_at: dt.datetime  # UTC


@dataclass(frozen=True)
class PurgeResult:
    count: int
    months: int
    cutoff: dt.date  # records acknowledged before this local day qualify
    dry_run: bool


def retention_months(ctx: AppContext) -> int:
    """The configured period, or the default when unset or unreadable."""
    with ctx.db.session() as session:
        value = get_setting(session, RETENTION_KEY, DEFAULT_RETENTION_MONTHS)
    try:
        return _checked_months(int(value))
    except (TypeError, ValueError, PrivacyError):
        return DEFAULT_RETENTION_MONTHS


def set_retention_months(ctx: AppContext, months: int) -> int:
    ctx.require(Permission.SETTINGS)
    months = _checked_months(months)
    with ctx.db.write() as session:
        previous = get_setting(session, RETENTION_KEY, DEFAULT_RETENTION_MONTHS)
        set_setting(session, RETENTION_KEY, months)
        audit.record(session, ctx.actor, "settings.retention", RETENTION_KEY, old=previous, new=months)
    return months


def _checked_months(months) -> int:
    if isinstance(months, bool) or not isinstance(months, int) \
            or not MIN_RETENTION_MONTHS <= months <= MAX_RETENTION_MONTHS:
        raise PrivacyError("retention.months", value=months, minimum=MIN_RETENTION_MONTHS,
                           maximum=MAX_RETENTION_MONTHS)
    return months


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _cutoff_utc(cutoff: dt.date) -> dt.datetime:
    return local_day_bounds_utc(cutoff)[0]


def _candidates(cutoff: dt.date):
    return (select(Participant.id, Participant.registration_number, Participant.village_code, SyncItem.updated_at)
            .join(SyncItem, and_(col(SyncItem.kind) == "participant", col(SyncItem.uuid) == Participant.uuid))
            .where(col(Participant.purged_at).is_(None), col(SyncItem.ack_status) == Verdict.ACCEPTED.value,
                   col(SyncItem.acked_version) == Participant.version, col(SyncItem.updated_at) < _cutoff_utc(cutoff))
            .order_by(col(Participant.id)))


def purge_candidates(ctx: AppContext, months: int, today: dt.date | None = None) -> list[PurgeCandidate]:
    """Records whose current version the hub accepted more than `months` months before `today`."""
    ctx.require(Permission.PURGE)
    cutoff = months_before(today or dt.date.today(), _checked_months(months))
    with ctx.db.session() as session:
        rows = session.execute(_candidates(cutoff)).all()
    return [PurgeCandidate(number, village, at) for _id, number, village, at in rows]


def purge_personal_data(ctx: AppContext, months: int, today: dt.date | None = None, *,
                        dry_run: bool = False) -> PurgeResult:
    """Remove the personal data of every candidate in one transaction (see the module text); audited with the
    count. `dry_run` only counts, changes nothing and records nothing."""
    ctx.require(Permission.PURGE)
    cutoff = months_before(today or dt.date.today(), _checked_months(months))
    if dry_run:
        with ctx.db.session() as session:
            count = len(session.execute(_candidates(cutoff)).all())
        return PurgeResult(count, months, cutoff, True)
    with ctx.db.write() as session:
        if not is_postgresql(session):
            session.execute(text("PRAGMA secure_delete = ON"))  # freed pages are zeroed, not left readable
        ids = [row[0] for row in session.execute(_candidates(cutoff))]
        _purge(session, ids, ctx.actor)
        audit.record(session, ctx.actor, "retention.purge", "", count=len(ids), months=months,
                     cutoff=cutoff.isoformat())
    return PurgeResult(len(ids), months, cutoff, False)


def _purge(session: Session, ids: list[int], actor: str) -> None:
    now = utcnow()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        session.execute(update(Participant).where(col(Participant.id).in_(chunk)).values(
            **PURGED_VALUES, purged_at=now, birth_date=_start_of_year(session)))
        session.execute(table_of(Heir).delete().where(col(Heir.participant_id).in_(chunk)))
        session.execute(update(ChangeHistory).where(col(ChangeHistory.participant_id).in_(chunk),
                                                    col(ChangeHistory.field).not_in(KEPT_HISTORY_FIELDS))
                        .values(old_value=None, new_value=None))
        _refingerprint(session, chunk)
    if ids:
        session.execute(insert(ChangeHistory), [{"participant_id": pid, "at": now, "by": actor, "field": "purged_at",
                                                 "old_value": None, "new_value": now.isoformat()} for pid in ids])
        if not is_postgresql(session):
            # Merging the name index drops the deleted names' trigrams, which FTS5 otherwise keeps until a merge.
            session.execute(text("INSERT INTO participant_fts(participant_fts) VALUES ('optimize')"))


def _start_of_year(session: Session):
    """Only the birth year is kept (SQL, so the whole chunk is one UPDATE)."""
    if is_postgresql(session):
        return func.date_trunc("year", col(Participant.birth_date)).cast(Date)
    return func.date(col(Participant.birth_date), "start of year")


def _refingerprint(session: Session, ids: list[int]) -> None:
    rows = session.execute(select(*ROW_COLUMNS).join(CardState, col(CardState.participant_id) == Participant.id)
                           .where(col(Participant.id).in_(ids))).all()
    for values in rows:
        row = CardRow(*values)
        session.execute(update(CardState).where(col(CardState.participant_id) == row.participant_id)
                        .values(printed_fingerprint=printed_fingerprint(row)))
