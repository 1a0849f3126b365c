"""Tài khoản: the administrator's account list — add, role, reset password, lock/unlock.

Every function checks the session's role (``manage_accounts``) before it reads or writes, on
top of the table check every write gets (account rows need an administrator).
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.accounts.auth import create_account, hash_password
from core.accounts.permissions import ADMIN, require_in
from core.rows import live_row
from core.settings import get_setting, set_setting
from db.base import utcnow
from db.errors import N_, ValidationError
from db.models import ROLES, Account

IDLE_MINUTES = "security.idle_minutes"
DEFAULT_IDLE_MINUTES = 15
_TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud over the phone


@dataclass(frozen=True)
class AccountRow:
    id: uuid.UUID
    username: str
    full_name: str
    role: str
    disabled: bool
    locked_until: dt.datetime | None
    must_change_password: bool
    last_login_at: dt.datetime | None

    def status(self, now: dt.datetime | None = None) -> str:
        now = now or utcnow()
        if self.disabled:
            return "disabled"
        if self.locked_until and self.locked_until > now:
            return "locked"
        if self.must_change_password:
            return "temporary"
        return "active"


STATUS_LABELS = {
    "disabled": N_("Locked by the administrator"),
    "locked": N_("Locked for a while (wrong passwords)"),
    "temporary": N_("Temporary password"),
    "active": N_("Active"),
}


def list_accounts(session: Session) -> list[AccountRow]:
    require_in(session, "manage_accounts")
    rows = session.execute(
        select(Account).where(Account.deleted.is_(False)).order_by(Account.username)
    ).scalars()
    return [AccountRow(a.id, a.username, a.full_name, a.role, a.disabled, a.locked_until,
                       a.must_change_password, a.last_login_at) for a in rows]


def temporary_password() -> str:
    return "-".join("".join(secrets.choice(_TEMP_ALPHABET) for _ in range(4)) for _ in range(3))


def add_account(session: Session, username: str, full_name: str, role: str) -> tuple[Account, str]:
    """A new account with a temporary password, to be changed at the first sign-in."""
    require_in(session, "manage_accounts")
    _check_role(role)
    password = temporary_password()
    return create_account(session, username, password, role, full_name, True), password


def reset_password(session: Session, account_id: uuid.UUID) -> str:
    """A fresh temporary password; the old one stops working; unlocks a wrong-password lock."""
    require_in(session, "manage_accounts")
    account = _get(session, account_id)
    password = temporary_password()
    account.password_hash = hash_password(password)
    account.must_change_password = True
    account.failed_logins = 0
    account.locked_until = None
    return password


def set_disabled(session: Session, account_id: uuid.UUID, disabled: bool, me: str) -> None:
    require_in(session, "manage_accounts")
    account = _get(session, account_id)
    if disabled and account.username == me:
        raise ValidationError(N_("You cannot lock your own account."))
    if disabled and account.role == ADMIN:
        _keep_an_admin(session, account)
    account.disabled = disabled
    if not disabled:
        account.locked_until = None
        account.failed_logins = 0


def set_role(session: Session, account_id: uuid.UUID, role: str) -> None:
    require_in(session, "manage_accounts")
    _check_role(role)
    account = _get(session, account_id)
    if account.role == ADMIN and role != ADMIN:
        _keep_an_admin(session, account)
    account.role = role


def idle_minutes(session: Session) -> int:
    return int(get_setting(session, IDLE_MINUTES, DEFAULT_IDLE_MINUTES))


def set_idle_minutes(session: Session, minutes: int) -> None:
    require_in(session, "change_settings")
    if not 0 <= minutes <= 240:
        raise ValidationError(N_("The idle time must be between 0 (never lock) and 240 minutes."),
                              field="idle")
    set_setting(session, IDLE_MINUTES, minutes)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(N_("Choose a role from the list."), field="role")


def _get(session: Session, account_id: uuid.UUID) -> Account:
    return live_row(session, Account, account_id, N_("This account no longer exists."))


def _keep_an_admin(session: Session, account: Account) -> None:
    others = session.execute(
        select(func.count()).select_from(Account).where(
            Account.role == ADMIN, Account.disabled.is_(False), Account.deleted.is_(False),
            Account.id != account.id)
    ).scalar()
    if not others:
        raise ValidationError(N_("At least one active administrator account must remain."))
