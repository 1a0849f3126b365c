"""The "Xung đột" tab: two versions of a record side by side; keep one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import labels, value_names
from core.sync import lists
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.sync import models
from desktop.ui.widgets.tables import fit_columns, list_table


class ConflictsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = models.conflict_model(ctx)
        self.table = list_table(self.model, (115, 65, 150, 85, 100), sort_column=None)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.diff = QTableWidget(0, 3)
        self.diff.setHorizontalHeaderLabels([tr("Data item"), tr("This computer"), tr("Other computer")])
        self.diff.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.diff, (120, 150, 150))
        self.diff.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.hint = QLabel(tr("Both versions are kept. Choose the right one; the choice is sent "
                              "to the other computers like any change."))
        self.hint.setWordWrap(True)
        self.keep_button = QPushButton(tr("Keep the current version"))
        self.take_button = QPushButton(tr("Use the other version"))
        self.keep_button.clicked.connect(lambda: self.resolve(False))
        self.take_button.clicked.connect(lambda: self.resolve(True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        detail = QWidget()
        side = QVBoxLayout(detail)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.hint)
        side.addWidget(self.diff, 1)
        side.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([660, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.show_selected()

    def refresh(self) -> None:
        self.model.refresh()
        self.show_selected()

    def selected(self) -> lists.ConflictRow | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def show_selected(self) -> None:
        row = self.selected()
        diff = lists.differences(row) if row else []
        self.diff.setRowCount(len(diff))
        current_is_local = row is not None and row.winner == "local"
        for r, (column, mine, other) in enumerate(diff):
            here, there = (mine, other) if current_is_local else (other, mine)
            table = row.table_name
            for c, text in enumerate((labels.field_label(table, column, tr),
                                      _text(value_names.value_label(table, column, here, tr)),
                                      _text(value_names.value_label(table, column, there, tr)))):
                self.diff.setItem(r, c, QTableWidgetItem(text))
        for button in (self.keep_button, self.take_button):
            button.setEnabled(row is not None)

    def resolve(self, take_other: bool) -> None:
        row = self.selected()
        if row is None:
            return
        conflict_id, user = row.id, self.ctx.user.username
        self.ctx.ops.write(lambda s: lists.resolve(s, conflict_id, take_other, user),
                           parent=self, title=tr("Conflicts"))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    return str(value)
