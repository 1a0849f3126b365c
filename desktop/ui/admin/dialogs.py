"""Dialogs of the administration tabs: change password, a new account, a backup password."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from core.accounts.auth import change_password
from core.accounts.permissions import ROLE_LABELS
from db.errors import UserError
from db.models import ROLES
from desktop.i18n import tr
from desktop.ui.widgets.forms import button_box, error_label, show_field_error


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _layout(dialog: QDialog, intro: str, form: QFormLayout, error, buttons) -> None:
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(18, 16, 18, 14)
    layout.setSpacing(12)
    if intro:
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)


class ChangePasswordDialog(QDialog):
    """A user's own password; ``forced`` after a temporary password (no way around it)."""

    def __init__(self, store, username: str, old_password: str = "", forced: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.store, self.username = store, username
        self.setWindowTitle(tr("Change password"))
        self.setMinimumWidth(440)
        self.old = _password_field()
        self.old.setText(old_password)
        self.new = _password_field()
        self.repeat = _password_field()
        self.error = error_label()
        form = QFormLayout()
        if not forced:
            form.addRow(tr("Current password"), self.old)
        form.addRow(tr("New password"), self.new)
        form.addRow(tr("New password again"), self.repeat)
        intro = tr("Your password is temporary. Choose your own password (at least 8 characters) "
                   "before you continue.") if forced else ""
        buttons = button_box(tr("Change password"), tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        _layout(self, intro, form, self.error, buttons)
        (self.new if forced else self.old).setFocus()

    def save(self) -> None:
        fields = {"password": self.old, "new_password": self.new, "repeat": self.repeat}
        if self.new.text() != self.repeat.text():
            err = UserError(tr("The two new passwords differ."))
            err.field = "repeat"
            show_field_error(fields, self.error, err)
            return
        try:
            change_password(self.store, self.username, self.old.text(), self.new.text())
        except UserError as err:
            if getattr(err, "field", None) == "password" and "at least" in err.template:
                err.field = "new_password"
            show_field_error(fields, self.error, err)
            return
        self.accept()


class AccountDialog(QDialog):
    """A new account: user name, full name, role (the password is a temporary one)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New account"))
        self.setMinimumWidth(440)
        self.username = QLineEdit()
        self.username.setPlaceholderText(tr("e.g. hoa.nt"))
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(tr(ROLE_LABELS[role]), role)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Full name"), self.full_name)
        form.addRow(tr("Role"), self.role)
        buttons = button_box(tr("Create"), tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        _layout(self, tr("The account gets a temporary password, shown once; the person chooses "
                         "their own password at the first sign-in."), form, self.error, buttons)

    def fields(self) -> dict:
        return {"username": self.username, "full_name": self.full_name, "role": self.role}


class BackupPasswordDialog(QDialog):
    """The password of an encrypted backup; ``confirm`` asks for it twice (a new backup)."""

    def __init__(self, confirm: bool, parent=None) -> None:
        super().__init__(parent)
        self.confirm = confirm
        self.setWindowTitle(tr("Backup password"))
        self.setMinimumWidth(440)
        self.password = _password_field()
        self.repeat = _password_field()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("Password"), self.password)
        if confirm:
            form.addRow(tr("Password again"), self.repeat)
        intro = tr("Without this password nobody can read the backup — not even the help desk. "
                   "Keep it apart from the USB stick.") if confirm else ""
        buttons = button_box(tr("OK"), tr("Cancel"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        _layout(self, intro, form, self.error, buttons)

    def check(self) -> None:
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
