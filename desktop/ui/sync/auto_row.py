"""The Đồng bộ screen's line for automatic sync, connection settings and warnings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from core.sync import settings as sync_settings
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.sync import auto
from desktop.ui.widgets.dialogs import open_dialog


class AutoRow:
    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        self.ctx = ctx
        self.page = page
        self.combo = QComboBox()
        for minutes in sync_settings.AUTO_CHOICES:
            self.combo.addItem(tr("every {minutes} minutes").format(minutes=minutes)
                               if minutes else tr("off"), minutes)
        self.combo.setToolTip(tr("Sync with the province server by itself when the network is "
                                 "up (only on a computer connected to the province server)"))
        self.combo.activated.connect(self.choose)
        self.status = QLabel()
        self.settings_button = QPushButton(tr("Connection settings…"))
        self.settings_button.setToolTip(tr("Proxy, the province's CA certificate, timeout and "
                                           "the largest size of a sync file"))
        self.settings_button.clicked.connect(self.open_settings)
        self.layout = QHBoxLayout()
        self.layout.addWidget(QLabel(tr("Automatic sync:")))
        self.layout.addWidget(self.combo)
        self.layout.addWidget(self.status, 1)
        self.layout.addWidget(self.settings_button)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(auto.WARNING_STYLE)

    def choose(self, _index: int = 0) -> None:
        minutes = self.combo.currentData()
        store, user, auto = self.ctx.store, self.ctx.user.username, self.ctx.sync.auto

        def saved(_result) -> None:
            if auto is not None:  # the timer follows the new interval
                auto.failures = 0
                auto.reschedule()
            self.refresh()

        def refused(err: Exception) -> None:
            self.ctx.prompts.error(self.page, tr("Automatic sync"), user_message(err))
            self.refresh()

        self.ctx.ops.run(lambda _p: sync_settings.set_auto_minutes(store, minutes, user), saved,
                         refused, parent=self.page)

    def open_settings(self) -> None:
        from desktop.ui.sync.connection import ConnectionDialog

        self.last_dialog = open_dialog(ConnectionDialog(self.ctx, self.page), self.refresh)

    def refresh(self) -> None:
        minutes = sync_settings.auto_minutes(self.ctx.store)
        self.combo.setCurrentIndex(max(0, self.combo.findData(minutes)))
        runner = self.ctx.sync.auto
        self.status.setText(_status(runner, minutes))
        lines = [text for text in (auto.clock_warning(self.ctx),
                                   runner.error_text() if runner else "") if text]
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))


def _status(runner, minutes: int) -> str:
    if not minutes:
        return ""
    if runner is None or runner.next_at is None:
        return tr("the next sync starts with the app")
    if runner.running:
        return tr("syncing…")
    text = tr("next at {time}").format(time=runner.next_at.strftime("%H:%M"))
    if runner.skipped:
        text += " " + tr("(last time skipped: {reason})").format(reason=runner.skipped)
    return text
