"""The look and behaviour every list of the app shares (one row selected, SQL-side sorting)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget

from desktop.i18n import tr


def list_table(
    model: QAbstractItemModel,
    widths: Sequence[int] = (),
    sort_column: int | None = 0,
    stretch_column: int | None = None,
) -> QTableView:
    """A table view over ``model``: whole-row single selection, sortable by clicking a header
    (``sort_column`` shown as the current order; None = not sortable), alternating rows,
    ``widths`` for the first columns; the last column (or ``stretch_column``) takes the rest."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if sort_column is not None:
        # the indicator first: switching sorting on then asks for the order already loaded
        table.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    header = table.horizontalHeader()
    if stretch_column is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(28)
    table.setAlternatingRowColors(True)
    for column, width in enumerate(widths):
        if column != stretch_column:
            table.setColumnWidth(column, width)
    return table


def small_table(headers: Sequence[str], stretch: int | None = None) -> QTableWidget:
    """A read-only list of a few dozen rows at most (accounts, backups): whole-row selection."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([tr(h) for h in headers])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
