"""Cán bộ → Bộ phận…: near-duplicates are marked; two names merged into one (issue 24, item 7)."""

from __future__ import annotations

from core.officers import departments
from core.officers import registry as officers
from core.officers.registry import OfficerInput
from core.ops import Kind
from desktop.ui.officers.departments_dialog import NAME, DepartmentsDialog

MILITARY = "Ban Chỉ huy Quân sự xã"


def test_merging_two_spellings_of_one_department(qtbot, ctx):
    with ctx.store.write("admin") as s:
        for name, cccd, department in (("Hoàng Văn Đức", "020180000001", MILITARY),
                                       ("Lý Văn Mạnh", "020180000002", "Ban Chỉ huy quân sự"),
                                       ("Trần Thị Hoa", "020180000003", "Văn phòng")):
            officers.create(s, OfficerInput(full_name=name, cccd=cccd, department=department))
    changed = []
    ctx.ops.did_change.connect(lambda changes, _by: changed.append(changes))
    dialog = DepartmentsDialog(ctx)
    qtbot.addWidget(dialog)
    items = {dialog.list.item(i).data(NAME): dialog.list.item(i) for i in range(dialog.list.count())}
    assert "có thể trùng với: Ban Chỉ huy Quân sự xã" in items["Ban Chỉ huy quân sự"].text()
    assert "trùng" not in items["Văn phòng"].text()
    assert not dialog.merge_button.isEnabled()
    items[MILITARY].setSelected(True)
    items["Ban Chỉ huy quân sự"].setSelected(True)
    dialog.target.setCurrentText(MILITARY)
    dialog.merge_button.click()
    assert dialog.result.text() == "Đã chuyển 1 cán bộ sang «Ban Chỉ huy Quân sự xã»."
    assert [c.tables for c in changed] == [{"officer", "change_log"}]
    assert changed[0].kinds == {Kind.OFFICERS, Kind.AUDIT} and dialog.list.count() == 2
    with ctx.store.session() as s:
        assert [d.name for d in departments.listing(s)] == [MILITARY, "Văn phòng"]
