"""The "Hồ sơ" tab: every record, filtered in SQL, and the workflow steps for a selection or a range."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.backlog import listing as lst
from core.backlog import lots as svc
from core.backlog import records as recs
from core.ops import Changes, Kind
from core.text import format_date, format_number
from db.errors import N_
from desktop.i18n import tr, user_message
from desktop.ui.backlog.dialogs import StepDialog, add_ids, chosen_id
from desktop.ui.backlog.models import RecordTableModel
from desktop.ui.context import AppContext
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import list_table

KINDS = {Kind.BACKLOG_LOTS, Kind.BACKLOG_RECORDS, Kind.OFFICERS}  # a record file changes no column
STEP_BUTTONS = {"scanned": N_("Digitized…"), "verified": N_("Checked…"), "signed": N_("Signed…"),
                "stored": N_("Stored…"), "rejected": N_("Reject…"), "pending": N_("Reopen…")}


def records_table(model: RecordTableModel) -> QTableView:
    """The records list as the tab shows it (benchmarks/bench_backlog.py times this very view).

    Fixed column widths (never sized to the contents of a million rows) and no row-number
    header: the record number is a column, and a header over 1 M rows costs its own layout."""
    table = list_table(model, (70, 200, 0, 110, 160, 95), stretch_column=2)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


class RecordsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lot = QComboBox()
        self.lot.setMinimumWidth(200)
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), "")
        for code, label in svc.STATUSES.items():
            self.status.addItem(tr(label), code)
        self.officer = QComboBox()
        self.officer.setMinimumWidth(150)
        for box in (self.lot, self.officer):  # long lot names must not widen the page at 150 %
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
        self.count_label = QLabel()
        self.steps: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(QLabel(tr("Mark:")))
        for action, label in STEP_BUTTONS.items():
            button = QPushButton(tr(label))
            button.clicked.connect(lambda _=False, a=action: self.step(a))
            self.steps[action] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.evidence_button = QPushButton(tr("Evidence…"))
        self.evidence_button.setToolTip(tr("The record's digitized files and what their signatures prove"))
        self.evidence_button.clicked.connect(self.open_evidence)
        self.undo_button = QPushButton(tr("Undo last change"))
        self.undo_button.clicked.connect(self.undo)
        self.model = RecordTableModel(ctx.store, parent=self)
        self.table = records_table(self.model)
        filters = QHBoxLayout()
        for label, box in ((tr("Lot"), self.lot), (tr("Status"), self.status), (tr("Officer"), self.officer)):
            filters.addWidget(QLabel(label))
            filters.addWidget(box)
        filters.addStretch(1)
        actions.addWidget(self.count_label)  # here, not beside the filters: room at 150 %
        self.last_change = QLabel()
        self.last_change.setObjectName("hint")
        self.last_change.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        # the last change and its undo side by side; the evidence here too, so that the step
        # buttons' row stays within a 1366×768 laptop at 150 %
        bottom = QHBoxLayout()
        bottom.addWidget(self.last_change, 1)
        bottom.addWidget(self.evidence_button)
        bottom.addWidget(self.undo_button)
        layout.addLayout(bottom)
        self.reload_choices()
        for box in (self.lot, self.status, self.officer):
            box.currentIndexChanged.connect(self.apply_filters)
        ctx.ops.subscribe(self, KINDS, self.on_data_changed, with_changes=True)
        self.apply_filters()

    def reload_choices(self) -> None:
        with self.ctx.store.session() as s:
            lots, officers = svc.lot_choices(s), svc.officer_choices(s)
        for box, items, everything in ((self.lot, lots, tr("All lots")),
                                       (self.officer, officers, tr("All officers"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            add_ids(box, items)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def on_data_changed(self, changes: Changes) -> None:
        if changes.touches({Kind.BACKLOG_LOTS, Kind.OFFICERS}):
            self.reload_choices()
        elif not changes.lot_changed(chosen_id(self.lot)):
            self.show_last_change()  # another lot's records: this list is unchanged
            return
        self.apply_filters()

    def apply_filters(self) -> None:
        query = self.model.query
        self.model.set_query(lst.RecordQuery(lot_id=chosen_id(self.lot),
                                             status=self.status.currentData() or "",
                                             officer_id=chosen_id(self.officer),
                                             sort=query.sort, descending=query.descending))
        self.table.setColumnHidden(1, chosen_id(self.lot) is not None)  # one lot: its name once, above
        self.count_label.setText(tr("{count} records").format(count=format_number(self.model.rowCount())))
        self.show_last_change()

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [obj.id for obj in (self.model.row_object(r) for r in rows) if obj is not None]

    def open_evidence(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self.ctx.prompts.info(self, tr("Evidence of the record"), tr("Select one record first."))
            return
        from desktop.ui.backlog.evidence_dialog import EvidenceDialog

        self.last_dialog = open_dialog(EvidenceDialog(self.ctx, ids[0], parent=self))

    def step(self, action: str) -> None:
        self.last_dialog = open_dialog(
            StepDialog(self.ctx, action, self.selected_ids(), chosen_id(self.lot), parent=self))

    def show_last_change(self) -> None:
        with self.ctx.store.session() as s:
            b = recs.latest_undoable(s)
            can = b is not None and recs.can_undo(s, b)
        self.undo_button.setEnabled(can)
        if b is None:
            self.last_change.setText("")
            return
        self.last_change.setText(tr("Last change: {count} records → {what} on {date} (records {numbers}).")
                                 .format(count=format_number(b.record_count),
                                         what=tr(svc.STATUSES.get(b.action, b.action)),
                                         date=format_date(b.done_on), numbers=b.description))

    def undo(self) -> None:
        with self.ctx.store.session() as s:
            batch = recs.latest_undoable(s)
        if batch is None or not self.ctx.prompts.confirm(
                self, tr("Undo last change"), tr("Put the {count} records of the last change back to "
                                                 "their previous status?").format(
                    count=format_number(batch.record_count)), tr("Undo")):
            return
        batch_id, title = batch.id, tr("Undo last change")
        # up to 50 000 records: on the writer, with progress; a refused undo changes nothing
        self.ctx.ops.write(lambda s: recs.undo_batch(s, batch_id), None,
                           lambda err: self.ctx.prompts.warning(self, title, user_message(err)),
                           parent=self, progress=tr("Undoing the last change…"))
