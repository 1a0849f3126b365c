"""Số hóa › Chỉ số 766: import the dossier export (bad row refused), see the month's indicators,
export them to Excel."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from desktop.ui.backlog.dossier_import import DossierImportDialog
from desktop.ui.backlog.page import BacklogPage
from tests.unit.test_dossiers import ROWS, write_xlsx


def test_import_indicators_and_export(qtbot, ctx, prompts, tmp_path):
    page = BacklogPage(ctx)
    qtbot.addWidget(page)
    tab = page.indicators
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Chỉ số 766"
    assert tab.chosen_month() == dt.date.today().replace(day=1)
    assert tab.table.rowCount() == 5 and tab.points_text() == "16,00"  # nothing received yet

    bad = write_xlsx(tmp_path / "loi.xlsx", ROWS + [["SAI-MA", "2.000635", "Hộ tịch", "02/11/2026",
                                                      None, None, 1, 0, 0, ""]])
    dialog = DossierImportDialog(ctx, bad, parent=page)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button().isEnabled()
    assert dialog.table.item(4, 0).text() == "8" and "SAI-MA" in dialog.table.item(4, 7).text()

    prompts.files.append(write_xlsx(tmp_path / "hoso.xlsx", ROWS))
    tab.import_button.click()
    opened = tab.last_dialog  # page → dialog (not blocking) → apply → the tab refreshes
    assert isinstance(opened, DossierImportDialog) and opened.isVisible()
    opened.apply()  # the result shown in place; the tab behind has refreshed from the op
    assert "4 hồ sơ mới" in opened.status_label.text()
    tab.month.setCurrentIndex(tab.month.findData("2026-11-01"))
    assert tab.chosen_month() == dt.date(2026, 11, 1)
    assert tab.table.item(1, 2).text() == "2" and tab.table.item(1, 3).text() == "3"  # 4.2
    assert tab.table.item(1, 4).text() == "66,7 %"
    expected = 4.0 + 2 / 3 * 100 * 4 / 80 + 1 / 3 * 100 * 2 / 80 + 2 / 3 * 4
    assert tab.points_text() == f"{expected:.2f}".replace(".", ",")

    out = tmp_path / "chi-so.xlsx"
    prompts.files.append(out)
    tab.export_button.click()
    ctx.runner.wait_all()
    qtbot.waitUntil(lambda: out.exists())
    ws = load_workbook(out).active
    assert ws["A1"].value == "Chỉ số" and ws["A3"].value == "4.2" and ws["C3"].value == 2
    assert ws["G6"].value == round(expected, 2)
    assert ws["B7"].value.startswith("Hồ sơ tồn đã ký số trong tháng: 0")  # no backlog record signed


def test_import_record_list_of_a_lot(qtbot, ctx, prompts, tmp_path):
    from core.backlog import lots as svc
    from desktop.ui.backlog.dossier_import import RecordListImportDialog
    from tests.unit.test_backlog import BIRTHS
    from tests.unit.test_backlog_record_list import titles
    from tests.unit.test_backlog_record_list import write_xlsx as write_list

    with ctx.store.write("t") as s:
        lot_id = svc.create_lot(s, BIRTHS).id
    page = BacklogPage(ctx)
    qtbot.addWidget(page)
    page.lots.table.selectRow(0)
    assert page.lots.list_button.isEnabled()
    bad_list = write_list(tmp_path / "loi.xlsx", [[1, "A", ""], ["x", "B", ""]])
    bad = RecordListImportDialog(ctx, lot_id, bad_list, parent=page)
    qtbot.addWidget(bad)
    assert not bad.ok_button().isEnabled() and bad.table.item(1, 0).text() == "4"
    prompts.files.append(write_list(tmp_path / "ds.xlsx", [[1, "Khai sinh Nguyễn Văn A", ""],
                                                           [2, "Khai sinh Trần Thị B", ""]]))
    page.lots.list_button.click()
    opened = page.lots.last_dialog  # opened without blocking
    assert isinstance(opened, RecordListImportDialog)
    opened.apply()
    assert not prompts.shown and "2 hồ sơ mới" in opened.status_label.text()
    assert titles(ctx.store, lot_id) == {1: "Khai sinh Nguyễn Văn A", 2: "Khai sinh Trần Thị B"}
