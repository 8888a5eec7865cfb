"""Accounts and sign-in: who sits at this desk.

`sign_in(desk, username, password)` is the one function that turns a name and a password into a
signed-in desk (the CLI, the sign-in dialog, the lock screen and the tests all come through it;
unlocking an encrypted database at sign-in belongs there too). Passwords are hashed with Argon2id
(argon2-cffi's RFC 9106 low-memory profile) into the local `credential` table, which never syncs
(see app/models/accounts.py). On an encrypted desk `sign_in` first unwraps the database's data
key from the officer's key-file entry and opens the database (app/services/encryption.py keeps
the entries in step with every password set here). After MAX_FAILED wrong passwords in a row an
account is locked for LOCK_MINUTES; a disabled officer (`Officer.active` false) cannot sign in;
an administrator's reset sets a temporary password that must be changed at the next sign-in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ColumnElement, case, select
from sqlalchemy.orm import Session

from app.errors import DomainError, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Credential, LocalState, Officer, Role, Site
from app.models.base import utcnow
from app.persistence import keyfile
from app.services import access, encryption
from app.services.access import Permission
from app.services.desk import SITE_CODE_KEY, Desk, split_login

#: Argon2id with argon2-cffi's defaults (RFC 9106 low memory: 64 MiB, 3 passes, 4 lanes);
#: the parameters live in each hash, so raising them later re-hashes at the next sign-in.
HASHER = PasswordHasher()
MAX_FAILED = 5
LOCK_MINUTES = 15
MIN_LENGTH = 10


class SignInError(DomainError):
    """A refused sign-in; the message says why in words a person can act on."""


class WrongPassword(SignInError):
    pass


class AccountLocked(SignInError):
    pass


class AccountDisabled(SignInError):
    pass


class PasswordChangeRequired(SignInError):
    pass


@dataclass(frozen=True)
class SignedIn:
    username: str
    full_name: str
    role: str
    site_code: str
    must_change: bool


@dataclass(frozen=True)
class AccountInfo:
    officer_id: uuid.UUID
    username: str
    full_name: str
    role: str
    site_code: str
    active: bool
    has_password: bool
    must_change: bool
    locked_until: datetime | None
    last_sign_in: datetime | None


# --- who is who -----------------------------------------------------------------------------------


def officer_named(login: str, home_site: str | None = None) -> ColumnElement[bool]:
    """The officer a username names: `name@SITE` that site's; a bare name this site's officer
    first (`home_site`, else this desk's own site from local_state), else an officer elsewhere
    with that name. Usernames are unique per site only, so every lookup by username goes
    through here."""
    name, site = split_login(login)
    query = select(Officer.id).where(Officer.username == name, Officer.deleted_at.is_(None))
    if site is not None:
        query = query.where(Officer.site_id.in_(select(Site.id).where(Site.code == site)))
    else:
        code = (
            home_site
            if home_site is not None
            else select(LocalState.value).where(LocalState.key == SITE_CODE_KEY).scalar_subquery()
        )
        home = select(Site.id).where(Site.code == code).scalar_subquery()
        query = query.order_by(case((Officer.site_id == home, 0), else_=1), Officer.id)
    return Officer.id == query.limit(1).scalar_subquery()


def find_officer(session: Session, login: str, home_site: str | None) -> Officer | None:
    return session.scalar(select(Officer).where(officer_named(login, home_site)))


def desk_officer(session: Session, desk: Desk) -> Officer | None:
    """The signed-in officer (None before sign-in)."""
    return find_officer(session, desk.username, desk.site_code) if desk.username else None


# --- passwords ------------------------------------------------------------------------------------


def validate_password(password: str, username: str = "") -> str:
    """The minimum rules: MIN_LENGTH characters, letters and something else, not the username."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password needs at least {count} characters."),
            field="password",
            count=MIN_LENGTH,
        )
    if not any(c.isalpha() for c in password) or all(c.isalpha() for c in password):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password needs letters and at least one digit or sign."),
            field="password",
        )
    if username and username.lower() in password.lower():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password may not contain the username."), field="password"
        )
    return password


