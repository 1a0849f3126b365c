"""Officer registry service: validation, normalisation, search, Vietnamese order, paging."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from core.officers import registry as svc
from core.paging import PageRequest
from db.errors import ValidationError
from db.models import ChangeLog, Officer

NAMES = [
    "Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình", "Phạm Thị Ân", "Hoàng Đức Dũng",
    "Đỗ Văn Đạt", "Vũ Thị Ơn", "Ngô Văn Ông", "Bùi Thị Yến", "Nguyễn Đức Thắng",
]


def make(name="Nguyễn Văn An", cccd="020190001234", **kw):
    return svc.OfficerInput(full_name=name, cccd=cccd, **kw)


def add_all(store, names=NAMES):
    with store.write("t") as s:
        for i, name in enumerate(names):
            svc.create(s, make(name, f"0201900{i:05d}", department="Văn phòng" if i % 2 else "Phòng Kinh tế",
                               birth_date=dt.date(1970 + i % 4, 1, 1) if i % 3 else None,
                               active=i % 5 != 0))


@pytest.mark.parametrize(
    "data, field",
    [
        (make(name=""), "full_name"),
        (make(name="   "), "full_name"),
        (make(name="Nguyễn Văn 2"), "full_name"),
        (make(cccd=""), "cccd"),
        (make(cccd="12345678901234"), "cccd"),
        (make(cccd="0201900012ab"), "cccd"),
        (make(cccd="123456789"), "cccd"),
        (make(phone="12345"), "phone"),
        (make(email="an@xa"), "email"),
        (make(birth_date=dt.date(2020, 1, 1)), "birth_date"),
        (make(gender="Khác"), "gender"),
    ],
)
def test_invalid_input_is_refused_with_field_and_nothing_written(ready_store, data, field):
    with pytest.raises(ValidationError) as info:
        with ready_store.write("t") as s:
            svc.create(s, data)
    assert info.value.field == field
    with ready_store.session() as s:
        assert s.scalar(select(func.count()).select_from(Officer)) == 0
        assert s.scalar(select(func.count()).where(ChangeLog.table_name == "officer")) == 0


def test_normalisation_nfc_cccd_phone_email(ready_store):
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Thị  Thu Hà ")
    with ready_store.write("t") as s:
        o = svc.create(s, make(nfd, "020 190 001 234", phone="+84 912 345 678", email=" Ha@LangSon.gov.vn"))
    assert o.full_name == "Nguyễn Thị Thu Hà"
    assert unicodedata.is_normalized("NFC", o.full_name)
    assert o.cccd == "020190001234"
    assert o.phone == "0912345678"
    assert o.email == "ha@langson.gov.vn"
    assert svc.normalize_cccd(20190001234) == "020190001234"  # Excel number, zero lost
    assert svc.normalize_cccd(20190001234.0) == "020190001234"


def test_duplicate_cccd_is_refused_naming_the_holder(ready_store):
    with ready_store.write("t") as s:
        svc.create(s, make())
    with pytest.raises(ValidationError) as info:
        with ready_store.write("t") as s:
            svc.create(s, make("Trần Văn Bình"))
    assert info.value.field == "cccd"
    assert info.value.params["name"] == "Nguyễn Văn An"


def test_deleted_officer_with_same_cccd_comes_back(ready_store):
    with ready_store.write("t") as s:
        first = svc.create(s, make()).id
        svc.delete(s, first)
    with ready_store.write("t") as s:
        again = svc.create(s, make("Nguyễn Văn Ân"))
    assert again.id == first and not again.deleted and again.full_name == "Nguyễn Văn Ân"


def test_accent_insensitive_search(ready_store):
    add_all(ready_store)
    with ready_store.session() as s:
        def names(q):
            found = svc.page(s, svc.OfficerQuery(search=q, status="all"), PageRequest(100))
            return {r.full_name for r in found}
        assert names("nguyen") == {"Nguyễn Văn An", "Nguyễn Đức Thắng"}
        assert names("NGUYỄN") == names("nguyen")
        assert names("duc") == {"Hoàng Đức Dũng", "Nguyễn Đức Thắng"}
        assert names("dat") == {"Đỗ Văn Đạt"}
        assert names("nguyen an") == {"Nguyễn Văn An"}  # every word must start a word
        assert names("0201900000") == set(NAMES)
        assert names("%") == set()
        assert svc.count(s, svc.OfficerQuery(search="nguyen", status="all")) == 2


def test_vietnamese_order_by_given_name(ready_store):
    add_all(ready_store)
    with ready_store.session() as s:
        rows = svc.page(s, svc.OfficerQuery(status="all", commune_code="06385"), PageRequest(100))
    assert [r.full_name for r in rows] == [
        "Nguyễn Văn An", "Trần Thị Ánh", "Phạm Thị Ân", "Lê Văn Bình", "Hoàng Đức Dũng",
        "Đỗ Văn Đạt", "Ngô Văn Ông", "Vũ Thị Ơn", "Nguyễn Đức Thắng", "Bùi Thị Yến",
    ]


def test_status_department_filters_and_deactivation(ready_store):
    with ready_store.write("t") as s:
        for i, name in enumerate(NAMES):
            svc.create(s, make(name, f"0201900{i:05d}", department="Văn phòng" if i % 2 else "Phòng Kinh tế"))
    with ready_store.write("t") as s:
        an = s.execute(select(Officer).where(Officer.full_name == "Nguyễn Văn An")).scalar_one()
        svc.set_active(s, an.id, False)
    with ready_store.session() as s:
        assert svc.count(s, svc.OfficerQuery()) == 9
        assert svc.count(s, svc.OfficerQuery(status="inactive")) == 1
        assert svc.count(s, svc.OfficerQuery(status="all")) == 10
        assert svc.count(s, svc.OfficerQuery(department="Văn phòng")) == 5
        assert svc.departments(s) == ["Phòng Kinh tế", "Văn phòng"]
        stats = svc.stats(s)
    assert (stats.total, stats.active, stats.inactive) == (10, 9, 1)


@pytest.mark.parametrize("sort, descending", [
    (key, desc) for key in svc.SORT_COLUMNS for desc in (False, True)
])
def test_keyset_pages_match_one_big_page(ready_store, sort, descending):
    given = ("An", "Bình", "Cúc", "Dung", "Em", "Giang", "Hà")
    add_all(ready_store, [f"{n} {w}" for w in given for n in ("Lê Văn", "Trần Thị")])
    query = svc.OfficerQuery(sort=sort, descending=descending, status="all")
    with ready_store.session() as s:
        everything = [r.id for r in svc.page(s, query, PageRequest(1000))]
        walked, after = [], None
        while True:
            page = svc.page(s, query, PageRequest(3, after=after))
            if not page:
                break
            walked += [r.id for r in page]
            after = page[-1].key
        last = svc.page(s, query, PageRequest(3, from_end=True))
        before = svc.page(s, query, PageRequest(3, before=last[0].key))
        middle = svc.page(s, query, PageRequest(3, offset=5))
    assert walked == everything
    assert [r.id for r in last] == everything[-3:]
    assert [r.id for r in before] == everything[-6:-3]
    assert [r.id for r in middle] == everything[5:8]


def test_cccd_corrected_then_old_number_registered_again(ready_store):
    with ready_store.write("t") as s:
        first = svc.create(s, make()).id
        svc.update(s, first, make(cccd="020190009999"))
    with ready_store.write("t") as s:
        second = svc.create(s, make("Trần Văn Bình"))  # the old CCCD now belongs to someone else
    assert second.id != first
    with ready_store.session() as s:
        assert s.get(Officer, first).cccd == "020190009999"


def test_excel_numbers_for_provinces_001_to_009_are_padded():
    assert svc.normalize_cccd(1088012345) == "001088012345"  # Hà Nội, two zeros lost
    assert svc.normalize_cccd(20190001234) == "020190001234"


def test_full_width_digits_are_refused(ready_store):
    with pytest.raises(ValidationError) as info:
        svc.clean(make(cccd="０２０１９０００１２３４"))
    assert info.value.field == "cccd"
    with pytest.raises(ValidationError):
        svc.clean(make(phone="０９１２３４５６７８"))


def test_other_communes_rows_stay_out_of_the_list(ready_store):
    add_all(ready_store)
    with ready_store.session() as s:
        assert svc.count(s, svc.OfficerQuery(commune_code="06385", status="all")) == len(NAMES)
        assert svc.count(s, svc.OfficerQuery(commune_code="06040", status="all")) == 0


def test_capped_count_stops_early_but_is_exact_below_the_cap(ready_store):
    add_all(ready_store)
    query = svc.OfficerQuery(status="all")
    with ready_store.session() as s:
        assert svc.count(s, query, cap=4) == 5  # "more than 4"
        assert svc.count(s, query, cap=100) == len(NAMES) == svc.count(s, query)
