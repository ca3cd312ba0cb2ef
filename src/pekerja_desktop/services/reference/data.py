"""Reference data in the database: seeded from the package at setup, updatable later by the hub."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import insert
from sqlmodel import Session, col, select

from pekerja_desktop.assets import packaged_dukcapil_occupations, packaged_reference_data, packaged_regions
from pekerja_desktop.domain.regions import Region as RegionRecord
from pekerja_desktop.domain.regions import RegionIndex
from pekerja_desktop.domain.validation import ReferenceSets
from pekerja_desktop.store.models import (
    ContributionRate,
    DukcapilOccupation,
    FundingSource,
    HeirRelationship,
    Occupation,
    Region,
    Setting,
)


def seed_reference_data(session: Session) -> None:
    data = packaged_reference_data()
    session.execute(insert(Region), [
        {"code": r.code, "name": r.name, "level": r.level, "parent_code": r.parent_code}
        for r in packaged_regions()])
    session.execute(insert(Occupation), [
        {"code": c, "name_id": n_id, "name_en": n_en, "sort_order": i}
        for i, (c, n_id, n_en) in enumerate(data["occupations"])])
    session.execute(insert(FundingSource), [
        {"code": c, "name_id": n_id, "name_en": n_en} for c, n_id, n_en in data["funding_sources"]])
    session.execute(insert(HeirRelationship), [
        {"code": c, "name_id": n_id, "name_en": n_en} for c, n_id, n_en in data["heir_relationships"]])
    session.execute(insert(ContributionRate), [_rate_row(rate) for rate in data["contribution_rates"]])
    session.execute(insert(Setting), [
        {"key": key, "value": json.dumps(value)} for key, value in data["settings"].items()])
    session.execute(insert(DukcapilOccupation), [row.__dict__ for row in packaged_dukcapil_occupations()])


def _rate_row(rate: dict) -> dict:
    row = dict(rate)
    row["valid_from"] = dt.date.fromisoformat(rate["valid_from"])
    row["valid_to"] = dt.date.fromisoformat(rate["valid_to"]) if rate["valid_to"] else None
    return row


def get_setting(session: Session, key: str, default=None):
    value = session.scalar(select(Setting.value).where(col(Setting.key) == key))
    return json.loads(value) if value is not None else default


def set_setting(session: Session, key: str, value) -> None:
    session.merge(Setting(key=key, value=json.dumps(value)))


def load_region_index(session: Session) -> RegionIndex:
    rows = session.execute(select(Region.code, Region.name, Region.level, Region.parent_code)).all()
    return RegionIndex(RegionRecord(*row) for row in rows)


def load_reference_sets(session: Session) -> ReferenceSets:
    return ReferenceSets(
        regions=load_region_index(session),
        occupations=frozenset(session.scalars(select(Occupation.code).where(Occupation.active))),
        funding_sources=frozenset(session.scalars(select(FundingSource.code).where(FundingSource.active))),
        relationships=frozenset(session.scalars(select(HeirRelationship.code))),
        age_min=int(get_setting(session, "age_min", 15)),
        age_max=int(get_setting(session, "age_max", 65)),
        dukcapil_confirm={code: name for code, name in session.execute(
            select(DukcapilOccupation.code, DukcapilOccupation.name).where(col(DukcapilOccupation.rule) == "confirm"))},
    )


def load_known_reference_sets(session: Session) -> ReferenceSets:
    """Every code ever in the lists, active or not: what a record made elsewhere may point at (the hub re-checks
    records against them; a code deactivated after the enrolment stays valid for it)."""
    active = load_reference_sets(session)
    return ReferenceSets(regions=active.regions, occupations=frozenset(session.scalars(select(Occupation.code))),
                         funding_sources=frozenset(session.scalars(select(FundingSource.code))),
                         relationships=active.relationships, age_min=active.age_min, age_max=active.age_max)


def occupations(session: Session) -> list[Occupation]:
    return list(session.scalars(select(Occupation).where(Occupation.active).order_by(col(Occupation.sort_order))))


def funding_sources(session: Session) -> list[FundingSource]:
    return list(session.scalars(select(FundingSource).where(FundingSource.active)))


def heir_relationships(session: Session) -> list[HeirRelationship]:
    return list(session.scalars(select(HeirRelationship)))
