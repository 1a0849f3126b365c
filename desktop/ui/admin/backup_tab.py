"""Sao lưu: back up now, the generations, verify, restore with a preview, encrypted to USB,
the daily automatic backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.accounts.permissions import can
from core.backup import files as bk
from core.backup import restore as br
from core.ops import Kind
from core.text import format_size
from desktop.i18n import N_, tr, user_message
from desktop.ui.admin.dialogs import BackupPasswordDialog
from desktop.ui.context import AppContext
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import small_table

HEADERS = (N_("Made on"), N_("Kind"), N_("Size"), N_("Encrypted"))
KINDS = {"backup": N_("By hand"), "daily": N_("Daily, automatic")}


class BackupTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.files: list[bk.BackupFile] = []
        self.table = small_table(HEADERS)
        self.backup_button = QPushButton(tr("Back up now"))
        self.usb_button = QPushButton(tr("Encrypted backup to USB…"))
        self.verify_button = QPushButton(tr("Verify"))
        self.restore_button = QPushButton(tr("Restore…"))
        self.open_button = QPushButton(tr("Verify or restore a file…"))
        self.backup_button.clicked.connect(lambda: self.make_backup(None, None))
        self.usb_button.clicked.connect(self.backup_to_usb)
        self.verify_button.clicked.connect(lambda: self.verify(self.selected_path()))
        self.restore_button.clicked.connect(lambda: self.restore(self.selected_path()))
        self.open_button.clicked.connect(self.open_file)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.usb_button, self.verify_button, self.restore_button,
                  self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        intro = QLabel(tr("Backups in the data folder (newest first). A backup is a "
                          "consistent copy made while the app runs."))
        intro.setWordWrap(True)
        self.empty = QLabel(tr("No backup yet. Press “Back up now” to make a copy of all the data in "
                               "the data folder; to keep a copy away from this computer, use "
                               "“Encrypted backup to USB…”. Tick the daily backup below so that a "
                               "copy is made every day by itself."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addLayout(self._daily_row())
        self.restore_button.setVisible(can(ctx.user.role, "restore"))
        self.open_button.setVisible(can(ctx.user.role, "restore"))
        ctx.ops.subscribe(self, {Kind.BACKUP}, self.refresh)
        self.refresh()

    def _daily_row(self) -> QVBoxLayout:
        with self.ctx.store.session() as s:
            conf = br.daily_settings(s)
        self.daily = QCheckBox(tr("Back up automatically every day, keeping"))
        self.daily.setToolTip(tr("A copy of the data is made once a day while the app is open"))
        self.daily.setChecked(conf.enabled)
        self.keep = QSpinBox()
        self.keep.setToolTip(tr("How many daily copies are kept; older ones are deleted"))
        self.keep.setRange(1, 100)
        self.keep.setValue(conf.keep)
        self.keep.setSuffix(tr(" backups"))
        self.extra = QLineEdit(conf.extra_folder)
        self.extra.setToolTip(tr("A second folder, for example on another drive, that also receives each "
                                 "daily copy (not encrypted)"))
        self.extra.setPlaceholderText(tr("also to this folder (another drive), optional"))
        self.daily_save = QPushButton(tr("Save"))
        self.daily_save.clicked.connect(self.save_daily)
        row = QVBoxLayout()  # two lines: one is too wide for 1366×768 at 150 %
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.daily)
        first.addWidget(self.keep)
        first.addStretch(1)
        second.addWidget(self.extra, 1)
        second.addWidget(self.daily_save)
        row.addLayout(first)
        row.addLayout(second)
        admin = can(self.ctx.user.role, "change_settings")
        for w in (self.daily, self.keep, self.extra, self.daily_save):
            w.setEnabled(admin)
        return row

    def refresh(self) -> None:
        self.files = bk.list_backups(self.ctx.store.paths.backups)
        self.table.setRowCount(len(self.files))
        for i, f in enumerate(self.files):
            values = (f.made_at.strftime("%d/%m/%Y %H:%M"), tr(KINDS[f.kind]),
                      format_size(f.size),
                      tr("Yes") if f.encrypted else "")
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.empty.setVisible(not self.files)
        self._update_buttons()

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()].path if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_path() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def _fail(self, err: Exception) -> None:
        self.ctx.prompts.error(self, tr("Backup"), user_message(err))

    # actions ------------------------------------------------------------------------------
    def make_backup(self, folder: Path | None, password: str | None) -> None:
        store, role = self.ctx.store, self.ctx.user.role

        def work(progress):
            return br.backup_now(store, folder, password, role=role,
                                 progress=lambda done, total: progress.report(done, total))

        def done(made: bk.BackupFile) -> None:  # Tổng quan's "last backup" follows the op
            self.result.setText(tr("Backup saved: {file} ({size}).").format(
                file=str(made.path), size=format_size(made.size)))

        self.ctx.ops.run(work, done, self._fail, parent=self, progress=tr("Backing up…"))

    def backup_to_usb(self) -> None:
        folder = self.ctx.prompts.open_folder(self, tr("Choose the USB stick or folder"))
        if folder is not None:
            self.ask_password(True, lambda password: self.make_backup(folder, password))

    def ask_password(self, confirm: bool, then: Callable[[str], None]) -> None:
        """The backup's password in a dialog that does not block; ``then(password)`` on OK."""
        dialog = BackupPasswordDialog(confirm, self)
        self.password_dialog = dialog  # tests fill it in
        open_dialog(dialog, lambda: dialog.password.text() and then(dialog.password.text()))

    def _with_password(self, path: Path, then: Callable[[str | None], None]) -> None:
        if path.suffix != bk.SECRET_SUFFIX:
            then(None)
        else:
            self.ask_password(False, then)

    def verify(self, path: Path | None) -> None:
        if path is None:
            return
        self._with_password(path, lambda password: self.ctx.runner.run(
            lambda _p: br.verify_backup(path, password or None),
            lambda report: self.show_report(report), self._fail))

    def show_report(self, report: br.BackupReport) -> None:
        text = describe(report)
        if report.ok:
            self.result.setText(tr("{file} is intact.").format(file=report.file) + " " + text)
        else:
            self.result.setText(tr("{file} is damaged and cannot be restored.").format(file=report.file))

    def open_file(self) -> None:
        path = self.ctx.prompts.open_file(self, tr("Choose a backup"),
                                          tr("Xã Số backups (*.sqlite *.xasobak)"))
        if path is not None:
            self.restore(path)

    def restore(self, path: Path | None) -> None:
        if path is not None:
            self._with_password(path, lambda password: self._restore_checked(path, password))

    def _restore_checked(self, path: Path, password: str | None) -> None:
        self.ctx.runner.run(lambda _p: br.verify_backup(path, password or None),
                            lambda report: self._confirm_restore(path, password, report),
                            self._fail)

    def _confirm_restore(self, path: Path, password: str | None,
                         report: br.BackupReport) -> None:
        if not report.ok:
            self.show_report(report)
            return
        question = tr("Restore {file}?\n{contents}\n\nEverything entered after this backup is "
                      "replaced; the current data is kept in the backups folder. Xã Số closes "
                      "afterwards; open it again.").format(file=report.file, contents=describe(report))
        if not self.ctx.prompts.confirm(self, tr("Restore a backup"), question, tr("Restore")):
            return
        store, role, gate = self.ctx.store, self.ctx.user.role, self.ctx.sync.gate
        # a sync runs on its own lane beside the writer: none may apply while the file is
        # replaced, nor start until Xã Số closes after the restore
        if not gate.acquire("restore"):
            self.ctx.prompts.info(self, tr("Restore a backup"),
                                  tr("A sync is already running; wait for it to end."))
            return

        def restored(_result) -> None:
            self.ctx.prompts.info(self, tr("Restore a backup"), tr("Restored. Open Xã Số again."))
            self.restored = True
            if self.window() is not self:
                self.window().close()
            gate.release("restore")

        def failed(err: Exception) -> None:
            gate.release("restore")
            self._fail(err)

        self.ctx.ops.run(lambda _p: br.restore(store, path, password or None, role=role),
                         restored, failed, parent=self, progress=tr("Restoring…"))

    def save_daily(self) -> None:
        conf = br.DailySettings(self.daily.isChecked(), self.keep.value(), self.extra.text().strip())
        self.ctx.ops.write(lambda s: br.save_daily_settings(s, conf),
                           lambda _r: self.result.setText(tr("Saved.")), self._fail, parent=self)


def describe(report: br.BackupReport) -> str:
    counts = report.counts
    text = tr("It holds {officers} officers, {certs} certificates, {courses} courses, {accounts} "
              "accounts and {changes} changes.").format(
        officers=counts.get("officer", 0), certs=counts.get("certificate", 0),
        courses=counts.get("course", 0), accounts=counts.get("account", 0),
        changes=counts.get("change_log", 0))
    if report.last_change_at:
        text += " " + tr("Last change: {at}").format(
            at=report.last_change_at.astimezone().strftime("%d/%m/%Y %H:%M"))
    return text
