"""A table model that reads rows a page at a time from SQL (never all rows at once).

Neighbouring pages are fetched by keyset (after the last / before the first cached row);
the last page is read from the end; only a jump into the middle falls back to OFFSET.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.paging import PageRequest

PAGE_SIZE = 200
MAX_CACHED_PAGES = 30
# plain ints: a view asks data() for ~10 roles per painted cell, and comparing with the enums
# costs more than the rest of the call
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)


@dataclass(frozen=True)
class Column:
    key: str  # attribute of the row object
    header: str
    display: Callable[[Any], str] = str
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    sort: str | None = None  # the service's sort key; None = not sortable


class PagedTableModel(QAbstractTableModel):
    page_size = PAGE_SIZE  # rows per SQL fetch; a subclass over a huge table may ask fewer

    def __init__(
        self,
        columns: list[Column],
        count: Callable[[Any], int],
        fetch: Callable[[Any, PageRequest], list[Any]],
        query: Any,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._count_fn = count
        self._fetch_fn = fetch
        self._query = query
        self._rows = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._alignments = [int((c.align | Qt.AlignmentFlag.AlignVCenter).value) for c in columns]
        self._load_count()

    # query --------------------------------------------------------------------------------
    @property
    def query(self) -> Any:
        return self._query

    def set_query(self, query: Any) -> None:
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._load_count()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def _load_count(self) -> None:
        self._rows = self._count_fn(self._query)

    # paging -------------------------------------------------------------------------------
    def _page(self, index: int) -> list[Any]:
        page = self._pages.get(index)
        if page is not None:
            self._pages.move_to_end(index)
            return page
        last_index = max(0, (self._rows - 1) // self.page_size)
        if index - 1 in self._pages and self._pages[index - 1]:
            request = PageRequest(self.page_size, after=self._pages[index - 1][-1].key)
        elif index + 1 in self._pages and self._pages[index + 1]:
            request = PageRequest(self.page_size, before=self._pages[index + 1][0].key)
        elif index == last_index and index > 0:
            size = self._rows - index * self.page_size
            request = PageRequest(size, from_end=True)
        else:
            request = PageRequest(self.page_size, offset=index * self.page_size)
        page = self._fetch_fn(self._query, request)
        self._pages[index] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_object(self, row: int) -> Any | None:
        if not 0 <= row < self._rows:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    # Qt API -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section].header
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role == _DISPLAY or role == _TOOLTIP:  # tooltip: cut-off text
            if not index.isValid():
                return None
            column = self.columns[index.column()]
            obj = self.row_object(index.row())
            return None if obj is None else column.display(getattr(obj, column.key))
        if role == _ALIGNMENT and index.isValid():
            return self._alignments[index.column()]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        col = self.columns[column]
        if col.sort is None or not hasattr(self._query, "sort"):
            return
        query = replace(self._query, sort=col.sort, descending=order == Qt.SortOrder.DescendingOrder)
        if query != self._query:  # the view sorts once when sorting is enabled: no second reset
            self.set_query(query)
