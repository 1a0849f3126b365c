"""Số hóa: lots of paper records, every record's workflow, and progress against the target."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.ui.backlog.files_tab import FilesTab
from desktop.ui.backlog.indicators_tab import IndicatorsTab
from desktop.ui.backlog.lots_tab import LotsTab
from desktop.ui.backlog.progress_tab import ProgressTab
from desktop.ui.backlog.records_tab import RecordsTab
from desktop.ui.context import AppContext


class BacklogPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(tr("Digitization"))
        title.setObjectName("pageTitle")
        self.lots = LotsTab(ctx)
        self.records = RecordsTab(ctx)
        self.files = FilesTab(ctx)
        self.progress = ProgressTab(ctx)
        self.indicators = IndicatorsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.lots, tr("Lots"))
        self.tabs.addTab(self.records, tr("Records"))
        self.tabs.addTab(self.files, tr("Digitized files"))
        self.tabs.addTab(self.progress, tr("Progress"))
        self.tabs.addTab(self.indicators, tr("QĐ 766 indicators"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
