"""The "Đối chiếu yêu cầu" tab: the checklist against the register, and the estimate.

"Needed" (for fixed lines) and the unit prices are typed straight into the tables; each change
is saved at once and both tables are worked out again.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.infrastructure import check as infra_check
from core.ops import Kind
from core.text import format_number
from db.errors import N_, ValidationError
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext

KINDS = {Kind.INFRASTRUCTURE, Kind.OFFICERS, Kind.CERTIFICATES}
MISSING_BG = QColor("#ffebee")
MET_BG = QColor("#e8f5e9")
OFF_FG = QColor("#9e9e9e")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def parse_amount(text: str, field: str) -> int:
    """'15.500.000', '15 500 000' or '15500000' → 15500000."""
    digits = re.sub(r"[\s.,đ]", "", text.strip().lower())
    if not digits:
        return 0
    if not digits.isdigit():
        raise ValidationError(N_("{value} is not a whole number."), field=field, value=text)
    return int(digits)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                          | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, flags=FIXED, align=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(flags)
    if align is not None:
        item.setTextAlignment(align)
    return item


class CheckTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: infra_check.Check | None = None
        self._filling = False
        self.gaps = _table([tr("No."), tr("Requirement"), tr("Needed"), tr("Usable"),
                            tr("Out of support"), tr("Faulty"), tr("Missing"), tr("Applies")])
        self.estimate = _table([tr("No."), tr("Item"), tr("Quantity"), tr("Unit price (đồng)"),
                                tr("Amount (đồng)")])
        for table, widths in ((self.gaps, (40, 0, 80, 90, 100, 70, 80, 80)),
                              (self.estimate, (40, 0, 80, 150, 150))):
            for col, width in enumerate(widths):
                if width:
                    table.setColumnWidth(col, width)
        self.gaps.itemChanged.connect(self._needed_changed)
        self.estimate.itemChanged.connect(self._price_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        self.hint = QLabel(tr("Double-click “Needed” to change what the centre needs, and “Unit "
                              "price” to price the estimate. Computers and kiosks whose operating "
                              "system no longer receives updates do not count as usable."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.export_button.setToolTip(tr("The requirements check and the estimate, ready to print "
                                         "or attach to the budget request"))
        self.export_button.clicked.connect(self.export_file)
        self.pdf_button = QPushButton(tr("Print estimate (PDF)…"))
        self.pdf_button.setToolTip(tr("The requirements check and the estimate on A4, with "
                                      "places to sign"))
        self.pdf_button.clicked.connect(self.save_pdf)
        heading = QLabel(tr("Estimate of what must be bought"))
        heading.setStyleSheet("font-weight: bold;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.gaps, 3)
        layout.addWidget(heading)
        layout.addWidget(self.estimate, 2)
        layout.addLayout(bottom)
        layout.addWidget(self.hint)
        ctx.ops.subscribe(self, KINDS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as s:
            self.result = result = infra_check.check(s)
        self._filling = True
        try:
            self._fill_gaps(result)
            self._fill_estimate(result)
        finally:
            self._filling = False
        missing = result.missing_lines
        self.summary.setText(tr("{met} of {lines} requirements met; {missing} item(s) missing.")
                             .format(met=len(result.gaps) - len(missing), lines=len(result.gaps),
                                     missing=format_number(result.missing_items)))
        text = tr("Total estimate: {amount} đồng").format(
            amount=format_number(result.estimate_total))
        if result.unpriced:
            text += " " + tr("({count} item(s) not priced yet)").format(count=result.unpriced)
        self.total.setText(text)

    def _fill_gaps(self, result: infra_check.Check) -> None:
        self.gaps.setRowCount(len(result.gaps) + len(result.inactive))
        for row, gap in enumerate(result.gaps):
            fixed = gap.requirement.basis == "fixed"
            values = (str(row + 1), gap.requirement.title, format_number(gap.needed),
                      format_number(gap.usable), format_number(gap.out_of_support),
                      format_number(gap.faulty), format_number(gap.missing))
            for col, value in enumerate(values):
                item = _cell(value, EDITABLE if col == 2 and fixed else FIXED,
                             RIGHT if col >= 2 else None)
                item.setBackground(QBrush(MET_BG if gap.met else MISSING_BG))
                if col == 2 and not fixed:
                    item.setToolTip(tr("One per officer who signs documents (from the officer "
                                       "list)"))
                self.gaps.setItem(row, col, item)
            self.gaps.setItem(row, 7, self._applies(True))
        for row, line in enumerate(result.inactive, start=len(result.gaps)):
            values = (str(row + 1), line.title, "", "", "", "", "")
            for col, value in enumerate(values):
                item = _cell(value)
                item.setForeground(QBrush(OFF_FG))
                self.gaps.setItem(row, col, item)
            self.gaps.setItem(row, 7, self._applies(False))

    @staticmethod
    def _applies(on: bool) -> QTableWidgetItem:
        item = _cell("", Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        item.setToolTip(tr("Untick a line the centre does not need: it is kept but not counted"))
        return item

    def _fill_estimate(self, result: infra_check.Check) -> None:
        lines = result.missing_lines
        self.estimate.setRowCount(len(lines))
        for row, gap in enumerate(lines):
            price = gap.requirement.unit_price
            values = (str(row + 1), gap.requirement.title, format_number(gap.missing),
                      format_number(price) if price else "", format_number(gap.total) if price else "")
            for col, value in enumerate(values):
                self.estimate.setItem(row, col, _cell(value, EDITABLE if col == 3 else FIXED,
                                                      RIGHT if col >= 2 else None))

    def _save(self, requirement_id, **values) -> None:
        def refused(err: Exception) -> None:  # shown to the user, the table is redrawn
            self.ctx.prompts.error(self, tr("Requirements check"), user_message(err))
            self.refresh()

        self.ctx.ops.write(lambda s: infra_check.set_line(s, requirement_id, **values), None,
                           refused, parent=self)

    def _line_at(self, row: int) -> infra_check.Requirement:
        gaps = self.result.gaps
        return gaps[row].requirement if row < len(gaps) else self.result.inactive[row - len(gaps)]

    def _needed_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.result is None:
            return
        if item.column() == 7:
            on = item.checkState() == Qt.CheckState.Checked
            self._save(self._line_at(item.row()).id, active=on)
            return
        if item.column() != 2 or item.row() >= len(self.result.gaps):
            return
        gap = self.result.gaps[item.row()]
        try:
            quantity = parse_amount(item.text(), "quantity")
        except ValidationError as err:
            self.ctx.prompts.error(self, tr("Requirements check"), user_message(err))
            self.refresh()
            return
        self._save(gap.requirement.id, quantity=quantity)

    def _price_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 3 or self.result is None:
            return
        gap = self.result.missing_lines[item.row()]
        try:
            price = parse_amount(item.text(), "unit_price")
        except ValidationError as err:
            self.ctx.prompts.error(self, tr("Requirements check"), user_message(err))
            self.refresh()
            return
        self._save(gap.requirement.id, unit_price=price)

    def save_pdf(self) -> None:
        """Dự toán bổ sung thiết bị as an ND 30 document (the reports' fonts and layout)."""
        from core.reports import estimate, pdf
        from core.reports.common import Stamp

        path = self.ctx.prompts.save_file(self, tr("Print estimate (PDF)…"),
                                          tr("du-toan-ha-tang.pdf"), tr("PDF files (*.pdf)"))
        if path is None:
            return
        try:
            with self.ctx.store.session() as s:
                document = estimate.build(s, Stamp(None, dt.date.today()))
            pdf.render(document, path)
        except OSError as err:
            self.ctx.prompts.error(self, tr("Print estimate (PDF)…"),
                                   tr("Cannot save {file}: {reason}.").format(
                                       file=str(path), reason=err.strerror or str(err)))
            return
        except Exception as err:  # noqa: BLE001 - shown to the user
            self.ctx.prompts.error(self, tr("Print estimate (PDF)…"), user_message(err))
            return
        self.ctx.prompts.info(self, tr("Print estimate (PDF)…"),
                              tr("Saved {file}.").format(file=path.name))

    def export_file(self) -> None:
        from desktop.ui.infrastructure.export import export_workbook

        export_workbook(self.ctx, self)
