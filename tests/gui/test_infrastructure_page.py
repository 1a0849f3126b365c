"""Hạ tầng page: add a device and see the gap list change; prices; import; teams; overview."""

from __future__ import annotations

from PySide6.QtTest import QTest

from desktop.ui.infrastructure.dialogs import EquipmentDialog, set_current
from desktop.ui.infrastructure.import_dialog import EquipmentImportDialog
from desktop.ui.infrastructure.page import InfrastructurePage
from desktop.ui.infrastructure.team_dialogs import ActivityDialog, MemberDialog, TeamDialog
from tests.unit.infra_fixtures import ROWS, add_device, add_signer, write_list


def _gap_row(page, title):
    table = page.check.gaps
    return next(r for r in range(table.rowCount()) if table.item(r, 1).text() == title)


def test_adding_a_device_changes_the_gap_list(qtbot, ctx):
    page = InfrastructurePage(ctx)
    qtbot.addWidget(page)
    row = _gap_row(page, "Máy quét tài liệu có khay nạp tự động (ADF)")
    assert page.check.gaps.item(row, 6).text() == "1"
    missing_before = page.check.estimate.rowCount()

    dialog = EquipmentDialog(ctx, parent=page)
    dialog.kind.setCurrentIndex(dialog.kind.findData("scanner"))
    dialog.subtype.setCurrentIndex(dialog.subtype.findData("adf"))
    dialog.make_model.setText("Canon DR-C225 II")
    QTest.keyClicks(dialog.asset_code, "MQ-01")
    QTest.keyClicks(dialog.purchase_year, "1985")
    dialog.save()
    assert not dialog.error.isHidden() and dialog.saved_id is None  # refused, kept open
    assert "1990" in dialog.error.text()
    dialog.purchase_year.setText("2024")
    QTest.keyClicks(dialog.pages_per_minute, "25")
    dialog.save()
    assert dialog.saved_id is not None

    assert page.equipment.count_label.text() == "1 thiết bị"
    assert page.check.gaps.item(row, 3).text() == "1" and page.check.gaps.item(row, 6).text() == "0"
    assert page.check.estimate.rowCount() == missing_before - 1


def test_old_windows_is_flagged_and_not_counted(qtbot, ctx):
    page = InfrastructurePage(ctx)
    qtbot.addWidget(page)
    dialog = EquipmentDialog(ctx, parent=page)
    dialog.make_model.setText("HP Compaq Pro 6300")
    dialog.os.setCurrentIndex(dialog.os.findData("win7"))
    assert dialog.os_hint.isVisibleTo(dialog) and "bảo mật" in dialog.os_hint.text()
    dialog.save()
    row = _gap_row(page, "Máy tính cho mỗi quầy tiếp nhận")
    assert [page.check.gaps.item(row, c).text() for c in (2, 3, 4, 6)] == ["4", "0", "1", "4"]
    index = page.equipment.model.index(0, 7)
    assert page.equipment.model.data(index) == "Windows 7 (hết hỗ trợ)"


def test_needed_and_unit_price_are_typed_in_the_tables(qtbot, ctx, prompts):
    add_device(ctx.store, asset_code="MT-01", os="win11")
    page = InfrastructurePage(ctx)
    qtbot.addWidget(page)
    check = page.check
    row = _gap_row(page, "Máy tính cho mỗi quầy tiếp nhận")
    check.gaps.item(row, 2).setText("3")
    assert check.gaps.item(row, 6).text() == "2"
    est = next(r for r in range(check.estimate.rowCount())
               if check.estimate.item(r, 1).text() == "Máy tính cho mỗi quầy tiếp nhận")
    check.estimate.item(est, 3).setText("15.500.000")
    est = next(r for r in range(check.estimate.rowCount())
               if check.estimate.item(r, 1).text() == "Máy tính cho mỗi quầy tiếp nhận")
    assert check.estimate.item(est, 4).text() == "31.000.000"
    assert "31.000.000 đồng" in check.total.text()
    check.estimate.item(est, 3).setText("mười triệu")
    assert prompts.shown[-1][0] == "error" and "mười triệu" in prompts.shown[-1][2]
    assert "31.000.000 đồng" in check.total.text()  # nothing changed


