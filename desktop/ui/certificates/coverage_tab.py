"""Coverage by department: the figure of the monthly report, department by department."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from core.certificates import status
from core.text import format_number, format_percent
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.tables import fit_columns


class CoverageTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Department"), tr("Officers working"),
                                              tr("With a valid official-duty certificate"), tr("Rate")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fit_columns(self.table, (300, 160, 280, 100))
        self.table.setMaximumWidth(300 + 160 + 280 + 100 + 4)
        note = QLabel(tr("Working officers with an official-duty certificate that is in use and valid "
                         "today; the target is 100 %. This is the figure of the monthly report."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            self.coverage = status.coverage(s)
        cov = self.coverage
        rows = [(d.department or tr("(no department)"), d.officers, d.covered, d.percent)
                for d in cov.by_department]
        rows.append((tr("Total"), cov.officers, cov.covered, cov.percent))
        self.table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, (name, officers, covered, percent) in enumerate(rows):
            values = (name, format_number(officers), format_number(covered), format_percent(percent))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                if row == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column == 3 and percent < 100:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
