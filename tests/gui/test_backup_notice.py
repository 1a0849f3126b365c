"""A backup tells Tổng quan at once (issue 24, item 10); the empty list explains itself; sizes
read as a clerk reads them."""

from __future__ import annotations

from core.text import format_size
from desktop.ui.admin.backup_tab import BackupTab
from desktop.ui.admin.summary import BackupSummary


def test_the_overview_drops_its_red_warning_as_soon_as_a_backup_is_made(qtbot, ctx):
    summary = BackupSummary(ctx)  # the Tổng quan line
    tab = BackupTab(ctx)
    qtbot.addWidget(summary)
    qtbot.addWidget(tab)
    assert summary.label.text().startswith("Chưa có bản sao lưu nào")
    assert "c62828" in summary.label.styleSheet()  # red
    assert tab.empty.isVisibleTo(tab) and "Sao lưu ngay" in tab.empty.text()
    tab.backup_button.click()  # no other data changes: only the backup itself
    assert summary.label.text().startswith("Sao lưu gần nhất:")
    assert "c62828" not in summary.label.styleSheet()
    assert not tab.empty.isVisibleTo(tab) and tab.table.rowCount() == 1
    size = tab.table.item(0, 2).text()
    assert size.endswith(" KB") or size.endswith(" MB")


def test_sizes_are_written_with_vietnamese_separators_and_a_fitting_unit():
    assert format_size(300) == "1 KB"
    assert format_size(850 * 1024) == "850 KB"
    assert format_size(11_648 * 1024) == "11,4 MB"
    assert format_size(3 * 1024 ** 3 // 2) == "1,5 GB"
