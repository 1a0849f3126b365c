"""Enrolment with the province server: the address and one-time code, and the enrolment itself
in a worker (used by the sync controller, the province view and the first-run wizard)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from core import enrolment as hub_svc
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


def start_enrol(runner, parent, store, url: str, code: str, passphrase: str | None, done,
                failed) -> None:
    """Enrol with the hub in a worker (the network may take seconds), with a progress dialog."""
    run_with_progress(runner, parent, tr("Connecting to the province server…"),
                      lambda _p: hub_svc.enrol_with_hub(store, url, code, passphrase=passphrase,
                                                        **sync_settings.client_options(store)),
                      done, failed)
