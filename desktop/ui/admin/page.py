"""Quản trị: tabs Thông tin chung (this installation, integrity check, own password,
diagnostics), Tài khoản, Nhật ký thay đổi, Sao lưu — each shown only to the roles it serves."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.accounts.permissions import can
from core.store import Store
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.forms import path_field


class AdminPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(tr("Administration"))
        heading.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.general = GeneralTab(ctx)
        self.tabs.addTab(self.general, tr("General"))
        role = ctx.user.role
        if can(role, "manage_accounts"):
            from desktop.ui.admin.accounts_tab import AccountsTab

            self.accounts = AccountsTab(ctx)
            self.tabs.addTab(self.accounts, tr("Accounts"))
        if can(role, "view_audit"):
            from desktop.ui.admin.audit_tab import AuditTab

            self.audit = AuditTab(ctx)
            self.tabs.addTab(self.audit, tr("Change history"))
        if can(role, "backup"):
            from desktop.ui.admin.backup_tab import BackupTab

            self.backup = BackupTab(ctx)
            self.tabs.addTab(self.backup, tr("Backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)


class GeneralTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        store = ctx.store
        place = store.place()
        form = QFormLayout()
        form.addRow(tr("Commune"), QLabel(
            f"{place.commune_name} ({place.commune_code})" if place and place.commune_code else
            tr("– (province computer: views the whole province)") if place else "–"))
        form.addRow(tr("Province"), QLabel(
            f"{place.province_name} ({place.province_code})" if place else "–"))
        form.addRow(tr("Installation code"), _selectable(str(store.context.node_id)))
        form.addRow(tr("Data folder"), path_field(str(store.paths.home)))
        form.addRow(tr("Database schema"), QLabel(store.migration.after))
        self.check_button = QPushButton(tr("Check the data file"))
        self.check_button.setToolTip(tr("Checks that the data file is intact (takes a few seconds)"))
        self.check_button.clicked.connect(self.run_check)
        self.open_button = QPushButton(tr("Open the data folder"))
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(store.paths.home))))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.password_button = QPushButton(tr("Change my password…"))
        self.password_button.clicked.connect(self.change_password)
        self.diagnostics_button = QPushButton(tr("Export diagnostics…"))
        self.diagnostics_button.setToolTip(tr("Logs and program versions for the province help desk "
                                              "(never your data or passwords)"))
        self.diagnostics_button.clicked.connect(self.export_diagnostics)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.open_button, self.password_button,
                       self.diagnostics_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        from desktop.ui.admin.evidence_settings import EvidenceSettings

        self.evidence = EvidenceSettings(ctx, form, parent=self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def run_check(self) -> None:
        store: Store = self.ctx.store
        self.check_button.setEnabled(False)
        self.result.setText(tr("Checking…"))
        self.ctx.runner.run(lambda _p: store.integrity_check(), self.show_result, self.show_error)

    def show_result(self, problems: list[str]) -> None:
        self.check_button.setEnabled(True)
        if problems:
            self.result.setText(tr("The data file has problems: {details}. Contact the province help "
                                   "desk before entering more data.").format(details="; ".join(problems[:5])))
        else:
            self.result.setText(tr("The data file is intact."))

    def show_error(self, err: Exception) -> None:
        self.check_button.setEnabled(True)
        self.result.setText(tr("The check could not run: {reason}").format(reason=user_message(err)))

    def change_password(self) -> None:
        from desktop.ui.admin.dialogs import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx.store, self.ctx.user.username, parent=self,
                                      runner=self.ctx.ops)
        self.password_dialog = dialog
        open_dialog(dialog, lambda: self.ctx.prompts.info(
            self, tr("Change password"), tr("Your password has been changed.")))

    def export_diagnostics(self) -> None:
        from desktop.ui.admin.crash import export_diagnostics

        store = self.ctx.store
        export_diagnostics(self.ctx.prompts, self, store.paths, {
            "schema": store.migration.after, "commune": store.context.commune_code,
            "node": str(store.context.node_id), "epoch": store.context.epoch})


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
    return label
