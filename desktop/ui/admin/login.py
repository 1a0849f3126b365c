"""Sign in to Xã Số on this computer.

At start the dialog comes before the data folder is open (``store`` None; the app opens it in a
worker, see desktop/app.py): the clerk types meanwhile, and a sign-in asked for before the data
is ready happens as soon as :meth:`set_store` hands it over. Nothing here imports SQLAlchemy
before that (the accounts code is imported when used)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.i18n import tr, user_message
from desktop.ui.widgets.forms import button_box, error_label

if TYPE_CHECKING:
    from core.accounts.auth import CurrentUser
    from core.store import Store


class LoginDialog(QDialog):
    """The sign-in; its write (the sign-in time, the failed attempts) runs off the GUI thread on
    ``runner`` — the window's ``ctx.ops`` once it exists, a TaskRunner before (tests: inline)."""

    def __init__(self, store: Store | None, username: str = "", parent=None,
                 locked: bool = False, runner=None) -> None:
        super().__init__(parent)
        self.store = store
        if runner is None:
            from desktop.ui.tasks import TaskRunner

            runner = TaskRunner(synchronous=True)
        self.runner = runner
        self.waiting = False  # "Sign in" pressed before the data folder was open
        self.user: CurrentUser | None = None
        self.seconds_left = 0
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        place = store.place() if store is not None else None
        self.setWindowTitle(tr("Sign in — Xã Số"))
        self.setMinimumWidth(420)
        self.heading = heading = QLabel(place.label if place else "")
        heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        heading.setWordWrap(True)
        if store is None:  # the commune's name comes with the data
            heading.setText(tr("Opening the data…"))
            heading.setStyleSheet("font-size: 12pt; color: #555;")
        self.username = QLineEdit(username)
        self.username.setToolTip(tr("Your user name in Xã Số"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(tr("Your password; Enter signs in"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Password"), self.password)
        if locked:  # the idle lock: only this user may continue
            self.username.setReadOnly(True)
            heading.setText(heading.text() + "\n" + tr("Locked after a while without use. Sign in again."))
        buttons = button_box(tr("Sign in"), tr("Exit"))
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def set_store(self, store: Store) -> None:
        """The data folder is open: name the commune, and sign in if that was asked for."""
        self.store = store
        place = store.place()
        self.heading.setText(place.label if place else "")
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        if self.waiting:
            self.waiting = False
            self.try_login()

    def try_login(self) -> None:
        if self.seconds_left > 0:
            return
        if self.store is None:  # not an error: said where the commune's name will be
            self.waiting = True
            self.heading.setText(tr("Opening the data… you are signed in as soon as it is open."))
            self.heading.setStyleSheet("color: #555;")
            self.layout().activate()
            self.adjustSize()  # room for the longer line
            return
        from core.accounts.auth import login

        store, username, password = self.store, self.username.text(), self.password.text()
        self.sign_in_button.setEnabled(False)
        self.runner.run(lambda _p: login(store, username, password), self._signed_in,
                        self._refused)

    def _refused(self, err: Exception) -> None:
        from core.accounts.auth import LockedOut

        if isinstance(err, LockedOut):
            self.seconds_left = err.seconds
            self.countdown.start()
            self._tick(step=0)
            return
        self.sign_in_button.setEnabled(True)
        self.error.setText(user_message(err))
        self.error.show()
        self.password.selectAll()
        self.password.setFocus()

    def _signed_in(self, user: CurrentUser) -> None:
        self.sign_in_button.setEnabled(True)
        if user.must_change_password:
            self._change_temporary_password(user)
            return
        self.user = user
        self.accept()

    def _change_temporary_password(self, user: CurrentUser) -> None:
        from desktop.ui.admin.dialogs import ChangePasswordDialog
        from desktop.ui.widgets.dialogs import open_dialog

        dialog = ChangePasswordDialog(self.store, user.username, self.password.text(), forced=True,
                                      parent=self, runner=self.runner)
        self.password_dialog = dialog  # tests reach it here

        def changed() -> None:
            self.user = user
            self.accept()

        def not_changed() -> None:
            self.error.setText(tr("Choose your own password to continue."))
            self.error.show()

        open_dialog(dialog, changed, not_changed)

    def _tick(self, step: int = 1) -> None:
        """The lockout countdown, second by second; the button comes back at zero."""
        self.seconds_left = max(0, self.seconds_left - step)
        if self.seconds_left == 0:
            self.countdown.stop()
            self.sign_in_button.setEnabled(True)
            self.error.setText(tr("You may try again now."))
        else:
            minutes, seconds = divmod(self.seconds_left, 60)
            self.error.setText(tr("Too many wrong passwords: this account is locked. Try again in "
                                  "{time}.").format(time=f"{minutes}:{seconds:02d}"))
        self.error.show()
