"""Role matrix: each role × each service action, allowed or refused in the services layer."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select, text

from core.accounts import admin as account_admin
from core.accounts.auth import change_password, create_account, login
from core.accounts.permissions import PermissionDenied, require
from core.audit import log as audit
from core.backlog import lots as backlog
from core.backup import restore as br
from core.officers import registry as officers
from core.paging import PageRequest
from core.reports import register as reports
from core.settings import get_setting, set_setting
from core.training import courses as training
from db.changes import bulk_insert
from db.errors import UserError
from db.models import Account, Officer
from tests.conftest import ADMIN_PASSWORD

ROLES = ("staff", "supervisor", "admin")
_cccd = itertools.count(1)


def _officer(s):
    officers.create(s, officers.OfficerInput("Nguyễn Văn An", f"0201900{next(_cccd):05d}"))


def _bulk_officer(s):
    n = next(_cccd)
    bulk_insert(s, Officer, [{"full_name": "Lê Văn Bình", "cccd": f"0301900{n:05d}"}])


def _lot(s):
    backlog.create_lot(s, backlog.LotInput(field="ho_tich", record_kind="Sổ khai tử", total_records=10))


def _account_id(s):
    return s.execute(select(Account.id).where(Account.username == "canbo")).scalar_one()


def _backup(store, role):
    br.backup_now(store, role=role)


def _restore(store, role):
    made = br.backup_now(store, role="admin")
    br.restore(store, made.path, role=role)


# action -> (needed role, how: "write" = inside store.write(role=…), "store" = fn(store, role))
ACTIONS = {
    "create officer": ("staff", "write", _officer),
    "bulk insert officers": ("staff", "write", _bulk_officer),
    "create course": ("staff", "write",
                      lambda s: training.create_course(s, training.CourseInput("Kỹ năng số"))),
    "read audit history": ("supervisor", "write",
                           lambda s: audit.page(s, audit.AuditQuery(), PageRequest(50))),
    "verify audit chain": ("supervisor", "write", lambda s: audit.verify(s)),
    "add account": ("admin", "write",
                    lambda s: account_admin.add_account(s, "moi.ban", "Người Mới", "staff")),
    "reset password": ("admin", "write", lambda s: account_admin.reset_password(s, _account_id(s))),
    "lock account": ("admin", "write", lambda s: account_admin.set_disabled(s, _account_id(s), True, "x")),
    "change role": ("admin", "write", lambda s: account_admin.set_role(s, _account_id(s), "supervisor")),
    "list accounts": ("admin", "write", lambda s: account_admin.list_accounts(s)),
    "change a setting": ("admin", "write", lambda s: set_setting(s, "backup.keep", 3)),
    "idle time": ("admin", "write", lambda s: account_admin.set_idle_minutes(s, 5)),
    "raw SQL on account": ("admin", "write",
                           lambda s: s.execute(text("UPDATE account SET full_name = 'x'"))),
    "back up": ("supervisor", "store", _backup),
    "restore": ("admin", "store", _restore),
    "create backlog lot": ("staff", "write", _lot),
    "save report signer settings": ("supervisor", "write",
                                    lambda s: reports.save_settings(s, reports.load_settings(s))),
    "issue report number (register)": ("supervisor", "write",
                                       lambda s: s.execute(text(
                                           "UPDATE report_register SET signer_name = signer_name"))),
    "issue report number": ("supervisor", "require", "issue_report"),
    "resolve conflict": ("supervisor", "require", "resolve_conflict"),
    "approve batch": ("supervisor", "require", "approve_batch"),
    "export diagnostics": ("staff", "require", "export_diagnostics"),
}
RANK = {"staff": 1, "supervisor": 2, "admin": 3}


@pytest.fixture
def staffed(ready_store):
    with ready_store.write("admin") as s:
        create_account(s, "canbo", "canbo-2026", "staff", "Cán Bộ")
    return ready_store


def _outcome(store, role, how, fn) -> str:
    try:
        if how == "write":
            with store.write(actor=role, role=role) as s:
                fn(s)
        elif how == "store":
            fn(store, role)
        else:
            require(role, fn)
    except PermissionDenied as err:
        assert "may not" in err.message()
        return "refused"
    return "allowed"


@pytest.mark.parametrize("role", ROLES)
def test_role_matrix(staffed, role):
    expected = {name: "allowed" if RANK[role] >= RANK[needed] else "refused"
                for name, (needed, _how, _fn) in ACTIONS.items()}
    seen = {name: _outcome(staffed, role, how, fn) for name, (_n, how, fn) in ACTIONS.items()}
    assert seen == expected


def test_signed_in_role_applies_to_plain_store_writes(staffed):
    """Sections that call store.write(actor) without a role are still checked."""
    staffed.role = "staff"
    with pytest.raises(PermissionDenied), staffed.write("canbo") as s:
        set_setting(s, "backup.keep", 2)
    with staffed.session() as s:
        assert get_setting(s, "backup.keep") is None  # nothing written
    with staffed.write("canbo") as s:
        _officer(s)  # staff work goes through


@pytest.mark.parametrize("role", ROLES)
def test_everyone_may_change_their_own_password(staffed, role):
    staffed.role = role
    change_password(staffed, "canbo", "canbo-2026", "mat-khau-moi-1")
    staffed.role = None
    change_password(staffed, "admin", ADMIN_PASSWORD, "quantri-moi-2")
    assert login(staffed, "canbo", "mat-khau-moi-1").username == "canbo"
    assert login(staffed, "admin", "quantri-moi-2").username == "admin"
    with pytest.raises(UserError):
        login(staffed, "canbo", "canbo-2026")  # the old password no longer opens the account


def test_province_figures_cache_is_staff_work_but_the_mode_switch_is_not(staffed):
    """A staff user in province mode refreshes the figures (kept as a setting); only an admin
    turns province mode on or off."""
    from core.province import client as province

    staffed.role = "staff"
    province.keep(staffed, province.CACHE, {"communes": []}, province.utcnow())
    assert province._cached(staffed, province.CACHE)[0] == {"communes": []}
    with pytest.raises(PermissionDenied):
        province.set_province_mode(staffed, True, actor="canbo")
    assert not province.is_province_mode(staffed)
