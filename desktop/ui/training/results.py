"""Completion of one course: every working officer with attendance, completed, date, score, certificate."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.text import format_date, parse_date
from core.training import courses as svc
from db.errors import N_, UserError, ValidationError
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import button_box, error_label

DONE, DATE, SCORE, CERT = 4, 5, 6, 7


class ResultsTable(QTableWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        row = self.currentRow()
        editing = self.state() == QAbstractItemView.State.EditingState
        if row >= 0 and event.key() == Qt.Key.Key_Space and not editing:
            item = self.item(row, DONE)
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class ResultsDialog(QDialog):
    def __init__(self, ctx: AppContext, course_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course_id = course_id
        with ctx.store.session() as s:
            course = svc.get_course(s, course_id)
            self.title_text, self.pass_mark = course.title, course.pass_mark
            self.lines = svc.results_sheet(s, course_id)
        self.setWindowTitle(tr("Course completion"))
        self.resize(980, 620)
        title = QLabel(self.title_text)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        hint = QLabel(tr("Space ticks or clears “Completed” (the date is filled with today); "
                         "F2 or typing edits a cell. Dates dd/mm/yyyy, scores 0–100."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.table = ResultsTable(0, 8)
        self.table.setHorizontalHeaderLabels([
            tr("No."), tr("Full name"), tr("Department"), tr("Sessions attended"), tr("Completed"),
            tr("Completion date"), tr("Score"), tr("Certificate no.")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 44), (2, 170), (3, 120), (4, 95), (5, 120), (6, 60), (7, 140)):
            self.table.setColumnWidth(col, width)
        self._fill()
        self.table.itemChanged.connect(self._on_item_changed)
        self.error = error_label()
        self.buttons = button_box()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if self.lines:
            self.table.setCurrentCell(0, DONE)
        self.table.setFocus()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lines))
        read_only = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        for row, line in enumerate(self.lines):
            attended = tr("{present}/{total}").format(present=line.present, total=line.sessions)
            if line.excused:
                attended += " " + tr("({count} excused)").format(count=line.excused)
            for col, text in ((0, str(row + 1)), (1, line.full_name), (2, line.department),
                              (3, attended)):
                item = QTableWidgetItem(text)
                item.setFlags(read_only)
                self.table.setItem(row, col, item)
            done = QTableWidgetItem()
            done.setFlags(read_only | Qt.ItemFlag.ItemIsUserCheckable)
            done.setCheckState(Qt.CheckState.Checked if line.completed else Qt.CheckState.Unchecked)
            self.table.setItem(row, DONE, done)
            score = "" if line.score is None else f"{line.score:g}".replace(".", ",")
            for col, text in ((DATE, format_date(line.completed_on)), (SCORE, score),
                              (CERT, line.certificate_no)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == DONE and item.checkState() == Qt.CheckState.Checked:
            date_item = self.table.item(item.row(), DATE)
            if not date_item.text().strip():
                date_item.setText(format_date(dt.date.today()))

    def set_completed(self, row: int, done: bool) -> None:
        self.table.item(row, DONE).setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    def row_input(self, row: int) -> svc.ResultInput:
        line = self.lines[row]
        try:
            when = parse_date(self.table.item(row, DATE).text())
        except ValueError:
            raise ValidationError(N_("{name}: write the completion date as dd/mm/yyyy."),
                                  name=line.full_name) from None
        text = self.table.item(row, SCORE).text().strip().replace(",", ".")
        try:
            score = float(text) if text else None
        except ValueError:
            raise ValidationError(N_("{name}: the score {value} is not a number."),
                                  name=line.full_name, value=text) from None
        return svc.ResultInput(self.table.item(row, DONE).checkState() == Qt.CheckState.Checked,
                               when, score, self.table.item(row, CERT).text())

    def _changed(self, row: int, data: svc.ResultInput) -> bool:
        line = self.lines[row]
        stored = (line.completed, line.completed_on, line.score, line.certificate_no)
        new = (data.completed, data.completed_on, data.score, data.certificate_no.strip())
        return stored != new

    def save(self) -> None:
        changed: list[tuple[int, svc.ResultInput]] = []
        row = -1
        try:  # the table read here, on the GUI thread; then one write on the writer
            for row in range(len(self.lines)):
                data = self.row_input(row)
                if self._changed(row, data):
                    changed.append((row, data))
        except UserError as err:
            self._refuse(row, err)
            return
        course_id, lines = self.course_id, self.lines
        failed_at = [-1]

        def write(s) -> None:
            for row, data in changed:
                failed_at[0] = row
                try:
                    svc.save_result(s, course_id, lines[row].officer_id, data)
                except ValidationError as err:
                    raise ValidationError(N_("{name}: {problem}"), name=lines[row].full_name,
                                          problem=err.message(tr)) from err

        self.ctx.ops.write(write, lambda _r: self.accept(),
                           lambda err: self._refuse(failed_at[0], err), parent=self)

    def _refuse(self, row: int, err: Exception) -> None:
        if row >= 0:
            self.table.setCurrentCell(row, DATE)
        self.error.setText(user_message(err))
        self.error.show()
