"""The Toàn tỉnh table: one row per commune (about a hundred, held in memory), sortable and
filtered accent-insensitively; a commune that has not synced for over a week is highlighted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from core.province.client import STALE_DAYS, CommuneRow
from core.text import fold, format_date, format_number, format_percent
from db.base import utcnow
from desktop.i18n import N_, tr

COLUMNS = (N_("Rank"), N_("Commune code"), N_("Commune / ward"), N_("Digitized %"),
           N_("Target forecast"), N_("Signers with certificate %"), N_("Expiring soon"),
           N_("Training %"), N_("Last sync"))
LAST_SYNC = len(COLUMNS) - 1
STALE_BRUSH = QBrush(QColor("#ffe7c2"))
LATE_BRUSH = QBrush(QColor("#c62828"))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def when_text(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment else ""


def forecast_text(row: CommuneRow) -> str:
    if row.target_reached:
        return tr("Reached")
    if row.forecast_date is None:
        return tr("No progress")
    return format_date(row.forecast_date)


def forecast_tip(row: CommuneRow) -> str:
    target = tr("Target: {percent} by {due}.").format(
        percent=format_percent(row.target_percent, 0), due=format_date(row.target_due))
    if row.target_reached:
        return target + " " + tr("The commune has reached it.")
    if row.forecast_date is None:
        return target + " " + tr("No record was digitized in the last four weeks, so no date "
                                 "can be forecast.")
    verdict = (tr("On track.") if row.on_track else
               tr("Late: at the rate of the last four weeks the target is reached after its "
                  "date."))
    return target + " " + tr("Forecast at the rate of the last four weeks: {date}.").format(
        date=format_date(row.forecast_date)) + " " + verdict


def stale_tip(row: CommuneRow, now: dt.datetime) -> str:
    days = row.stale_days(now)
    if days is None:
        return ""
    if days < 0:
        return tr("This commune has never synced with the province server: it has no figures "
                  "here yet.")
    return tr("Last sync {days} days ago (more than {limit}): the figures of this commune may be "
              "out of date. Ask it to sync.").format(days=days, limit=STALE_DAYS)


class SummaryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CommuneRow] = []
        self.now = utcnow()

    def set_rows(self, rows: list[CommuneRow], now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.now = now or utcnow()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def _display(self, row: CommuneRow, column: int) -> str:
        return (str(row.rank), row.code, row.name, format_percent(row.digitized_percent),
                forecast_text(row),
                format_percent(row.cert_percent) if row.signers else "—",
                format_number(row.expiring), format_percent(row.training_percent),
                when_text(row.last_sync) or tr("Never"))[column]

    def _sort_value(self, row: CommuneRow, column: int):
        forecast = (0 if row.target_reached else
                    row.forecast_date.toordinal() if row.forecast_date else 10 ** 7)
        return (row.rank, row.code, fold(row.name), row.digitized_percent, forecast,
                row.cert_percent, row.expiring, row.training_percent,
                row.last_sync.timestamp() if row.last_sync else 0.0)[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        stale = row.stale_days(self.now) is not None
        if role == Qt.ItemDataRole.BackgroundRole and stale:
            return STALE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and not row.on_track:
            return LATE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4:
                return forecast_tip(row)
            return stale_tip(row, self.now) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_object(self, row: int) -> CommuneRow:
        return self.rows[row]


class CommuneFilter(QSortFilterProxyModel):
    """Keeps the communes whose name or code holds every typed word (accents ignored)."""

    def __init__(self, source: SummaryModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()  # Qt ≥ 6.10: replaces invalidateRowsFilter()
        self.words = [w for w in fold(text).split() if w]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent) -> bool:  # noqa: N802
        row = self.sourceModel().row_object(source_row)
        key = f"{fold(row.name)} {row.code}"
        return all(w in key for w in self.words)

    def row_object(self, proxy_row: int) -> CommuneRow:
        return self.sourceModel().row_object(self.mapToSource(self.index(proxy_row, 0)).row())
