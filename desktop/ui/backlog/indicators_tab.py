"""The "Chỉ số 766" tab: the QĐ 766 digitization indicators 4.1–4.4 of a month, from the dossiers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.backlog import indicators as ind
from core.ops import Kind
from core.text import format_number, format_percent
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.dialogs import open_dialog


class IndicatorsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = QComboBox()
        self.month.setMinimumWidth(120)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = QLabel()
        self.import_button = QPushButton(tr("Import dossiers…"))
        self.import_button.setToolTip(tr("Import the dossier export of the procedure system "
                                         "(.xlsx or .csv)"))
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.import_button.clicked.connect(self.import_dossiers)
        self.export_button.clicked.connect(self.export)
        self.table = QTableWidget(0, len(ind.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in ind.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.note = QLabel(tr("Points = Pmax when the rate reaches the target, otherwise rate × Pmax "
                              "÷ target (QĐ 766/QĐ-TTg). 4.2 and 4.3 count the dossiers received in "
                              "the month, 4.1 and 4.4 those finished in the month."))
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        layout.addWidget(self.evidence)
        layout.addWidget(self.note)
        # a file linked to a record counts in 4.x too
        ctx.ops.subscribe(self, {Kind.DOSSIERS, Kind.RECORD_FILES, Kind.BACKLOG_RECORDS}, self.reload)
        self.reload()

    def reload(self) -> None:
        """The months that have dossiers (this month at least), keeping the chosen one."""
        chosen = self.month.currentData()  # ISO text: a date would come back as a QDate
        with self.ctx.store.session() as s:
            months = ind.months_with_dossiers(s)
            total = ind.dossier_count(s)
        this_month = dt.date.today().replace(day=1)
        if this_month not in months:
            months.insert(0, this_month)
        self.month.blockSignals(True)
        self.month.clear()
        for m in months:
            self.month.addItem(m.strftime("%m/%Y"), m.isoformat())
        index = self.month.findData(chosen) if chosen else 0
        self.month.setCurrentIndex(max(index, 0))
        self.month.blockSignals(False)
        self.count_label.setText(tr("{count} dossiers on file").format(count=format_number(total)))
        self.refresh()

    def chosen_month(self) -> dt.date | None:
        data = self.month.currentData()
        return dt.date.fromisoformat(data) if data else None

    def refresh(self) -> None:
        month = self.chosen_month()
        if month is None:
            return
        with self.ctx.store.session() as s:
            result = ind.month_indicators(s, month)
        rows = [[i.definition.code, tr(i.definition.title), format_number(i.numerator),
                 format_number(i.denominator),
                 format_percent(i.rate) if i.rate is not None else tr("no dossiers"),
                 format_percent(i.definition.target, 0), format_number(i.points, 2),
                 format_number(i.definition.pmax, 0)] for i in result.items]
        rows.append(["", tr("Total of indicators 4.1–4.4"), "", "", "", "", format_number(result.points, 2),
                     format_number(result.pmax, 0)])
        self._fill(rows)
        self.evidence.setText(ind.evidence_line(result.evidence, tr, format_number))

    def _fill(self, rows: list[list[str]]) -> None:
        self.table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c > 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def points_text(self) -> str:
        """The group total as shown (tests and the dashboard read it)."""
        return self.table.item(self.table.rowCount() - 1, 6).text()

    def import_dossiers(self) -> None:
        from desktop.ui.backlog.dossier_import import DossierImportDialog

        path = self.ctx.prompts.open_file(self, tr("Import dossiers"), tr("Excel or CSV (*.xlsx *.csv)"))
        if path:
            self.last_dialog = open_dialog(DossierImportDialog(self.ctx, Path(path), parent=self))

    def export(self) -> None:
        month = self.chosen_month()
        path = self.ctx.prompts.save_file(self, tr("Export to Excel"),
                                          "chi-so-766-{}.xlsx".format(month.strftime("%Y-%m")),
                                          tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        store, translate = self.ctx.store, tr

        def work(_progress):
            with store.session() as s:
                return ind.export(s, month, Path(path), translate)

        run_with_progress(self.ctx.runner, self, tr("Exporting…"), work,
                          lambda _n: self.ctx.prompts.info(self, tr("Export to Excel"), tr(
                              "The indicators were saved to {file}.").format(file=Path(path).name)),
                          lambda err: self.ctx.prompts.error(self, tr("Export to Excel"), user_message(err)))
