"""Accounts through the services: sign-in, lock, disable, reset, password rules, per-site names."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.models import AuditEntry, Change, Credential
from app.models.base import utcnow
from app.persistence.dump import dump_lines
from app.services import access, accounts
from app.services.access import AccessDenied
from app.services.accounts import AccountDisabled, AccountLocked, PasswordChangeRequired, WrongPassword
from app.services.desk import Desk
from tests.conftest import ADMIN_PASSWORD

BUDI = "Merdeka-Raya-77"


@pytest.fixture
def budi(desk: Desk) -> Desk:
    accounts.add_account(desk, "budi", "case_officer", BUDI, full_name="Budi Santoso")
    return desk


def test_the_first_administrator_is_signed_in_after_setup_and_signs_in_again(desk: Desk) -> None:
    assert desk.username == "admin"
    accounts.sign_out(desk)
    assert desk.username is None
    with pytest.raises(Exception, match="Sign in first"):
        desk.actor()
    signed = accounts.sign_in(desk, "Admin", ADMIN_PASSWORD)
    assert (signed.username, signed.role, signed.must_change) == ("admin", "administrator", False)
    assert desk.username == "admin"


def test_a_wrong_password_says_so_and_does_not_tell_which_names_exist(desk: Desk) -> None:
    with pytest.raises(WrongPassword) as wrong:
        accounts.sign_in(desk, "admin", "not-the-password-1")
    with pytest.raises(WrongPassword) as unknown:
        accounts.sign_in(desk, "nobody", "not-the-password-1")
    assert wrong.value.translated("id") == unknown.value.translated("id")
    assert wrong.value.translated("en") == "Wrong username or password."


def test_five_wrong_passwords_lock_the_account_for_a_while(budi: Desk) -> None:
    now = utcnow()
    for _ in range(accounts.MAX_FAILED - 1):
        with pytest.raises(WrongPassword):
            accounts.sign_in(budi, "budi", "wrong-password-9", now=now)
    with pytest.raises(AccountLocked, match="locked for 15 minutes"):
        accounts.sign_in(budi, "budi", "wrong-password-9", now=now)
    with pytest.raises(AccountLocked, match="Try again in 15 minutes"):
        accounts.sign_in(budi, "budi", BUDI, now=now)  # even the right password, while locked
    later = now + timedelta(minutes=accounts.LOCK_MINUTES, seconds=1)
    assert accounts.sign_in(budi, "budi", BUDI, now=later).must_change  # a temporary password


def test_a_success_clears_the_count_of_failures(budi: Desk) -> None:
    for _ in range(accounts.MAX_FAILED - 1):
        with pytest.raises(WrongPassword):
            accounts.sign_in(budi, "budi", "wrong-password-9")
    accounts.sign_in(budi, "budi", BUDI)
    with pytest.raises(WrongPassword):
        accounts.sign_in(budi, "budi", "wrong-password-9")  # counting starts again


def test_a_disabled_account_cannot_sign_in_and_the_change_is_audited(budi: Desk) -> None:
    accounts.set_active(budi, "budi", False)
    with pytest.raises(AccountDisabled, match="disabled"):
        accounts.sign_in(budi, "budi", BUDI)
    with budi.read() as session:
        assert session.scalar(
            select(AuditEntry.id).where(AuditEntry.entity == "officer", AuditEntry.changes.contains("active"))
        )
    accounts.sign_in(budi, "admin", ADMIN_PASSWORD)
    with pytest.raises(ValidationError, match="your own account"):
        accounts.set_active(budi, "admin", False)
    accounts.set_active(budi, "budi", True)
    assert accounts.sign_in(budi, "budi", BUDI).username == "budi"


def test_a_reset_password_must_be_changed_then_the_old_one_is_gone(budi: Desk) -> None:
    signed = accounts.sign_in(budi, "budi", BUDI)
    with pytest.raises(PasswordChangeRequired):
        accounts.require_password_current(signed)
    with pytest.raises(WrongPassword, match="current password"):
        accounts.change_password(budi, "wrong-password-9", "Jalan-Sudirman-12")
    accounts.change_password(budi, BUDI, "Jalan-Sudirman-12")
    accounts.require_password_current(accounts.sign_in(budi, "budi", "Jalan-Sudirman-12"))
    with pytest.raises(WrongPassword):
        accounts.sign_in(budi, "budi", BUDI)
    accounts.sign_in(budi, "admin", ADMIN_PASSWORD)
    accounts.reset_password(budi, "budi", "Sementara-2026")
    assert accounts.sign_in(budi, "budi", "Sementara-2026").must_change


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short-1", "at least 10 characters"),
        ("onlyletterslong", "letters and at least one digit"),
        ("1234567890", "letters and at least one digit"),
        ("xbudi-2026-x", "may not contain the username"),
    ],
)
def test_password_rules(password: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        accounts.validate_password(password, "budi")


def test_a_password_hash_is_never_journalled_nor_dumped(budi: Desk) -> None:
    with budi.read() as session:
        stored = session.scalars(select(Credential.password_hash)).all()
        assert len(stored) == 2 and all(h.startswith("$argon2id$") for h in stored)
        assert not session.scalar(select(Change.id).where(Change.entity == "credential"))
        assert not session.scalar(select(AuditEntry.id).where(AuditEntry.changes.contains("argon2")))
        assert not any("argon2" in line for line in dump_lines(session))


def test_only_an_administrator_manages_accounts(budi: Desk) -> None:
    accounts.sign_in(budi, "budi", BUDI)
    assert access.role_of(budi) is not None and not access.allowed(budi, access.Permission.MANAGE_ACCOUNTS)
    with pytest.raises(AccessDenied) as denied:
        accounts.add_account(budi, "dewi", "auditor", "Dewi-Lestari-1")
    assert denied.value.translated("en") == "Your role does not allow this: managing accounts."
    assert denied.value.translated("id") != denied.value.translated("en")
    with pytest.raises(AccessDenied):
        accounts.reset_password(budi, "admin", "Sementara-2026")


def test_usernames_are_unique_per_site(demo_desk: Desk) -> None:
    desk = demo_desk
    accounts.add_account(desk, "budi", "case_officer", BUDI)
    with pytest.raises(ValidationError, match="already taken"):
        accounts.add_account(desk, "budi", "auditor", BUDI)
    # the same name at another site is another officer (no password here: they sign in there)
    other = accounts.add_account(desk, "budi", "case_officer", None, site_code="BP2MI-PUSAT")
    assert (other.site_code, other.has_password) == ("BP2MI-PUSAT", False)
    here = [a.username for a in accounts.list_accounts(desk)]
    assert here.count("budi") == 1 and "admin" in here
    assert accounts.sign_in(desk, "budi", BUDI).site_code == "KBRI-KUL"
