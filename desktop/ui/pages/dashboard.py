"""Tổng quan: the commune at a glance (figures from the sections that exist)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.i18n import tr
from desktop.services import officers as svc
from desktop.services.text import format_number
from desktop.ui.certificates.summary import CertificateSummary
from desktop.ui.context import AppContext


class StatCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.value = QLabel("–")
        self.value.setObjectName("statValue")
        self.caption = QLabel(title)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value.setText(format_number(value))


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        commune = ctx.store.commune()
        heading = QLabel(tr("Overview"))
        heading.setObjectName("pageTitle")
        sub = QLabel(f"{commune.name}, {commune.province_name}" if commune else "")
        self.active = StatCard(tr("officers working"))
        self.signers = StatCard(tr("officers who sign documents"))
        self.inactive = StatCard(tr("officers who have left"))
        cards = QGridLayout()
        for i, card in enumerate((self.active, self.signers, self.inactive)):
            cards.addWidget(card, 0, i)
        self.departments = QTableWidget(0, 2)
        self.departments.setHorizontalHeaderLabels([tr("Department"), tr("Officers")])
        self.departments.verticalHeader().hide()
        self.departments.setColumnWidth(0, 380)
        self.departments.setColumnWidth(1, 90)
        self.departments.setMaximumWidth(500)
        self.departments.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addLayout(cards)
        layout.addWidget(QLabel(tr("Officers working, by department")))
        layout.addWidget(self.departments)
        from desktop.ui.backlog.summary import BacklogSummary

        self.backlog = BacklogSummary(ctx)
        layout.addWidget(self.backlog, 3)
        self.certificates = CertificateSummary(ctx)
        layout.addWidget(self.certificates)
        from desktop.ui.training.summary import TrainingSummary

        self.training = TrainingSummary(ctx)
        layout.addWidget(self.training, 3)  # the chart takes most of the free height
        from desktop.ui.infrastructure.summary import InfrastructureSummary

        self.infrastructure = InfrastructureSummary(ctx)
        layout.addWidget(self.infrastructure)
        from desktop.ui.reports.summary import ReportSummary

        self.reports = ReportSummary(ctx)
        layout.addWidget(self.reports)
        from desktop.ui.sync.summary import SyncSummary

        self.sync = SyncSummary(ctx)
        layout.addWidget(self.sync)
        from desktop.ui.admin.summary import BackupSummary

        self.backups = BackupSummary(ctx)
        layout.addWidget(self.backups)
        layout.addStretch(1)
        ctx.signals.data_changed.connect(lambda table: table == "officer" and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            stats = svc.stats(s)
        self.active.set_value(stats.active)
        self.signers.set_value(stats.signers)
        self.inactive.set_value(stats.inactive)
        self.departments.setRowCount(len(stats.by_department))
        for row, (name, count) in enumerate(stats.by_department):
            self.departments.setItem(row, 0, QTableWidgetItem(name or tr("(no department)")))
            item = QTableWidgetItem(format_number(count))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.departments.setItem(row, 1, item)
        self.departments.resizeRowsToContents()
        rows_height = sum(self.departments.rowHeight(r) for r in range(self.departments.rowCount()))
        header = self.departments.horizontalHeader().sizeHint().height()
        self.departments.setFixedHeight(min(420, header + rows_height + 4))
