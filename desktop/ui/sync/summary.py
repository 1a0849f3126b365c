"""Sync figures for Tổng quan: last success, changes waiting, conflicts, last problem."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.ops import Kind
from core.sync import service as sync_svc
from core.text import format_number
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.sync.models import when
from desktop.ui.widgets.figures import FigureBox

WATCHED = {Kind.SYNC, Kind.AUDIT}  # AUDIT: every logged write is a change waiting to be sent


class SyncSummary(FigureBox):
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

    def still_valid(self, since) -> bool:
        # a logged write of a table that is never sent (an account's sign-in) leaves nothing
        # more waiting to be sent
        from core.sync.state import exported_tables

        return not since.touches({Kind.SYNC}) and not since.tables & set(exported_tables())

    @staticmethod
    def load(store):  # worker thread: index seeks only (core/sync/pending.py)
        st = sync_svc.status(store)
        error = st.last_error
        # plain values, no database row: kept in the overview's cache
        return dataclasses.replace(st, last_error=None), (
            (error.message, error.message_params) if error is not None and error.message else None)

    def show_figures(self, data) -> None:
        st, error = data
        if st.last_success:
            from datetime import datetime

            last = when(datetime.fromisoformat(st.last_success))
        else:
            last = tr("none yet")  # ("never" reads "không khóa" for the idle lock)
        self.line.setText(tr("Last successful sync: {when} · changes waiting to be sent: "
                             "{pending} · conflicts to resolve: {conflicts}").format(
            when=last, pending=format_number(st.pending), conflicts=st.open_conflicts))
        if error is not None:
            self.problem.setText(sync_svc.log_message(SimpleNamespace(
                message=error[0], message_params=error[1]), tr))
            self.problem.show()
        else:
            self.problem.hide()