def _set_password(session: Session, officer: Officer, password: str, *, must_change: bool) -> None:
    credential = session.get(Credential, officer.id)
    if credential is None:
        credential = Credential(officer_id=officer.id)
        session.add(credential)
    credential.password_hash = HASHER.hash(password)
    credential.must_change = must_change
    credential.failed_attempts = 0
    credential.locked_until = None
    credential.changed_at = utcnow()


def _wrong() -> WrongPassword:
    return WrongPassword(QT_TRANSLATE_NOOP("errors", "Wrong username or password."))


def _disabled() -> AccountDisabled:
    return AccountDisabled(
        QT_TRANSLATE_NOOP(
            "errors", "This account is disabled. Ask an administrator of this site to enable it."
        )
    )


def _still_locked(until: datetime, now: datetime) -> AccountLocked:
    minutes = max(1, -(-int((until - now).total_seconds()) // 60))
    return AccountLocked(
        QT_TRANSLATE_NOOP(
            "errors",
            "This account is locked after too many wrong passwords. Try again in {minutes} "
            "minutes, or ask an administrator to reset the password.",
        ),
        minutes=minutes,
    )


def _locked_now() -> AccountLocked:
    return AccountLocked(
        QT_TRANSLATE_NOOP(
            "errors",
            "Wrong password, for the {count}th time: the account is locked for {minutes} minutes.",
        ),
        count=MAX_FAILED,
        minutes=LOCK_MINUTES,
    )


def _check(
    session: Session, officer: Officer | None, password: str, now: datetime, *, proven: bool = False
) -> Credential:
    """Verify `password` for `officer` with the lock rules; counts a failure. Raises SignInError.
    `proven`: the password has just unwrapped this officer's key-file entry, which only the
    password of its credential does (keyfile.from_password_hash), so a second Argon2 run (about
    a quarter of a second) would prove nothing more; the account's other rules still apply."""
    credential = session.get(Credential, officer.id) if officer is not None else None
    if officer is None or credential is None:
        HASHER.hash(password)  # the same time as a real check: no telling which names exist
        raise _wrong()
    if not officer.active or officer.deleted_at is not None:
        raise _disabled()
    if credential.locked_until is not None and credential.locked_until > now:
        raise _still_locked(credential.locked_until, now)
    try:
        if not proven:
            HASHER.verify(credential.password_hash, password)
    except (VerificationError, InvalidHashError):
        credential.failed_attempts += 1
        if credential.failed_attempts >= MAX_FAILED:
            credential.failed_attempts = 0
            credential.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            raise _locked_now() from None
        raise _wrong() from None
    credential.failed_attempts = 0
    credential.locked_until = None
    if HASHER.check_needs_rehash(credential.password_hash):
        credential.password_hash = HASHER.hash(password)
    return credential


def _unlock(desk: Desk, login: str, password: str, now: datetime) -> None:
    """A locked desk: the officer's key-file entry gives the data key that opens the database.
    The database is still closed, so this step's failures are counted in the entry (the same
    rules as the `credential` table's count, which takes over once the database is open)."""
    assert desk.keys is not None
    name, site = split_login(login)
    entry = desk.keys.entry(name)
    if entry is None or (site is not None and site != desk.site_code):
        keyfile.burn_time(password)  # the same time as a real unwrap: no telling which names exist
        raise _wrong()
    if entry.get("disabled"):
        raise _disabled()
    until = encryption.locked_until(entry)
    if until is not None and until > now:
        raise _still_locked(until, now)
    try:
        data_key = keyfile.unwrap(entry, password, name)
    except keyfile.WrongSecret:
        failed = int(entry.get("failed") or 0) + 1
        if failed >= MAX_FAILED:
            desk.keys.record_failure(name, 0, now + timedelta(minutes=LOCK_MINUTES))
            raise _locked_now() from None
        desk.keys.record_failure(name, failed, None)
        raise _wrong() from None
    desk.unlock(data_key)


def sign_in(desk: Desk, username: str, password: str, *, now: datetime | None = None) -> SignedIn:
    """Sign `username` in on `desk` (failures are counted even though the call raises). A locked
    desk is unlocked first; a plain SQLite desk of an earlier version is encrypted right after
    the first successful sign-in (`desk.recovery_code` then holds the new recovery key)."""
    now = now or utcnow()
    if not desk.initialized:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "This desk has not been set up yet: run the setup first.")
        )
    proven = False
    if desk.locked:
        _unlock(desk, username, password, now)
        proven = True
    error: SignInError | None = None
    with desk.db.session(access.system_actor(desk)) as session:
        officer = find_officer(session, username, desk.site_code)
        if officer is not None and officer.site is not None and officer.site.code != desk.site_code:
            officer = None  # another site's officer signs in at their own site
        try:
            credential = _check(session, officer, password, now, proven=proven)
        except SignInError as refused:
            error = refused  # raised after the commit, so the failure count is kept
        else:
            assert officer is not None and officer.username is not None
            credential.last_sign_in = now
            signed = SignedIn(
                officer.username,
                officer.full_name,
                officer.role.value if officer.role else "",
                desk.site_code or "",
                credential.must_change,
            )
    if error is not None:
        raise error
    if desk.plain:
        desk.plain_copy = encryption.encrypt_in_place(
            desk, signed.username, password, keep_plain=desk.keep_plain
        )
    else:
        encryption.signed_in(desk, signed.username, password)
    if desk.username != signed.username:
        desk.unsealed.clear()
    desk.username = signed.username
    return signed


