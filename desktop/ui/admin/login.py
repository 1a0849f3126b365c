"""Sign in to Xã Số on this computer."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from core.accounts.auth import CurrentUser, LockedOut, login
from core.store import Store
from desktop.i18n import tr, user_message
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.forms import button_box, error_label


class LoginDialog(QDialog):
    """The sign-in; its write (the sign-in time, the failed attempts) runs off the GUI thread on
    ``runner`` — the window's ``ctx.ops`` once it exists, a TaskRunner before (tests: inline)."""

    def __init__(self, store: Store, username: str = "", parent=None, locked: bool = False,
                 runner=None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner or TaskRunner(synchronous=True)
        self.user: CurrentUser | None = None
        self.seconds_left = 0
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        place = store.place()
        self.setWindowTitle(tr("Sign in — Xã Số"))
        self.setMinimumWidth(420)
        heading = QLabel(place.label if place else "")
        heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
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

    def try_login(self) -> None:
        if self.seconds_left > 0:
            return
        store, username, password = self.store, self.username.text(), self.password.text()
        self.sign_in_button.setEnabled(False)
        self.runner.run(lambda _p: login(store, username, password), self._signed_in,
                        self._refused)

    def _refused(self, err: Exception) -> None:
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
