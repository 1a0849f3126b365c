"""The main window's status bar: commune, user, last sync, network and the auto-sync state.
On a narrow window (1366×768 at 125 % or 150 %) the user and last-sync fields take their short
form, the whole text in their tooltips, so the alert at the left keeps room to be read."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.i18n import tr


class ShortLabel(QLabel):
    """A status field with a long and a short text; ``set_short`` chooses which one shows."""

    def __init__(self) -> None:
        super().__init__()
        self.full, self.short, self.is_short = "", "", False

    def set_texts(self, full: str, short: str) -> None:
        self.full, self.short = full, short
        self._show()

    def set_short(self, short: bool) -> None:
        if short != self.is_short:
            self.is_short = short
            self._show()

    def _show(self) -> None:
        self.setText(self.short if self.is_short else self.full)
        self.setToolTip(self.full if self.is_short else "")


def build(window: QMainWindow) -> None:
    from core.accounts.permissions import ROLE_LABELS

    bar = window.statusBar()
    user = window.ctx.user
    window.commune_label = QLabel()  # the commune, or the province in province mode
    window.user_label = ShortLabel()
    window.user_label.set_texts(
        tr("User: {name} ({role})").format(name=user.full_name,
                                            role=tr(ROLE_LABELS.get(user.role, user.role))),
        user.full_name)
    window.sync_label = ShortLabel()
    window.network_label = NetworkLabel()
    for widget in (window.commune_label, window.user_label, window.sync_label, window.network_label):
        bar.addPermanentWidget(widget)
    narrow = window.width() < window.COMMUNE_LABEL_FROM
    window.user_label.set_short(narrow)
    window.sync_label.set_short(narrow)
    # the network backend loads once the overview is on screen
    QTimer.singleShot(0, window.network_label, lambda: _watch_network(window))
    refresh_sync_label(window)
    from desktop.ui.sync.auto import AutoSync

    window.auto_sync = AutoSync(window.ctx, bar)  # "Tự động đồng bộ" timer and its status


def refresh_sync_label(window: QMainWindow) -> None:
    from core import settings as keys
    from core.settings import get_setting

    with window.ctx.store.session() as s:
        last = get_setting(s, keys.LAST_SYNC_AT)
    if last:
        from datetime import datetime

        when = datetime.fromisoformat(last).astimezone()
        window.sync_label.set_texts(
            tr("Last sync: {when}").format(when=when.strftime("%d/%m/%Y %H:%M")),
            tr("Synced {when}").format(when=when.strftime("%d/%m %H:%M")))
    else:
        window.sync_label.set_texts(tr("Last sync: never"), tr("Never synced"))


class NetworkLabel(QLabel):
    def show_reachability(self, reachability) -> None:  # a method: disconnected with the label
        from PySide6.QtNetwork import QNetworkInformation

        online = reachability == QNetworkInformation.Reachability.Online
        self.setText(tr("Online") if online else tr("Offline"))


def _watch_network(window: QMainWindow) -> None:
    from PySide6.QtNetwork import QNetworkInformation

    info = QNetworkInformation.instance()
    if info is None and QNetworkInformation.loadDefaultBackend():
        info = QNetworkInformation.instance()
    if info is None or not info.supports(QNetworkInformation.Feature.Reachability):
        window.network_label.setText(tr("Network: unknown"))
        return
    info.reachabilityChanged.connect(window.network_label.show_reachability)
    window.network_label.show_reachability(info.reachability())
