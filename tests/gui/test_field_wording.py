"""Số hóa says "Lĩnh vực" for the administrative field, never "Trường" (a clerk reads "trường"
as a school or a database column); a data field elsewhere is "Thông tin" (issue 24, item 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QTableWidget

from desktop.ui.backlog.page import BacklogPage
from desktop.ui.sync.conflicts import ConflictsTab


def headers(view) -> list[str]:
    model = view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def test_the_digitization_section_names_the_administrative_field_lin_vuc(qtbot, ctx):
    page = BacklogPage(ctx)
    qtbot.addWidget(page)
    texts = [label.text() for label in page.findChildren(QLabel)]
    for view in page.findChildren(QTableView):
        texts += headers(view)
    assert "Lĩnh vực" in headers(page.lots.table)
    assert "Lĩnh vực" in texts and not [t for t in texts if "Trường" in t]
    assert "Lĩnh vực" in headers(page.progress.fields)


def test_a_conflict_names_the_data_item_not_a_field(qtbot, ctx):
    tab = ConflictsTab(ctx)
    qtbot.addWidget(tab)
    diff = tab.findChild(QTableWidget)
    assert headers(diff)[0] == "Thông tin"
