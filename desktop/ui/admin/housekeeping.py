"""What runs beside the main window: the idle lock and the daily automatic backup."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from core.accounts import admin as account_admin
from core.backup import restore as br
from core.ops import Kind

log = logging.getLogger("xaso.housekeeping")
# the clerk's keys, clicks, moves and wheel; classes, not event.type(): that builds a ~200-member
# Python enum at start (~0.1 s) and converts the type of every event of the app
_ACTIVITY = (QKeyEvent, QMouseEvent, QWheelEvent)
HOUR_MS = 3_600_000


class Housekeeping(QObject):
    """Locks the window after the idle time (setting) and backs up once a day."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.locked = False
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self.lock)
        self.daily = QTimer(self, interval=HOUR_MS)
        self.daily.timeout.connect(self.daily_backup)
        if not self.ctx.background:  # tests: no timer may fire in a later test (AppContext)
            return
        self.reload_idle()
        self.ctx.ops.subscribe(window, {Kind.SETTINGS}, self.reload_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.daily.start()
        if not self.ctx.demo:
            QTimer.singleShot(60_000, self, self.daily_backup)  # after start-up has settled

    def reload_idle(self) -> None:
        with self.ctx.store.session() as s:
            minutes = account_admin.idle_minutes(s)
        self.idle.setInterval(minutes * 60_000)
        if minutes:
            self.idle.start()
        else:
            self.idle.stop()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if isinstance(event, _ACTIVITY) and self.idle.interval() and not self.locked:
            self.idle.start()
        return False

    def lock(self) -> None:
        """Hide the data behind the sign-in dialog of the same user (a dialog that does not
        block: a sync finishing meanwhile still lands); shown again when signed in, the window
        closed when the user chooses Exit."""
        from desktop.ui.admin.login import LoginDialog
        from desktop.ui.widgets.dialogs import open_dialog

        if self.locked:
            return
        self.locked = True
        self.window.centralWidget().setVisible(False)
        dialog = LoginDialog(self.ctx.store, self.ctx.user.username, self.window, locked=True,
                             runner=self.ctx.ops)
        self.dialog = dialog  # tests reach it here
        open_dialog(dialog, self._unlocked, self._exit)

    def _unlocked(self) -> None:
        self.locked = False
        self.window.centralWidget().setVisible(True)
        if self.idle.interval():
            self.idle.start()

    def _exit(self) -> None:
        self.locked = False
        self.window.close()

    def daily_backup(self) -> None:
        store = self.ctx.store
        # an op: the writer makes it, and Tổng quan and Sao lưu show the new file from its changes
        self.ctx.ops.run(lambda _p: br.run_daily_backup(store), None,
                         lambda err: log.warning("daily backup failed: %s", err))
