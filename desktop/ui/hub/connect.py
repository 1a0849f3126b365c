"""Enrolment with the province server: the address and one-time code, and the enrolment itself
in a worker (used by the sync controller, the province view and the first-run wizard)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from core import enrolment as hub_svc
from core.sync import settings as sync_settings
from desktop.i18n import N_, tr
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.forms import FormDialog, mark_error


class HubConnectDialog(FormDialog):
    """The server address and the one-time code the province gave for this computer."""

    def __init__(self, url: str = "", parent=None) -> None:
        super().__init__(None, tr("Connect to the province server"), parent, 460)
        intro = QLabel(tr("Type the address of the province server and the enrolment code the "
                          "province gave for this computer. The code works once."))
        intro.setWordWrap(True)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("https://")
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.form.addRow(tr("Server address"), self.url)
        self.form.addRow(tr("Enrolment code"), self.code)
        self.add_above(intro)
        self.ok_button().setText(tr("Connect"))

    def check(self) -> None:
        empty = [w for w in (self.url, self.code) if not w.text().strip()]
        for widget in (self.url, self.code):
            mark_error(widget, widget in empty)
        if empty:
            self.error.setText(tr("Type the server address and the enrolment code."))
            self.error.show()
            return
        self.accept()

    save = check  # the Connect button: nothing is written before the enrolment


def enrol_op(store, url: str, code: str, passphrase: str | None):
    """The enrolment as an op (the network may take seconds; it writes the hub's peer row)."""
    return lambda _p: hub_svc.enrol_with_hub(store, url, code, passphrase=passphrase,
                                             **sync_settings.client_options(store))


CONNECTING = N_("Connecting to the province server…")


def start_enrol(runner, parent, store, url: str, code: str, passphrase: str | None, done,
                failed) -> None:
    """Enrol in a worker with a progress dialog: the first-run wizard, before any window (the
    open window goes through ``ctx.ops.run(enrol_op(…))``, its one writer)."""
    run_with_progress(runner, parent, tr(CONNECTING), enrol_op(store, url, code, passphrase),
                      done, failed)
