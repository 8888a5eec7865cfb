"""How much reference data this desk holds, for the Settings page (counts by SQL, no records loaded)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import CaseCategory, Country, Region, Unit
from app.services.desk import Desk

#: Where the Indonesian region codes come from (shown beside the counts, as the MIT licence asks).
REGION_SOURCE = "Kepmendagri 300.2.2 Tahun 2025"
REGION_SOURCE_PROJECT = "cahyadsn/wilayah"
REGION_SOURCE_LICENCE = "MIT"


@dataclass(frozen=True)
class ReferenceSummary:
    countries: int
    provinces: int
    regencies: int
    districts: int
    case_categories: int
    case_categories_by_source: tuple[tuple[str, int], ...]
    units: int


def summary(desk: Desk) -> ReferenceSummary:
    with desk.read() as session:
        levels: dict[str, int] = {
            level: count
            for level, count in session.execute(select(Region.level, func.count()).group_by(Region.level))
        }
        live_categories = (CaseCategory.deleted_at.is_(None), CaseCategory.active.is_(True))
        by_source = session.execute(
            select(CaseCategory.source, func.count())
            .where(*live_categories)
            .group_by(CaseCategory.source)
            .order_by(CaseCategory.source)
        ).all()
        return ReferenceSummary(
            countries=session.scalar(select(func.count()).select_from(Country)) or 0,
            provinces=levels.get("provinsi", 0),
            regencies=levels.get("kabupaten_kota", 0),
            districts=levels.get("kecamatan", 0),
            case_categories=session.scalar(select(func.count(CaseCategory.id)).where(*live_categories)) or 0,
            case_categories_by_source=tuple((source, count) for source, count in by_source),
            units=session.scalar(select(func.count(Unit.id)).where(Unit.deleted_at.is_(None))) or 0,
        )
