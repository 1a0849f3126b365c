"""Đồng bộ: where the data stands, USB export/import, history, conflicts and waiting rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.ops import Kind
from core.sync import service as sync_svc
from core.sync.split import order_bundles
from core.text import counts, format_number
from db.errors import UserError
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.ops import SYNC
from desktop.ui.sync import models
from desktop.ui.sync.auto_row import AutoRow
from desktop.ui.sync.conflicts import ConflictsTab
from desktop.ui.sync.drives import DriveDialog
from desktop.ui.sync.refused import RefusedTab
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import list_table

SYNC_KINDS = {Kind.SYNC, Kind.OFFICERS, Kind.SETTINGS, Kind.AUDIT}  # AUDIT: pending changes
ERROR_STYLE = "color: #c62828; font-weight: bold;"


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._queue: list[Path] = []  # files chosen together, imported one after the other
        title = QLabel(tr("Sync"))
        title.setObjectName("pageTitle")
        self.export_button = QPushButton(tr("Export to USB…"))
        self.export_button.setToolTip(tr("Write everything the province has not confirmed yet "
                                         "to a file on a USB stick"))
        self.import_button = QPushButton(tr("Import from USB…"))
        self.import_button.setToolTip(tr("Read the return file from the province (.xaso): "
                                         "checked first, then applied"))
        self.export_button.clicked.connect(self.export_usb)
        self.import_button.clicked.connect(self.import_usb)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.export_button)
        header.addWidget(self.import_button)
        self.connect_button = QPushButton(tr("Connect to the province server…"))
        self.sync_now_button = QPushButton(tr("Sync now"))
        self.sync_now_button.setToolTip(tr("Send this computer's changes to the province server and "
                                           "receive the other computers' changes (Internet)"))
        self.connect_button.clicked.connect(lambda: ctx.sync.connect_hub(self))
        self.sync_now_button.clicked.connect(lambda: ctx.sync.sync_now(self))
        header.addWidget(self.connect_button)
        header.addWidget(self.sync_now_button)
        self.state = self._state_box()
        self.history = models.log_model(ctx)
        self.refused = RefusedTab(ctx)
        self.quarantine = self.refused.model
        self.conflicts = ConflictsTab(ctx)
        self.tabs = QTabWidget()
        self.history_table = list_table(self.history, (120, 75, 45, 310, 85, 65, 85, 55, 65),
                                        sort_column=None, drop_when_narrow=(2, 7))
        self.history_message = QLabel()
        self.history_message.setWordWrap(True)
        self.history_table.selectionModel().currentRowChanged.connect(self.show_history_message)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_table, 1)
        history_layout.addWidget(self.history_message)
        self.tabs.addTab(history, tr("History"))
        self.tabs.addTab(self.conflicts, tr("Conflicts"))
        self.tabs.addTab(self.refused, tr("Waiting or refused"))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.state)
        layout.addWidget(self.tabs, 1)
        ctx.ops.subscribe(self, SYNC_KINDS, self.refresh)
        self.refresh()

    def _state_box(self) -> QGroupBox:
        box = QGroupBox(tr("State"))
        self.server = QLabel()
        self.last = QLabel()
        self.pending = QLabel()
        self.open_items = QLabel()
        self.error = QLabel()
        for label in (self.server, self.last, self.pending, self.open_items):
            label.setWordWrap(True)  # two long lines side by side must not widen the page at 150 %
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.auto_row = AutoRow(self.ctx, self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(32)
        grid.addWidget(self.server, 0, 0)
        grid.addWidget(self.last, 0, 1)
        grid.addWidget(self.pending, 1, 0)
        grid.addWidget(self.open_items, 1, 1)
        grid.addWidget(self.error, 2, 0, 1, 2)
        grid.addLayout(self.auto_row.layout, 3, 0, 1, 2)
        grid.addWidget(self.auto_row.warning, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def refresh(self) -> None:
        st = sync_svc.status(self.ctx.store)
        hub = sync_svc.hub_peer(self.ctx.store)
        self.server.setText(tr("Province server: {name} (sync by USB file)").format(name=hub.name)
                            if hub else tr("Province server: not enrolled yet"))
        self.last.setText(tr("Last successful sync: {when}").format(
            when=_when_text(st.last_success)) if st.last_success else tr("Last successful sync: never"))
        self.pending.setText(tr("Changes waiting to be sent: {count}").format(
            count=format_number(st.pending)))
        text = tr("Conflicts to resolve: {conflicts} · waiting for their parent: {waiting}").format(
            conflicts=st.open_conflicts, waiting=st.quarantined)
        if st.refused:
            text += " · " + tr("refused by the province server: {refused} (see the tab Waiting or "
                               "refused)").format(refused=st.refused)
        self.open_items.setText(text)
        if st.last_error is not None:
            self.error.setText(tr("Last problem ({when}): {message}").format(
                when=models.when(st.last_error.started_at),
                message=sync_svc.log_message(st.last_error, tr)))
            self.error.show()
        else:
            self.error.hide()
        self.auto_row.refresh()
        self.history.refresh()
        self.refused.refresh()
        self.conflicts.refresh()

    def show_history_message(self, current, _previous=None) -> None:
        row = self.history.row_object(current.row()) if current.isValid() else None
        error = row.error if row is not None else None
        self.history_message.setText(error.message(tr) if error else "")

    # export -----------------------------------------------------------------------------
    def export_usb(self) -> None:
        try:
            peer = sync_svc.default_peer(self.ctx.store)
        except UserError as err:
            self.ctx.prompts.error(self, tr("Export to USB"), user_message(err))
            return
        dialog = DriveDialog(self.ctx.prompts, self)

        def chosen() -> None:
            if dialog.folder is not None:
                folder = dialog.folder
                self.ctx.sync.with_keys(self, lambda: self.write_to(folder, str(peer.node_id)))

        self.last_dialog = open_dialog(dialog, chosen)

    def write_to(self, folder: Path, peer: str) -> None:
        store, passphrase = self.ctx.store, self.ctx.sync.passphrase

        limits = part_limits(store)

        def work(progress):
            return sync_svc.export_parts_to_usb(store, peer, folder, passphrase=passphrase,
                                                progress=lambda n: progress.report(n, 0),
                                                limits=limits)

        def done(results) -> None:
            changes = format_number(sum(r.changes for r in results))
            if len(results) == 1:
                text = tr("{file} was written and read back correctly: {changes} changes. Take it "
                          "to the province; the changes are sent again until the province "
                          "confirms them.").format(file=str(results[0].path), changes=changes)
            else:
                text = tr("{count} files were written to {folder} and read back correctly: "
                          "{changes} changes in all. Take all of them to the province; they may "
                          "be imported in any order.").format(count=format_number(len(results)),
                                                               folder=str(folder), changes=changes)
            self.ctx.prompts.info(self, tr("Export to USB"), text)

        self.ctx.ops.run(work, done, self._failed(tr("Export to USB")), parent=self,
                         progress=tr("Writing the sync file…"), lane=SYNC)

    # import -----------------------------------------------------------------------------
    def import_usb(self) -> None:
        paths = self.ctx.prompts.open_files(self, tr("Return file from the province"),
                                            tr("Xã Số sync files (*.xaso)"))
        if paths:
            self.ctx.sync.with_keys(self, lambda: self._import_chosen(paths))

    def _import_chosen(self, paths) -> None:
        if not self.ctx.sync.gate.acquire("import"):
            self.ctx.prompts.info(self, tr("Import from USB"),
                                  tr("A sync is already running; wait for it to end."))
            return
        self._queue = order_bundles(list(paths))
        self._next_import()

    def _next_import(self) -> None:
        if not self._queue:
            self.ctx.sync.gate.release("import")
            return
        self.import_path(self._queue.pop(0))

    def import_path(self, path: Path) -> None:
        """Check ``path``, ask, apply; then the next file chosen (several: in seq order)."""
        store, passphrase = self.ctx.store, self.ctx.sync.passphrase

        def check(progress):
            return sync_svc.import_file(store, path, dry_run=True, channel="usb",
                                        passphrase=passphrase)

        def checked(result) -> None:
            if self.ctx.prompts.confirm(self, tr("Import from USB"), _dry_run_text(path, result),
                                        tr("Import")):
                self._apply(path)
            else:
                self._stop_imports()

        self.ctx.ops.run(check, checked, self._import_failed, parent=self,
                         progress=tr("Checking the sync file…"), lane=SYNC)

    def _apply(self, path: Path) -> None:
        store, passphrase = self.ctx.store, self.ctx.sync.passphrase

        def work(progress):
            return sync_svc.import_file(store, path, channel="usb", passphrase=passphrase,
                                        progress=lambda d, t: progress.report(d, t),
                                        cancelled=lambda: progress.cancelled)

        def done(result) -> None:  # the screens of every table applied refresh from the op
            self.ctx.prompts.info(self, tr("Import from USB"), tr(
                "{file}: {applied} changes applied, {skipped} already here, {conflicts} "
                "conflicts, {waiting} waiting for their parent.").format(
                    **counts(file=path.name, waiting=result.tally.quarantined,
                             **{k: v for k, v in result.tally.as_dict().items() if k != "quarantined"})))
            self._next_import()

        self.ctx.ops.run(work, done, self._import_failed, parent=self,
                         progress=tr("Importing the sync file…"), on_cancel=self._stop_imports,
                         lane=SYNC)

    def _stop_imports(self) -> None:
        self._queue = []
        self.ctx.sync.gate.release("import")

    def _import_failed(self, err: Exception) -> None:
        self._stop_imports()
        self._failed(tr("Import from USB"))(err)

    def _failed(self, title: str):
        return self.ctx.sync.failed(self, title)


def part_limits(store):
    from core.sync import settings as sync_settings
    from core.sync.split import PartLimits

    return PartLimits.from_mb(sync_settings.load(store).bundle_mb)


def _when_text(iso: str) -> str:
    from datetime import datetime

    return models.when(datetime.fromisoformat(iso))


def _dry_run_text(path: Path, result) -> str:
    lines = [tr("{file} is valid. Importing it would change:").format(file=path.name)]
    for table, tally in sorted(result.tally.per_table.items()):
        lines.append(tr("• {table}: {applied} new or changed, {skipped} already here, "
                        "{conflicts} conflicts").format(**counts(
            table=models.table_label(table), applied=tally["applied"], skipped=tally["skipped"],
            conflicts=tally["conflicts"])))
    if not result.tally.per_table:
        lines.append(tr("• nothing: all of it is already here."))
    return "\n".join(lines)
