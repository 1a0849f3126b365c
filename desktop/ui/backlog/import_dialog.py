"""Importing lots from Excel/CSV: every row previewed, then all written or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.backlog import import_lots as imp
from core.backlog import lots as svc
from core.text import format_number
from db.errors import N_
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import button_box, error_label

STATUS_LABELS = {"new": N_("New"), "update": N_("Update"), "unchanged": N_("Unchanged"),
                 "error": N_("Error")}
STATUS_COLORS = {"new": "#e8f5e9", "update": "#fff4d6", "unchanged": "#ffffff", "error": "#fde2e1"}


class LotImportDialog(QDialog):
    importer = imp  # a module with read_table, preview and apply
    title = N_("Import lots")
    signal_table = "backlog_lot"
    done_text = N_("{new} new lots, {update} updated, {unchanged} unchanged.")
    summary_text = N_("<b>{file}</b>: {rows} rows — {new} new, {update} to update, "
                      "{unchanged} unchanged, {errors} with errors.")

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.preview = None
        self.setWindowTitle(tr(self.title))
        self.resize(1000, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        columns = self._columns()
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error = error_label()
        self.buttons = button_box(tr("Import"), tr("Close"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ok_button().setEnabled(False)
        self.summary.setText(tr("Reading {file}…").format(file=path.name))
        store, importer = ctx.store, self.importer

        def work(_progress):
            table = importer.read_table(path)
            with store.session() as s:
                return importer.preview(s, table)

        ctx.runner.run(work, self._show, self._failed)

    def _columns(self) -> list[str]:
        return [tr("Row"), tr("Status"), tr("Field"), tr("Kind of records"), tr("Years"),
                tr("Total records"), tr("Problem")]

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the problems wrap once the columns have their widths

    def ok_button(self):
        return self.buttons.button(self.buttons.StandardButton.Ok)

    def _failed(self, err: Exception) -> None:
        self.error.setText(user_message(err))
        self.error.show()

    def _show(self, p: imp.LotPreview) -> None:
        self.preview = p
        self.summary.setText(tr(self.summary_text).format(
            file=self.path.name, rows=len(p.rows), new=p.count("new"), update=p.count("update"),
            unchanged=p.count("unchanged"), errors=p.count("error")))
        self._fill_rows(p)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        if p.has_errors:
            self.error.setText(tr("Correct the rows marked Error in the file, then import it again. "
                                  "Nothing is imported while a row has an error."))
            self.error.show()
        self.ok_button().setEnabled(not p.has_errors)

    def _fill_rows(self, p: imp.LotPreview) -> None:
        self._fill([[tr(svc.FIELDS[d.field]), d.record_kind, svc.year_range(d.year_from, d.year_to),
                     format_number(d.total_records)] if (d := row.data) else ["", "", "", ""]
                    for row in p.rows], p.rows)

    def _fill(self, middles: list[list[str]], rows) -> None:
        """Row number, status, the importer's own columns, the problems; coloured by status."""
        self.table.setRowCount(len(rows))
        for r, (middle, row) in enumerate(zip(middles, rows, strict=True)):
            values = [str(row.row_no), tr(STATUS_LABELS[row.status]), *middle,
                      "; ".join(pr.message(tr) for pr in row.problems)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor(STATUS_COLORS[row.status])))
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(self.table.columnCount() - 1,
                                                           QHeaderView.ResizeMode.Stretch)

    def apply(self) -> None:
        if self.preview is None:
            return
        try:
            with self.ctx.write() as s:
                counts = self.importer.apply(s, self.preview, self.ctx.store.context.commune_code)
        except Exception as err:  # noqa: BLE001 - shown to the user, nothing was written
            self._failed(err)
            return
        self.ctx.signals.data_changed.emit(self.signal_table)
        self.ctx.prompts.info(self, tr(self.title), tr(self.done_text).format(**counts))
        self.accept()
