"""Tổng quan: the QĐ 766 block of the current month (empty, real figures, link to the 766 tab)."""

from __future__ import annotations

import datetime as dt

from desktop.ui.backlog.indicators_summary import IndicatorsSummary
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.dashboard import DashboardPage
from tests.unit.test_dossiers import run, write_xlsx


def _rows(month: dt.date) -> list[list]:
    day = month.strftime("/%m/%Y")
    return [  # received and finished this month: 4.1 2/2, 4.2 1/2, 4.3 0/2, 4.4 2/2
        ["000.17.22.H56-261101-0001", "2.000635", "Hộ tịch", "01" + day, "03" + day, "02" + day,
         1, 1, 0, "KQ-1"],
        ["000.17.22.H56-261101-0002", "1.001193", "Chứng thực", "01" + day, "01" + day, "01" + day,
         2, 0, 0, "KQ-2"],
    ]


def test_empty_month_says_so(qtbot, ctx):
    block = IndicatorsSummary(ctx)
    qtbot.addWidget(block)
    block.show()
    assert block.empty.isVisible()
    assert block.empty.text() == "Chưa có dữ liệu hồ sơ tháng này."
    assert not block.total.isVisible()
    assert not any(label.isVisible() for row in block.rows for label in row)


def test_figures_of_this_month_refresh_and_link(qtbot, ctx, tmp_path):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.pages["overview"]
    assert isinstance(dashboard, DashboardPage)
    block = dashboard.findChild(IndicatorsSummary)
    assert block is not None and block.empty.isVisibleTo(dashboard)
    month = dt.date.today().replace(day=1)
    path = write_xlsx(tmp_path / "hoso.xlsx", _rows(month))
    ctx.ops.run(lambda _p: run(ctx.store, path))  # an op: the overview learns what it changed
    assert not block.empty.isVisibleTo(dashboard)
    by_code = {row[0].text(): row for row in block.rows}
    assert by_code["4.1"][2].text() == "100,0 %"
    assert by_code["4.2"][2].text() == "50,0 %"
    assert by_code["4.2"][3].text() == "2,50/4 điểm"  # 50 % of the 80 % target × 4 points
    assert by_code["4.3"][3].text() == "0,00/2 điểm"
    assert block.total.text() == "Tổng chỉ số 4.1–4.4: 12,50 trên 16 điểm"
    block.open_tab()
    page = window.pages["backlog"]
    assert window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.indicators
