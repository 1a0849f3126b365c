"""Quản trị: this installation (commune, node, data folder, schema) and the integrity check."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import tr, user_message
from desktop.services.store import Store
from desktop.ui.context import AppContext


class AdminPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        store = ctx.store
        commune = store.commune()
        heading = QLabel(tr("Administration"))
        heading.setObjectName("pageTitle")
        form = QFormLayout()
        form.addRow(tr("Commune"), QLabel(f"{commune.name} ({commune.code})" if commune else "–"))
        form.addRow(tr("Province"), QLabel(f"{commune.province_name} ({commune.province_code})" if commune else "–"))
        form.addRow(tr("Installation code"), _selectable(str(store.context.node_id)))
        form.addRow(tr("Data folder"), _selectable(str(store.paths.home)))
        form.addRow(tr("Database schema"), QLabel(store.migration.after))
        self.check_button = QPushButton(tr("Check the data file"))
        self.check_button.setToolTip(tr("Checks that the data file is intact (takes a few seconds)"))
        self.check_button.clicked.connect(self.run_check)
        self.open_button = QPushButton(tr("Open the data folder"))
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(store.paths.home))))
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def run_check(self) -> None:
        store: Store = self.ctx.store
        self.check_button.setEnabled(False)
        self.result.setText(tr("Checking…"))
        self.ctx.runner.run(lambda _p: store.integrity_check(), self.show_result, self.show_error)

    def show_result(self, problems: list[str]) -> None:
        self.check_button.setEnabled(True)
        if problems:
            self.result.setText(tr("The data file has problems: {details}. Contact the province help "
                                   "desk before entering more data.").format(details="; ".join(problems[:5])))
        else:
            self.result.setText(tr("The data file is intact."))

    def show_error(self, err: Exception) -> None:
        self.check_button.setEnabled(True)
        self.result.setText(tr("The check could not run: {reason}").format(reason=user_message(err)))


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
    return label
