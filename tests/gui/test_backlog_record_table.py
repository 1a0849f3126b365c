"""The records table at scale: pages of 100 read by keyset in both directions, the view the tab
builds (no row header, fixed widths), one reset when sorting is switched on, cheap roles."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.backlog import lots as svc
from core.backlog import records as recs
from desktop.ui.backlog.models import RecordTableModel
from desktop.ui.backlog.records_tab import records_table


def _lot(store, count: int):
    with store.write("t") as s:
        lot = svc.create_lot(s, svc.LotInput(field="ho_tich", record_kind="Sổ khai sinh",
                                             year_from=1999, year_to=1999, total_records=count)).id
        recs.generate_records(s, lot, 1, count)
    return lot


def test_pages_in_both_directions_give_every_row_once(qtbot, ctx):
    _lot(ctx.store, 350)
    model = RecordTableModel(ctx.store)
    assert model.page_size == 100 and model.rowCount() == 350
    # from the end first (as Ctrl+End), then backwards across page boundaries, then the start
    numbers = [model.row_object(r).record_no for r in (349, 300, 299, 200, 199, 0, 99, 100)]
    assert numbers == [350, 301, 300, 201, 200, 1, 100, 101]
    assert [model.row_object(r).record_no for r in range(350)] == list(range(1, 351))
    assert model.row_object(350) is None


def test_view_as_the_tab_builds_it(qtbot, ctx):
    _lot(ctx.store, 120)
    model = RecordTableModel(ctx.store)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    table = records_table(model)
    qtbot.addWidget(table)
    table.resize(1000, 600)
    table.show()
    assert resets == []  # switching sorting on with the order already shown reloads nothing
    assert not table.verticalHeader().isVisible()
    assert table.columnWidth(0) == 70 and table.columnWidth(1) == 200
    index = model.index(0, 3)
    assert model.data(index) == "Chưa số hóa"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "Chưa số hóa"
    assert model.data(model.index(0, 2)) == "Sổ khai sinh 1999 – 1"
    assert model.data(model.index(0, 0), int(Qt.ItemDataRole.TextAlignmentRole.value)) == int(
        (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
    assert model.data(index, Qt.ItemDataRole.FontRole) is None
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a real change of order does reload
    assert resets == [1]
    assert model.data(model.index(0, 0)) == "120"


def test_lot_column_hidden_while_one_lot_is_chosen(qtbot, ctx):
    from desktop.ui.backlog.records_tab import RecordsTab

    lot = _lot(ctx.store, 5)
    tab = RecordsTab(ctx)
    qtbot.addWidget(tab)
    assert not tab.table.isColumnHidden(1)
    tab.lot.setCurrentIndex(tab.lot.findData(str(lot)))
    assert tab.table.isColumnHidden(1) and tab.count_label.text() == "5 hồ sơ"
    tab.lot.setCurrentIndex(0)
    assert not tab.table.isColumnHidden(1)
