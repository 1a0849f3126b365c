"""Sign in to Xã Số on this computer."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from db.errors import UserError
from desktop.i18n import tr, user_message
from desktop.services.accounts import CurrentUser, login
from desktop.services.store import Store
from desktop.ui.widgets.forms import button_box, error_label


class LoginDialog(QDialog):
    def __init__(self, store: Store, username: str = "", parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.user: CurrentUser | None = None
        commune = store.commune()
        self.setWindowTitle(tr("Sign in — Xã Số"))
        self.setMinimumWidth(420)
        heading = QLabel(commune.name + ", " + commune.province_name if commune else "")
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
        buttons = button_box(tr("Sign in"), tr("Exit"))
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
        try:
            self.user = login(self.store, self.username.text(), self.password.text())
        except UserError as err:
            self.error.setText(user_message(err))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
