"""Nhật ký thay đổi: who changed what and when, filters, Excel export, chain verification and
(administrator) the logged repair of an altered chain."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import labels
from core.accounts.permissions import can
from core.audit import log as svc
from core.ops import Kind
from core.text import format_number
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.paged_model import Column, PagedTableModel
from desktop.ui.widgets.tables import list_table


def _when(at: dt.datetime) -> str:
    return at.astimezone().strftime("%d/%m/%Y %H:%M:%S")


class AuditModel(PagedTableModel):
    def __init__(self, store, parent=None) -> None:
        self._store = store
        columns = [
            Column("at", tr("Time"), _when),
            Column("actor", tr("User")),
            Column("table_name", tr("Data"), lambda t: labels.table_label(t, tr)),
            Column("title", tr("Record")),
            Column("op", tr("Action"), lambda op: tr(svc.OP_LABELS.get(op, op))),
            Column("text", tr("Changes (from → to)")),
        ]
        super().__init__(columns, self._count, self._fetch, svc.AuditQuery(), parent)

    def _count(self, query: svc.AuditQuery) -> int:
        with self._store.session() as s:
            return svc.count(s, query)

    def _fetch(self, query: svc.AuditQuery, request) -> list[svc.AuditRow]:
        with self._store.session() as s:
            rows = svc.page(s, query, request)
        for row in rows:
            row.text = svc.describe_changes(row, tr)
        return rows


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setToolTip(tr("Date in dd/mm/yyyy"))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class AuditTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = QComboBox()
        self.actor.setToolTip(tr("Show only the changes made by this user"))
        self.table_choice = QComboBox()
        self.table_choice.setToolTip(tr("Show only the changes to this kind of data"))
        self.use_dates = QCheckBox(tr("From date"))
        self.use_dates.setToolTip(tr("Tick to show only the changes between the two dates"))
        self.date_from = _date_edit()
        self.date_from.setDate(QDate.currentDate().addDays(-30))
        self.date_to = _date_edit()
        self.model = AuditModel(ctx.store, self)
        self.table = list_table(self.model, (140, 90, 120, 180, 70), sort_column=None)
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.verify_button = QPushButton(tr("Verify the change log"))
        self.verify_button.setToolTip(tr("Checks that no change was edited or removed behind the "
                                         "app's back (every change is chained to the one before)"))
        # shown once a verification found the chain altered, to those who may repair it
        self.repair_button = QPushButton(tr("Repair the change log…"))
        self.repair_button.setToolTip(tr("Keeps a copy of the altered data in the backups "
                                         "folder, chains the log again and records the repair "
                                         "in the change log"))
        self.repair_button.setVisible(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self._fill_choices()
        for widget in (self.actor, self.table_choice):
            widget.currentIndexChanged.connect(self.apply_filters)
        self.use_dates.toggled.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        self.repair_button.clicked.connect(self.repair)
        ctx.ops.subscribe(self, {Kind.AUDIT}, self.model.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("User")))
        filters.addWidget(self.actor, 1)
        filters.addWidget(QLabel(tr("Data")))
        filters.addWidget(self.table_choice, 1)
        dates = QHBoxLayout()  # a line of its own: one line is too wide for 1366×768 at 150 %
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.repair_button)
        actions.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _fill_choices(self) -> None:
        with self.ctx.store.session() as s:
            actors, tables = svc.actors(s), svc.tables(s)
        self.actor.addItem(tr("Everyone"), "")
        for actor in actors:
            self.actor.addItem(actor, actor)
        self.table_choice.addItem(tr("All data"), "")
        for table in tables:
            self.table_choice.addItem(labels.table_label(table, tr), table)

    def query(self) -> svc.AuditQuery:
        dates = self.use_dates.isChecked()
        return svc.AuditQuery(
            actor=self.actor.currentData() or "", table=self.table_choice.currentData() or "",
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None)

    def apply_filters(self) -> None:
        self.model.set_query(self.query())

    def export(self) -> None:
        path = self.ctx.prompts.save_file(self, tr("Export the change history"),
                                          "nhat-ky-thay-doi.xlsx", tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        store, query = self.ctx.store, self.query()

        def work(_progress):
            with store.session() as s:
                return svc.export_xlsx(s, query, path, tr)

        run_with_progress(self.ctx.runner, self, tr("Exporting…"), work,
                          lambda n: self.result.setText(tr("{count} changes saved to {file}.").format(
                              count=format_number(n), file=path.name)),
                          lambda err: self.ctx.prompts.error(self, tr("Change history"), user_message(err)))

    def verify(self) -> None:
        store = self.ctx.store
        self.verify_button.setEnabled(False)
        self.result.setText(tr("Checking…"))

        def work(progress):
            with store.session() as s:
                return svc.verify(s, lambda n: progress.report(n, 0))

        run_with_progress(self.ctx.runner, self, tr("Verifying the change log…"), work,
                          self.show_verified, self.show_error)

    def show_verified(self, report) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self.result.setStyleSheet("color: #2e7d32; font-weight: bold;")
            self.result.setText(tr("Intact: {rows} changes, none edited or removed.").format(
                rows=report.rows))
            self.repair_button.setVisible(False)
        else:
            self.result.setStyleSheet("color: #c62828; font-weight: bold;")
            repairs = can(self.ctx.user.role, "repair_audit")
            self.repair_button.setVisible(repairs)
            self.result.setText((tr("The change log was altered at change {row}. Report it to the "
                                    "province help desk, then repair the change log.")
                                 if repairs else
                                 tr("The change log was altered at change {row}: contact the "
                                    "province help desk.")).format(row=report.broken_at))

    def show_error(self, err: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.repair_button.setEnabled(True)
        self.result.setText(user_message(err))

    def repair(self) -> None:
        """The administrator's repair (as ``xaso-admin audit --repair``), after a confirmation."""
        if not self.ctx.prompts.confirm(
                self, tr("Repair the change log"),
                tr("The change log was altered behind the app's back, so every change is stopped. "
                   "The repair keeps a copy of the database as it is now in the backups folder "
                   "(for the province help desk), chains the change log again from the altered "
                   "change and records the repair, under your name, in the change log.\n\n"
                   "Repair the change log now?"),
                tr("Repair"), tr("Cancel")):
            return
        from core.audit.repair import repair_chain

        store, user = self.ctx.store, self.ctx.user
        self.repair_button.setEnabled(False)
        self.verify_button.setEnabled(False)
        # an op: the change log is rewritten by the one writer; the screens refresh from it
        self.ctx.ops.run(lambda _progress: repair_chain(store, user.username, role=user.role),
                         self.show_repaired, self.show_error, parent=self,
                         progress=tr("Repairing the change log…"))

    def show_repaired(self, done) -> None:
        self.verify_button.setEnabled(True)
        self.repair_button.setEnabled(True)
        self.repair_button.setVisible(False)
        self.result.setStyleSheet("color: #2e7d32; font-weight: bold;")
        if done is None:
            self.result.setText(tr("The change log is intact: nothing to repair."))
        else:
            self.result.setText(tr(
                "The change log was repaired from change {row} on ({rows} changes). The altered "
                "data was kept in the backups folder as {file}; the repair is recorded in the "
                "change log.").format(row=done.broken_at, rows=done.rows, file=done.kept))
        self.model.refresh()
