"""Hạ tầng: the equipment register, the check against the one-stop centre checklist with its
estimate, and the community digital technology teams."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.infrastructure.check_tab import CheckTab
from desktop.ui.infrastructure.equipment import EquipmentTab
from desktop.ui.infrastructure.teams import TeamsTab


class InfrastructurePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(tr("Infrastructure"))
        title.setObjectName("pageTitle")
        self.equipment = EquipmentTab(ctx)
        self.check = CheckTab(ctx)
        self.teams = TeamsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.equipment, tr("Equipment"))
        self.tabs.addTab(self.check, tr("Requirements check"))
        self.tabs.addTab(self.teams, tr("Digital technology teams"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
