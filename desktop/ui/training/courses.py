"""The "Khóa học" tab: courses, the sessions of the selected course, attendance and results."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.ops import Kind
from core.text import format_date, format_number
from core.training import courses as svc
from db.errors import UserError
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.training.dialogs import CourseDialog, SessionDialog
from desktop.ui.training.models import CourseTableModel
from desktop.ui.widgets.dialogs import open_dialog
from desktop.ui.widgets.tables import fit_columns, list_table

KINDS = {Kind.TRAINING, Kind.OFFICERS}


class CoursesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.topic = QComboBox()
        self.topic.addItem(tr("All topics"), "")
        for value, label in svc.TOPICS.items():
            self.topic.addItem(tr(label), value)
        self.topic.currentIndexChanged.connect(self.apply_filters)
        self.topic.setToolTip(tr("Show the courses of one topic"))
        self.count_label = QLabel()
        self.add_button = QPushButton(tr("Add course"))
        self.add_button.setToolTip(tr("Add a new course (Ctrl+N)"))
        self.edit_button = QPushButton(tr("Edit"))
        self.delete_button = QPushButton(tr("Delete"))
        self.results_button = QPushButton(tr("Completion…"))
        self.results_button.setToolTip(tr("Record who completed the course: date, score, certificate"))
        self.import_button = QPushButton(tr("Import attendance…"))
        self.import_button.setToolTip(tr("Import attendance and results of the selected course from Excel "
                                         "(.xlsx)"))
        self.export_button = QPushButton(tr("Export completion list…"))
        self.export_button.setToolTip(tr("Officers who completed a course in a period, to Excel (.xlsx)"))
        self.add_button.clicked.connect(self.add_course)
        self.edit_button.clicked.connect(self.edit_course)
        self.delete_button.clicked.connect(self.delete_course)
        self.results_button.clicked.connect(self.open_results)
        self.import_button.clicked.connect(self.import_attendance)
        self.export_button.clicked.connect(self.export_completion)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_course)

        self.model = CourseTableModel(ctx.store, parent=self)
        # on a small screen the title keeps its room; provider, source and mode go first
        self.table = list_table(self.model, (0, 125, 150, 80, 58, 72, 160, 62, 82, 95), stretch_column=0,
                                drop_when_narrow=(9, 2, 3))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _i: self.edit_course())

        self.sessions_title = QLabel()
        self.sessions_title.setStyleSheet("font-weight: bold;")
        self.sessions_title.setWordWrap(True)  # a long course title must not widen the page
        self.sessions = QTableWidget(0, 6)
        self.sessions.setHorizontalHeaderLabels([tr("Date"), tr("Place"), tr("Trainer"),
                                                 tr("Present"), tr("Excused"), tr("Absent")])
        self.sessions.verticalHeader().hide()
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.sessions, (100, 0, 260, 80, 80, 80), stretch_column=1)
        self.sessions.activated.connect(lambda _i: self.open_attendance())
        self.add_session_button = QPushButton(tr("Add session"))
        self.edit_session_button = QPushButton(tr("Edit session"))
        self.attendance_button = QPushButton(tr("Attendance…"))
        self.attendance_button.setToolTip(tr("Fill the attendance sheet of the selected session (Enter)"))
        self.delete_session_button = QPushButton(tr("Delete session"))
        self.add_session_button.clicked.connect(self.add_session)
        self.edit_session_button.clicked.connect(self.edit_session)
        self.attendance_button.clicked.connect(self.open_attendance)
        self.delete_session_button.clicked.connect(self.delete_session)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Topic")))
        filters.addWidget(self.topic)
        filters.addWidget(self.count_label)
        filters.addStretch(1)  # the Excel buttons up here: one row of six is too wide at 150 %
        filters.addWidget(self.import_button)
        filters.addWidget(self.export_button)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.results_button):
            actions.addWidget(button)
        actions.addStretch(1)
        top_layout.addLayout(filters)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        session_actions = QHBoxLayout()
        session_actions.addWidget(self.sessions_title, 1)
        for button in (self.add_session_button, self.edit_session_button, self.attendance_button,
                       self.delete_session_button):
            session_actions.addWidget(button)
        bottom_layout.addLayout(session_actions)
        bottom_layout.addWidget(self.sessions, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([330, 230])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self.on_course_selected())
        self.sessions.itemSelectionChanged.connect(self.update_buttons)
        ctx.ops.subscribe(self, KINDS, self.apply_filters)
        self.apply_filters()

    # list ---------------------------------------------------------------------------------
    def apply_filters(self) -> None:
        current = self.selected_id()
        query = self.model.query
        self.model.set_query(svc.CourseQuery(query.commune_code, self.topic.currentData() or "",
                                             query.sort, query.descending))
        self.count_label.setText(tr("{count} courses").format(count=format_number(self.model.rowCount())))
        if current is not None:
            self.select_id(current)
        self.on_course_selected()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def selected_id(self) -> uuid.UUID | None:
        row = self.selected()
        return row.id if row else None

    def select_id(self, course_id: uuid.UUID) -> None:
        for row in range(min(self.model.rowCount(), 2000)):
            obj = self.model.row_object(row)
            if obj is not None and obj.id == course_id:
                self.table.selectRow(row)
                return

    def on_course_selected(self) -> None:
        row = self.selected()
        self.session_rows: list[svc.SessionRow] = []
        if row is not None:
            with self.ctx.store.session() as s:
                self.session_rows = svc.sessions_of(s, row.id)
            self.sessions_title.setText(tr("Sessions of “{course}”").format(course=row.title))
        else:
            self.sessions_title.setText(tr("Select a course to see its sessions"))
        self.sessions.setRowCount(len(self.session_rows))
        for r, item in enumerate(self.session_rows):
            values = (format_date(item.held_on), item.place, item.trainer,
                      format_number(item.present), format_number(item.excused),
                      format_number(item.absent))
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if col >= 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.sessions.setItem(r, col, cell)
        self.update_buttons()

    def selected_session(self) -> svc.SessionRow | None:
        rows = self.sessions.selectionModel().selectedRows()
        return self.session_rows[rows[0].row()] if rows else None

    def update_buttons(self) -> None:
        has_course = self.selected() is not None
        for button in (self.edit_button, self.delete_button, self.results_button,
                       self.import_button, self.add_session_button):
            button.setEnabled(has_course)
        has_session = self.selected_session() is not None
        for button in (self.edit_session_button, self.attendance_button, self.delete_session_button):
            button.setEnabled(has_session)

    # actions ------------------------------------------------------------------------------
    def _error(self, err: Exception) -> None:
        self.ctx.prompts.error(self, tr("Training"), user_message(err))

    def add_course(self) -> None:
        dialog = CourseDialog(self.ctx, parent=self)
        self.last_dialog = open_dialog(dialog, lambda: dialog.saved_id and self.select_id(
            dialog.saved_id))

    def edit_course(self) -> None:
        row = self.selected()
        if row is not None:
            self.last_dialog = open_dialog(CourseDialog(self.ctx, row.id, parent=self))

    def delete_course(self) -> None:
        row = self.selected()
        if row is None or not self.ctx.prompts.confirm(
                self, tr("Delete course"),
                tr("Delete the course “{title}” with its sessions and results? Use this only for a "
                   "course entered by mistake.").format(title=row.title), tr("Delete")):
            return
        course_id = row.id
        self._write(lambda s: svc.delete_course(s, course_id))

    def add_session(self) -> None:
        row = self.selected()
        if row is not None:
            self.last_dialog = open_dialog(SessionDialog(self.ctx, row.id, parent=self))

    def edit_session(self) -> None:
        row, item = self.selected(), self.selected_session()
        if row is not None and item is not None:
            self.last_dialog = open_dialog(SessionDialog(self.ctx, row.id, item.id, parent=self))

    def delete_session(self) -> None:
        item = self.selected_session()
        if item is None or not self.ctx.prompts.confirm(
                self, tr("Delete session"),
                tr("Delete the session of {date} and its attendance sheet?").format(
                    date=format_date(item.held_on)), tr("Delete")):
            return
        session_id = item.id
        self._write(lambda s: svc.delete_session(s, session_id))

    def open_attendance(self) -> None:
        from desktop.ui.training.attendance import AttendanceDialog

        item = self.selected_session()
        if item is not None:
            try:
                self.last_dialog = open_dialog(AttendanceDialog(self.ctx, item.id, parent=self))
            except UserError as err:
                self._error(err)

    def open_results(self) -> None:
        from desktop.ui.training.results import ResultsDialog

        row = self.selected()
        if row is not None:
            try:
                self.last_dialog = open_dialog(ResultsDialog(self.ctx, row.id, parent=self))
            except UserError as err:
                self._error(err)

    def import_attendance(self) -> None:
        from desktop.ui.training.import_dialog import AttendanceImportDialog

        row = self.selected()
        if row is None:
            return
        path = self.ctx.prompts.open_file(self, tr("Choose the attendance list"), tr("Excel files (*.xlsx)"))
        if path is not None:
            self.last_dialog = open_dialog(AttendanceImportDialog(self.ctx, path, row.id, parent=self))

    def export_completion(self) -> None:
        from desktop.ui.training.export import ExportDialog

        self.last_dialog = open_dialog(ExportDialog(self.ctx, self.selected_id(), parent=self))

    def _write(self, action) -> None:
        def refused(err: Exception) -> None:  # e.g. deleted meanwhile: the list is shown anew
            self._error(err)
            self.apply_filters()

        self.ctx.ops.write(action, None, refused, parent=self)
