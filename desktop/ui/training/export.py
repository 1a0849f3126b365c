"""Saving the completion list (danh sách học viên hoàn thành) to Excel: one course or all, a period."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.text import fold, format_date, format_number
from core.training import courses as svc
from core.training import coverage as cov
from db.errors import N_, UserError, ValidationError
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import button_box, date_edit, error_label, read_date


def suggested_name(title: str) -> str:
    slug = "-".join(fold(title).split())[:60] or "tat-ca"
    return f"danh-sach-hoan-thanh-{slug}.xlsx"


class ExportDialog(QDialog):
    """Choose the course (or all courses) and the completion period, then the file."""

    def __init__(self, ctx: AppContext, course_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Export completion list"))
        self.setMinimumWidth(560)
        self.course = QComboBox()
        self.course.addItem(tr("All courses"), None)
        with ctx.store.session() as s:
            for cid, title in svc.course_choices(s):
                self.course.addItem(title, str(cid))  # Qt compares text data, not Python UUIDs
        self.course.setCurrentIndex(max(0, self.course.findData(str(course_id))))
        self.course.setToolTip(tr("One course, or all courses"))
        self.date_from = date_edit()
        self.date_to = date_edit()
        self.date_from.setToolTip(tr("Completed on or after this date; empty: from the start"))
        self.date_to.setToolTip(tr("Completed on or before this date; empty: until today"))
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel(tr("to")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("Course"), self.course)
        form.addRow(tr("Completed from"), period)
        hint = QLabel(tr("Leave the dates empty for every completion."))
        hint.setObjectName("hint")
        self.error = error_label()
        self.buttons = button_box(tr("Export…"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def selected_course(self) -> uuid.UUID | None:
        data = self.course.currentData()
        return uuid.UUID(data) if data else None

    def export(self) -> None:
        try:
            start = read_date(self.date_from, "date_from")
            end = read_date(self.date_to, "date_to")
            if start and end and end < start:
                raise ValidationError(N_("The end date is before the start date."), field="date_to")
        except UserError as err:
            self.error.setText(user_message(err))
            self.error.show()
            return
        chosen = self.selected_course()
        title = self.course.currentText() if chosen else tr("All courses")
        if export_completion(self.ctx, self, chosen, title, start, end):
            self.accept()


def export_completion(ctx: AppContext, parent: QWidget, course_id: uuid.UUID | None, title: str,
                      start=None, end=None) -> bool:
    path = ctx.prompts.save_file(parent, tr("Save the completion list"), suggested_name(title),
                                 tr("Excel files (*.xlsx)"))
    if path is None:
        return False
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    commune = ctx.store.commune()
    heading = tr("LIST OF TRAINEES WHO COMPLETED THE COURSE")
    subtitle = tr("Course: {title}").format(title=title)
    if start or end:
        subtitle += "; " + tr("completed from {start} to {end}").format(
            start=format_date(start) or "…", end=format_date(end) or "…")
    if commune is not None:
        subtitle += f" — {commune.name}, {commune.province_name}"
    store = ctx.store

    def work(_progress):
        with store.session() as s:
            rows = cov.completion_list(s, course_id, start, end)
        cov.export_completion_xlsx(rows, path, heading, subtitle, translate=tr)
        return len(rows)

    def done(count: int) -> None:
        ctx.prompts.info(parent, tr("Completion list"),
                         tr("Saved {count} trainees who completed to {file}.").format(
                             count=format_number(count), file=str(path)))

    # a few hundred rows at most: no progress dialog, but never on the GUI thread
    ctx.runner.run(work, done,
                   lambda err: ctx.prompts.error(parent, tr("Completion list"), user_message(err)))
    return True
