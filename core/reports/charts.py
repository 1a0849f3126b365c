"""Bar charts drawn with reportlab.graphics (per cent by department / field, with the target)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from core.reports.model import BarChart, ColumnChart
from core.text import format_number


def bar_chart(chart: BarChart, width: float, font: str) -> Drawing:
    """Horizontal bars (long Vietnamese labels stay readable), 0–100 %, target as a red line."""
    rows = max(1, len(chart.labels))
    bar_h = 7 * mm
    label_w = width * 0.38
    plot_w = width - label_w - 12 * mm
    height = rows * bar_h + 14 * mm
    drawing = Drawing(width, height)
    bc = HorizontalBarChart()
    bc.x, bc.y = label_w, 9 * mm
    bc.width, bc.height = plot_w, rows * bar_h
    bc.data = [list(reversed(chart.values)) or [0]]
    bc.categoryAxis.categoryNames = list(reversed(chart.labels)) or [""]
    bc.categoryAxis.labels.fontName = font
    bc.categoryAxis.labels.fontSize = 10
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.categoryAxis.labels.dx = -3
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 100, 20
    bc.valueAxis.labels.fontName = font
    bc.valueAxis.labels.fontSize = 10
    bc.valueAxis.labelTextFormat = lambda v: f"{v:.0f} %"
    bc.bars[0].fillColor = colors.Color(0.25, 0.45, 0.7)
    bc.barLabelFormat = lambda v: f"{v:.1f} %".replace(".", ",")
    bc.barLabels.fontName = font
    bc.barLabels.fontSize = 9
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 3
    drawing.add(bc)
    if chart.target is not None:
        x = bc.x + plot_w * chart.target / 100
        drawing.add(Line(x, bc.y - 2, x, bc.y + bc.height + 2, strokeColor=colors.red,
                         strokeWidth=1, strokeDashArray=[3, 2]))
        drawing.add(String(x, bc.y + bc.height + 4, f"Chỉ tiêu {chart.target:.0f} %",
                           fontName=font, fontSize=9, fillColor=colors.red, textAnchor="middle"))
    return drawing


def _step(top: int) -> int:
    """A round axis step giving about five grid lines."""
    raw = max(1, top / 5)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def column_chart(chart: ColumnChart, width: float, font: str) -> Drawing:
    """Vertical bars of counts (records per week), the count above each bar."""
    height = 62 * mm
    drawing = Drawing(width, height)
    vc = VerticalBarChart()
    vc.x, vc.y = 16 * mm, 9 * mm
    vc.width, vc.height = width - 20 * mm, height - 16 * mm
    vc.data = [list(chart.values) or [0]]
    vc.categoryAxis.categoryNames = list(chart.labels) or [""]
    vc.categoryAxis.labels.fontName = font
    vc.categoryAxis.labels.fontSize = 9
    vc.categoryAxis.labels.dy = -2
    step = _step(max(chart.values or [0]))
    vc.valueAxis.valueMin, vc.valueAxis.valueStep = 0, step
    vc.valueAxis.valueMax = step * (max(chart.values or [0]) // step + 1)
    vc.valueAxis.labels.fontName = font
    vc.valueAxis.labels.fontSize = 9
    vc.valueAxis.labelTextFormat = lambda v: format_number(v)
    vc.bars[0].fillColor = colors.Color(0.25, 0.45, 0.7)
    vc.barLabelFormat = lambda v: format_number(v)
    vc.barLabels.fontName = font
    vc.barLabels.fontSize = 8
    vc.barLabels.boxAnchor = "s"
    vc.barLabels.dy = 2
    drawing.add(vc)
    return drawing
