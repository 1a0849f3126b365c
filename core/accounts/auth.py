"""Accounts of this PC: argon2 password hashes, login check."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.accounts.permissions import SYSTEM
from core.text import nfc
from db.base import utcnow
from db.errors import N_, ValidationError
from db.models import ROLES, Account

_hasher = PasswordHasher()
_USERNAME = re.compile(r"^[a-z0-9._-]{3,32}$")
MIN_PASSWORD = 8
MAX_FAILED = 5
LOCK_MINUTES = 5


@dataclass(frozen=True)
class CurrentUser:
    username: str
    full_name: str
    role: str
    must_change_password: bool = False


class LockedOut(ValidationError):
    """Too many wrong passwords: ``seconds`` until the next try (for a countdown)."""

    def __init__(self, seconds: int) -> None:
        super().__init__(
            N_("This account is locked after too many wrong passwords. Try again in {minutes} minutes."),
            field="password", minutes=max(1, (seconds + 59) // 60),
        )
        self.seconds = seconds


def validate_new_account(session: Session, username: str, password: str) -> str:
    username = nfc(username).lower()
    if not _USERNAME.match(username):
        raise ValidationError(
            N_("The user name must have 3 to 32 characters: lower-case letters without accents, "
               "digits, dot, dash or underscore."),
            field="username",
        )
    check_password_rules(password)
    taken = session.execute(
        select(func.count()).select_from(Account).where(Account.username == username)
    ).scalar()
    if taken:
        raise ValidationError(N_("The user name {username} is already taken."), field="username",
                              username=username)
    return username


def create_account(
    session: Session, username: str, password: str, role: str, full_name: str = "",
    must_change_password: bool = False,
) -> Account:
    if role not in ROLES:
        raise ValueError(role)
    username = validate_new_account(session, username, password)
    account = Account(
        username=username,
        full_name=nfc(full_name),
        password_hash=_hasher.hash(password),
        role=role,
        must_change_password=must_change_password,
    )
    session.add(account)
    session.flush()
    return account


def login(store, username: str, password: str) -> CurrentUser:
    """Check a password; failures are counted (and saved) before the error is raised."""
    # the system writes the failure counters, whoever is signed in (auto-lock re-sign-in)
    with store.write(actor=nfc(username).lower() or "?", role=SYSTEM) as session:
        outcome = _check_password(session, username, password)
    if isinstance(outcome, ValidationError):
        raise outcome
    return outcome


def _check_password(session: Session, username: str, password: str) -> CurrentUser | ValidationError:
    username = nfc(username).lower()
    account = session.execute(
        select(Account).where(Account.username == username, Account.deleted.is_(False))
    ).scalar_one_or_none()
    wrong = ValidationError(N_("Wrong user name or password."), field="password")
    if account is None:
        _spend_a_verification(password)  # as long as a wrong password: no hint a name exists
        return wrong
    now = utcnow()
    if account.locked_until and account.locked_until > now:
        return LockedOut(int((account.locked_until - now).total_seconds()) + 1)
    try:
        _hasher.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        account.failed_logins += 1
        if account.failed_logins >= MAX_FAILED:
            account.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            account.failed_logins = 0
        return wrong
    if account.disabled:
        return ValidationError(N_("This account has been locked by the administrator."),
                               field="password")
    account.failed_logins = 0
    account.locked_until = None
    account.last_login_at = now
    return CurrentUser(account.username, account.full_name or account.username, account.role,
                       account.must_change_password)


_dummy_hash: str | None = None


def _spend_a_verification(password: str) -> None:
    """An argon2 verification against a hash of no account: an unknown user name takes the
    time of a known one with a wrong password."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("xaso: no such account")
    try:
        _hasher.verify(_dummy_hash, password)
    except (VerificationError, InvalidHashError):
        pass


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            N_("The password must have at least {count} characters."), field="password",
            count=MIN_PASSWORD,
        )


def change_password(store, username: str, old_password: str, new_password: str) -> None:
    """A user changes their own password (also the forced change of a temporary one)."""
    check_password_rules(new_password)
    if new_password == old_password:
        raise ValidationError(N_("The new password must differ from the old one."),
                              field="new_password")
    user = login(store, username, old_password)  # counts a wrong old password like a sign-in
    with store.write(actor=user.username, role=SYSTEM) as session:
        account = session.execute(select(Account).where(Account.username == user.username)).scalar_one()
        account.password_hash = _hasher.hash(new_password)
        account.must_change_password = False


def hash_password(password: str) -> str:
    return _hasher.hash(password)
