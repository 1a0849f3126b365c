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
from core.ops import Kind
from desktop.i18n import N_, tr
from desktop.ui.admin.dialogs import AccountDialog
from desktop.ui.context import AppContext
from desktop.ui.widgets.dialogs import open_dialog
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
        self.last_dialog = None
        ctx.ops.subscribe(self, {Kind.ACCOUNTS, Kind.SETTINGS}, self.refresh)
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

    def _write(self, fn, on_done=None) -> None:
        self.ctx.ops.write(fn, on_done, parent=self, title=tr("Accounts"))

    def add(self) -> None:
        self.last_dialog = open_dialog(AccountDialog(self.ctx, self),
                                       lambda: self._show_temporary(*self.last_dialog.created))

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
        account_id, username = row.id, row.username
        self._write(lambda s: svc.reset_password(s, account_id),
                    lambda password: self._show_temporary(username, password))

    def toggle_lock(self) -> None:
        row = self.selected()
        if row is None:
            return
        lock, account_id = row.status() not in ("disabled", "locked"), row.id
        me = self.ctx.user.username
        self._write(lambda s: svc.set_disabled(s, account_id, lock, me))

    def change_role(self) -> None:
        row = self.selected()
        if row is not None:
            role, account_id = self.role_choice.currentData(), row.id
            self._write(lambda s: svc.set_role(s, account_id, role))

    def save_idle(self) -> None:
        minutes = self.idle.value()
        self._write(lambda s: svc.set_idle_minutes(s, minutes))


