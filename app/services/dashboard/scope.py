"""Who is looking: the one place that decides which records the dashboard may count for the
officer at the desk. Every query of the dashboard takes its predicates from here, so the access
rules (sign-in and roles) plug in by changing this module only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from app.models import Officer, Site
from app.services import letters
from app.services.desk import Desk
from app.services.letters import Viewer


@dataclass(frozen=True)
class Scope:
    viewer: Viewer  # for letters and dispositions: letters.visible_to
    officer_id: uuid.UUID | None
    unit_id: uuid.UUID | None
    agency_id: uuid.UUID | None  # the officer's agency, else the site's
    site_id: uuid.UUID | None  # this desk's site


def scope_of(session: Session, desk: Desk) -> Scope:
    officer = (
        session.scalar(select(Officer).where(Officer.username == desk.username)) if desk.username else None
    )
    site = session.scalar(select(Site).where(Site.code == desk.site_code)) if desk.site_code else None
    agency_id = officer.agency_id if officer else (site.agency_id if site else None)
    return Scope(
        viewer=letters.viewer(session, desk),
        officer_id=officer.id if officer else None,
        unit_id=officer.unit_id if officer else None,
        agency_id=agency_id,
        site_id=site.id if site else None,
    )


def cases_visible(scope: Scope) -> ColumnElement[bool]:
    """The cases this officer may count. Today: every case the desk holds (sync already decides
    which cases reach a site); the security issue narrows it here."""
    del scope
    return true()


def letters_visible(scope: Scope) -> ColumnElement[bool]:
    """Confidential letters only for those who may read them (the correspondence rule)."""
    return letters.visible_to(scope.viewer)
