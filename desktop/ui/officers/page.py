"""Cán bộ: the officer registry list with search, filters and actions."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.officers import registry as svc
from core.ops import Kind
from core.text import format_number
from db.errors import UserError
from desktop.i18n import N_, tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.officers.dialog import OfficerDialog
from desktop.ui.officers.models import OfficerTableModel
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import list_table

STATUS_CHOICES = (("active", N_("Working")), ("inactive", N_("Left")), ("all", N_("All")))


class OfficersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(tr("Officers"))
        title.setObjectName("pageTitle")

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by name, CCCD, position, phone… (accents optional)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setToolTip(tr("Every word must start a word of the name, CCCD, position, "
                                  "department or phone (Ctrl+F)"))
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status = QComboBox()
        for value, label in STATUS_CHOICES:
            self.status.addItem(tr(label), value)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.status.setToolTip(tr("Show officers working, those who left, or all"))
        self.department = QComboBox()
        self.department.setMinimumWidth(150)
        self.department.setToolTip(tr("Show one department only"))
        self.department.currentIndexChanged.connect(self.apply_filters)
        self.count_label = QLabel()

        self.add_button = QPushButton(tr("Add officer"))
        self.add_button.setToolTip(tr("Add a new officer (Ctrl+N)"))
        self.edit_button = QPushButton(tr("Edit"))
        self.edit_button.setToolTip(tr("Edit the selected officer (Enter or double-click)"))
        self.toggle_button = QPushButton(tr("Mark as left"))
        self.toggle_button.setToolTip(tr("The officer has left the commune (transfer, retirement); "
                                         "data is kept"))
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setToolTip(tr("Delete an officer entered by mistake"))
        self.import_button = QPushButton(tr("Import from Excel…"))
        self.import_button.setToolTip(tr("Import an officer list from an Excel (.xlsx) file"))
        self.add_button.clicked.connect(self.add_officer)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_excel)
        self.departments_button = QPushButton(tr("Departments…"))
        self.departments_button.setToolTip(tr("The list of departments; merge two names of one department"))
        self.departments_button.clicked.connect(self.edit_departments)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_officer)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

        self.model = OfficerTableModel(ctx.store, parent=self)
        # on a small screen (150 %) the names keep their room: gender and phone go first
        self.table = list_table(self.model, (180, 105, 90, 60, 190, 190, 95, 55),
                                drop_when_narrow=(3, 6))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(QLabel(tr("Status")))
        filters.addWidget(self.status)
        filters.addWidget(QLabel(tr("Department")))
        filters.addWidget(self.department, 1)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.departments_button)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.count_label)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        ctx.ops.subscribe(self, {Kind.OFFICERS}, self.on_data_changed)
        self.reload_departments()
        self.update_count()
        self.update_buttons()

    def edit_departments(self) -> None:
        from desktop.ui.officers.departments_dialog import DepartmentsDialog

        self.last_dialog = open_dialog(DepartmentsDialog(self.ctx, self))

    # filters ------------------------------------------------------------------------------
    def reload_departments(self) -> None:
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(tr("All departments"), "")
        with self.ctx.store.session() as s:
            for name in svc.departments(s):
                self.department.addItem(name, name)
        self.department.setCurrentIndex(max(0, self.department.findData(current)))
        self.department.blockSignals(False)

    def current_query(self) -> svc.OfficerQuery:
        base = self.model.query
        return svc.OfficerQuery(
            commune_code=base.commune_code,
            search=self.search.text(),
            status=self.status.currentData(),
            department=self.department.currentData() or "",
            sort=base.sort,
            descending=base.descending,
        )

    def apply_filters(self) -> None:
        self.model.set_query(self.current_query())
        self.update_count()
        self.update_buttons()

    def update_count(self) -> None:
        if self.model.more_than_shown:
            text = tr("More than {count} officers: search to narrow the list")
        else:
            text = tr("{count} officers")
        self.count_label.setText(text.format(count=format_number(self.model.rowCount())))

    def on_data_changed(self) -> None:
        self.reload_departments()
        self.apply_filters()

    # selection and actions ----------------------------------------------------------------
    def selected(self) -> svc.OfficerRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.toggle_button, self.delete_button):
            button.setEnabled(row is not None)
        self.toggle_button.setText(tr("Mark as working") if row and not row.active else tr("Mark as left"))

    def select_id(self, officer_id: uuid.UUID) -> None:
        for row in range(min(self.model.rowCount(), 2000)):
            obj = self.model.row_object(row)
            if obj is not None and obj.id == officer_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def add_officer(self) -> None:
        self._open(OfficerDialog(self.ctx, parent=self))

    def _open(self, dialog: OfficerDialog) -> None:
        self.last_dialog = open_dialog(dialog, lambda: dialog.saved_id and self.select_id(
            dialog.saved_id))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            dialog = OfficerDialog(self.ctx, row.id, parent=self)
        except UserError as err:
            self.ctx.prompts.error(self, tr("Officers"), user_message(err))
            self.apply_filters()
            return
        self._open(dialog)

    def toggle_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.active and not self.ctx.prompts.confirm(
            self, tr("Mark as left"),
            tr("Mark {name} as no longer working at the commune? The data is kept and can be "
               "restored.").format(name=row.full_name),
            tr("Mark as left"),
        ):
            return
        officer_id, active = row.id, not row.active
        self._write(lambda s: svc.set_active(s, officer_id, active))

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not self.ctx.prompts.confirm(
            self, tr("Delete officer"),
            tr("Delete {name} (CCCD {cccd})? Use this only for a record entered by mistake; for an "
               "officer who left, use “Mark as left”.").format(name=row.full_name, cccd=row.cccd),
            tr("Delete"),
        ):
            return
        officer_id = row.id
        self._write(lambda s: svc.delete(s, officer_id))

    def _write(self, action) -> None:
        def refused(err: Exception) -> None:  # e.g. deleted meanwhile: the list is shown anew
            self.ctx.prompts.error(self, tr("Officers"), user_message(err))
            self.on_data_changed()

        self.ctx.ops.write(action, None, refused, parent=self)

    def import_excel(self) -> None:
        from desktop.ui.officers.import_dialog import OfficerImportDialog

        path = self.ctx.prompts.open_file(self, tr("Choose the officer list"), tr("Excel files (*.xlsx)"))
        if path is None:
            return
        self.last_dialog = open_dialog(OfficerImportDialog(self.ctx, path, parent=self))
