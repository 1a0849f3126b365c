"""Số hóa page: create a lot, list 450 records, mark a range digitized then checked, undo,
import lots with a bad row, and see the dashboard figures change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from core.text import format_date
from desktop.ui.backlog.dialogs import GenerateDialog, LotDialog, StepDialog
from desktop.ui.backlog.import_dialog import LotImportDialog
from desktop.ui.backlog.page import BacklogPage
from desktop.ui.backlog.summary import BacklogSummary
from tests.unit.test_backlog_import import ROWS, write_xlsx
from tests.unit.training_fixtures import add_officer


def _mark(ctx, page, action, first, last, officer, lot_id):
    dialog = StepDialog(ctx, action, [], lot_id, parent=page)
    dialog.scope.setCurrentIndex(dialog.scope.findData("range"))
    dialog.first_no.setValue(first)
    dialog.last_no.setValue(last)
    dialog.officer.setCurrentIndex(dialog.officer.findData(str(officer)))
    dialog.on.setText(format_date(dt.date.today()))
    dialog.save()
    return dialog


def test_lot_records_steps_undo_and_dashboard(qtbot, ctx, prompts):
    officer = add_officer(ctx.store, "Nguyễn Văn An", "020190001234")
    page = BacklogPage(ctx)
    summary = BacklogSummary(ctx)
    qtbot.addWidget(page)
    qtbot.addWidget(summary)
    assert summary.digitized.value.text() == "0"

    lot = LotDialog(ctx, parent=page)
    lot.field.setCurrentIndex(lot.field.findData("ho_tich"))
    lot.record_kind.setText("Sổ đăng ký khai sinh")
    lot.year_from.setText("1999")
    lot.year_to.setText("1998")
    lot.save()
    assert not lot.error.isHidden() and lot.saved_id is None  # years reversed: refused
    lot.year_to.setText("1999")
    lot.total_records.setValue(450)
    lot.save()
    assert lot.saved_id is not None
    assert page.lots.model.rowCount() == 1
    page.lots.table.selectRow(0)
    assert page.lots.generate_button.isEnabled()

    gen = GenerateDialog(ctx, lot.saved_id, parent=page)
    assert (gen.first_no.value(), gen.last_no.value()) == (1, 450)
    gen.save()
    assert gen.created == 450
    assert page.records.model.rowCount() == 450
    assert page.records.count_label.text() == "450 hồ sơ"

    refused = _mark(ctx, page, "verified", 120, 180, officer, lot.saved_id)
    assert "120, 121" in refused.error.text() and refused.batch_id is None
    scanned = _mark(ctx, page, "scanned", 120, 180, officer, lot.saved_id)
    assert scanned.batch_id is not None, scanned.error.text()
    assert _mark(ctx, page, "verified", 120, 150, officer, lot.saved_id).batch_id is not None
    assert summary.digitized.value.text() == "61"
    assert summary.percent.value.text() == "13,6 %"
    page.records.status.setCurrentIndex(page.records.status.findData("verified"))
    assert page.records.model.rowCount() == 31
    row = page.records.model.row_object(0)
    assert (row.record_no, row.officer_name) == (120, "Nguyễn Văn An")
    assert "Đã kiểm tra" in page.records.last_change.text()

    page.records.undo()  # FakePrompts confirms
    assert page.records.model.rowCount() == 0
    page.records.status.setCurrentIndex(page.records.status.findData("scanned"))
    assert page.records.model.rowCount() == 61
    page.records.table.selectRow(0)
    page.records.table.selectionModel().select(
        page.records.model.index(1, 0), page.records.table.selectionModel().SelectionFlag.Select
        | page.records.table.selectionModel().SelectionFlag.Rows)
    chosen = page.records.selected_ids()
    assert len(chosen) == 2
    reject = StepDialog(ctx, "rejected", chosen, None, parent=page)
    reject.officer.setCurrentIndex(reject.officer.findData(str(officer)))
    reject.save()
    assert "lý do" in reject.error.text()
    reject.reason.setText("Ảnh quét mờ")
    reject.save()
    assert reject.batch_id is not None and summary.digitized.value.text() == "59"
    progress_text = page.progress.fields.item(0, 0).text()
    assert progress_text == "Hộ tịch" and page.progress.fields.item(0, 2).text() == "59"
    assert page.progress.officers.item(0, 0).text() == "Nguyễn Văn An"


def test_import_dialog_refuses_bad_file_then_imports(qtbot, ctx, prompts, tmp_path):
    page = BacklogPage(ctx)
    qtbot.addWidget(page)
    bad = write_xlsx(tmp_path / "loi.xlsx", ROWS + [["Ngoại giao", "Sổ gì", 2000, 2001, "5", 0, ""]])
    dialog = LotImportDialog(ctx, bad, parent=page)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button().isEnabled()
    assert "Ngoại giao" in dialog.table.item(3, 6).text() and dialog.table.item(3, 0).text() == "9"
    good = write_xlsx(tmp_path / "ton-dong.xlsx", ROWS)
    dialog = LotImportDialog(ctx, good, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.ok_button().isEnabled()
    dialog.apply()
    assert "3 lô mới" in dialog.status_label.text() and page.lots.model.rowCount() == 3
    assert page.lots.model.data(page.lots.model.index(0, 3), Qt.ItemDataRole.DisplayRole) in (
        "3.150", "1.234", "850")


def test_the_step_dialog_remembers_the_officer_of_the_last_step(qtbot, ctx):
    first = add_officer(ctx.store, "Nguyễn Văn An", "020190001234")
    add_officer(ctx.store, "Trần Thị Bình", "020190001235")
    page = BacklogPage(ctx)
    qtbot.addWidget(page)
    lot = LotDialog(ctx, parent=page)
    lot.field.setCurrentIndex(lot.field.findData("ho_tich"))
    lot.record_kind.setText("Sổ đăng ký khai sinh")
    lot.year_from.setText("1999")
    lot.year_to.setText("1999")
    lot.total_records.setValue(10)
    lot.save()
    lot_id = lot.saved_id
    gen = GenerateDialog(ctx, lot_id, parent=page)
    gen.save()
    assert StepDialog(ctx, "scanned", [], lot_id, parent=page).officer.currentData() is None
    assert _mark(ctx, page, "scanned", 1, 1, first, lot_id).batch_id is not None
    again = StepDialog(ctx, "scanned", [], lot_id, parent=page)
    assert again.officer.currentData() == str(first)  # chosen for the clerk this time

