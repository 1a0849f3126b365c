"""Importing an attendance/results sheet into one course: preview every row, then apply all or nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from core.training import import_attendance as imp
from db.errors import N_
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.forms import button_box, error_label

STATUS_LABELS = {"ok": N_("Ready"), "unknown": N_("Not in the officer list"), "error": N_("Error")}
STATUS_COLORS = {"ok": "#ffffff", "unknown": "#fff4d6", "error": "#fde2e1"}
MARK_LETTERS = {"present": "x", "excused": "P", "absent": ""}


class AttendanceImportDialog(QDialog):
    def __init__(self, ctx: AppContext, path: Path, course_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.course_id = course_id
        self.preview: imp.ImportPreview | None = None
        self.setWindowTitle(tr("Import attendance"))
        self.resize(1000, 620)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skip_unknown = QCheckBox(tr("Skip the people who are not in the officer list "
                                         "(add them to the officer list first to include them)"))
        self.skip_unknown.toggled.connect(self._update_ok)
        self.add_officer_button = QPushButton(tr("Add to the officer list…"))
        self.add_officer_button.setToolTip(tr("Register the selected person, who is not in the "
                                              "officer list yet, then check the file again"))
        self.add_officer_button.clicked.connect(self.add_selected_person)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_add_button)
        self.error = error_label()
        self.buttons = button_box(tr("Import"), tr("Close"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        unknown_row = QHBoxLayout()
        unknown_row.addWidget(self.skip_unknown, 1)
        unknown_row.addWidget(self.add_officer_button)
        layout.addLayout(unknown_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load()

    def ok_button(self):
        return self.buttons.button(self.buttons.StandardButton.Ok)

    def load(self) -> None:
        """Read and check the file in the background; the preview appears when it is done."""
        path, course_id, store = self.path, self.course_id, self.ctx.store
        self.ok_button().setEnabled(False)
        self.summary.setText(tr("Reading {file}…").format(file=path.name))

        def work(_progress) -> imp.ImportPreview:
            table = imp.read_table(path)
            with store.session() as s:
                return imp.preview(s, table, course_id)

        self.ctx.runner.run(work, self._loaded, self._load_failed)

    def _loaded(self, preview: imp.ImportPreview) -> None:
        self.preview = preview
        self._show(preview)

    def _load_failed(self, err: Exception) -> None:
        self.preview = None
        self.summary.setText(self.path.name)
        self.error.setText(user_message(err))
        self.error.show()
        self.skip_unknown.hide()
        self.add_officer_button.hide()
        self.ok_button().setEnabled(False)

    def _show(self, p: imp.ImportPreview) -> None:
        sessions = ", ".join(f"{format_date(sc.held_on)}" + (" " + tr("(new)") if sc.session_id is None else "")
                             for sc in p.sessions)
        self.summary.setText(
            tr("<b>{file}</b> → course “{course}”. Sessions: {sessions}.<br>{rows} rows: {ok} ready, "
               "{unknown} not in the officer list, {errors} with errors. Marks: {present} present, "
               "{excused} excused, {absent} absent.").format(
                file=self.path.name, course=p.course_title, sessions=sessions or "—",
                rows=len(p.rows), ok=p.count("ok"), unknown=len(p.unknown), errors=p.errors,
                present=p.marks("present"), excused=p.marks("excused"), absent=p.marks("absent")))
        headers = [tr("Row"), tr("Full name"), tr("CCCD number"), tr("Status")]
        headers += [format_date(sc.held_on) for sc in p.sessions]
        headers += [tr("Completed"), tr("Problem")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(p.rows))
        for r, row in enumerate(p.rows):
            done = {True: tr("Yes"), False: tr("No"), None: ""}[row.completed]
            values = [str(row.row_no), row.full_name, row.cccd, tr(STATUS_LABELS[row.status])]
            values += [MARK_LETTERS.get(row.marks.get(sc.col, ""), "") for sc in p.sessions]
            problem = "; ".join(pr.message(tr) for pr in row.problems)
            if row.suggestion:
                problem = tr("Did you mean {name}? Correct the name in the file.").format(name=row.suggestion)
            values += [done, problem]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor(STATUS_COLORS[row.status])))
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.skip_unknown.setVisible(bool(p.unknown))
        self.add_officer_button.setVisible(bool(p.unknown))
        self._update_add_button()
        if p.problems:
            self.error.setText("\n".join(pr.message(tr) for pr in p.problems))
            self.error.show()
        elif p.errors:
            self.error.setText(tr("Correct the rows marked Error in the file, then import it again. "
                                  "Nothing is imported while a row has an error."))
            self.error.show()
        self._update_ok()

    def selected_row(self) -> imp.RowResult | None:
        rows = self.table.selectionModel().selectedRows() if self.preview else []
        return self.preview.rows[rows[0].row()] if rows else None

    def _update_add_button(self) -> None:
        row = self.selected_row()
        self.add_officer_button.setEnabled(row is not None and row.status == "unknown")

    def add_selected_person(self) -> None:
        """The clerk resolves an unknown person by registering them (name and CCCD filled in)."""
        from desktop.ui.officers.dialog import OfficerDialog

        row = self.selected_row()
        if row is None or row.status != "unknown":
            return
        dialog = OfficerDialog(self.ctx, parent=self)
        dialog.full_name.setText(row.full_name)
        dialog.cccd.setText(row.cccd)
        if dialog.exec() and dialog.saved_id:
            self.load()

    def _update_ok(self) -> None:
        p = self.preview
        ok = p is not None and not p.has_errors and (not p.unknown or self.skip_unknown.isChecked())
        self.ok_button().setEnabled(ok)

    def apply(self) -> None:
        preview, skip, store, user = self.preview, self.skip_unknown.isChecked(), self.ctx.store, self.ctx.user
        if preview is None:
            return

        def work(progress):
            with store.write(actor=user.username) as s:
                result = imp.apply(s, preview, skip_unknown=skip)
                progress.check()  # cancelling before the commit leaves nothing behind
                return result

        def done(result: imp.ImportSummary) -> None:
            self.ctx.signals.data_changed.emit("attendance")
            self.ctx.prompts.info(self, tr("Import attendance"), tr(
                "Imported: {sessions} new session(s), {attendance} attendance change(s), {results} "
                "result change(s); {skipped} person(s) skipped.").format(
                sessions=result.sessions_created, attendance=result.attendance_changed,
                results=result.results_changed, skipped=result.skipped_unknown))
            self.accept()

        def failed(err: Exception) -> None:
            self.error.setText(user_message(err))
            self.error.show()

        run_with_progress(self.ctx.runner, self, tr("Importing attendance…"), work, done, failed)

