"""The "Tệp số hóa" tab: a lot's linked files, linking a folder, and "Kiểm tra tệp" in the
background with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.accounts.permissions import can
from core.backlog import lots as svc
from core.evidence import check, listing
from core.evidence import files as file_svc
from core.ops import Changes, Kind
from core.paging import PageRequest
from core.store import Store
from core.text import format_number
from desktop.i18n import tr, user_message
from desktop.ui.backlog.dialogs import add_ids, chosen_id
from desktop.ui.backlog.evidence_dialog import verdict_text, when_text
from desktop.ui.context import AppContext
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.paged_model import Column, PagedTableModel
from desktop.ui.widgets.tables import list_table

KINDS = {Kind.RECORD_FILES, Kind.BACKLOG_LOTS}


class _Row:
    def __init__(self, row: listing.FileRow) -> None:
        self.__dict__.update(row.__dict__)
        self.check = verdict_text(row.file_state, row.verdict)
        self.signed_on = when_text(row.signed_at)
        self.row = row


class FileTableModel(PagedTableModel):
    def __init__(self, store: Store, parent=None) -> None:
        self._store = store
        right = Qt.AlignmentFlag.AlignRight
        columns = [
            Column("record_no", tr("Record no."), str, right),
            Column("path", tr("File")),
            Column("pages", tr("Pages"), lambda v: format_number(v) if v is not None else "", right),
            Column("check", tr("Check result")),
            Column("signer_name", tr("Person who signed")),
            Column("signed_on", tr("Signed on")),
        ]
        super().__init__(columns, self._count, self._fetch, listing.FileQuery(), parent)

    def _count(self, query: listing.FileQuery) -> int:
        with self._store.session() as s:
            return listing.count_files(s, query)

    def _fetch(self, query: listing.FileQuery, request: PageRequest) -> list[_Row]:
        with self._store.session() as s:
            return [_Row(r) for r in listing.page_files(s, query, request)]


class FilesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lot = QComboBox()
        self.lot.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lot.setMinimumContentsLength(28)
        self.problems = QCheckBox(tr("Only files with problems"))
        self.count_label = QLabel()
        self.root_label = QLabel()
        self.root_label.setObjectName("hint")
        self.root_button = QPushButton(tr("Storage folder…"))
        self.root_button.setToolTip(tr("The folder under which the commune keeps its digitized files "
                                       "(set by the administrator on each computer)"))
        self.root_button.setEnabled(can(ctx.user.role, "change_settings"))
        self.root_button.clicked.connect(self.choose_root)
        self.pattern = QLineEdit()
        self.pattern.setPlaceholderText(tr("file name pattern, e.g. KS-1999-{no}.pdf (empty: the last "
                                           "number in the name)"))
        self.link_button = QPushButton(tr("Link a folder…"))
        self.link_button.clicked.connect(self.link_folder)
        self.check_button = QPushButton(tr("Check files"))
        self.check_button.setToolTip(tr("Check that every linked file is there and unchanged, and "
                                        "verify its digital signatures"))
        self.check_button.clicked.connect(self.check_files)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.model = FileTableModel(ctx.store, parent=self)
        self.table = list_table(self.model, (80, 250, 60, 0, 160, 90), sort_column=None, stretch_column=3)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.open_evidence)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Lot")))
        filters.addWidget(self.lot)
        filters.addWidget(self.problems)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        actions = QHBoxLayout()
        actions.addWidget(self.pattern, 1)
        actions.addWidget(self.link_button)
        actions.addWidget(self.check_button)
        root = QHBoxLayout()
        root.addWidget(self.root_label, 1)
        root.addWidget(self.root_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(root)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        self.reload_choices()
        self.lot.currentIndexChanged.connect(self.apply_filters)
        self.problems.toggled.connect(self.apply_filters)
        ctx.ops.subscribe(self, KINDS, self.on_data_changed, with_changes=True)
        self.show_root()
        self.apply_filters()

    def on_data_changed(self, changes: Changes) -> None:
        if Kind.BACKLOG_LOTS in changes.kinds:
            self.reload_choices()
        self.apply_filters()

    def reload_choices(self) -> None:
        with self.ctx.store.session() as s:
            lots = svc.lot_choices(s)
        current = self.lot.currentData()
        self.lot.blockSignals(True)
        self.lot.clear()
        self.lot.addItem(tr("All lots"), None)
        add_ids(self.lot, lots)
        self.lot.setCurrentIndex(max(0, self.lot.findData(current)))
        self.lot.blockSignals(False)

    def show_root(self) -> None:
        with self.ctx.store.session() as s:
            root = file_svc.storage_root(s)
        self.root_label.setText(tr("Storage folder: {folder}").format(folder=root) if root else
                                tr("No storage folder is set yet: the administrator sets it with "
                                   "“Storage folder…”."))

    def apply_filters(self) -> None:
        self.model.set_query(listing.FileQuery(chosen_id(self.lot), self.problems.isChecked()))
        self.count_label.setText(tr("{count} files").format(count=format_number(self.model.rowCount())))
        self.link_button.setEnabled(chosen_id(self.lot) is not None)

    def choose_root(self) -> None:
        folder = self.ctx.prompts.open_folder(self, tr("Storage folder"))
        if folder is None:
            return
        self.ctx.ops.write(lambda s: file_svc.set_storage_root(s, Path(folder)),
                           lambda _r: self.show_root(),
                           lambda err: self.ctx.prompts.warning(  # refused: nothing changed
                               self, tr("Storage folder"), user_message(err)), parent=self)

    def link_folder(self) -> None:
        lot_id = chosen_id(self.lot)
        try:
            with self.ctx.store.session() as s:
                root = file_svc.require_root(s)
        except Exception as err:  # noqa: BLE001
            self.ctx.prompts.warning(self, tr("Link a folder"), user_message(err))
            return
        folder = self.ctx.prompts.open_folder(self, tr("Link a folder"), str(root))
        if folder is None or lot_id is None:
            return
        ctx, pattern = self.ctx, self.pattern.text().strip()

        def work(progress):
            # all or nothing: the files are read inside the write, a cancel rolls it back
            with ctx.write() as s:
                return file_svc.link_folder(s, root, lot_id, Path(folder), pattern,
                                            progress=lambda done, total: progress.report(done, total))

        def done(result: file_svc.LinkResult) -> None:
            self.result.setText(tr("{new} files linked, {updated} replaced by a new version, "
                                   "{unchanged} unchanged, {skipped} files matched no record. Press "
                                   "“Check files” to verify the signatures.").format(
                new=format_number(result.linked), updated=format_number(result.updated),
                unchanged=format_number(result.unchanged), skipped=format_number(len(result.unmatched))))

        def failed(err: Exception) -> None:  # the reason names the files; nothing was linked
            self.ctx.prompts.warning(self, tr("Link a folder"), user_message(err))

        self.ctx.ops.run(work, done, failed, parent=self, progress=tr("Linking files…"),
                         on_cancel=lambda: None)  # cancelled: rolled back, nothing linked

    def check_files(self) -> None:
        store, lot_id, actor = self.ctx.store, chosen_id(self.lot), self.ctx.user.username

        def work(progress):
            def report(done: int, total: int) -> None:
                if not progress.cancelled:  # after Cancel the run stops and saves what it checked
                    progress.report(done, total)

            return check.run_check(store, lot_id, actor=actor, progress=report,
                                   cancelled=lambda: progress.cancelled)

        def done(summary: check.CheckSummary) -> None:
            valid = summary.verdicts.get("valid", 0)
            text = tr("Checked {count} files: {valid} with a valid signature, {missing} missing, "
                      "{changed} changed since linked; {signed} checked records marked signed from "
                      "their files.").format(
                count=format_number(summary.checked), valid=format_number(valid),
                missing=format_number(summary.states.get("missing", 0)),
                changed=format_number(summary.states.get("changed", 0)),
                signed=format_number(summary.records_signed))
            if summary.cancelled:
                text += " " + tr("Stopped before the end: the files checked so far were saved.")
            self.result.setText(text)  # the lists refresh from what the op changed

        def failed(err: Exception) -> None:
            self.ctx.prompts.warning(self, tr("Check files"), user_message(err))

        # Cancel stops the run, which saves what it checked (no Cancelled raised: ``done``)
        self.ctx.ops.run(work, done, failed, parent=self, progress=tr("Checking files…"),
                         on_cancel=lambda: None)

    def open_evidence(self, index) -> None:
        row = self.model.row_object(index.row())
        if row is not None:
            from desktop.ui.backlog.evidence_dialog import EvidenceDialog

            self.last_dialog = open_dialog(EvidenceDialog(self.ctx, row.record_id, parent=self))
