"""Departments as a list the commune keeps (issue 24, item 7): near-duplicates ("Ban Chỉ huy quân
sự" / "Ban Chỉ huy Quân sự xã") are one department; the officer import maps a new spelling to
the one in use and says so; a merge renames through the normal write path (change log, sync)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.i18n import user_message
from core.officers import departments
from core.officers import import_xlsx as ox
from core.officers import registry as officers
from core.officers.registry import OfficerInput
from db.errors import ValidationError
from db.models import ChangeLog, Officer
from tests.unit.xlsx_fixtures import write_commune_list

MILITARY = "Ban Chỉ huy Quân sự xã"


def row(name, cccd, department):
    return [name, cccd, None, "", "", department, "", "", "", ""]


def add(store, name, cccd, department):
    with store.write("admin") as s:
        return officers.create(s, OfficerInput(full_name=name, cccd=cccd, department=department)).id


@pytest.mark.parametrize("typed", ["Ban Chỉ huy quân sự", "ban chi huy quan su xa", "BAN CHỈ HUY  QUÂN SỰ",
                                   "Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự - xã"])
def test_spellings_of_one_department_share_a_key(typed):
    assert departments.department_key(typed) == departments.department_key(MILITARY)
    assert departments.department_key("Văn phòng HĐND và UBND") != departments.department_key(MILITARY)


def test_the_import_takes_a_near_duplicate_as_the_department_in_use(ready_store, tmp_path):
    add(ready_store, "Hoàng Văn Đức", "020180000001", MILITARY)
    path = write_commune_list(tmp_path / "ds.xlsx", [
        row("Lý Văn Mạnh", "020180000002", "Ban Chỉ huy quân sự"),
        row("Trần Thị Hoa", "020180000003", "Phòng Văn hóa - Xã hội"),
        row("Phạm Văn Tú", "020180000004", "phòng văn hoá xã hội"),  # same file, another spelling
    ])
    with ready_store.session() as s:
        table = ox.read_table(path)
        preview = ox.preview(s, table, ox.guess_mapping(table))
    assert not preview.has_errors and preview.new == 3
    first, second, third = preview.rows
    assert first.data.department == MILITARY
    assert [user_message(n) for n in first.problems] == [
        "Dòng 7: bộ phận «Ban Chỉ huy quân sự» được hiểu là bộ phận đã có «Ban Chỉ huy Quân sự xã»."]
    assert second.data.department == "Phòng Văn hóa - Xã hội" and second.problems == []
    assert third.data.department == "Phòng Văn hóa - Xã hội" and len(third.problems) == 1
    with ready_store.write("admin") as s:
        ox.apply(s, ox.preview(s, table, ox.guess_mapping(table)))
    with ready_store.session() as s:
        names = [d.name for d in departments.listing(s)]
    assert names == [MILITARY, "Phòng Văn hóa - Xã hội"]


def test_merge_renames_every_officer_through_the_change_log(ready_store):
    a = add(ready_store, "Hoàng Văn Đức", "020180000001", MILITARY)
    b = add(ready_store, "Lý Văn Mạnh", "020180000002", "Ban Chỉ huy quân sự")
    add(ready_store, "Trần Thị Hoa", "020180000003", "Văn phòng")
    with ready_store.session() as s:
        listed = {d.name: d for d in departments.listing(s)}
    assert listed[MILITARY].near == ("Ban Chỉ huy quân sự",) and listed["Văn phòng"].near == ()
    with ready_store.write("admin") as s:
        moved = departments.merge(s, ["Ban Chỉ huy quân sự", MILITARY], MILITARY)
    assert moved == 1
    with ready_store.session() as s:
        assert {s.get(Officer, i).department for i in (a, b)} == {MILITARY}
        logged = s.execute(select(ChangeLog).where(ChangeLog.row_id == b,
                                                   ChangeLog.op == "update")).scalars().all()
        assert len(logged) == 1 and MILITARY in logged[0].payload
        assert [d.name for d in departments.listing(s)] == [MILITARY, "Văn phòng"]
    with ready_store.write("admin") as s, pytest.raises(ValidationError):
        departments.merge(s, [MILITARY], MILITARY)