def sign_out(desk: Desk) -> None:
    desk.username = None
    desk.unsealed.clear()


def confirm_password(desk: Desk, password: str) -> None:
    """The lock screen: the signed-in officer's password again, with the same lock rules."""
    if not desk.username:
        raise WrongPassword(QT_TRANSLATE_NOOP("errors", "Wrong username or password."))
    username = desk.username
    try:
        sign_in(desk, username, password)
    except (AccountLocked, AccountDisabled):
        desk.username = None  # locked out: the window signs out
        raise
    except SignInError:
        desk.username = username
        raise


def require_password_current(signed: SignedIn) -> None:
    if signed.must_change:
        raise PasswordChangeRequired(
            QT_TRANSLATE_NOOP(
                "errors",
                "Your password was reset by an administrator: choose a new one first "
                "(jejaring user passwd {username}).",
            ),
            username=signed.username,
        )


def change_password(desk: Desk, old_password: str, new_password: str) -> None:
    """The signed-in officer changes their own password (the old one proves it is them)."""
    if not desk.username:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "Sign in first."))
    validate_password(new_password, desk.username)
    if new_password == old_password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The new password must differ from the old one."), field="password"
        )
    error: SignInError | None = None
    with desk.db.session(access.system_actor(desk)) as session:
        officer = desk_officer(session, desk)
        try:
            _check(session, officer, old_password, utcnow())
        except SignInError as refused:
            error = refused
        else:
            assert officer is not None
            _set_password(session, officer, new_password, must_change=False)
    if error is None:
        encryption.remember_password(desk, desk.username, new_password)
    if error is not None:
        if isinstance(error, WrongPassword):
            raise WrongPassword(
                QT_TRANSLATE_NOOP("errors", "The current password is not right."), field="old"
            )
        raise error


# --- the administrator's side ---------------------------------------------------------------------


def add_account(
    desk: Desk,
    username: str,
    role: str,
    password: str | None,
    *,
    full_name: str = "",
    site_code: str = "",
    agency_code: str = "",
    unit_code: str = "",
) -> AccountInfo:
    """A new officer with an account; the password is temporary (changed at first sign-in)."""
    from app.services import reference

    access.require(desk, Permission.MANAGE_ACCOUNTS)
    login = reference.validate_username(username)
    site_code = (site_code or desk.site_code or "").strip().upper()
    with desk.read() as session:
        site = session.scalar(select(Site).where(Site.code == site_code))
        if site is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "There is no site with the code {code}."),
                field="site",
                code=site_code,
            )
        agency = agency_code or site.agency.code
    local = site_code == desk.site_code
    if local:  # another site's officer signs in there, with a password set there
        validate_password(password or "", login)
    info = reference.save_officer(
        desk,
        full_name=full_name or login,
        agency_code=agency,
        unit_code=unit_code,
        site_code=site_code,
        username=login,
        role=role,
    )
    if local:
        with desk.write() as session:
            officer = session.get(Officer, info.id)
            assert officer is not None
            _set_password(session, officer, password or "", must_change=True)
        encryption.remember_password(desk, login, password or "")
    return _account(desk, info.id)


