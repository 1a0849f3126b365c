"""Requests to the CA (with the officers who need one) and the signing support log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.certificates import requests as req
from core.text import format_percent
from desktop.i18n import tr
from desktop.ui.certificates.dialogs import RequestDialog, ResolveDialog, TicketDialog
from desktop.ui.certificates.models import RequestTableModel
from desktop.ui.context import AppContext
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import fit_columns, list_table


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RequestsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog = None
        self.model = RequestTableModel(ctx.store, req.RequestQuery(ctx.store.context.commune_code), self)
        self.table = list_table(self.model, (170, 150, 110, 95, 95, 95, 120))
        self.new_button = QPushButton(tr("New request…"))
        self.submitted_button = QPushButton(tr("Mark as submitted"))
        self.issued_button = QPushButton(tr("Mark as issued"))
        self.cancel_button = QPushButton(tr("Cancel the request"))
        self.new_button.clicked.connect(lambda: self.new_request())
        self.submitted_button.clicked.connect(lambda: self.set_status("submitted"))
        self.issued_button.clicked.connect(lambda: self.set_status("issued"))
        self.cancel_button.clicked.connect(lambda: self.set_status("cancelled"))
        actions = QHBoxLayout()
        for button in (self.new_button, self.submitted_button, self.issued_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.needs = _table([tr("Officer"), tr("Department"), tr("Why a request is needed"),
                             tr("Request open")])
        fit_columns(self.needs, (180, 190, 420, 100))
        self.needs.doubleClicked.connect(lambda _i: self.request_for_need())
        self.need_button = QPushButton(tr("Prepare the request…"))
        self.need_button.clicked.connect(self.request_for_need)
        self.needs_label = QLabel()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 6, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(actions)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.needs_label, 1)
        header.addWidget(self.need_button)
        bottom_layout.addLayout(header)
        bottom_layout.addWidget(self.needs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        with self.ctx.store.session() as s:
            self.need_rows = req.needs(s)
        self.needs_label.setText(tr("Officers who need a request: {count}").format(count=len(self.need_rows)))
        self.needs.setRowCount(len(self.need_rows))
        for row, need in enumerate(self.need_rows):
            for column, text in enumerate((need.full_name, need.department, tr(req.NEED_TEXTS[need.reason]),
                                           tr("Yes") if need.open_request else "")):
                self.needs.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> req.RequestRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def new_request(self, officer_id=None, request_type: str = "new") -> None:
        self.last_dialog = open_dialog(RequestDialog(self.ctx, officer_id, request_type, parent=self))

    def request_for_need(self) -> None:
        row = self.needs.currentRow()
        if 0 <= row < len(self.need_rows):
            need = self.need_rows[row]
            self.new_request(need.officer_id, req.NEED_REQUEST[need.reason])

    def set_status(self, status: str) -> None:
        row = self.selected()
        if row is None:
            return
        request_id = row.id
        self.ctx.ops.write(lambda s: req.set_request_status(s, request_id, status),
                           parent=self, title=tr("Requests"))


class SupportTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog = None
        self.table = _table([tr("Reported"), tr("Officer"), tr("Problem"), tr("Description"),
                             tr("Solved after"), tr("How it was solved")])
        fit_columns(self.table, (120, 160, 160, 260, 100, 160))
        self.figure = QLabel()
        self.open_button = QPushButton(tr("Log a problem…"))
        self.resolve_button = QPushButton(tr("Mark as solved…"))
        self.open_button.clicked.connect(
            lambda: setattr(self, "last_dialog", open_dialog(TicketDialog(self.ctx, parent=self))))
        self.resolve_button.clicked.connect(self.resolve_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.resolve_button)
        actions.addStretch(1)
        actions.addWidget(self.figure)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            self.rows = req.tickets(s)
        self.table.setRowCount(len(self.rows))
        for row, t in enumerate(self.rows):
            hours = t.hours
            after = "" if hours is None else (tr("{hours} h").format(hours=round(hours)) if hours >= 1
                                              else tr("under 1 h"))
            values = (t.opened_at.astimezone().strftime("%d/%m/%Y %H:%M"), t.full_name or "—",
                      tr(req.TICKET_KIND_TEXTS.get(t.kind, t.kind)), t.text, after,
                      t.resolution or tr("(not solved yet)"))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 4 and hours is not None and not t.in_time:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, column, item)
        resolved = [t for t in self.rows if t.hours is not None]
        in_time = sum(1 for t in resolved if t.in_time)
        percent = 100.0 * in_time / len(resolved) if resolved else 100.0
        self.figure.setText(tr("Solved within {hours} hours: {in_time}/{resolved} ({percent}); open: {open}")
                            .format(hours=req.TICKET_TARGET_HOURS, in_time=in_time,
                                    resolved=len(resolved), percent=format_percent(percent, 0),
                                    open=len(self.rows) - len(resolved)))

    def resolve_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and self.rows[row].resolved_at is None:
            self.last_dialog = open_dialog(ResolveDialog(self.ctx, self.rows[row], parent=self))
