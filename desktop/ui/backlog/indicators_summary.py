"""QĐ 766 indicators 4.1–4.4 of the current month, compact, for the Tổng quan dashboard.

Real figures from the dossiers (core/backlog/indicators.py); a link opens the
"Chỉ số 766" tab of Số hóa with the details and the import.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from core.backlog import indicators as ind
from core.ops import Kind
from core.text import format_number, format_percent
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.figures import FigureBox


class IndicatorsSummary(FigureBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.empty = QLabel(tr("No dossier data this month."))
        self.empty.setObjectName("hint")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.rows: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []
        for r, definition in enumerate(ind.INDICATORS):
            cells = (QLabel(definition.code), QLabel(tr(definition.title)), QLabel(), QLabel())
            cells[1].setWordWrap(True)
            for c, label in enumerate(cells):
                if c > 1:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(label, r, c)
            self.rows.append(cells)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        self.link = QLabel("<a href='766'>{}</a>".format(tr("Details and dossier import: Digitization → "
                                                            "QĐ 766 indicators")))
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.link.setWordWrap(True)
        self.link.linkActivated.connect(lambda _href: self.open_tab())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        layout.addWidget(self.total)
        layout.addWidget(self.link)
        ctx.ops.subscribe(self, {Kind.DOSSIERS}, self.refresh)
        self.refresh()

    @staticmethod
    def load(store):  # worker thread
        month = dt.date.today().replace(day=1)
        with store.session() as s:
            return month, ind.month_indicators(s, month)

    def show_figures(self, data) -> None:
        month, self.result = data
        self.heading.setText(tr("QĐ 766 digitization indicators, month {month}").format(
            month=month.strftime("%m/%Y")))
        has_data = any(i.denominator for i in self.result.items)
        self.empty.setVisible(not has_data)
        for item, cells in zip(self.result.items, self.rows, strict=True):
            rate = format_percent(item.rate) if item.rate is not None else tr("no dossiers")
            cells[2].setText(rate)
            cells[3].setText(tr("{points}/{pmax} pts").format(points=format_number(item.points, 2),
                                                              pmax=format_number(item.definition.pmax, 0)))
            for label in cells:
                label.setVisible(has_data)
        self.total.setVisible(has_data)
        self.total.setText(tr("Total of indicators 4.1–4.4: {points} of {pmax} points").format(
            points=format_number(self.result.points, 2), pmax=format_number(self.result.pmax, 0)))

    def open_tab(self) -> None:
        """Số hóa → Chỉ số 766 in the main window (nothing when shown on its own)."""
        window = self.window()
        if not hasattr(window, "show_section"):
            return
        window.show_section("backlog")
        page = window.pages["backlog"]
        page.tabs.setCurrentWidget(page.indicators)
