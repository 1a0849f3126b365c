"""The "Thiết bị" tab: the equipment register with filters, form, Excel import and export."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.infrastructure import equipment as svc
from core.ops import Kind
from core.text import format_number
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.infrastructure.dialogs import EquipmentDialog
from desktop.ui.infrastructure.models import EquipmentTableModel
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import list_table

KINDS = {Kind.INFRASTRUCTURE, Kind.OFFICERS}


class EquipmentTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = QComboBox()
        self.kind.addItem(tr("All devices"), "")
        self.kind.addItem(tr("Computers (desktop and laptop)"), "computer")
        for value, label in svc.KINDS.items():
            self.kind.addItem(tr(label), value)
        self.state = QComboBox()
        self.state.addItem(tr("Any condition"), "")
        for value, label in svc.STATES.items():
            self.state.addItem(tr(label), value)
        for box in (self.kind, self.state):
            box.currentIndexChanged.connect(self.apply_filters)
        self.count_label = QLabel()
        self.add_button = QPushButton(tr("Add device"))
        self.add_button.setToolTip(tr("Add a device to the register (Ctrl+N)"))
        self.edit_button = QPushButton(tr("Edit"))
        self.delete_button = QPushButton(tr("Delete"))
        self.import_button = QPushButton(tr("Import from Excel…"))
        self.import_button.setToolTip(tr("Import the equipment register from an Excel file (.xlsx)"))
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.export_button.setToolTip(tr("The register, the requirements check and the estimate "
                                         "in one Excel file (.xlsx)"))
        self.add_button.clicked.connect(self.add_device)
        self.edit_button.clicked.connect(self.edit_device)
        self.delete_button.clicked.connect(self.delete_device)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_device)
        self.model = EquipmentTableModel(ctx.store, parent=self)
        # on a small screen the year, the user and the warranty give way first
        self.table = list_table(self.model, (72, 195, 0, 48, 135, 145, 95, 170, 95), sort_column=1,
                                stretch_column=2, drop_when_narrow=(3, 5, 8))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _i: self.edit_device())
        legend = QLabel(tr("Red: faulty or awaiting repair. Yellow: the operating system no "
                           "longer receives security updates."))
        legend.setObjectName("hint")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Type")))
        filters.addWidget(self.kind)
        filters.addWidget(QLabel(tr("Condition")))
        filters.addWidget(self.state)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        ctx.ops.subscribe(self, KINDS, self.apply_filters)
        self.apply_filters()

    def apply_filters(self) -> None:
        query = self.model.query
        self.model.set_query(svc.EquipmentQuery(query.commune_code, self.kind.currentData() or "",
                                                self.state.currentData() or "", query.sort,
                                                query.descending))
        self.count_label.setText(tr("{count} devices").format(
            count=format_number(self.model.rowCount())))
        self.update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select_id(self, equipment_id: uuid.UUID) -> None:
        for row in range(min(self.model.rowCount(), 2000)):
            obj = self.model.row_object(row)
            if obj is not None and obj.id == equipment_id:
                self.table.selectRow(row)
                return

    def update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def add_device(self) -> None:
        dialog = EquipmentDialog(self.ctx, parent=self)
        self.last_dialog = open_dialog(dialog, lambda: dialog.saved_id and self.select_id(
            dialog.saved_id))

    def edit_device(self) -> None:
        row = self.selected()
        if row is not None:
            self.last_dialog = open_dialog(EquipmentDialog(self.ctx, row.id, parent=self))

    def delete_device(self) -> None:
        row = self.selected()
        if row is None or not self.ctx.prompts.confirm(
                self, tr("Delete device"),
                tr("Delete “{model}” from the register? Use this only for a device entered by "
                   "mistake; a device no longer used is marked Retired.").format(
                    model=row.make_model), tr("Delete")):
            return
        equipment_id = row.id
        self.ctx.ops.write(lambda s: svc.delete(s, equipment_id), parent=self,
                           title=tr("Infrastructure"))

    def import_file(self) -> None:
        from desktop.ui.infrastructure.import_dialog import EquipmentImportDialog

        path = self.ctx.prompts.open_file(self, tr("Choose the equipment list"),
                                          tr("Excel files (*.xlsx)"))
        if path is not None:
            self.last_dialog = open_dialog(EquipmentImportDialog(self.ctx, path, parent=self))

    def export_file(self) -> None:
        from desktop.ui.infrastructure.export import export_workbook

        export_workbook(self.ctx, self)
