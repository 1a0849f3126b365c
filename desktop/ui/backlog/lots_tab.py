"""The "Lô hồ sơ" tab: the lots of paper records, their progress, import and export."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.backlog import lots as svc
from core.ops import Kind
from core.text import format_number
from desktop.i18n import tr, user_message
from desktop.ui.backlog.dialogs import GenerateDialog, LotDialog
from desktop.ui.backlog.models import LotTableModel
from desktop.ui.context import AppContext
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import list_table

KINDS = {Kind.BACKLOG_LOTS, Kind.BACKLOG_RECORDS}


class LotsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.field = QComboBox()
        self.field.addItem(tr("All fields"), "")
        for code, label in svc.FIELDS.items():
            self.field.addItem(tr(label), code)
        self.field.currentIndexChanged.connect(self.apply_filters)
        self.count_label = QLabel()
        self.add_button = QPushButton(tr("Add lot"))
        self.edit_button = QPushButton(tr("Edit"))
        self.delete_button = QPushButton(tr("Delete"))
        self.generate_button = QPushButton(tr("List records…"))
        self.generate_button.setToolTip(tr("Create the numbered records of the selected lot"))
        self.list_button = QPushButton(tr("Import records…"))
        self.list_button.setToolTip(tr("Import the list of records (number, title) of the selected "
                                       "lot from Excel (.xlsx) or .csv"))
        self.list_button.clicked.connect(self.import_records)
        self.import_button = QPushButton(tr("Import lots…"))
        self.import_button.setToolTip(tr("Import the inventory of lots from Excel (.xlsx) or .csv"))
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.add_button.clicked.connect(self.add_lot)
        self.edit_button.clicked.connect(self.edit_lot)
        self.delete_button.clicked.connect(self.delete_lot)
        self.generate_button.clicked.connect(self.generate)
        self.import_button.clicked.connect(self.import_lots)
        self.export_button.clicked.connect(self.export)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_lot)
        self.model = LotTableModel(ctx.store, parent=self)
        # the kind keeps its width at 150 % (the table scrolls sideways); the storage place stretches
        # on a small screen the kind of record keeps its room: "listed", storage, priority go first
        self.table = list_table(self.model, (130, 260, 85, 100, 80, 80, 95, 85), drop_when_narrow=(4, 8, 7))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _i: self.edit_lot())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Field")))
        filters.addWidget(self.field)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        filters.addWidget(self.import_button)  # up here: the row of buttons fits 1366×768 at 150 %
        filters.addWidget(self.export_button)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.generate_button,
                       self.list_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        ctx.ops.subscribe(self, KINDS, self.apply_filters)
        self.apply_filters()

    def apply_filters(self) -> None:
        current = self.selected_id()
        query = self.model.query
        self.model.set_query(svc.LotQuery(self.field.currentData() or "", query.sort, query.descending))
        self.count_label.setText(tr("{count} lots").format(count=format_number(self.model.rowCount())))
        if current is not None:
            for row in range(self.model.rowCount()):
                if self.model.row_object(row).id == current:
                    self.table.selectRow(row)
        self.update_buttons()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        obj = self.model.row_object(rows[0].row()) if rows else None
        return obj.id if obj else None

    def update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.edit_button, self.delete_button, self.generate_button, self.list_button):
            button.setEnabled(chosen)

    def add_lot(self) -> None:
        self.last_dialog = open_dialog(LotDialog(self.ctx, parent=self))

    def edit_lot(self) -> None:
        lot_id = self.selected_id()
        if lot_id is not None:
            self.last_dialog = open_dialog(LotDialog(self.ctx, lot_id, parent=self))

    def delete_lot(self) -> None:
        lot_id = self.selected_id()
        if lot_id is None or not self.ctx.prompts.confirm(
                self, tr("Delete lot"), tr("Delete the selected lot and take it out of the progress "
                                           "figures? Its records are kept in the history."), tr("Delete")):
            return
        self.ctx.ops.write(lambda s: svc.delete_lot(s, lot_id), parent=self, title=tr("Delete lot"))

    def generate(self) -> None:
        lot_id = self.selected_id()
        if lot_id is not None:
            self.last_dialog = open_dialog(GenerateDialog(self.ctx, lot_id, parent=self))

    def import_records(self) -> None:
        from desktop.ui.backlog.dossier_import import RecordListImportDialog

        lot_id = self.selected_id()
        path = self.ctx.prompts.open_file(self, tr("Import the list of records"),
                                          tr("Excel or CSV (*.xlsx *.csv)")) if lot_id else None
        if path:
            self.last_dialog = open_dialog(RecordListImportDialog(self.ctx, lot_id, Path(path), parent=self))

    def import_lots(self) -> None:
        from desktop.ui.backlog.import_dialog import LotImportDialog

        path = self.ctx.prompts.open_file(self, tr("Import lots"), tr("Excel or CSV (*.xlsx *.csv)"))
        if path:
            self.last_dialog = open_dialog(LotImportDialog(self.ctx, Path(path), parent=self))

    def export(self) -> None:
        from core.backlog import listing as lst

        path = self.ctx.prompts.save_file(self, tr("Export to Excel"), "so-hoa-ho-so.xlsx",
                                          tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        store, translate = self.ctx.store, tr

        def work(_progress):
            with store.session() as s:
                return lst.export(s, Path(path), translate)

        run_with_progress(self.ctx.runner, self, tr("Exporting…"), work,
                          lambda count: self.ctx.prompts.info(self, tr("Export to Excel"), tr(
                              "{count} records saved to {file}.").format(
                              count=format_number(count), file=Path(path).name)),
                          lambda err: self.ctx.prompts.error(self, tr("Export to Excel"), user_message(err)))
