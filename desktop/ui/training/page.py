"""Đào tạo: courses with their sessions, attendance and completion; coverage against the 100 % target."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.training.courses import CoursesTab
from desktop.ui.training.coverage import CoverageTab


class TrainingPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(tr("Training"))
        title.setObjectName("pageTitle")
        self.courses = CoursesTab(ctx)
        self.coverage = CoverageTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.courses, tr("Courses"))
        self.tabs.addTab(self.coverage, tr("Coverage"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
