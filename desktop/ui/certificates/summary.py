"""Certificate figures for Tổng quan: coverage, expiry alerts, review list, requests, support."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from core.certificates import status
from core.ops import Kind
from core.text import format_number, format_percent
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.figures import FigureBox

CERT_KINDS = frozenset({Kind.CERTIFICATES, Kind.OFFICERS})
WARNING_STYLE = "color: #8a5300; font-weight: bold;"
ERROR_STYLE = "color: #c62828; font-weight: bold;"


class CertificateSummary(FigureBox):
    """Real numbers from the database, refreshed whenever a certificate table changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(tr("Signing certificates"))
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.coverage = QLabel()
        self.warnings = QLabel()
        self.errors = QLabel()
        self.other = QLabel()
        self.other.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(self.coverage, 0, 0, 1, 3)
        grid.addWidget(self.warnings, 1, 0)
        grid.addWidget(self.errors, 1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.other, 2, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(grid)
        ctx.ops.subscribe(self, CERT_KINDS, self.refresh)
        self.loaded.connect(self._first_figures)
        self.refresh()

    def _first_figures(self, data) -> None:
        self.loaded.disconnect(self._first_figures)
        if data is not None:  # once placed in the window (the overview is built with it)
            QTimer.singleShot(0, self.announce_alerts)

    def announce_alerts(self) -> None:
        """On start (the overview is built with the window): expiry alerts in the status bar."""
        alerts = self.figures.alerts
        window = self.window()
        if alerts.total and hasattr(window, "statusBar"):
            from desktop.ui.widgets.status_note import show_note

            show_note(window, tr(
                "Certificates: {errors} expired or within 7 days, {warnings} within 30 days").format(
                    errors=alerts.errors, warnings=alerts.warnings), 30000)

    @staticmethod
    def load(store):  # worker thread
        with store.session() as s:
            return status.summary(s)

    def show_figures(self, data) -> None:
        self.figures = f = data
        cov = f.coverage
        self.coverage.setText(tr("Officers with a valid official-duty certificate: {covered}/{officers} "
                                 "({percent}; target 100 %)").format(
            covered=format_number(cov.covered), officers=format_number(cov.officers),
            percent=format_percent(cov.percent)))
        self.warnings.setText(tr("Expiring within 30 days: {count}").format(count=f.alerts.warnings))
        self.warnings.setStyleSheet(WARNING_STYLE if f.alerts.warnings else "")
        self.errors.setText(tr("Expired or expiring within 7 days: {count}").format(count=f.alerts.errors))
        self.errors.setStyleSheet(ERROR_STYLE if f.alerts.errors else "")
        self.other.setText(tr("Still on a public CA: {public} · to assign: {review} · open requests: "
                              "{requests} · support answered in time: {in_time}").format(
            public=cov.public_ca, review=f.review, requests=f.open_requests,
            in_time=format_percent(f.tickets_in_time_percent, 0)))
