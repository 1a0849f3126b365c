"""Digitization figures for the Tổng quan dashboard: % digitized vs the target, forecast, chart by field.

Every figure comes from the counter tables (backlog_progress), so it stays instant at 1 M records.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.backlog import lots as svc
from core.backlog import progress as prog
from core.ops import Kind
from core.text import format_date, format_number, format_percent
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.charts import ChartView, bar_set
from desktop.ui.widgets.figures import FigureBox
from desktop.ui.widgets.stat_card import StatCard

KINDS = {Kind.BACKLOG_LOTS, Kind.BACKLOG_RECORDS, Kind.TARGETS, Kind.RECORD_FILES}


def forecast_text(f: prog.Forecast | None) -> str:
    if f is None:
        return ""
    target = tr("Target {percent} by {date}").format(percent=format_percent(f.target.percent, 0),
                                                     date=format_date(f.target.due_on))
    if f.reached:
        return tr("{target}: reached.").format(target=target)
    if f.date is None:
        return tr("{target}: will be missed — no records were digitized in the last {days} days.").format(
            target=target, days=prog.RATE_DAYS)
    if f.missed:
        return tr("{target}: will be missed — at the current rate ({rate} records a day) it is reached "
                  "only on {date}.").format(target=target, rate=format_number(f.rate_per_day, 1),
                                            date=format_date(f.date))
    return tr("{target}: on track — at the current rate ({rate} records a day) it is reached on "
              "{date}.").format(target=target, rate=format_number(f.rate_per_day, 1),
                                date=format_date(f.date))


class BacklogSummary(FigureBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.percent = StatCard(tr("of the records digitized"))
        self.digitized = StatCard(tr("records digitized"))
        self.signed = StatCard(tr("records signed and stored"))
        self.to_go = StatCard(tr("records still to digitize for the target"))
        cards = QGridLayout()
        for i, card in enumerate((self.percent, self.digitized, self.signed, self.to_go)):
            cards.addWidget(card, 0, i)
        self.forecast = QLabel()
        self.forecast.setWordWrap(True)
        self.view = ChartView(tr("Records digitized by field (%)"))
        self.chart = self.view.chart
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(cards)
        layout.addWidget(self.forecast)
        layout.addWidget(self.view, 1)
        ctx.ops.subscribe(self, KINDS, self.refresh)
        self.refresh()

    @staticmethod
    def load(store):  # worker thread: the counter tables, instant at 1 M records
        today = dt.date.today()
        with store.session() as s:
            p = prog.progress(s, today)
        return p, prog.next_forecast(p, today)

    def show_figures(self, data) -> None:
        p, f = data
        self.figures, self.next = p, f
        self.heading.setText(tr("Digitization of paper records (target: {percent} by {date})").format(
            percent=format_percent(f.target.percent, 0), date=format_date(f.target.due_on))
            if f else tr("Digitization of paper records"))
        o = p.overall
        self.percent.set_percent(o.digitized_percent, f is None or f.reached or not f.missed)
        self.digitized.set_value(o.digitized)
        self.signed.set_value(o.reached("stored"))
        self.to_go.set_value(max(0, (f.needed if f else 0) - o.digitized))
        self.forecast.setText(forecast_text(f))
        self.forecast.setStyleSheet("color: #c62828; font-weight: bold;" if f and f.missed else "")
        self._chart(p)

    def _chart(self, p: prog.Progress) -> None:
        fields = sorted(p.fields.items(), key=lambda item: -item[1].total)
        self.view.show_bars(
            [bar_set(tr("Digitized"), "#1f5fa8", [round(f.digitized_percent, 1) for _c, f in fields]),
             bar_set(tr("Signed"), "#2e7d32",
                     [round(f.percent(f.reached("signed")), 1) for _c, f in fields])],
            [tr(svc.FIELDS.get(code, code)) for code, _f in fields], 100, horizontal=True)
