"""Accounts: lockout with a countdown, temporary passwords forcing a change, admin lock."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from core.accounts import admin as adm
from core.accounts.auth import LockedOut, change_password, login
from db.base import utcnow
from db.errors import ValidationError
from db.models import Account
from tests.conftest import ADMIN_PASSWORD


def _add(store, username="canbo", role="staff"):
    with store.write("admin", role="admin") as s:
        account, password = adm.add_account(s, username, "Nguyễn Thị Hoa", role)
        return account.id, password


def test_new_account_gets_a_temporary_password_that_must_be_changed(ready_store):
    _, temp = _add(ready_store)
    user = login(ready_store, "canbo", temp)
    assert user.must_change_password and user.role == "staff"
    with pytest.raises(ValidationError, match="differ"):
        change_password(ready_store, "canbo", temp, temp)
    with pytest.raises(ValidationError, match="at least"):
        change_password(ready_store, "canbo", temp, "short")
    change_password(ready_store, "canbo", temp, "hoa-2026-moi")
    assert not login(ready_store, "canbo", "hoa-2026-moi").must_change_password
    with pytest.raises(ValidationError):
        login(ready_store, "canbo", temp)


def test_lockout_after_five_failures_with_seconds_left(ready_store):
    for _ in range(5):
        with pytest.raises(ValidationError) as err:
            login(ready_store, "admin", "sai")
        assert not isinstance(err.value, LockedOut)
    with pytest.raises(LockedOut) as err:
        login(ready_store, "admin", ADMIN_PASSWORD)  # even the right password waits
    assert 240 <= err.value.seconds <= 301
    with ready_store.write("t") as s:  # time passes
        s.execute(select(Account)).scalar_one().locked_until = utcnow() - dt.timedelta(seconds=1)
    assert login(ready_store, "admin", ADMIN_PASSWORD).role == "admin"


def test_reset_password_unlocks_and_old_password_stops_working(ready_store):
    account_id, temp = _add(ready_store)
    change_password(ready_store, "canbo", temp, "hoa-2026-moi")
    for _ in range(5):
        with pytest.raises(ValidationError):
            login(ready_store, "canbo", "sai")
    with ready_store.write("admin", role="admin") as s:
        new_temp = adm.reset_password(s, account_id)
    assert new_temp != temp
    assert login(ready_store, "canbo", new_temp).must_change_password
    with pytest.raises(ValidationError):
        login(ready_store, "canbo", "hoa-2026-moi")


def test_admin_lock_and_unlock(ready_store):
    account_id, temp = _add(ready_store)
    with ready_store.write("admin", role="admin") as s:
        adm.set_disabled(s, account_id, True, me="admin")
    with pytest.raises(ValidationError, match="administrator"):
        login(ready_store, "canbo", temp)
    with ready_store.write("admin", role="admin") as s:
        adm.set_disabled(s, account_id, False, me="admin")
        rows = adm.list_accounts(s)
    assert [r.status() for r in rows if r.username == "canbo"] == ["temporary"]
    assert login(ready_store, "canbo", temp).username == "canbo"


def test_the_last_admin_cannot_be_demoted_or_locked(ready_store):
    with ready_store.write("admin", role="admin") as s:
        admin_id = s.execute(select(Account.id).where(Account.username == "admin")).scalar_one()
        with pytest.raises(ValidationError, match="administrator"):
            adm.set_role(s, admin_id, "staff")
    with pytest.raises(ValidationError, match="own account"), \
            ready_store.write("admin", role="admin") as s:
        adm.set_disabled(s, admin_id, True, me="admin")
    other_id, _ = _add(ready_store, "quantri2", "admin")
    with ready_store.write("admin", role="admin") as s:
        adm.set_role(s, admin_id, "supervisor")  # another admin remains
        assert s.get(Account, admin_id).role == "supervisor"


def test_account_changes_are_audited_without_password_hashes(ready_store):
    from db.models import ChangeLog

    account_id, _ = _add(ready_store)
    with ready_store.write("admin", role="admin") as s:
        adm.reset_password(s, account_id)
    with ready_store.session() as s:
        payloads = s.execute(select(ChangeLog.payload).where(ChangeLog.row_id == account_id)).scalars().all()
    assert len(payloads) == 2 and all("argon2" not in p for p in payloads)


def test_an_unknown_user_name_costs_an_argon2_verification(ready_store, monkeypatch):
    """Sign-in time must not tell which names exist: an unknown name verifies the password
    against a hash of no account, as a known name with a wrong password does (the timing itself
    is measured in benchmarks/bench_signin.py)."""
    from core.accounts import auth

    checked = []

    class Counting(type(auth._hasher)):
        def verify(self, hash, password):  # noqa: A002 - argon2's own parameter name
            checked.append(hash)
            return super().verify(hash, password)

    monkeypatch.setattr(auth, "_hasher", Counting())
    for name in ("admin", "khong-co-ai"):
        with pytest.raises(ValidationError) as err:
            login(ready_store, name, "sai-mat-khau")
        assert err.value.template == "Wrong user name or password."
    assert len(checked) == 2 and checked[0] != checked[1]
    assert checked[1].startswith("$argon2id$")
