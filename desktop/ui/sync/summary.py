"""Sync figures for Tổng quan: last success, changes waiting, conflicts, last problem."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.ops import Kind
from core.sync import service as sync_svc
from core.text import format_number
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.sync.models import when

WATCHED = {Kind.SYNC, Kind.AUDIT}  # AUDIT: every logged write is a change waiting to be sent


class SyncSummary(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(tr("Sync with the province"))
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.line)
        layout.addWidget(self.problem)
        ctx.ops.subscribe(self, WATCHED, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        st = sync_svc.status(self.ctx.store)
        if st.last_success:
            from datetime import datetime

            last = when(datetime.fromisoformat(st.last_success))
        else:
            last = tr("never")
        self.line.setText(tr("Last successful sync: {when} · changes waiting to be sent: "
                             "{pending} · conflicts to resolve: {conflicts}").format(
            when=last, pending=format_number(st.pending), conflicts=st.open_conflicts))
        if st.last_error is not None:
            self.problem.setText(sync_svc.log_message(st.last_error, tr))
            self.problem.show()
        else:
            self.problem.hide()
