"""Officer list and dialog: add, edit, search without accents, deactivate; what is shown and stored."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from core.officers import registry as svc
from db.models import ChangeLog, Officer
from desktop.ui.officers.dialog import OfficerDialog
from desktop.ui.officers.page import OfficersPage


def seed(store):
    with store.write("admin") as s:
        for i, (name, dept) in enumerate([
            ("Nguyễn Văn An", "Văn phòng HĐND và UBND"), ("Trần Thị Bích", "Phòng Kinh tế"),
            ("Lê Văn Cường", "Phòng Kinh tế"), ("Nguyễn Thị Dung", "Phòng Văn hóa - Xã hội"),
        ]):
            svc.create(s, svc.OfficerInput(name, f"0201900000{i:02d}", department=dept))


def shown_names(page):
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_officer_through_dialog_is_stored_and_listed(qtbot, ctx):
    page = OfficersPage(ctx)
    qtbot.addWidget(page)
    assert page.count_label.text() == "0 cán bộ"
    dialog = OfficerDialog(ctx, parent=page)
    qtbot.addWidget(dialog)
    dialog.full_name.insert("Phạm Thị Hồng Nhung")  # QTest types ASCII only
    qtbot.keyClicks(dialog.cccd, "020 195 004 321")
    qtbot.keyClicks(dialog.birth_date, "7/9/1995")
    dialog.gender.setCurrentIndex(dialog.gender.findData("Nữ"))
    dialog.position.setCurrentText("Công chức Tư pháp - Hộ tịch")
    dialog.department.setCurrentText("Trung tâm Phục vụ hành chính công")
    qtbot.keyClicks(dialog.phone, "0987 654 321")
    dialog.is_signer.setChecked(True)
    click_ok(qtbot, dialog)
    assert dialog.result() == OfficerDialog.DialogCode.Accepted
    with ctx.store.session() as s:
        o = s.execute(select(Officer)).scalar_one()
        log = s.execute(select(ChangeLog).where(ChangeLog.table_name == "officer")).scalars().all()
    assert (o.full_name, o.cccd, o.birth_date, o.gender, o.phone, o.is_signer) == (
        "Phạm Thị Hồng Nhung", "020195004321", dt.date(1995, 9, 7), "Nữ", "0987654321", True)
    assert [(r.op, r.actor) for r in log] == [("insert", "admin")]
    assert shown_names(page) == ["Phạm Thị Hồng Nhung"]
    model = page.model
    assert model.data(model.index(0, 2)) == "07/09/1995"
    assert model.data(model.index(0, 7)) == "Có"
    assert page.count_label.text() == "1 cán bộ"
    assert page.department.findText("Trung tâm Phục vụ hành chính công") > 0


def test_invalid_cccd_keeps_dialog_open_and_stores_nothing(qtbot, ctx):
    dialog = OfficerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.full_name.insert("Lê Văn Tám")  # QTest types ASCII only
    qtbot.keyClicks(dialog.cccd, "02019500432")  # 11 digits
    click_ok(qtbot, dialog)
    assert dialog.result() != OfficerDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "Số CCCD phải có đúng 12 chữ số (đã nhập: 02019500432)."
    assert "border" in dialog.cccd.styleSheet()
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Officer)) == 0


def test_duplicate_cccd_and_bad_date_are_explained(qtbot, ctx):
    seed(ctx.store)
    dialog = OfficerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.full_name.insert("Võ Văn Em")  # QTest types ASCII only
    qtbot.keyClicks(dialog.cccd, "020190000000")
    click_ok(qtbot, dialog)
    assert dialog.error.text() == "Số CCCD 020190000000 đã là của Nguyễn Văn An."
    dialog.cccd.clear()
    qtbot.keyClicks(dialog.cccd, "020190000099")
    qtbot.keyClicks(dialog.birth_date, "31/02/1990")  # the right format, a day that does not exist
    click_ok(qtbot, dialog)
    assert dialog.error.text() == "Ngày sinh 31/02/1990 không có thật: hãy xem lại ngày và tháng."
    dialog.birth_date.clear()
    qtbot.keyClicks(dialog.birth_date, "1990-02-03")
    click_ok(qtbot, dialog)
    assert "dd/mm/yyyy" in dialog.error.text() and "Ngày sinh" in dialog.error.text()
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Officer)) == 4


def test_every_problem_of_the_form_is_shown_at_once_the_cccd_first(qtbot, ctx):
    dialog = OfficerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.full_name.insert("Lê Văn Tám")
    qtbot.keyClicks(dialog.cccd, "0201")
    qtbot.keyClicks(dialog.birth_date, "31/02/1990")
    qtbot.keyClicks(dialog.phone, "12345")
    click_ok(qtbot, dialog)
    lines = dialog.error.text().split("\n")
    assert lines == ["• Số CCCD phải có đúng 12 chữ số (đã nhập: 0201).",
                     "• Ngày sinh 31/02/1990 không có thật: hãy xem lại ngày và tháng.",
                     "• Số điện thoại 12345 không hợp lệ: hãy nhập 10 chữ số, bắt đầu bằng số 0."], lines
    for field in (dialog.cccd, dialog.birth_date, dialog.phone):
        assert "border" in field.styleSheet()
    assert "border" not in dialog.full_name.styleSheet()
    assert dialog.result() != OfficerDialog.DialogCode.Accepted


def test_edit_officer_changes_row_and_logs_update(qtbot, ctx):
    seed(ctx.store)
    page = OfficersPage(ctx)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    row = page.selected()
    assert row.full_name == "Nguyễn Văn An"
    dialog = OfficerDialog(ctx, row.id, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.full_name.text() == "Nguyễn Văn An"
    dialog.position.setCurrentText("Chủ tịch UBND")
    click_ok(qtbot, dialog)
    with ctx.store.session() as s:
        o = s.get(Officer, row.id)
        ops = s.scalars(select(ChangeLog.op).where(ChangeLog.row_id == row.id).order_by(ChangeLog.seq)).all()
    assert o.position == "Chủ tịch UBND" and o.version == 2
    assert ops == ["insert", "update"]
    assert page.model.data(page.model.index(0, 4)) == "Chủ tịch UBND"


def test_search_without_accents_finds_nguyen(qtbot, ctx):
    seed(ctx.store)
    page = OfficersPage(ctx)
    qtbot.addWidget(page)
    assert shown_names(page) == ["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Nguyễn Thị Dung"]
    qtbot.keyClicks(page.search, "nguyen")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert shown_names(page) == ["Nguyễn Văn An", "Nguyễn Thị Dung"]
    assert page.count_label.text() == "2 cán bộ"
    page.search.clear()
    page.department.setCurrentIndex(page.department.findText("Phòng Kinh tế"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    assert shown_names(page) == ["Trần Thị Bích", "Lê Văn Cường"]


def test_mark_as_left_hides_from_working_list_and_keeps_data(qtbot, ctx, prompts):
    seed(ctx.store)
    page = OfficersPage(ctx)
    qtbot.addWidget(page)
    page.table.selectRow(1)
    assert page.selected().full_name == "Trần Thị Bích"
    assert page.toggle_button.text() == "Ngừng công tác"
    prompts.confirm_answers = [False]
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4  # answered "no": nothing changed
    prompts.confirm_answers = [True]
    page.table.selectRow(1)
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert prompts.shown[-1][0] == "confirm" and "Trần Thị Bích" in prompts.shown[-1][2]
    assert "Trần Thị Bích" not in shown_names(page)
    page.status.setCurrentIndex(page.status.findData("all"))
    assert "Trần Thị Bích" in shown_names(page)
    row = shown_names(page).index("Trần Thị Bích")
    assert page.model.data(page.model.index(row, 8)) == "Đã nghỉ"
    with ctx.store.session() as s:
        o = s.execute(select(Officer).where(Officer.full_name == "Trần Thị Bích")).scalar_one()
    assert not o.active and not o.deleted


def test_delete_asks_first_and_tombstones(qtbot, ctx, prompts):
    seed(ctx.store)
    page = OfficersPage(ctx)
    qtbot.addWidget(page)
    page.table.selectRow(2)
    prompts.confirm_answers = [True]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Lê Văn Cường" not in shown_names(page)
    with ctx.store.session() as s:
        o = s.execute(select(Officer).where(Officer.full_name == "Lê Văn Cường")).scalar_one()
    assert o.deleted


def test_huge_lists_are_capped_with_a_hint(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(svc, "LIST_CAP", 3)
    seed(ctx.store)
    page = OfficersPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3
    assert page.count_label.text() == "Hơn 3 cán bộ: hãy tìm kiếm để thu hẹp danh sách"
    qtbot.keyClicks(page.search, "nguyen")
    qtbot.waitUntil(lambda: page.count_label.text() == "2 cán bộ", timeout=2000)


def test_add_button_opens_the_dialog_and_selects_the_new_officer(qtbot, ctx):
    seed(ctx.store)
    page = OfficersPage(ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog  # opened without blocking: page → dialog → refresh
    assert isinstance(dialog, OfficerDialog) and dialog.isVisible()
    dialog.full_name.setText("Đinh Thị Yến")
    dialog.cccd.setText("020199000777")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert page.selected() is not None and page.selected().full_name == "Đinh Thị Yến"
    assert page.count_label.text() == "5 cán bộ"
