"""The attendance sheet of one session: the whole list, filled from the keyboard.

Keys: ↑/↓ move; Space switches present ↔ absent; C = present, V = absent, P = excused (each
moves to the next officer); Ctrl+Enter saves. "Mark all present" fills the untouched rows.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.text import format_date
from core.training import courses as svc
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import button_box, error_label

STATUS_COLUMN = 4
COLORS = {"present": "#e3f2e5", "absent": "#fde2e1", "excused": "#fff4d6", "": "#ffffff"}
KEYS = {Qt.Key.Key_C: "present", Qt.Key.Key_V: "absent", Qt.Key.Key_P: "excused",
        Qt.Key.Key_1: "present", Qt.Key.Key_2: "absent", Qt.Key.Key_3: "excused"}


def status_text(status: str) -> str:
    return tr(svc.ATTENDANCE[status]) if status in svc.ATTENDANCE else "—"


class SheetTable(QTableWidget):
    """A table whose rows take a status from single keys."""

    def __init__(self, dialog: AttendanceDialog) -> None:
        super().__init__(0, 5)
        self.dialog = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        row = self.currentRow()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dialog.save()
            return
        if row >= 0 and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                              Qt.KeyboardModifier.KeypadModifier):
            if event.key() == Qt.Key.Key_Space:
                current = self.dialog.statuses[row]
                self.dialog.set_status(row, "absent" if current == "present" else "present")
                return
            if event.key() in KEYS:
                self.dialog.set_status(row, KEYS[event.key()])
                if row + 1 < self.rowCount():
                    self.setCurrentCell(row + 1, STATUS_COLUMN)
                return
        super().keyPressEvent(event)


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, session_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        with ctx.store.session() as s:
            row = svc.get_session(s, session_id)
            course = svc.get_course(s, row.course_id)
            self.lines = svc.attendance_sheet(s, session_id)
            heading = tr("{course} — session of {date}").format(course=course.title,
                                                              date=format_date(row.held_on))
        self.statuses = [line.status for line in self.lines]
        self.setWindowTitle(tr("Attendance"))
        self.resize(820, 600)
        title = QLabel(heading)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        hint = QLabel(tr("Space: present/absent · C: present · V: absent · P: excused · "
                         "↑↓: move · Ctrl+Enter: save"))
        hint.setObjectName("hint")
        self.table = SheetTable(self)
        self.table.setHorizontalHeaderLabels([tr("No."), tr("Full name"), tr("Position"),
                                              tr("Department"), tr("Attendance")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 44), (2, 210), (3, 170), (4, 100)):
            self.table.setColumnWidth(col, width)
        self._fill()
        self.all_present = QPushButton(tr("Mark all present"))
        self.all_present.setToolTip(tr("Officers not marked yet become present (Ctrl+Shift+A)"))
        self.all_present.clicked.connect(self.mark_all_present)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, activated=self.mark_all_present)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        self.counts = QLabel()
        self.error = error_label()
        self.buttons = button_box()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        tools.addWidget(self.all_present)
        tools.addStretch(1)
        tools.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_counts()
        if self.lines:
            self.table.setCurrentCell(0, STATUS_COLUMN)
        self.table.setFocus()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            values = (str(row + 1), line.full_name, line.position, line.department, "")
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
            self._paint(row)

    def _paint(self, row: int) -> None:
        status = self.statuses[row]
        item = self.table.item(row, STATUS_COLUMN)
        item.setText(status_text(status))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        for col in range(self.table.columnCount()):
            self.table.item(row, col).setBackground(QBrush(QColor(COLORS[status])))

    def set_status(self, row: int, status: str) -> None:
        self.statuses[row] = status
        self._paint(row)
        self._update_counts()

    def mark_all_present(self) -> None:
        for row, status in enumerate(self.statuses):
            if not status:
                self.set_status(row, "present")

    def _update_counts(self) -> None:
        count = {s: self.statuses.count(s) for s in ("present", "absent", "excused", "")}
        self.counts.setText(tr("Present {present} · absent {absent} · excused {excused} · "
                               "not marked {blank}").format(
            present=count["present"], absent=count["absent"], excused=count["excused"],
            blank=count[""]))

    def save(self) -> None:
        marks = {line.officer_id: status for line, status in zip(self.lines, self.statuses, strict=True)
                 if status}
        session_id = self.session_id

        def refused(err: Exception) -> None:
            self.error.setText(user_message(err))
            self.error.show()

        self.ctx.ops.write(lambda s: svc.save_attendance(s, session_id, marks),
                           lambda _r: self.accept(), refused, parent=self)
