"""Report figures for the Tổng quan dashboard: reports issued this year, last month's report."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.ops import Kind
from core.reports import register as service
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.figures import FigureBox


class ReportSummary(FigureBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(tr("Reports"))
        heading.setStyleSheet("font-weight: bold;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        ctx.ops.subscribe(self, {Kind.REPORTS}, self.refresh)
        self.refresh()

    @staticmethod
    def load(store):  # worker thread
        with store.session() as s:
            return service.summary(s)

    def show_figures(self, f) -> None:
        self.figures = f
        year, month = f.last_month_key.split("-")
        lines = [tr("Reports issued in {year}: {count}.").format(year=f.year, count=f.issued)]
        if f.latest is not None:
            lines.append(tr("Latest: number {symbol} of {date} — {title}.").format(
                symbol=f.latest.symbol, date=f.latest.issued_on.strftime("%d/%m/%Y"),
                title=f.latest.title))
        status = (tr("The monthly report for {month}/{year} has been issued.") if f.last_month_done
                  else tr("The monthly report for {month}/{year} has not been issued yet."))
        lines.append(status.format(month=month, year=year))
        self.text.setText(" ".join(lines))
