"""Đồng bộ page: "Kết nối máy chủ tỉnh…" (enrol with a one-time code) and "Đồng bộ ngay" (push
and pull over HTTPS in a worker, with progress)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from core import enrolment as hub_svc
from core.sync import service as sync_svc
from core.sync import settings as sync_settings
from desktop.i18n import tr
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.forms import button_box, error_label, mark_error


class HubConnectDialog(QDialog):
    """The server address and the one-time code the province gave for this computer."""

    def __init__(self, url: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Connect to the province server"))
        intro = QLabel(tr("Type the address of the province server and the enrolment code the "
                          "province gave for this computer. The code works once."))
        intro.setWordWrap(True)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("https://")
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        form = QFormLayout()
        form.addRow(tr("Server address"), self.url)
        form.addRow(tr("Enrolment code"), self.code)
        self.error = error_label()
        buttons = button_box(tr("Connect"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def check(self) -> None:
        empty = [w for w in (self.url, self.code) if not w.text().strip()]
        for widget in (self.url, self.code):
            mark_error(widget, widget in empty)
        if empty:
            self.error.setText(tr("Type the server address and the enrolment code."))
            self.error.show()
            return
        self.accept()


def add_hub_buttons(page, header: QHBoxLayout) -> None:
    """Two buttons at the right of the Đồng bộ page's header."""
    page.connect_button = QPushButton(tr("Connect to the province server…"))
    page.sync_now_button = QPushButton(tr("Sync now"))
    page.sync_now_button.setToolTip(tr("Send this computer's changes to the province server and "
                                       "receive the other computers' changes (Internet)"))
    page.connect_button.clicked.connect(lambda: connect_hub(page))
    page.sync_now_button.clicked.connect(lambda: sync_now(page))
    header.addWidget(page.connect_button)
    header.addWidget(page.sync_now_button)


def connect_hub(page, dialog: HubConnectDialog | None = None) -> None:
    ctx = page.ctx
    hub = sync_svc.hub_peer(ctx.store)
    dialog = dialog or HubConnectDialog(hub.url if hub else "", page)
    if dialog.exec() != QDialog.DialogCode.Accepted or not page._ready_keys():
        return
    store, passphrase = ctx.store, page._passphrase
    url, code = dialog.url.text().strip(), dialog.code.text().strip()

    def done(peer) -> None:
        ctx.signals.data_changed.emit("sync_log")
        from core.province.client import is_province_mode

        if is_province_mode(ctx.store):
            ctx.prompts.info(page, tr("Connect to the province server"), tr(
                "This computer is enrolled with the province server {url} to view the whole "
                "province. It now shows the Whole province section.").format(url=peer.url))
            window = page.window()
            if hasattr(window, "apply_mode"):
                window.apply_mode()
            return
        ctx.prompts.info(page, tr("Connect to the province server"),
                         tr("This computer is enrolled with the province server {url}.").format(
                             url=peer.url))

    start_enrol(ctx.runner, page, store, url, code, passphrase, done,
                page._failed(tr("Connect to the province server")))


def start_enrol(runner, parent, store, url: str, code: str, passphrase: str | None, done,
                failed) -> None:
    """Enrol with the hub in a worker (the network may take seconds), with a progress dialog."""
    run_with_progress(runner, parent, tr("Connecting to the province server…"),
                      lambda _p: hub_svc.enrol_with_hub(store, url, code, passphrase=passphrase,
                                                        **sync_settings.client_options(store)),
                      done, failed)


def sync_now(page) -> None:
    from core.sync import online as sync_http
    from desktop.ui.sync import auto

    ctx = page.ctx
    hub = sync_svc.hub_peer(ctx.store)
    if hub is None or not hub.url:
        ctx.prompts.error(page, tr("Sync now"), sync_http.not_enrolled().message(tr))
        return
    if auto.network_offline():
        ctx.prompts.error(page, tr("Sync now"), auto.offline_text())
        return
    if not auto.gate(ctx).acquire():
        ctx.prompts.info(page, tr("Sync now"), tr("A sync is already running; wait for it to end."))
        return
    if not page._ready_keys():
        auto.gate(ctx).release()
        return
    store, passphrase = ctx.store, page._passphrase

    def work(progress):
        return sync_http.run_sync(store, passphrase, cancelled=lambda: progress.cancelled)

    def done(result) -> None:
        auto.gate(ctx).release()
        ctx.signals.data_changed.emit("sync_log")
        ctx.signals.data_changed.emit("officer")
        got = result["received"]
        ctx.prompts.info(page, tr("Sync now"), tr(
            "Sync finished: {sent} changes sent; {applied} received, {skipped} already here, "
            "{conflicts} conflicts.").format(sent=result["sent"], applied=got["applied"],
                                              skipped=got["skipped"], conflicts=got["conflicts"]))

    def failed(err) -> None:
        auto.gate(ctx).release()
        page._failed(tr("Sync now"))(err)

    def cancelled() -> None:
        auto.gate(ctx).release()
        ctx.signals.data_changed.emit("sync_log")

    run_with_progress(ctx.runner, page, tr("Syncing with the province server…"), work, done,
                      failed, on_cancel=cancelled)
