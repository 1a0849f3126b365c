"""Import an officer list from XLSX: column mapping, row-by-row preview, all-or-nothing apply."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.officers import import_xlsx as imp
from core.text import format_date
from desktop.i18n import N_, tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.tasks import Progress, run_with_progress

STATUS_LABELS = {
    "new": N_("New"),
    "update": N_("Update"),
    "unchanged": N_("Unchanged"),
    "error": N_("Error"),
    "duplicate": N_("Duplicate"),
}
STATUS_COLORS = {"error": "#ffebee", "duplicate": "#ffebee", "new": "#e8f5e9", "update": "#fff8e1"}


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class OfficerImportDialog(QDialog):
    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.table_data: imp.SheetTable | None = None
        self.preview: imp.ImportPreview | None = None
        self.summary: imp.ImportSummary | None = None
        self._generation = 0
        self.setWindowTitle(tr("Import officers from Excel"))
        self.resize(1000, 640)

        self.file_label = QLabel(tr("File: {name}").format(name=self.path.name))
        self.file_label.setWordWrap(True)
        self.mapping_box = QGroupBox(tr("Columns of the file (check and correct if needed)"))
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        self.status_label = QLabel(tr("Reading the file…"))
        self.status_label.setWordWrap(True)
        self.rows_table = QTableWidget(0, 7)
        self.rows_table.setHorizontalHeaderLabels([
            tr("Row"), tr("Result"), tr("Full name"), tr("CCCD number"), tr("Date of birth"),
            tr("Position"), tr("Problems"),
        ])
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.verticalHeader().hide()
        self.rows_table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((55, 95, 190, 115, 95, 170)):
            self.rows_table.setColumnWidth(col, width)
        self.apply_button = QPushButton(tr("Import"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.rows_table, 1)
        layout.addLayout(buttons)
        self.mapping_box.hide()
        self.ctx.runner.run(lambda _p: imp.read_table(self.path), self.on_table, self.on_error)

    # reading ------------------------------------------------------------------------------
    def on_error(self, err: Exception) -> None:
        text = user_message(err)
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.apply_button.setEnabled(False)

    def on_table(self, table: imp.SheetTable) -> None:
        self.table_data = table
        self.file_label.setText(
            tr("File: {name} — sheet “{sheet}”, header on row {first}–{last}, {rows} data rows").format(
                name=self.path.name, sheet=table.sheet_name, first=table.header_row_first,
                last=table.header_row_last, rows=len(table.rows),
            )
        )
        mapping = imp.guess_mapping(table)
        for i, field in enumerate(imp.FIELDS):
            combo = QComboBox()
            # long headers must not widen the dialog past a small screen (1366×768 at 150 %)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.addItem(tr("(not in the file)"), None)
            for col, header in enumerate(table.headers):
                if header:
                    combo.addItem(f"{column_letter(col)}: {header}", col)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field))))
            combo.currentIndexChanged.connect(self.refresh_preview)
            label = tr(imp.FIELD_LABELS[field]) + (" *" if field in imp.REQUIRED else "")
            self.mapping_grid.addWidget(QLabel(label), i // 3, (i % 3) * 2)
            self.mapping_grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
            self.combos[field] = combo
        self.mapping_box.show()
        self.refresh_preview()

    def mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def refresh_preview(self) -> None:
        if self.table_data is None:
            return
        table, mapping = self.table_data, self.mapping()

        def work(_progress: Progress) -> imp.ImportPreview:
            with self.ctx.store.session() as s:
                return imp.preview(s, table, mapping)

        self._generation += 1
        generation = self._generation

        def shown(preview: imp.ImportPreview) -> None:
            if generation == self._generation:  # an older mapping's answer arriving late is dropped
                self.show_preview(preview)

        self.apply_button.setEnabled(False)
        self.ctx.runner.run(work, shown, self.on_error)

    def show_preview(self, preview: imp.ImportPreview) -> None:
        self.preview = preview
        self.rows_table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            data = row.data
            problems = "; ".join(user_message(p) for p in row.problems)
            if row.status == "update" and row.changes:
                problems = tr("Changes: {fields}").format(
                    fields=", ".join(tr(imp.FIELD_LABELS.get(c, c)) for c in row.changes))
            values = [
                str(row.row_no), tr(STATUS_LABELS.get(row.status, row.status)),
                data.full_name if data else "", data.cccd if data else "",
                format_date(data.birth_date) if data else "", data.position if data else "", problems,
            ]
            color = STATUS_COLORS.get(row.status)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if color:
                    item.setBackground(QBrush(QColor(color)))
                item.setToolTip(value)
                self.rows_table.setItem(r, c, item)
        counts = tr("{new} new, {update} to update, {same} unchanged, {errors} with errors").format(
            new=preview.new, update=preview.updated, same=preview.unchanged, errors=preview.errors)
        file_problems = [user_message(p) for p in preview.problems]
        if preview.has_errors:
            text = counts + ". " + tr("Fix the rows marked in red in the Excel file (or the column "
                                      "choice above), then open the file again. Nothing has been imported.")
            if file_problems:
                text = " ".join(file_problems) + " " + text
            self.status_label.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            text = counts + "."
            self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        changes = preview.new + preview.updated
        self.apply_button.setText(tr("Import {count} officers").format(count=changes))
        self.apply_button.setEnabled(not preview.has_errors and changes > 0)

    # applying -----------------------------------------------------------------------------
    def apply(self) -> None:
        if self.table_data is None:
            return
        table, mapping = self.table_data, self.mapping()

        def work(progress: Progress) -> imp.ImportSummary:
            with self.ctx.write() as s:  # one transaction: all rows or none
                summary = imp.apply(s, imp.preview(s, table, mapping))
                progress.check()  # cancelled: leaving the block rolls everything back
                return summary

        self.apply_button.setEnabled(False)
        run_with_progress(self.ctx.runner, self, tr("Importing officers…"), work,
                          self.on_applied, self.on_apply_error, self.on_cancelled)

    def on_cancelled(self) -> None:
        self.status_label.setText(tr("Import cancelled. Nothing has been imported."))
        self.apply_button.setEnabled(True)

    def on_apply_error(self, err: Exception) -> None:
        self.on_error(err)
        self.ctx.prompts.error(self, tr("Import officers from Excel"),
                               user_message(err) + "\n" + tr("Nothing has been imported."))

    def on_applied(self, summary: imp.ImportSummary) -> None:
        self.summary = summary
        self.ctx.signals.data_changed.emit("officer")
        self.ctx.prompts.info(
            self, tr("Import officers from Excel"),
            tr("Done: {created} officers added, {updated} updated, {same} unchanged.").format(
                created=summary.created, updated=summary.updated, same=summary.unchanged),
        )
        self.accept()
