"""Automatic sync every N minutes (setting ``sync.auto_minutes``): a QTimer that runs the same
sync as "Đồng bộ ngay" in the background runner — only when enrolled with a hub and the network
is up, never two syncs at once (the controller's gate), skipped while a manual sync or import runs, waiting
longer after each failure (2×, 4×, 8× the interval). Errors are never a popup: the status bar
and the Đồng bộ screen show the last one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from core.ops import Kind
from core.sync import service as sync_svc
from core.sync import settings as sync_settings
from desktop.i18n import tr, user_message
from desktop.ui import sync_controller
from desktop.ui.context import AppContext
from desktop.ui.ops import SYNC

MAX_BACKOFF = 8  # the interval is multiplied by at most this after failures
WARNING_STYLE = "color: #c62828; font-weight: bold;"
STATUS_WARNING_STYLE = "color: #c62828;"  # the status bar has little room: not bold


def clock_warning(ctx: AppContext) -> str:
    warning = sync_settings.skew_warning(sync_settings.clock_skew(ctx.store))
    return user_message(warning) if warning else ""


class AutoSync(QObject):
    def __init__(self, ctx: AppContext, bar: QStatusBar | None = None) -> None:
        super().__init__(bar)
        self.ctx = ctx
        ctx.sync.auto = self
        self.failures = 0
        self.next_at: dt.datetime | None = None
        self.last_error: str = ""
        self.last_error_at: dt.datetime | None = None
        self.running = False
        self.skipped: str | None = None
        self.quiet = False  # province mode: no labels (the timer skips, see skip_reason)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        self.label = QLabel()
        self.clock_label = QLabel()
        self.clock_label.setStyleSheet(STATUS_WARNING_STYLE)
        if bar is not None:
            bar.addPermanentWidget(self.clock_label)
            bar.addPermanentWidget(self.label)
        ctx.ops.subscribe(self.label, {Kind.SYNC, Kind.SETTINGS}, self.refresh_labels)
        self._watch_network()
        self.reschedule()

    # schedule ---------------------------------------------------------------------------
    def minutes(self) -> int:
        return sync_settings.auto_minutes(self.ctx.store)

    def reschedule(self) -> None:
        minutes = self.minutes() if self.ctx.background else 0  # tests: no timer (AppContext)
        if not minutes:
            self.timer.stop()
            self.next_at = None
        else:
            delay = minutes * min(2 ** self.failures, MAX_BACKOFF)
            self.timer.start(delay * 60_000)
            self.next_at = dt.datetime.now() + dt.timedelta(minutes=delay)
        self.refresh_labels()

    def skip_reason(self) -> str | None:
        from core.province.client import is_province_mode

        if is_province_mode(self.ctx.store):
            return tr("this computer views the whole province; it has nothing to sync")
        hub = sync_svc.hub_peer(self.ctx.store)
        if hub is None or not hub.url:
            return tr("not connected to the province server")
        if sync_controller.network_offline():
            return tr("waiting for the network")
        if self.ctx.sync.gate.owner is not None:
            return tr("another sync or import is running")
        if sync_svc.uses_key_file(self.ctx.store):
            return tr("the signing key needs its passphrase: use Sync now")
        return None

    def tick(self) -> None:
        reason = self.skip_reason()
        if reason is not None or not self.ctx.sync.gate.acquire("auto"):
            self.skipped = reason or tr("another sync or import is running")
            self.reschedule()
            return
        self.skipped = None
        self.running = True
        self.refresh_labels()
        from core.sync import online as sync_http

        store = self.ctx.store
        # an op on the sync lane (a save meanwhile is not queued behind it), and every screen
        # showing a table it changed refreshes
        self.ctx.ops.run(lambda progress: sync_http.run_sync(
            store, cancelled=lambda: progress.cancelled), self._done, self._failed, lane=SYNC)

    def _done(self, _result) -> None:
        self._finish()
        self.failures = 0
        self.last_error = ""
        self.reschedule()

    def _failed(self, err: Exception) -> None:
        self._finish()
        self.failures += 1
        self.last_error = user_message(err)
        self.last_error_at = dt.datetime.now()
        self.reschedule()

    def _finish(self) -> None:
        self.running = False
        self.ctx.sync.gate.release("auto")

    # network ----------------------------------------------------------------------------
    def _watch_network(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        info = QNetworkInformation.instance()
        if info is not None and info.supports(QNetworkInformation.Feature.Reachability):
            info.reachabilityChanged.connect(self._network_changed)

    def _network_changed(self, _reachability) -> None:
        """Back online after waiting: sync within a minute instead of a whole interval."""
        if self.minutes() and not sync_controller.network_offline() and self.skipped:
            self.timer.start(60_000)
            self.next_at = dt.datetime.now() + dt.timedelta(minutes=1)
            self.refresh_labels()

    # labels -----------------------------------------------------------------------------
    def status_text(self) -> str:
        minutes = self.minutes()
        if not minutes:
            return tr("Automatic sync: off")
        if self.running:
            return tr("Automatic sync: {minutes} min — syncing…").format(minutes=minutes)
        next_time = self.next_at.strftime("%H:%M") if self.next_at else "—"
        if self.last_error:  # the time and the message: tooltip and Đồng bộ screen
            return tr("Automatic sync: failed, next try {next}").format(next=next_time)
        return tr("Automatic sync: {minutes} min — next at {time}").format(minutes=minutes,
                                                                           time=next_time)

    def error_text(self) -> str:
        if not self.last_error or self.last_error_at is None:
            return ""
        return tr("Automatic sync failed at {time}: {message}").format(
            time=self.last_error_at.strftime("%H:%M"), message=self.last_error)

    def refresh_labels(self) -> None:
        self.label.setText(self.status_text())
        self.label.setToolTip(self.error_text() or tr("Change it on the Sync screen"))
        self.label.setStyleSheet(STATUS_WARNING_STYLE if self.last_error else "")
        warning = clock_warning(self.ctx)  # in full on the Đồng bộ screen and in the tooltip
        self.clock_label.setText(tr("Clock off by {minutes} min").format(
            minutes=abs(sync_settings.clock_skew(self.ctx.store) or 0)) if warning else "")
        self.clock_label.setToolTip(warning)
        self.clock_label.setVisible(bool(warning) and not self.quiet)
        self.label.setVisible(not self.quiet)
