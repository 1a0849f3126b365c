"""Sổ đăng ký: the reports issued, newest first; open one again exactly as it was issued."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.ops import Kind
from core.reports import catalog, period
from core.reports import register as service
from db.errors import UserError
from desktop.i18n import tr
from desktop.ui.context import AppContext


def _period_text(key: str) -> str:
    try:
        return period.parse(key).wording
    except UserError:
        return key


class RegisterTab(QWidget):
    """A commune issues tens of reports a year, so a plain table of them all is enough."""

    open_requested = Signal(object)  # the register row's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([tr("Number"), tr("Date"), tr("Report"),
                                              tr("Period"), tr("Summary"), tr("Signed by"),
                                              tr("Digital signature")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.open_button = QPushButton(tr("Open the issued report"))
        self.open_button.clicked.connect(self._open)
        self.check_button = QPushButton(tr("Check a signed report…"))
        self.check_button.setToolTip(tr("Open a report's PDF file: who signed it, whether it is intact, "
                                        "and which issued report it is"))
        self.check_button.clicked.connect(self.check_signed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.rows: list[service.RegisterRow] = []
        ctx.ops.subscribe(self, {Kind.REPORTS}, self.reload)
        self.reload()

    def reload(self) -> None:
        with self.ctx.store.session() as s:
            self.rows = service.register(s)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            kind = catalog.KINDS.get(row.kind)
            values = (row.symbol, row.issued_on.strftime("%d/%m/%Y"),
                      tr(kind.label) if kind else row.kind, _period_text(row.period), row.title,
                      row.signer_name, row.signed_by or tr("not signed digitally"))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.open_button.setEnabled(bool(self.rows))

    def _open(self) -> None:
        index = self.table.currentRow()
        if 0 <= index < len(self.rows):
            self.open_requested.emit(self.rows[index].id)

    def check_signed(self) -> None:
        from core.evidence import signing

        path = self.ctx.prompts.open_file(self, tr("Check a signed report"), tr("PDF files (*.pdf)"))
        if path is None:
            return
        try:
            data = Path(path).read_bytes()
            with self.ctx.store.session() as s:
                check = signing.check_report(s, data)
        except OSError as err:
            self.ctx.prompts.warning(self, tr("Check a signed report"), tr("Cannot read {file}: {reason}.")
                                     .format(file=Path(path).name, reason=err.strerror or str(err)))
            return
        lines = signing.check_lines(check, Path(path).name, tr)
        show = self.ctx.prompts.info if check.intact and check.exact else self.ctx.prompts.warning
        show(self, tr("Check a signed report"), "\n".join(lines))
