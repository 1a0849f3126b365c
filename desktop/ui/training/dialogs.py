"""Course and session forms, with validation messages below the form."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from core.text import format_date
from core.training import courses as svc
from desktop.i18n import tr
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import FormDialog, combo, date_edit, read_date, read_number


class CourseDialog(FormDialog):
    def __init__(self, ctx: AppContext, course_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Edit course") if course_id else tr("Add course"), parent, 600)
        self.course_id = course_id
        self.title = QLineEdit()
        self.title.setMaxLength(256)
        self.title.setToolTip(tr("Name of the course as in the invitation, e.g. Bình dân học vụ số — đợt 2"))
        self.provider = combo(svc.PROVIDERS)
        self.provider.setToolTip(tr("Who organises the course"))
        self.topic = combo(svc.TOPICS)
        self.topic.setToolTip(tr("What it teaches; digital skills and system operation count towards the "
                                 "target"))
        self.mode = combo(svc.MODES)
        self.mode.setToolTip(tr("In class, online or both"))
        self.hours = QLineEdit()
        self.hours.setMaximumWidth(80)
        self.hours.setToolTip(tr("Length of the course in hours, e.g. 8 or 2,5"))
        self.required = QCheckBox(tr("Required: counts towards the 100 % training target"))
        self.required.setToolTip(tr("Completing a required course counts the officer as trained in its "
                                    "topic"))
        self.start_date = date_edit()
        self.end_date = date_edit()
        self.start_date.setToolTip(tr("First day, e.g. 01/10/2025"))
        self.end_date.setToolTip(tr("Last day; empty for a one-day course"))
        dates = QHBoxLayout()
        dates.addWidget(self.start_date)
        dates.addWidget(QLabel(tr("to")))
        dates.addWidget(self.end_date)
        dates.addStretch(1)
        self.pass_mark = QLineEdit()
        self.pass_mark.setMaximumWidth(80)
        self.pass_mark.setToolTip(tr("Lowest score (0–100) that passes; leave empty if there is no test"))
        self.materials = QPlainTextEdit()
        self.materials.setFixedHeight(64)
        self.materials.setPlaceholderText(tr("One link or file per line"))
        self.materials.setToolTip(tr("Links or file names of the course materials, one per line"))
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(48)
        self.note.setToolTip(tr("Anything worth keeping about this course"))
        self.origin = QLabel()
        self.origin.setObjectName("hint")
        form = self.form
        form.addRow(tr("Title *"), self.title)
        form.addRow(tr("Provider"), self.provider)
        form.addRow(tr("Topic"), self.topic)
        form.addRow(tr("Mode"), self.mode)
        form.addRow(tr("Hours"), self.hours)
        form.addRow("", self.required)
        form.addRow(tr("Dates"), dates)
        form.addRow(tr("Pass mark"), self.pass_mark)
        form.addRow(tr("Materials"), self.materials)
        form.addRow(tr("Note"), self.note)
        self.fields = {"title": self.title, "provider": self.provider, "topic": self.topic,
                       "mode": self.mode, "hours": self.hours, "start_date": self.start_date,
                       "end_date": self.end_date, "pass_mark": self.pass_mark}
        self.add_above(self.origin)
        self.origin.hide()
        if course_id:
            self._load(course_id)

    def _load(self, course_id: uuid.UUID) -> None:
        with self.ctx.store.session() as s:
            course = svc.get_course(s, course_id)
            data, origin = svc.to_input(course), course.origin
        self.title.setText(data.title)
        for box, value in ((self.provider, data.provider), (self.topic, data.topic),
                           (self.mode, data.mode)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.hours.setText(f"{data.hours:g}".replace(".", ","))
        self.required.setChecked(data.required)
        self.start_date.setText(format_date(data.start_date))
        self.end_date.setText(format_date(data.end_date))
        if data.pass_mark is not None:
            self.pass_mark.setText(f"{data.pass_mark:g}".replace(".", ","))
        self.materials.setPlainText(data.materials)
        self.note.setPlainText(data.note)
        if origin == "province":
            self.origin.setText(tr("Published by the province: changes made here are sent back "
                                   "with the next sync."))
            self.origin.show()

    def form_input(self) -> svc.CourseInput:
        hours = read_number(self.hours, "hours")
        return svc.CourseInput(
            title=self.title.text(), provider=self.provider.currentData(),
            topic=self.topic.currentData(), mode=self.mode.currentData(),
            hours=hours or 0.0, required=self.required.isChecked(),
            start_date=read_date(self.start_date, "start_date"),
            end_date=read_date(self.end_date, "end_date"),
            materials=self.materials.toPlainText(),
            pass_mark=read_number(self.pass_mark, "pass_mark"), note=self.note.toPlainText())

    def prepare(self):
        data, course_id = self.form_input(), self.course_id
        if course_id:
            return lambda s: svc.update_course(s, course_id, data)
        return lambda s: svc.create_course(s, data)


class SessionDialog(FormDialog):
    def __init__(self, ctx: AppContext, course_id: uuid.UUID, session_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Edit session") if session_id else tr("Add session"), parent, 460)
        self.course_id = course_id
        self.session_id = session_id
        self.held_on = date_edit(tr("Date of the session, e.g. 05/10/2025"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(tr("e.g. Hội trường UBND xã"))
        self.place.setToolTip(tr("Where the session takes place, or the link of an online session"))
        self.trainer = QLineEdit()
        self.trainer.setToolTip(tr("Name of the trainer or lecturer"))
        form = self.form
        form.addRow(tr("Date *"), self.held_on)
        form.addRow(tr("Place"), self.place)
        form.addRow(tr("Trainer"), self.trainer)
        self.fields = {"held_on": self.held_on, "place": self.place, "trainer": self.trainer}
        if session_id:
            with ctx.store.session() as s:
                row = svc.get_session(s, session_id)
                self.held_on.setText(format_date(row.held_on))
                self.place.setText(row.place)
                self.trainer.setText(row.trainer)

    def prepare(self):
        data = svc.SessionInput(read_date(self.held_on, "held_on", required=True),
                                self.place.text(), self.trainer.text())
        session_id, course_id = self.session_id, self.course_id
        if session_id:
            return lambda s: svc.update_session(s, session_id, data)
        return lambda s: svc.add_session(s, course_id, data)
