"""Demo data: set-up, realistic officers, every row logged, idempotent, deterministic."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from sqlalchemy import func, select

from core.accounts.auth import login
from core.config import Paths
from core.settings import get_setting
from core.store import Store
from db.errors import ValidationError
from db.models import Account, ChangeLog, Officer
from demo.commune import DEMO_FILLED, fill_demo

PHONE = re.compile(r"^0(3[2-9]|8[89]|9[0-8])\d{7}$")


def _officers(store: Store) -> list[Officer]:
    with store.session() as s:
        return list(s.execute(select(Officer).order_by(Officer.cccd)).scalars())


def test_fill_demo_sets_up_commune_and_adds_forty_officers(store):
    assert not store.is_initialized
    result = fill_demo(store)
    assert store.is_initialized
    assert result.already_filled is False
    assert result.officers == 40
    assert result.commune_name == "Xã Hữu Lũng"
    assert result.province_name == "Tỉnh Lạng Sơn"
    assert store.context.commune_code == "06385"
    rows = _officers(store)
    assert len(rows) == 40
    assert all(o.commune_code == "06385" and not o.deleted for o in rows)


def test_officers_look_real(store):
    fill_demo(store)
    rows = _officers(store)
    cccds = [o.cccd for o in rows]
    assert len(set(cccds)) == 40
    assert all(c.isdigit() and len(c) == 12 for c in cccds)
    # most are registered in Lạng Sơn; the gender/century digit matches gender and birth year
    assert sum(c.startswith("020") for c in cccds) >= 25
    for o in rows:
        century = 0 if o.birth_date.year < 2000 else 2
        assert int(o.cccd[3]) == century + (1 if o.gender == "Nữ" else 0), o
        assert o.cccd[4:6] == f"{o.birth_date.year % 100:02d}"
    names = [o.full_name for o in rows]
    assert len(set(names)) == 40
    for o in rows:
        assert unicodedata.is_normalized("NFC", o.full_name)
        assert 3 <= len(o.full_name.split()) <= 4
        assert o.gender in ("Nam", "Nữ")
        if o.full_name.split()[1] == "Thị":
            assert o.gender == "Nữ"
        if o.full_name.split()[1] == "Văn":
            assert o.gender == "Nam"
        assert dt.date(1965, 1, 1) <= o.birth_date <= dt.date(2000, 12, 31)
        assert PHONE.match(o.phone), o.phone
        assert o.search_key and o.sort_key
    assert any(" Thị " in n for n in names)
    emails = [o.email for o in rows if o.email]
    assert len(emails) >= 10
    assert len(set(emails)) == len(emails)
    assert all(e.endswith(".huulung@langson.gov.vn") for e in emails)


def test_commune_structure(store):
    fill_demo(store)
    rows = _officers(store)
    positions = [o.position for o in rows]
    assert positions.count("Chủ tịch UBND") == 1
    assert positions.count("Phó Chủ tịch UBND") == 2
    for post in ("Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch",
                 "Công chức Tài chính - Kế toán", "Công chức Địa chính - Xây dựng",
                 "Công chức Văn hóa - Xã hội", "Chỉ huy trưởng Quân sự", "Trưởng Công an xã"):
        assert post in positions
    departments = {o.department for o in rows}
    assert {"Lãnh đạo UBND", "Văn phòng HĐND và UBND", "Phòng Kinh tế",
            "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công"} <= departments
    leaders = [o for o in rows if o.department == "Lãnh đạo UBND"]
    assert len(leaders) == 3 and all(o.is_signer and o.active for o in leaders)
    assert 4 <= sum(o.is_signer for o in rows) < 20
    inactive = [o for o in rows if not o.active]
    assert 2 <= len(inactive) <= 3
    assert all("Chuyển công tác" in o.note and not o.is_signer for o in inactive)


def test_every_officer_is_in_the_change_log(store):
    fill_demo(store)
    with store.session() as s:
        logged = set(
            s.execute(
                select(ChangeLog.row_id).where(
                    ChangeLog.table_name == "officer", ChangeLog.op == "insert"
                )
            ).scalars()
        )
        actors = set(
            s.execute(
                select(ChangeLog.actor).where(ChangeLog.table_name == "officer")
            ).scalars()
        )
    assert len(logged) >= 40
    assert {o.id for o in _officers(store)} <= logged
    assert actors == {"demo"}


def test_accounts_can_log_in(store):
    result = fill_demo(store)
    assert set(result.passwords) == {"admin", "canbo"}
    assert result.passwords["admin"] != result.passwords["canbo"]
    assert all(len(p) >= 10 for p in result.passwords.values())
    admin = login(store, "admin", result.passwords["admin"])
    staff = login(store, "canbo", result.passwords["canbo"])
    assert admin.role == "admin"
    assert staff.role == "staff"
    with pytest.raises(ValidationError):
        login(store, "canbo", result.passwords["admin"])
    with store.session() as s:
        account = s.execute(select(Account).where(Account.username == "canbo")).scalar_one()
        officer = s.get(Officer, account.officer_id)
    assert officer is not None and officer.full_name == staff.full_name


def test_second_call_adds_nothing(store):
    first = fill_demo(store)
    with store.session() as s:
        log_rows = s.execute(select(func.count()).select_from(ChangeLog)).scalar_one()
    again = fill_demo(store)
    assert again.already_filled is True
    assert again.officers == 40  # the demo officers already there
    assert again.passwords == {}
    assert again.commune_name == first.commune_name
    assert len(_officers(store)) == 40
    with store.session() as s:
        assert s.execute(select(func.count()).select_from(ChangeLog)).scalar_one() == log_rows
        assert s.execute(select(func.count()).select_from(Account)).scalar_one() == 4  # + demo_accounts
        assert get_setting(s, DEMO_FILLED)["officers"] == 40


def test_real_installation_is_never_filled_with_demo_data(ready_store):
    from sqlalchemy import func, select

    from db.errors import ValidationError
    from db.models import ChangeLog

    with ready_store.session() as s:
        before = s.scalar(select(func.count()).select_from(ChangeLog))
    with pytest.raises(ValidationError) as info:
        fill_demo(ready_store)
    assert "real data" in info.value.template
    with ready_store.session() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == before


def test_same_seed_same_officers_in_another_folder(store, tmp_path):
    fill_demo(store, seed=7)
    other = Store.open(Paths(tmp_path / "second-home"))
    third = Store.open(Paths(tmp_path / "third-home"))
    try:
        fill_demo(other, seed=7)
        fill_demo(third, seed=8)
        first = [(o.full_name, o.cccd, o.position) for o in _officers(store)]
        second = [(o.full_name, o.cccd, o.position) for o in _officers(other)]
        different = [(o.full_name, o.cccd, o.position) for o in _officers(third)]
    finally:
        other.close()
        third.close()
    assert first == second
    assert {n for n, _, _ in first} != {n for n, _, _ in different}


def test_officer_count_is_honoured(store):
    result = fill_demo(store, officers=45)
    assert result.officers == 45
    rows = _officers(store)
    assert len(rows) == 45
    assert len({o.cccd for o in rows}) == 45
