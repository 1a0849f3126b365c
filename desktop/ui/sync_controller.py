"""Syncing with the province server for the whole window, owned by the app context
(``ctx.sync``): one sync, export or import at a time (the gate), the signing key's passphrase
typed once, enrolment and "Đồng bộ ngay" with progress, the automatic sync's timer when the
main window has one. Screens call it; none reaches into another screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.i18n import tr, user_message
from desktop.ui.ops import SYNC

if TYPE_CHECKING:
    from desktop.ui.hub.connect import HubConnectDialog

# core.sync.service (cryptography, zstandard) and desktop.ui.hub.connect (keyring) are imported
# in the methods: the window opens and the overview fills without them.


class SyncGate:
    """One sync, export or import at a time in this window."""

    def __init__(self) -> None:
        self.owner: str | None = None

    def acquire(self, owner: str = "manual") -> bool:
        if self.owner is not None:
            return False
        self.owner = owner
        return True

    def release(self, owner: str = "manual") -> None:
        if self.owner == owner:
            self.owner = None


def network_offline() -> bool:
    """True only when the OS says there is no network at all (unknown counts as online)."""
    from PySide6.QtNetwork import QNetworkInformation

    info = QNetworkInformation.instance()
    if info is None or not info.supports(QNetworkInformation.Feature.Reachability):
        return False
    return info.reachability() == QNetworkInformation.Reachability.Disconnected


def offline_text() -> str:
    return tr("This computer has no network connection, so it cannot reach the province server. "
              "The changes stay here; sync when the network is back, or use Export to USB.")


class SyncController:
    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.gate = SyncGate()
        self.passphrase: str | None = None  # of the key file, once typed
        self.auto = None  # the main window's AutoSync (desktop.ui.sync.auto), if any

    def with_keys(self, parent: QWidget, then: Callable[[], None]) -> None:
        """``then()`` once the signing key can be used: keyring, or the key file with its
        passphrase (asked once, in a dialog that does not block)."""
        def ready(passphrase: str | None) -> None:
            self.passphrase = passphrase
            then()

        from desktop.ui.widgets.passphrase import with_keys

        with_keys(self.ctx.store, self.ctx.prompts, parent, self.passphrase, ready, self.ctx.ops)

    def failed(self, parent: QWidget, title: str) -> Callable[[Exception], None]:
        """A handler showing a failed sync step (the history shows it too)."""
        def show(err: Exception) -> None:  # the history refreshes from the op's changes
            self.ctx.prompts.error(parent, title, user_message(err))

        return show

    # enrolment --------------------------------------------------------------------------
    def connect_hub(self, parent: QWidget) -> HubConnectDialog:
        """Ask the server address and one-time code (a dialog that does not block), then enrol
        as an op and say the result. Returns the dialog (tests fill it in)."""
        from core.sync import service as sync_svc
        from desktop.ui.hub.connect import HubConnectDialog
        from desktop.ui.widgets.dialogs import open_dialog

        hub = sync_svc.hub_peer(self.ctx.store)
        dialog = HubConnectDialog(hub.url if hub else "", parent)
        self.last_dialog = open_dialog(
            dialog, lambda: self.with_keys(parent, lambda: self._enrol(parent, dialog)))
        return dialog

    def _enrol(self, parent: QWidget, dialog: HubConnectDialog) -> None:
        from desktop.ui.hub.connect import CONNECTING, enrol_op

        ctx = self.ctx
        title = tr("Connect to the province server")

        def done(peer) -> None:
            from core.province.client import is_province_mode

            if is_province_mode(ctx.store):
                ctx.prompts.info(parent, title, tr(
                    "This computer is enrolled with the province server {url} to view the whole "
                    "province. It now shows the Whole province section.").format(url=peer.url))
                window = parent.window()
                if hasattr(window, "apply_mode"):
                    window.apply_mode()
                return
            ctx.prompts.info(parent, title, tr(
                "This computer is enrolled with the province server {url}.").format(url=peer.url))

        ctx.ops.run(enrol_op(ctx.store, dialog.url.text().strip(), dialog.code.text().strip(),
                             self.passphrase), done, self.failed(parent, title), parent=parent,
                    progress=tr(CONNECTING))

    # sync now ---------------------------------------------------------------------------
    def sync_now(self, parent: QWidget) -> None:
        """Push and pull over HTTPS in a worker, with progress; one sync at a time."""
        from core.sync import online as sync_http
        from core.sync import service as sync_svc

        ctx, title = self.ctx, tr("Sync now")
        hub = sync_svc.hub_peer(ctx.store)
        if hub is None or not hub.url:
            ctx.prompts.error(parent, title, sync_http.not_enrolled().message(tr))
            return
        if network_offline():
            ctx.prompts.error(parent, title, offline_text())
            return
        if self.gate.owner is not None:
            ctx.prompts.info(parent, title, tr("A sync is already running; wait for it to end."))
            return
        self.with_keys(parent, lambda: self._sync_now(parent, title))

    def _sync_now(self, parent: QWidget, title: str) -> None:
        from core.sync import online as sync_http

        ctx = self.ctx
        if not self.gate.acquire():
            ctx.prompts.info(parent, title, tr("A sync is already running; wait for it to end."))
            return
        store, passphrase = ctx.store, self.passphrase

        def work(progress):
            return sync_http.run_sync(store, passphrase, cancelled=lambda: progress.cancelled)

        def done(result) -> None:  # every screen of a table the sync changed refreshes (the op)
            self.gate.release()
            ctx.prompts.info(parent, title, sync_http.finished_text(result, tr))

        def failed(err) -> None:
            self.gate.release()
            self.failed(parent, title)(err)

        ctx.ops.run(work, done, failed, parent=parent, progress=tr("Syncing with the province "
                                                                    "server…"),
                    on_cancel=self.gate.release, lane=SYNC)