def reset_password(desk: Desk, username: str, temporary: str) -> AccountInfo:
    """An administrator sets a temporary password (unlocks; must be changed at next sign-in)."""
    access.require(desk, Permission.MANAGE_ACCOUNTS)
    with desk.write() as session:
        officer = _local_officer(session, desk, username)
        validate_password(temporary, officer.username or "")
        _set_password(session, officer, temporary, must_change=True)
        officer_id, login = officer.id, officer.username or ""
    encryption.remember_password(desk, login, temporary)
    return _account(desk, officer_id)


def set_active(desk: Desk, username: str, active: bool) -> AccountInfo:
    """Disable or enable an account (`Officer.active`: journalled, audited, synced)."""
    access.require(desk, Permission.MANAGE_ACCOUNTS)
    with desk.write() as session:
        officer = _local_officer(session, desk, username)
        if not active and officer.username == desk.username and officer.site_id is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "You cannot disable your own account."), field="username"
            )
        officer.active = active
        officer_id, login = officer.id, officer.username or ""
        credential = session.get(Credential, officer_id)
        password_hash = credential.password_hash if credential else None
    if not active:
        encryption.forget(desk, login)
    elif password_hash is not None:
        encryption.remember_hash(desk, login, password_hash)
    return _account(desk, officer_id)


def _local_officer(session: Session, desk: Desk, username: str) -> Officer:
    officer = find_officer(session, username, desk.site_code)
    if (
        officer is None
        or officer.username is None
        or officer.site is None
        or officer.site.code != desk.site_code
    ):
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no account {username} at this site."),
            field="username",
            username=username,
        )
    return officer


def list_accounts(desk: Desk) -> list[AccountInfo]:
    access.require(desk, Permission.MANAGE_ACCOUNTS)
    with desk.read() as session:
        rows = session.execute(
            select(Officer, Credential, Site.code)
            .join(Site, Site.id == Officer.site_id)
            .outerjoin(Credential, Credential.officer_id == Officer.id)
            .where(Officer.username.is_not(None), Officer.deleted_at.is_(None), Site.code == desk.site_code)
            .order_by(Officer.username)
        ).all()
        return [_info(o, c, s) for o, c, s in rows]


def _account(desk: Desk, officer_id: uuid.UUID) -> AccountInfo:
    with desk.read() as session:
        officer = session.get(Officer, officer_id)
        assert officer is not None
        return _info(officer, session.get(Credential, officer_id), officer.site.code if officer.site else "")


def _info(officer: Officer, credential: Credential | None, site_code: str) -> AccountInfo:
    return AccountInfo(
        officer.id,
        officer.username or "",
        officer.full_name,
        officer.role.value if officer.role else "",
        site_code,
        officer.active,
        credential is not None,
        bool(credential and credential.must_change),
        credential.locked_until if credential else None,
        credential.last_sign_in if credential else None,
    )


def first_administrator(session: Session, officer: Officer, password: str) -> None:
    """Setup: the first administrator's password (office.initialize, in its transaction)."""
    assert officer.role == Role.ADMINISTRATOR
    _set_password(session, officer, password, must_change=False)


def recover(desk: Desk, recovery_code: str, username: str, new_password: str) -> None:
    """A forgotten administrator password: the office's recovery key opens the desk and sets a
    new password for an administrator of this site (unlocked, enabled; audited as a change of
    the officer by the system)."""
    encryption.unlock_with_recovery(desk, recovery_code)
    with desk.db.session(access.system_actor(desk)) as session:
        officer = _local_officer(session, desk, username)
        if officer.role != Role.ADMINISTRATOR:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The recovery key sets the password of an administrator only."),
                field="username",
            )
        validate_password(new_password, officer.username or "")
        officer.active = True
        _set_password(session, officer, new_password, must_change=False)
        login = officer.username or ""
    encryption.remember_password(desk, login, new_password)
