"""Importing the equipment register from Excel: every row previewed, then all or nothing."""

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

from core.infrastructure import import_equipment as imp
from db.errors import N_
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.infrastructure.models import kind_text
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.forms import button_box, error_label

STATUS_LABELS = {"new": N_("New"), "update": N_("Update"), "unchanged": N_("Unchanged"),
                 "error": N_("Error"), "duplicate": N_("Duplicate")}
STATUS_COLORS = {"new": "#e8f5e9", "update": "#e3f2fd", "unchanged": "#ffffff",
                 "error": "#fde2e1", "duplicate": "#fde2e1"}


class EquipmentImportDialog(QDialog):
    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.preview: imp.ImportPreview | None = None
        self.setWindowTitle(tr("Import the equipment register"))
        self.resize(980, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([tr("Row"), tr("Status"), tr("Asset code"),
                                              tr("Device type"), tr("Make, model"), tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.error = error_label()
        self.buttons = button_box(tr("Import"), tr("Close"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load()

    def ok_button(self):
        return self.buttons.button(self.buttons.StandardButton.Ok)

    def load(self) -> None:
        path, store = self.path, self.ctx.store
        self.ok_button().setEnabled(False)
        self.summary.setText(tr("Reading {file}…").format(file=path.name))

        def work(_progress) -> imp.ImportPreview:
            table = imp.read_table(path)
            with store.session() as s:
                return imp.preview(s, table)

        self.ctx.runner.run(work, self._show, self._failed)

    def _failed(self, err: Exception) -> None:
        self.summary.setText(self.path.name)
        self.error.setText(user_message(err))
        self.error.show()

    def _show(self, p: imp.ImportPreview) -> None:
        self.preview = p
        self.summary.setText(tr("<b>{file}</b>: {rows} rows — {new} new, {update} to update, "
                                "{same} unchanged, {errors} with errors.").format(
            file=self.path.name, rows=len(p.rows), new=p.count("new"), update=p.count("update"),
            same=p.count("unchanged"), errors=p.errors))
        self.table.setRowCount(len(p.rows))
        for r, row in enumerate(p.rows):
            data = row.data
            values = [str(row.row_no), tr(STATUS_LABELS[row.status]),
                      data.asset_code if data else "",
                      kind_text(data.kind, data.subtype) if data else "",
                      data.make_model if data else "",
                      "; ".join(problem.message(tr) for problem in row.problems)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor(STATUS_COLORS[row.status])))
                self.table.setItem(r, col, item)
        for col, width in enumerate((50, 90, 100, 230, 220)):
            self.table.setColumnWidth(col, width)
        if p.problems:
            self.error.setText("\n".join(problem.message(tr) for problem in p.problems))
            self.error.show()
        elif p.errors:
            self.error.setText(tr("Correct the rows marked Error in the file, then import it "
                                  "again. Nothing is imported while a row has an error."))
            self.error.show()
        self.ok_button().setEnabled(not p.has_errors)

    def apply(self) -> None:
        preview, store, user = self.preview, self.ctx.store, self.ctx.user
        if preview is None or preview.has_errors:
            return

        def work(progress):
            with store.write(actor=user.username) as s:
                result = imp.apply(s, preview)
                progress.check()
                return result

        def done(result: imp.ImportSummary) -> None:
            self.ctx.signals.data_changed.emit("equipment")
            self.ctx.prompts.info(self, tr("Import the equipment register"), tr(
                "Imported: {new} new devices, {update} updated, {same} unchanged.").format(
                new=result.created, update=result.updated, same=result.unchanged))
            self.accept()

        def failed(err: Exception) -> None:
            self.error.setText(user_message(err))
            self.error.show()

        run_with_progress(self.ctx.runner, self, tr("Importing…"), work, done, failed)
