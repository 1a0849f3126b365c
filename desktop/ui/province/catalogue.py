"""Mục tiêu và khóa học của tỉnh: the digitization targets and required courses the province
publishes to every commune through the province server; publish a new one or withdraw one.

Every request goes to the server in a worker; the lists show what the server holds."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.accounts.permissions import can
from core.province import client as svc
from core.text import format_date, format_number, format_percent
from core.training.courses import TOPICS
from core.training.coverage import COVERED_TOPICS
from desktop.i18n import tr, user_message
from desktop.ui.tasks import run_with_progress


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(110)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class CatalogueDialog(QDialog):
    def __init__(self, page, parent=None) -> None:
        super().__init__(parent or page)
        self.page = page
        self.ctx = page.ctx
        self.catalogue: svc.Published | None = None
        self.setWindowTitle(tr("Province targets and courses"))
        intro = QLabel(tr("What the province publishes here reaches every commune and ward at "
                          "its next sync: the digitization target its progress is measured "
                          "against, and the courses every officer must complete."))
        intro.setWordWrap(True)
        self.targets = _table([tr("Target"), tr("Due date")])
        self.percent = QDoubleSpinBox()
        self.percent.setRange(1, 100)
        self.percent.setDecimals(0)
        self.percent.setValue(30)
        self.percent.setSuffix(" %")
        self.percent.setToolTip(tr("Share of the backlog's records digitized by the due date"))
        self.due = QDateEdit(QDate(dt.date.today().year, 12, 31))
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setCalendarPopup(True)
        self.due.setToolTip(tr("The date by which the target is to be reached"))
        self.publish_target_button = QPushButton(tr("Publish the target"))
        self.withdraw_target_button = QPushButton(tr("Withdraw the chosen target"))
        self.courses = _table([tr("Course"), tr("Topic"), tr("Hours")])
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("e.g. Kỹ năng số cơ bản"))
        self.title.setToolTip(tr("The course's name as the communes will see it"))
        self.topic = QComboBox()
        for key in COVERED_TOPICS:
            self.topic.addItem(tr(TOPICS[key]), key)
        self.topic.setToolTip(tr("What the course covers (counts towards training coverage)"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 1000)
        self.hours.setDecimals(0)
        self.hours.setToolTip(tr("Length of the course in hours (0 if not fixed)"))
        self.publish_course_button = QPushButton(tr("Publish the course"))
        self.withdraw_course_button = QPushButton(tr("Withdraw the chosen course"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        self._layout(intro, close)
        self.publish_target_button.clicked.connect(self.publish_target)
        self.publish_course_button.clicked.connect(self.publish_course)
        self.withdraw_target_button.clicked.connect(lambda: self.withdraw("targets"))
        self.withdraw_course_button.clicked.connect(lambda: self.withdraw("courses"))
        may = can(self.ctx.user.role, "publish_catalogue")
        for button in (self.publish_target_button, self.withdraw_target_button,
                       self.publish_course_button, self.withdraw_course_button):
            button.setEnabled(may)
            if not may:
                button.setToolTip(tr("Only a supervisor or an administrator publishes to the "
                                     "communes."))

    def _layout(self, intro: QLabel, close: QPushButton) -> None:
        target_form = QFormLayout()
        target_form.addRow(tr("Target"), self.percent)
        target_form.addRow(tr("Due date"), self.due)
        target_box = QGroupBox(tr("Digitization targets"))
        box = QVBoxLayout(target_box)
        box.addWidget(self.targets)
        box.addLayout(target_form)
        row = QHBoxLayout()
        row.addWidget(self.publish_target_button)
        row.addWidget(self.withdraw_target_button)
        box.addLayout(row)
        course_form = QFormLayout()
        course_form.addRow(tr("Course"), self.title)
        course_form.addRow(tr("Topic"), self.topic)
        course_form.addRow(tr("Hours"), self.hours)
        course_box = QGroupBox(tr("Required courses"))
        box = QVBoxLayout(course_box)
        box.addWidget(self.courses)
        box.addLayout(course_form)
        row = QHBoxLayout()
        row.addWidget(self.publish_course_button)
        row.addWidget(self.withdraw_course_button)
        box.addLayout(row)
        columns = QHBoxLayout()
        columns.addWidget(target_box)
        columns.addWidget(course_box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(900, 480)

    # server ---------------------------------------------------------------------------------
    def _run(self, title: str, work, after: str | None = None) -> None:
        """``work(passphrase)`` in a worker, then the lists read again from the server."""
        self.page.with_keys(lambda: self._run_now(title, work, after))

    def _run_now(self, title: str, work, after: str | None) -> None:
        store, passphrase = self.ctx.store, self.page.passphrase

        def done(_result) -> None:
            if after:
                self.status.setText(after)
            self.reload()

        run_with_progress(self.ctx.runner, self, title, lambda _p: work(store, passphrase),
                          done, lambda e: self.ctx.prompts.error(self, self.windowTitle(),
                                                                 user_message(e)))

    def reload(self) -> None:
        self.page.with_keys(self._reload)

    def _reload(self) -> None:
        store, passphrase = self.ctx.store, self.page.passphrase

        def failed(err: Exception) -> None:
            self.status.setText(tr("Could not read the list from the province server: "
                                   "{message}").format(message=user_message(err)))

        run_with_progress(self.ctx.runner, self, tr("Reading from the province server…"),
                          lambda _p: svc.fetch_catalogue(store, passphrase), self.show_catalogue,
                          failed)

    def show_catalogue(self, published: svc.Published) -> None:
        self.catalogue = published
        _fill(self.targets, [[format_percent(t["percent"], 0), format_date(t["due_on"])]
                             for t in published.targets])
        _fill(self.courses, [[c["title"], tr(TOPICS.get(c["topic"], c["topic"])),
                              format_number(c["hours"])] for c in published.courses])

    def publish_target(self) -> None:
        percent = self.percent.value()
        due = self.due.date().toPython()
        text = tr("Publish the target {percent} by {date} to every commune and ward?").format(
            percent=format_percent(percent, 0), date=format_date(due))
        if not self.ctx.prompts.confirm(self, self.windowTitle(), text, tr("Publish")):
            return
        self._run(tr("Publishing…"), lambda store, pw: svc.publish_target(store, percent, due, pw),
                  tr("Target published: the communes receive it at their next sync."))

    def publish_course(self) -> None:
        title, topic, hours = self.title.text(), self.topic.currentData(), self.hours.value()
        if not title.strip():
            self.ctx.prompts.error(self, self.windowTitle(),
                                   tr("Enter the title of the course and its topic."))
            self.title.setFocus()
            return
        text = tr("Publish the required course “{title}” to every commune and ward?").format(
            title=title.strip())
        if not self.ctx.prompts.confirm(self, self.windowTitle(), text, tr("Publish")):
            return
        self.title.clear()
        self._run(tr("Publishing…"),
                  lambda store, pw: svc.publish_course(store, title, topic, hours, pw),
                  tr("Course published: the communes receive it at their next sync."))

    def withdraw(self, kind: str) -> None:
        table = self.targets if kind == "targets" else self.courses
        row = table.currentRow()
        if self.catalogue is None or row < 0:
            self.ctx.prompts.info(self, self.windowTitle(), tr("Choose a row in the list first."))
            return
        items = self.catalogue.targets if kind == "targets" else self.catalogue.courses
        chosen = items[row]
        what = (f"{format_percent(chosen['percent'], 0)} — {format_date(chosen['due_on'])}"
                if kind == "targets" else chosen["title"])
        if not self.ctx.prompts.confirm(self, self.windowTitle(), tr(
                "Withdraw {what}? Every commune and ward drops it at its next sync.").format(
                what=what), tr("Withdraw")):
            return
        self._run(tr("Withdrawing…"),
                  lambda store, pw: svc.withdraw(store, kind, chosen["id"], pw),
                  tr("Withdrawn: the communes drop it at their next sync."))


def open_catalogue(page) -> CatalogueDialog:
    dialog = CatalogueDialog(page)
    page.catalogue_dialog = dialog
    dialog.open()
    dialog.reload()
    return dialog
