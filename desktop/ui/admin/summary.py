"""Backup and accounts line for the Tổng quan dashboard (a warning when no recent backup)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.backup import files as bk
from core.ops import Kind
from desktop.i18n import tr
from desktop.ui.widgets.figures import FigureBox

STALE_AFTER = dt.timedelta(days=2)


class BackupSummary(FigureBox):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        ctx.ops.subscribe(self, {Kind.BACKUP}, self.refresh)  # the files; restores note one too
        self.refresh()

    def refresh(self, now: dt.datetime | None = None) -> None:
        if now is None:
            super().refresh()
        else:  # a given moment (tests): read and show at once
            self.show_figures(self.load(self.ctx.store), now)

    @staticmethod
    def load(store):  # worker thread: the names and headers of the backup files
        return bk.list_backups(store.paths.backups)

    def show_figures(self, backups, now: dt.datetime | None = None) -> None:
        if not backups:
            self.label.setStyleSheet("color: #c62828; font-weight: bold;")
            self.label.setText(tr("No backup yet: make one in Quản trị → Sao lưu."))
            return
        newest = backups[0]
        stale = (now or dt.datetime.now()) - newest.made_at > STALE_AFTER
        self.label.setStyleSheet("color: #c62828; font-weight: bold;" if stale else "")
        self.label.setText(tr("Last backup: {when} ({count} kept in the data folder).").format(
            when=newest.made_at.strftime("%d/%m/%Y %H:%M"), count=len(backups)))
