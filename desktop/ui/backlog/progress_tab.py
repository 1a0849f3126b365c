"""The "Tiến độ" tab: stages per field vs the targets, the forecast, weekly trend, officers' throughput."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.backlog import lots as svc
from core.backlog import progress as prog
from core.text import format_date, format_number, format_percent
from db.errors import N_
from desktop.i18n import tr
from desktop.ui.backlog.summary import KINDS, forecast_text
from desktop.ui.context import AppContext
from desktop.ui.widgets.charts import ChartView, bar_set

PERIOD_LABELS = {"day": N_("Per day"), "week": N_("Per week"), "month": N_("Per month")}
CHART_LEAST = 200  # the weekly chart's least width beside the officers' table


def two_lines(heading: str) -> str:
    """A figure's heading on two lines, so the column is about as narrow as its numbers: the
    shorter half first ("Đã / kiểm tra", "Tổng số / hồ sơ", "trong đó chưa / có bằng chứng"), a
    bracket kept with the word before it; a one-word heading stays as it is."""
    words: list[str] = []
    for word in heading.split():
        if words and word.startswith("("):
            words[-1] += " " + word
        else:
            words.append(word)
    if len(words) < 2:
        return heading
    half = len(words) // 2
    return " ".join(words[:half]) + "\n" + " ".join(words[half:])


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class ProgressTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields = _table([tr("Field")] + [two_lines(tr(text)) for text in (
            N_("Total records"), N_("Digitized"), N_("Checked"), N_("Signed"), N_("of which no evidence"),
            N_("Stored"), N_("Rejected"), N_("Digitized (%)"))])
        self.targets = QLabel()
        self.targets.setWordWrap(True)
        self.period = QComboBox()
        for code, label in PERIOD_LABELS.items():
            self.period.addItem(tr(label), code)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.refresh)
        self.officers = _table([tr("Officer"), tr("Period from")] + [
            two_lines(tr(text)) for text in (N_("Digitized"), N_("Checked"), N_("Signed"), N_("Stored"))])
        self.view = ChartView(tr("Records digitized per week"), legend=False, minimum=160, maximum=None)
        self.chart = self.view.chart
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.targets)
        top_layout.addWidget(self.fields, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        title = QLabel(tr("Records per officer"))
        title.setStyleSheet("font-weight: bold;")
        head.addWidget(title, 1)
        head.addWidget(self.period)
        right_layout.addLayout(head)
        right_layout.addWidget(self.officers, 1)
        self.bottom = bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.view)
        bottom.addWidget(right)
        bottom.setSizes([560, 560])
        bottom.setChildrenCollapsible(False)
        bottom.installEventFilter(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([270, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)
        ctx.ops.subscribe(self, KINDS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        today = dt.date.today()
        period = self.period.currentData()
        with self.ctx.store.session() as s:
            p = prog.progress(s, today)
            trend = prog.trend(s, 8, today)
            rows = prog.throughput(s, period, today - dt.timedelta(days=90))
        lines = [tr("Current rate: {rate} records a day (last {days} days).").format(
            rate=format_number(p.rate_per_day, 1), days=prog.RATE_DAYS)]
        lines += [forecast_text(f) for f in p.forecasts]
        self.targets.setText("<br>".join(lines))
        field_rows = [[tr(svc.FIELDS.get(code, code)), format_number(f.total), format_number(f.digitized),
                       format_number(f.reached("verified")), format_number(f.reached("signed")),
                       format_number(f.unbacked("signed")),
                       format_number(f.reached("stored")), format_number(f.by_status.get("rejected", 0)),
                       format_percent(f.digitized_percent)]
                      for code, f in sorted(p.fields.items(), key=lambda item: -item[1].total)]
        o = p.overall
        field_rows.append([tr("Total"), format_number(o.total), format_number(o.digitized),
                           format_number(o.reached("verified")), format_number(o.reached("signed")),
                           format_number(o.unbacked("signed")),
                           format_number(o.reached("stored")), format_number(o.by_status.get("rejected", 0)),
                           format_percent(o.digitized_percent)])
        _fill(self.fields, field_rows)
        _fill(self.officers, [[r.officer or tr("(not named)"), format_date(r.period)]
                              + [format_number(r.by_status.get(st, 0)) for st in svc.DONE] for r in rows])
        self._chart(trend)
        self.fit_officers()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.bottom and isinstance(event, QResizeEvent):
            QTimer.singleShot(0, self, self.fit_officers)  # after the splitter has shared its new width
        return False

    def officers_width(self) -> int:
        """The width the officers' table needs to show every column whole."""
        table = self.officers
        columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
        return columns + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 2

    def fit_officers(self) -> None:
        """Half each; on a narrow window (1366×768 at 150 %) the chart gives the officers' table
        the room to show all its columns, down to the chart's least width."""
        sizes = self.bottom.sizes()
        total = sum(sizes)
        if total <= 0 or len(sizes) != 2:
            return
        right = min(max(self.officers_width(), total // 2), total - CHART_LEAST)
        if sizes[1] != right:
            self.bottom.setSizes([total - right, right])

    def _chart(self, trend: list[tuple[dt.date, int]]) -> None:
        counts = [count for _week, count in trend]
        self.view.show_bars([bar_set(tr("Digitized"), "#1f5fa8", counts)],
                            [week.strftime("%d/%m") for week, _c in trend], max([*counts, 10]))
