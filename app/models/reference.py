"""Reference lists shipped with the app (resources/reference/*.csv).

Countries and regions are the same everywhere and are only ever replaced by a newer release, so
they are local tables keyed by their official codes. Case categories are an administrator's list
that syncs, so they are replicated records.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Replicated


class Country(Base):
    __tablename__ = "country"

    iso2: Mapped[str] = mapped_column(String(2), primary_key=True)
    iso3: Mapped[str] = mapped_column(String(3))
    name_id: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))


class Region(Base):
    """An Indonesian province, regency/city or district with its Kemendagri code (`35.07.01`)."""

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    level: Mapped[str] = mapped_column(String(16))
    parent_code: Mapped[str | None] = mapped_column(String(13), index=True)


class CaseCategory(Replicated, Base):
    __tablename__ = "case_category"

    code: Mapped[str] = mapped_column(String(48), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16), default="")
    sensitive: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
