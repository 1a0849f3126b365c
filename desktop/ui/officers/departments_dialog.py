"""Bộ phận: the departments the commune keeps (those of its officers), near-duplicates marked,
several merged into one name (core/officers/departments.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from core.officers import departments as svc
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import error_label

NAME = Qt.ItemDataRole.UserRole


class DepartmentsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Departments"))
        hint = QLabel(tr("The departments of the officers. Two names of one department (“Ban Chỉ "
                         "huy quân sự” and “Ban Chỉ huy Quân sự xã”) count twice in the figures "
                         "and the reports: select them, choose the name to keep and merge."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setToolTip(tr("The name the selected departments take; you may type a new one"))
        self.merge_button = QPushButton(tr("Merge"))
        self.merge_button.setToolTip(tr("Move every officer of the selected departments to this name"))
        self.merge_button.clicked.connect(self.merge)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.error = error_label()
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Merge into")))
        row.addWidget(self.target, 1)
        row.addWidget(self.merge_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.resize(560, 460)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        with self.ctx.store.session() as s:
            found = svc.listing(s)
        for department in found:
            text = tr("{name} ({count} officers)").format(name=department.name, count=department.officers)
            if department.near:
                text += " — " + tr("maybe the same as: {names}").format(names=", ".join(department.near))
            item = QListWidgetItem(text)
            item.setData(NAME, department.name)
            if department.near:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        self._selection_changed()

    def selected(self) -> list[str]:
        return [item.data(NAME) for item in self.list.selectedItems()]

    def _selection_changed(self) -> None:
        names = self.selected()
        self.target.clear()
        self.target.addItems(names)
        self.merge_button.setEnabled(len(names) >= 1)

    def merge(self) -> None:
        names, into = self.selected(), self.target.currentText()

        def refused(err: Exception) -> None:
            self.error.setText(user_message(err))
            self.error.show()

        def merged(moved: int) -> None:
            self.error.hide()
            self.result.setText(tr("{count} officers moved to “{name}”.").format(
                count=moved, name=into.strip()))
            self.refresh()

        self.ctx.ops.write(lambda s: svc.merge(s, names, into), merged, refused, parent=self)
