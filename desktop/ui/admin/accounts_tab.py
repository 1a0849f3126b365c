"""Tài khoản: the accounts of this PC — add, reset password, lock/unlock, role, idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.accounts import admin as svc
from core.accounts.permissions import ROLE_LABELS
from db.errors import UserError
from desktop.i18n import N_, tr, user_message
from desktop.ui.admin.dialogs import AccountDialog
from desktop.ui.context import AppContext
from desktop.ui.widgets.tables import small_table

HEADERS = (N_("User name"), N_("Full name"), N_("Role"), N_("Status"), N_("Last sign-in"))


class AccountsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[svc.AccountRow] = []
        self.table = small_table(HEADERS, stretch=1)
        self.add_button = QPushButton(tr("Add account…"))
        self.reset_button = QPushButton(tr("Reset password"))
        self.lock_button = QPushButton(tr("Lock"))
        self.role_choice = QComboBox()
        self.role_choice.setToolTip(tr("The role of the selected account: staff enter data, supervisors "
                                       "also issue reports and resolve conflicts, administrators also "
                                       "manage accounts and settings"))
        for role, label in ROLE_LABELS.items():
            self.role_choice.addItem(tr(label), role)
        self.role_button = QPushButton(tr("Set role"))
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset_password)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.role_button.clicked.connect(self.change_role)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.lock_button, self.role_choice,
                       self.role_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.idle = QSpinBox()
        self.idle.setToolTip(tr("After this many minutes without use the screen locks and asks for the "
                                "password again"))
        self.idle.setRange(0, 240)
        self.idle.setSuffix(tr(" minutes"))
        self.idle.setSpecialValueText(tr("never"))
        self.idle_save = QPushButton(tr("Save"))
        self.idle_save.clicked.connect(self.save_idle)
        idle_row = QHBoxLayout()
        idle_row.addWidget(QLabel(tr("Lock the screen after this long without use:")))
        idle_row.addWidget(self.idle)
        idle_row.addWidget(self.idle_save)
        idle_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(idle_row)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            self.rows = svc.list_accounts(s)
            self.idle.setValue(svc.idle_minutes(s))
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            last = row.last_login_at.astimezone().strftime("%d/%m/%Y %H:%M") if row.last_login_at else "–"
            values = (row.username, row.full_name, tr(ROLE_LABELS.get(row.role, row.role)),
                      tr(svc.STATUS_LABELS[row.status()]), last)
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j == 3 and row.status() in ("disabled", "locked"):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, j, item)
        self._update_buttons()

    def selected(self) -> svc.AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.reset_button, self.lock_button, self.role_button, self.role_choice):
            button.setEnabled(row is not None)
        if row is not None:
            self.role_choice.setCurrentIndex(max(0, self.role_choice.findData(row.role)))
        self.lock_button.setText(tr("Unlock") if row and row.status() in ("disabled", "locked")
                                 else tr("Lock"))

    def _write(self, fn) -> object | None:
        try:
            with self.ctx.write() as s:
                result = fn(s)
        except UserError as err:
            self.ctx.prompts.error(self, tr("Accounts"), user_message(err))
            return None
        self.ctx.signals.data_changed.emit("account")
        self.refresh()
        return result if result is not None else True

    def add(self) -> None:
        dialog = AccountDialog(self)
        while dialog.exec():
            try:
                with self.ctx.write() as s:
                    account, password = svc.add_account(
                        s, dialog.username.text(), dialog.full_name.text(), dialog.role.currentData())
                    username = account.username
            except UserError as err:
                dialog.show_error(err)
                continue
            self.ctx.signals.data_changed.emit("account")
            self.refresh()
            self._show_temporary(username, password)
            return

    def _show_temporary(self, username: str, password: str) -> None:
        self.ctx.prompts.info(self, tr("Temporary password"), tr(
            "Temporary password of {user}: {password}\nGive it to the person; it is shown only this "
            "once. They choose their own password at the first sign-in.").format(
            user=username, password=password))

    def reset_password(self) -> None:
        row = self.selected()
        if row is None or not self.ctx.prompts.confirm(
                self, tr("Reset password"), tr("Give {user} a new temporary password? The current "
                                               "password stops working.").format(user=row.username),
                tr("Reset password")):
            return
        password = self._write(lambda s: svc.reset_password(s, row.id))
        if isinstance(password, str):
            self._show_temporary(row.username, password)

    def toggle_lock(self) -> None:
        row = self.selected()
        if row is None:
            return
        lock = row.status() not in ("disabled", "locked")
        self._write(lambda s: svc.set_disabled(s, row.id, lock, self.ctx.user.username))

    def change_role(self) -> None:
        row = self.selected()
        if row is not None:
            role = self.role_choice.currentData()
            self._write(lambda s: svc.set_role(s, row.id, role))

    def save_idle(self) -> None:
        if self._write(lambda s: svc.set_idle_minutes(s, self.idle.value())):
            self.ctx.signals.data_changed.emit("setting")


