"""Training figures for the Tổng quan dashboard: % trained per topic vs 100 %, and a chart by department."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.training import coverage as cov
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.pages.dashboard import StatCard
from desktop.ui.training.coverage import percent_card

TABLES = {"course", "course_result", "officer", "attendance"}


def short(name: str, limit: int = 16) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


class ChartView(QChartView):
    """A chart that asks for a comfortable height but can shrink on a short window."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 300)


class TrainingSummary(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.digital = StatCard(tr("trained in digital skills"))
        self.operation = StatCard(tr("trained in operating the procedure system"))
        self.remaining = StatCard(tr("officers still to train"))
        cards = QGridLayout()
        for i, card in enumerate((self.digital, self.operation, self.remaining)):
            cards.addWidget(card, 0, i)
        self.chart = QChart()
        self.chart.setTitle(tr("Officers trained by department (%)"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins() * 0)
        self.view = ChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(150)  # the window must still fit small screens
        self.view.setMaximumHeight(340)
        # grow into the free height of the dashboard (its trailing stretch would take it all)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Training (target: 100 % of officers)"))
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        layout.addLayout(cards)
        layout.addWidget(self.view, 1)
        ctx.signals.data_changed.connect(lambda table: table in TABLES and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            c = cov.coverage(s)
        percent_card(self.digital, c.total.digital_percent)
        percent_card(self.operation, c.total.operation_percent)
        self.remaining.set_value(len(c.to_train))
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        digital = QBarSet(tr("Digital skills"))
        digital.setColor(QColor("#1f5fa8"))
        operation = QBarSet(tr("System operation"))
        operation.setColor(QColor("#f0a030"))
        names = []
        for g in c.departments:
            digital.append(round(g.digital_percent, 1))
            operation.append(round(g.operation_percent, 1))
            names.append(short(g.name or tr("(no department)")))
        series = QBarSeries()
        series.append(digital)
        series.append(operation)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(names)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d")
        values.setTickCount(3)  # 0, 50, 100: readable even when the window is short
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.figures = c
