"""Accounts of this PC: argon2 password hashes, login check."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.errors import N_, ValidationError
from db.models import ROLES, Account
from desktop.services.text import nfc

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


def validate_new_account(session: Session, username: str, password: str) -> str:
    username = nfc(username).lower()
    if not _USERNAME.match(username):
        raise ValidationError(
            N_("The user name must have 3 to 32 characters: lower-case letters without accents, "
               "digits, dot, dash or underscore."),
            field="username",
        )
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            N_("The password must have at least {count} characters."), field="password",
            count=MIN_PASSWORD,
        )
    taken = session.execute(
        select(func.count()).select_from(Account).where(Account.username == username)
    ).scalar()
    if taken:
        raise ValidationError(N_("The user name {username} is already taken."), field="username",
                              username=username)
    return username


def create_account(
    session: Session, username: str, password: str, role: str, full_name: str = ""
) -> Account:
    if role not in ROLES:
        raise ValueError(role)
    username = validate_new_account(session, username, password)
    account = Account(
        username=username,
        full_name=nfc(full_name),
        password_hash=_hasher.hash(password),
        role=role,
    )
    session.add(account)
    session.flush()
    return account


def login(store, username: str, password: str) -> CurrentUser:
    """Check a password; failures are counted (and saved) before the error is raised."""
    with store.write(actor=nfc(username).lower() or "?") as session:
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
        return wrong
    now = utcnow()
    if account.locked_until and account.locked_until > now:
        minutes = max(1, int((account.locked_until - now).total_seconds() // 60) + 1)
        return ValidationError(
            N_("This account is locked after too many wrong passwords. Try again in {minutes} minutes."),
            field="password", minutes=minutes,
        )
    try:
        _hasher.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        account.failed_logins += 1
        if account.failed_logins >= MAX_FAILED:
            account.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            account.failed_logins = 0
        return wrong
    account.failed_logins = 0
    account.locked_until = None
    account.last_login_at = now
    return CurrentUser(account.username, account.full_name or account.username, account.role)
