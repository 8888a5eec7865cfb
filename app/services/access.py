"""Who may do what: permissions per role, checked in the services (the windows only mirror them).

Every write service starts with `require(desk, Permission.X)`; the GUI asks `allowed(desk, X)`
to hide or disable what the role cannot do, but the check here is the rule, whatever calls.
Roles live on the replicated `Officer` (docs/security.md has the table in words).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

from sqlalchemy import select

from app.errors import DomainError, Marked
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Officer, Role
from app.persistence.capture import Actor
from app.persistence.db import SYSTEM
from app.services.desk import Desk


class Permission(enum.StrEnum):
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"  # office, reference data, protocol, letterhead, numbering
    EDIT_CASES = "edit_cases"  # open, edit, stages, timeline, tasks, attachments, import
    REFER_CASES = "refer_cases"
    DRAFT_LETTERS = "draft_letters"
    REGISTER_LETTERS = "register_letters"  # incoming letters into the agenda
    APPROVE_LETTERS = "approve_letters"  # approve, sign, send, cancel
    DISPOSE_LETTERS = "dispose_letters"  # give and forward dispositions
    COMPLETE_DISPOSITIONS = "complete_dispositions"  # mark one's own disposition done
    LOG_COMMUNICATIONS = "log_communications"
    MANAGE_MEETINGS = "manage_meetings"  # forums, planning, agendas, attendance, minutes
    ISSUE_DOCUMENTS = "issue_documents"  # print official documents (numbered, registered)
    SYNC = "sync"  # export and import bundles, site keys, conflicts
    READ_AUDIT = "read_audit"
    SEE_SENSITIVE = "see_sensitive"  # sensitive case fields of any case, without breaking the glass


_EVERYTHING = frozenset(Permission)
_CASEWORK = frozenset(
    {
        Permission.EDIT_CASES,
        Permission.REFER_CASES,
        Permission.DRAFT_LETTERS,
        Permission.COMPLETE_DISPOSITIONS,
        Permission.LOG_COMMUNICATIONS,
        Permission.ISSUE_DOCUMENTS,
    }
)

ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: _EVERYTHING,
    Role.SUPERVISOR: _CASEWORK
    | {
        Permission.REGISTER_LETTERS,
        Permission.APPROVE_LETTERS,
        Permission.DISPOSE_LETTERS,
        Permission.MANAGE_MEETINGS,
        Permission.SYNC,
    },
    Role.CASE_OFFICER: _CASEWORK,
    Role.SECRETARIAT: frozenset(
        {
            Permission.MANAGE_MEETINGS,
            Permission.REGISTER_LETTERS,
            Permission.DRAFT_LETTERS,
            Permission.COMPLETE_DISPOSITIONS,
            Permission.LOG_COMMUNICATIONS,
            Permission.ISSUE_DOCUMENTS,
        }
    ),
    Role.AUDITOR: frozenset({Permission.READ_AUDIT}),
}


class AccessDenied(DomainError):
    """The signed-in officer's role does not allow this."""


def system_actor(desk: Desk) -> Actor:
    """For local bookkeeping that is not an officer's edit (credentials, which are not journalled)."""
    return Actor(SYSTEM, desk.site_code or "")


def role_of(desk: Desk) -> Role | None:
    """The signed-in officer's role, read now (an administrator may have changed it)."""
    if not desk.username:
        return None
    from app.services.accounts import officer_named

    with desk.read() as session:
        row = session.execute(
            select(Officer.role, Officer.active).where(officer_named(desk.username, desk.site_code))
        ).first()
    if row is None or not row.active:
        return None
    role: Role | None = row.role
    return role


def granted(desk: Desk) -> frozenset[Permission]:
    """Everything the signed-in officer may do (the windows enable their commands from it)."""
    role = role_of(desk)
    return ROLE_PERMISSIONS[role] if role is not None else frozenset()


def allowed(desk: Desk, permission: Permission) -> bool:
    return permission in granted(desk)


def require(desk: Desk, permission: Permission) -> None:
    if not desk.username:
        raise AccessDenied(QT_TRANSLATE_NOOP("errors", "Sign in first."))
    if not allowed(desk, permission):
        raise AccessDenied(
            QT_TRANSLATE_NOOP("errors", "Your role does not allow this: {what}."),
            what=Marked(PERMISSION_WORDS[permission]),
        )


#: what a refusal names, in the catalogue (context "errors"), translated with the message
PERMISSION_WORDS: Mapping[Permission, str] = {
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("errors", "managing accounts"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("errors", "changing the office's settings"),
    Permission.EDIT_CASES: QT_TRANSLATE_NOOP("errors", "editing cases"),
    Permission.REFER_CASES: QT_TRANSLATE_NOOP("errors", "referring cases"),
    Permission.DRAFT_LETTERS: QT_TRANSLATE_NOOP("errors", "drafting letters"),
    Permission.REGISTER_LETTERS: QT_TRANSLATE_NOOP("errors", "registering incoming letters"),
    Permission.APPROVE_LETTERS: QT_TRANSLATE_NOOP("errors", "approving, signing or sending letters"),
    Permission.DISPOSE_LETTERS: QT_TRANSLATE_NOOP("errors", "giving dispositions"),
    Permission.COMPLETE_DISPOSITIONS: QT_TRANSLATE_NOOP("errors", "completing dispositions"),
    Permission.LOG_COMMUNICATIONS: QT_TRANSLATE_NOOP("errors", "logging calls and messages"),
    Permission.MANAGE_MEETINGS: QT_TRANSLATE_NOOP("errors", "planning meetings and writing minutes"),
    Permission.ISSUE_DOCUMENTS: QT_TRANSLATE_NOOP("errors", "issuing official documents"),
    Permission.SYNC: QT_TRANSLATE_NOOP("errors", "exchanging sync bundles"),
    Permission.READ_AUDIT: QT_TRANSLATE_NOOP("errors", "reading the audit trail"),
    Permission.SEE_SENSITIVE: QT_TRANSLATE_NOOP("errors", "reading sensitive case fields"),
}
