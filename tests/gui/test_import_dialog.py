"""Officer import dialog with real XLSX files: mapping, preview colours, all-or-nothing apply."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.models import Officer
from desktop.ui.officers.import_dialog import OfficerImportDialog
from desktop.ui.officers.page import OfficersPage
from tests.unit.xlsx_fixtures import OFFICERS, write_commune_list


def officer_count(store):
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Officer).where(Officer.deleted.is_(False)))


def test_preview_then_import_then_same_file_changes_nothing(qtbot, ctx, prompts, tmp_path):
    path = write_commune_list(tmp_path / "danh sach.xlsx")
    page = OfficersPage(ctx)
    qtbot.addWidget(page)
    dialog = OfficerImportDialog(ctx, path, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.combos["full_name"].currentText().endswith("Họ và tên")
    assert dialog.combos["phone"].currentText().endswith("Điện thoại")
    assert dialog.rows_table.rowCount() == len(OFFICERS)
    assert dialog.rows_table.item(0, 1).text() == "Mới"
    assert dialog.apply_button.isEnabled()
    assert dialog.apply_button.text() == f"Nhập {len(OFFICERS)} cán bộ"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.created == len(OFFICERS)
    assert not prompts.shown  # no message box to dismiss: the dialog says it in place
    assert "Xong" in dialog.status_label.text()
    assert dialog.apply_button.isHidden()  # nothing left to import from this file
    assert not dialog.combos["cccd"].isEnabled()  # nor a column to change
    close = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert close.isDefault()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)  # one click ends it, as accepted
    assert dialog.result() == dialog.DialogCode.Accepted
    assert officer_count(ctx.store) == len(OFFICERS)
    assert page.model.rowCount() == len(OFFICERS)  # the list refreshed through the app signal

    again = OfficerImportDialog(ctx, path)
    qtbot.addWidget(again)
    assert {again.rows_table.item(r, 1).text() for r in range(again.rows_table.rowCount())} == {"Không đổi"}
    assert not again.apply_button.isEnabled()


def test_bad_row_blocks_import_and_is_shown_in_red(qtbot, ctx, tmp_path):
    bad = [list(r) for r in OFFICERS]
    bad[2][1] = "123456789"  # old CMND
    path = write_commune_list(tmp_path / "bad.xlsx", bad)
    dialog = OfficerImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    statuses = [dialog.rows_table.item(r, 1).text() for r in range(dialog.rows_table.rowCount())]
    assert statuses == ["Mới", "Mới", "Lỗi"]
    problem = dialog.rows_table.item(2, 6).text()
    assert "CMND" in problem and "Dòng 9" in problem
    assert not dialog.apply_button.isEnabled()
    assert "Chưa có gì được nhập" in dialog.status_label.text()
    assert officer_count(ctx.store) == 0


def test_changing_the_mapping_reruns_the_preview(qtbot, ctx, tmp_path):
    path = write_commune_list(tmp_path / "ds.xlsx")
    dialog = OfficerImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    dialog.combos["cccd"].setCurrentIndex(0)  # "(không có trong tệp)"
    assert not dialog.apply_button.isEnabled()
    assert "Hãy chọn cột chứa số CCCD" in dialog.status_label.text()
    dialog.combos["cccd"].setCurrentIndex(dialog.combos["cccd"].findText("C: Số CCCD"))
    assert dialog.apply_button.isEnabled()


def test_unreadable_file_is_explained(qtbot, ctx, tmp_path):
    path = tmp_path / "hong.xlsx"
    path.write_bytes(b"\x00\x01 not a workbook")
    dialog = OfficerImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    assert "hong.xlsx" in dialog.status_label.text()
    assert "Excel" in dialog.status_label.text()
    assert not dialog.apply_button.isEnabled()
