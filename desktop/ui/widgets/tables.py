"""The look and behaviour every list of the app shares (one row selected, SQL-side sorting)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget

from desktop.i18n import tr

KEEP = 100  # columns this narrow (dates, numbers, states) keep their width on a small screen
FLOOR = 90  # wider columns (names, agencies) give up their width down to this
STRETCH_WANTS = 200  # the room a stretching column (a course title) asks for


def list_table(
    model: QAbstractItemModel,
    widths: Sequence[int] = (),
    sort_column: int | None = 0,
    stretch_column: int | None = None,
    drop_when_narrow: Sequence[int] = (),
) -> QTableView:
    """A table view over ``model``: whole-row single selection, sortable by clicking a header
    (``sort_column`` shown as the current order; None = not sortable), alternating rows,
    ``widths`` for the first columns; the last column (or ``stretch_column``) takes the rest.
    On a narrow screen the columns shrink to the view (see :func:`fit_columns`)."""
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
    fit_columns(table, widths, stretch_column, drop_when_narrow)
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


def fitted_widths(preferred: Sequence[int], room: int) -> list[int]:
    """Column widths that fit ``room`` pixels: the preferred ones when they fit; otherwise the
    wide columns shrink first (in proportion to what they have above FLOOR), then all of them,
    so a narrow screen (1366×768 at 150 %) still shows the last columns without scrolling."""
    total = sum(preferred)
    if total <= room or not preferred:
        return list(preferred)
    slack = [w - FLOOR if w > KEEP else 0 for w in preferred]
    deficit, give = total - room, sum(slack)
    if give >= deficit:
        return [w - -(-deficit * s // give) if s else w for w, s in zip(preferred, slack, strict=True)]
    narrowed = [w - s for w, s in zip(preferred, slack, strict=True)]
    scale = room / sum(narrowed)
    return [max(36, int(w * scale)) for w in narrowed]


def fit_columns(table: QTableView, widths: Sequence[int], stretch_column: int | None = None,
                drop_when_narrow: Sequence[int] = ()) -> None:
    """Keep ``table``'s columns inside its viewport: ``widths`` are the preferred widths (for
    the stretching column the least it keeps, 0 for STRETCH_WANTS), narrowed by
    :func:`fitted_widths` on a small screen;
    ``drop_when_narrow`` lists columns, least needed first, hidden while even the narrowed
    widths do not fit (shown again when the room comes back)."""
    _FitColumns(table, widths, stretch_column, drop_when_narrow)


class _FitColumns(QObject):
    """Refits the columns whenever the table's viewport changes width."""

    def __init__(self, table: QTableView, widths: Sequence[int], stretch_column: int | None,
                 drop_when_narrow: Sequence[int] = ()) -> None:
        super().__init__(table)
        self.table, self.widths, self.stretch_column = table, list(widths), stretch_column
        self.droppable, self.dropped = list(drop_when_narrow), set()
        self.room = -1
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if isinstance(event, QResizeEvent) and event.size().width() != self.room:
            self.room = event.size().width()
            self.fit()
        return False

    def preferred(self, column: int) -> int:
        if column == self.stretch_column:  # its width in ``widths``, when given, else the default
            given = self.widths[column] if column < len(self.widths) else 0
            return given or STRETCH_WANTS
        if column < len(self.widths):
            return self.widths[column]
        return self.table.horizontalHeader().defaultSectionSize()

    def fit(self) -> None:
        table, model = self.table, self.table.model()
        if model is None:
            return
        for column in self.dropped:
            table.setColumnHidden(column, False)
        self.dropped.clear()
        shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
        if not shown:
            return
        # the stretching column keeps STRETCH_WANTS (a course title); a stretching last column
        # never gets narrower than the default section anyway
        if self.stretch_column is None:
            stretch, reserve = shown[-1], table.horizontalHeader().defaultSectionSize()
        else:
            stretch = self.stretch_column
            reserve = self.preferred(stretch)
        others = [c for c in shown if c != stretch]
        for column in self.droppable:
            # a column is dropped before the others would all shrink near their floor
            if least_width(self.preferred(c) for c in others) * 1.2 + reserve <= self.room:
                break
            if column in others:
                table.setColumnHidden(column, True)
                self.dropped.add(column)
                others.remove(column)
        preferred = [self.preferred(c) for c in others]
        for column, width in zip(others, fitted_widths(preferred, self.room - reserve), strict=True):
            table.setColumnWidth(column, width)  # the stretching column takes what is left


def least_width(preferred) -> int:
    """The room the columns need once the wide ones gave up what they can."""
    return sum(min(w, FLOOR) if w > KEEP else w for w in preferred)
