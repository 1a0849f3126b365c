"""Báo cáo: official report forms (ND 30/2020) made, previewed, printed, saved and issued."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.reports.make_tab import MakeTab
from desktop.ui.reports.register_tab import RegisterTab
from desktop.ui.reports.settings_dialog import ReportSettingsDialog
from desktop.ui.widgets.dialogs import open_dialog


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(tr("Reports"))
        title.setObjectName("pageTitle")
        self.settings_button = QPushButton(tr("Signer and issuer…"))
        self.settings_button.clicked.connect(self.edit_settings)
        self.make = MakeTab(ctx)
        self.register = RegisterTab(ctx)
        self.register.open_requested.connect(self._open_issued)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.make, tr("Make a report"))
        self.tabs.addTab(self.register, tr("Register of issued reports"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def edit_settings(self) -> None:
        self.last_dialog = open_dialog(ReportSettingsDialog(self.ctx, self))

    def _open_issued(self, register_id) -> None:
        self.make.show_issued(register_id)
        self.tabs.setCurrentWidget(self.make)
