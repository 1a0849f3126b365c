"""The app's charts (Tổng quan, Số hóa › Tiến độ): one view, bar charts with round axis steps.

Categories with names (departments, fields) lie on horizontal bars: their names stand at the
left in full, where upright bars cut them to three or four letters ("Ban…, Phò…")."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip

from core.text import format_number

STEPS = (1, 2, 2.5, 5, 10)  # a round step is one of these times a power of ten


def nice_scale(top: float, intervals: int = 4) -> tuple[int, int]:
    """The axis end and tick count for whole values up to ``top``: about ``intervals`` round
    steps (1, 2, 2.5 or 5 times a power of ten, never a fraction), e.g. 366 → (400, 5)."""
    top = max(float(top), 1.0)
    raw = top / intervals
    power = 10 ** math.floor(math.log10(raw))
    step = next(s for s in (m * power for m in STEPS) if s >= raw - 1e-9 and s == int(s))
    end = math.ceil(top / step - 1e-9) * step
    return int(end), int(round(end / step)) + 1


def bar_set(label: str, color: str, values: list[float]) -> QBarSet:
    bars = QBarSet(label)
    bars.setColor(QColor(color))
    for value in values:
        bars.append(value)
    return bars


class ChartView(QChartView):
    """A chart that asks for a comfortable height but can shrink on a short window; pointing at
    a bar shows its category in full with the value."""

    def __init__(self, title: str, legend: bool = True, minimum: int = 150,
                 maximum: int | None = 340) -> None:
        self.chart = QChart()
        super().__init__(self.chart)
        self.chart.setTitle(title)
        self.chart.setMargins(self.chart.margins() * 0)
        if legend:
            self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        else:
            self.chart.legend().hide()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(minimum)
        if maximum is not None:
            self.setMaximumHeight(maximum)
        self.names: list[str] = []

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 300)

    def show_bars(self, sets: list[QBarSet], names: list[str], top: float,
                  horizontal: bool = False, intervals: int = 4) -> None:
        """Put the bar sets into the chart (emptied first) over the category ``names``,
        the value axis from 0 to a round step above ``top``."""
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        for bars in sets:
            series.append(bars)
        series.hovered.connect(self._hovered)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        # the first category at the top of horizontal bars, as in a list
        self.names = list(reversed(names)) if horizontal else list(names)
        categories.append(self.names)
        if not horizontal:  # upright labels under upright bars: dates stay whole on a narrow chart
            categories.setLabelsAngle(-90)
        if horizontal:
            for bars in sets:
                values = [bars.at(i) for i in range(bars.count())]
                bars.remove(0, bars.count())
                bars.append(list(reversed(values)))
        values = QValueAxis()
        end, ticks = nice_scale(top, intervals)
        values.setRange(0, end)
        values.setTickCount(ticks)
        values.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _hovered(self, on: bool, index: int, bars: QBarSet) -> None:
        if not on or not 0 <= index < len(self.names):
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), f"{self.names[index]} — {bars.label()}: "
                          f"{format_number(bars.at(index), 1)}", self)
