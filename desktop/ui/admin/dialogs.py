"""Dialogs of the administration tabs: change password, a new account, a backup password."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from core.accounts import admin as svc
from core.accounts.auth import change_password
from core.accounts.permissions import ROLE_LABELS
from db.errors import UserError
from db.models import ROLES
from desktop.i18n import tr
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.forms import FormDialog


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _AdminForm(FormDialog):
    """A small, airy form with an explanation above it."""

    def __init__(self, title: str, intro: str, parent=None) -> None:
        super().__init__(None, title, parent, 440)
        self.body.setContentsMargins(18, 16, 18, 14)
        self.body.setSpacing(12)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            self.add_above(label)


class ChangePasswordDialog(_AdminForm):
    """A user's own password; ``forced`` after a temporary password (no way around it)."""

    def __init__(self, store, username: str, old_password: str = "", forced: bool = False,
                 parent=None, runner=None) -> None:
        intro = tr("Your password is temporary. Choose your own password (at least 8 characters) "
                   "before you continue.") if forced else ""
        super().__init__(tr("Change password"), intro, parent)
        self.store, self.username = store, username
        self.runner = runner or TaskRunner(synchronous=True)  # ctx.ops, or a TaskRunner
        self.old = _password_field()
        self.old.setText(old_password)
        self.new = _password_field()
        self.repeat = _password_field()
        if not forced:
            self.form.addRow(tr("Current password"), self.old)
        self.form.addRow(tr("New password"), self.new)
        self.form.addRow(tr("New password again"), self.repeat)
        self.fields = {"password": self.old, "new_password": self.new, "repeat": self.repeat}
        self.ok_button().setText(tr("Change password"))
        (self.new if forced else self.old).setFocus()

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            err = UserError(tr("The two new passwords differ."))
            err.field = "repeat"
            self.show_error(err)
            return
        store, username, old, new = self.store, self.username, self.old.text(), self.new.text()

        def refused(err: Exception) -> None:
            self.setEnabled(True)
            if getattr(err, "field", None) == "password" and "at least" in err.template:
                err.field = "new_password"
            self.show_error(err)

        def changed(_result) -> None:
            self.setEnabled(True)
            self.accept()

        self.setEnabled(False)
        self.runner.run(lambda _p: change_password(store, username, old, new), changed, refused)


class AccountDialog(_AdminForm):
    """A new account: user name, full name, role (the password is a temporary one); the
    accounts tab writes it and shows a refusal here."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(tr("New account"), tr(
            "The account gets a temporary password, shown once; the person chooses their own "
            "password at the first sign-in."), parent)
        self.ctx = ctx
        self.created: tuple[str, str] | None = None  # user name and temporary password
        self.username = self.add("username", tr("User name"), QLineEdit())
        self.username.setPlaceholderText(tr("e.g. hoa.nt"))
        self.full_name = self.add("full_name", tr("Full name"), QLineEdit())
        self.role = self.add("role", tr("Role"), QComboBox())
        for role in ROLES:
            self.role.addItem(tr(ROLE_LABELS[role]), role)
        self.ok_button().setText(tr("Create"))

    def save(self) -> None:
        username, full_name, role = (self.username.text(), self.full_name.text(),
                                     self.role.currentData())

        def write(s) -> tuple[str, str]:
            account, password = svc.add_account(s, username, full_name, role)
            return account.username, password

        def created(result: tuple[str, str]) -> None:
            self.setEnabled(True)
            self.created = result
            self.accept()

        def refused(err: Exception) -> None:
            self.setEnabled(True)
            self.show_error(err)

        self.setEnabled(False)
        self.ctx.ops.write(write, created, refused, parent=self)


class BackupPasswordDialog(_AdminForm):
    """The password of an encrypted backup; ``confirm`` asks for it twice (a new backup)."""

    def __init__(self, confirm: bool, parent=None) -> None:
        super().__init__(tr("Backup password"), tr(
            "Without this password nobody can read the backup — not even the help desk. Keep it "
            "apart from the USB stick.") if confirm else "", parent)
        self.confirm = confirm
        self.password = _password_field()
        self.repeat = _password_field()
        self.form.addRow(tr("Password"), self.password)
        if confirm:
            self.form.addRow(tr("Password again"), self.repeat)
        self.ok_button().setText(tr("OK"))

    def save(self) -> None:
        if self.confirm and len(self.password.text()) < 8:
            self.error.setText(tr("The password must have at least 8 characters."))
        elif self.confirm and self.password.text() != self.repeat.text():
            self.error.setText(tr("The two passwords differ."))
        elif not self.password.text():
            self.error.setText(tr("Enter the password."))
        else:
            self.accept()
            return
        self.error.show()
