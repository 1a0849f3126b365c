"""Training figures for the Tổng quan dashboard: % trained per topic vs 100 %, and a chart by department."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.ops import Kind
from core.training import coverage as cov
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.training.coverage import percent_card
from desktop.ui.widgets.charts import ChartView, bar_set
from desktop.ui.widgets.figures import FigureBox
from desktop.ui.widgets.stat_card import StatCard

KINDS = {Kind.TRAINING, Kind.OFFICERS}


class TrainingSummary(FigureBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.digital = StatCard(tr("trained in digital skills"))
        self.operation = StatCard(tr("trained in operating the procedure system"))
        self.remaining = StatCard(tr("officers still to train"))
        cards = QGridLayout()
        for i, card in enumerate((self.digital, self.operation, self.remaining)):
            cards.addWidget(card, 0, i)
        # a small minimum height: the window must still fit small screens
        self.view = ChartView(tr("Officers trained by department (%)"))
        self.chart = self.view.chart
        # grow into the free height of the dashboard (its trailing stretch would take it all)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Training (target: 100 % of officers)"))
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        layout.addLayout(cards)
        layout.addWidget(self.view, 1)
        ctx.ops.subscribe(self, KINDS, self.refresh)
        self.refresh()

    @staticmethod
    def load(store):  # worker thread
        with store.session() as s:
            return cov.coverage(s)

    def show_figures(self, c) -> None:
        percent_card(self.digital, c.total.digital_percent)
        percent_card(self.operation, c.total.operation_percent)
        self.remaining.set_value(len(c.to_train))
        departments = c.departments
        self.view.show_bars(
            [bar_set(tr("Digital skills"), "#1f5fa8", [round(g.digital_percent, 1) for g in departments]),
             bar_set(tr("System operation"), "#f0a030",
                     [round(g.operation_percent, 1) for g in departments])],
            [g.name or tr("(no department)") for g in departments], 100, horizontal=True)
        self.figures = c