def test_import_dialog_refuses_a_bad_file_and_imports_a_good_one(qtbot, ctx, prompts, tmp_path):
    add_signer(ctx.store)
    page = InfrastructurePage(ctx)
    qtbot.addWidget(page)
    bad = [list(r) for r in ROWS]
    bad[1][2] = "Tủ lạnh"
    dialog = EquipmentImportDialog(ctx, write_list(tmp_path / "loi.xlsx", bad), parent=page)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button().isEnabled()
    assert "Dòng 5" in dialog.table.item(1, 5).text() and "Tủ lạnh" in dialog.table.item(1, 5).text()
    good = EquipmentImportDialog(ctx, write_list(tmp_path / "tot.xlsx"), parent=page)
    qtbot.addWidget(good)
    assert good.ok_button().isEnabled()
    good.apply()
    assert not prompts.shown and "4 thiết bị mới" in good.status_label.text()
    assert page.equipment.count_label.text() == "4 thiết bị"


def test_team_member_and_help_given(qtbot, ctx):
    officer = add_signer(ctx.store)
    page = InfrastructurePage(ctx)
    qtbot.addWidget(page)
    teams = page.teams
    dialog = TeamDialog(ctx, parent=page)
    dialog.save()
    assert not dialog.error.isHidden()  # a team needs a name
    dialog.name.setText("Tổ công nghệ số cộng đồng thôn Đồng Tâm")
    dialog.area.setText("Thôn Đồng Tâm")
    dialog.save()
    assert teams.teams.rowCount() == 1 and teams.selected_team().name.endswith("Đồng Tâm")
    member = MemberDialog(ctx, teams.selected_team().id, parent=page)
    set_current(member.officer, officer)
    member.role.setCurrentIndex(member.role.findData("leader"))
    member.save()
    assert teams.member_table.item(0, 0).text() == "Nguyễn Văn An"
    assert teams.member_table.item(0, 1).text() == "Tổ trưởng"
    activity = ActivityDialog(ctx, teams.selected_team().id, parent=page)
    QTest.keyClicks(activity.held_on, "05/11/2026")
    activity.description.setPlainText("Hướng dẫn cài đặt VNeID")
    QTest.keyClicks(activity.people_helped, "30")
    activity.save()
    assert teams.activity_table.item(0, 2).text() == "30"
    assert teams.teams.item(0, 5).text() == "30"



def test_estimate_is_printed_to_pdf(qtbot, ctx, prompts, tmp_path):
    from pypdf import PdfReader

    add_device(ctx.store, asset_code="MT-01", os="win11")
    page = InfrastructurePage(ctx)
    qtbot.addWidget(page)
    out = tmp_path / "du-toan.pdf"
    prompts.files.append(out)
    page.check.save_pdf()
    assert prompts.shown[-1][0] == "info"
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "DỰ TOÁN" in text and "Máy tính cho mỗi quầy tiếp nhận" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text and "Tổng cộng" in text


def test_a_line_the_centre_does_not_need_is_switched_off_and_on(qtbot, ctx):
    from PySide6.QtCore import Qt

    page = InfrastructurePage(ctx)
    qtbot.addWidget(page)
    check = page.check
    lines = check.gaps.rowCount()
    before = check.estimate.rowCount()
    row = _gap_row(page, "Máy lấy số thứ tự / kiosk tra cứu")
    check.gaps.item(row, 7).setCheckState(Qt.CheckState.Unchecked)
    assert check.gaps.rowCount() == lines  # still listed, last, not counted
    row = _gap_row(page, "Máy lấy số thứ tự / kiosk tra cứu")
    assert row == lines - 1 and check.gaps.item(row, 6).text() == ""
    assert check.estimate.rowCount() == before - 1
    check.gaps.item(row, 7).setCheckState(Qt.CheckState.Checked)
    assert check.estimate.rowCount() == before
