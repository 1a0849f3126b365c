"""Backlog forms: a lot, generating its records, and one workflow step for many records."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from core.backlog import lots as svc
from core.backlog import records as recs
from core.text import format_date, format_number
from db.errors import N_, UserError, ValidationError
from desktop.i18n import tr, user_message
from desktop.ui.context import AppContext
from desktop.ui.widgets.forms import FormDialog, date_edit, read_date

STEP_TITLES = {"scanned": N_("Mark as digitized"), "verified": N_("Mark as checked"),
               "signed": N_("Mark as signed"), "stored": N_("Mark as stored"),
               "rejected": N_("Reject records"), "pending": N_("Reopen rejected records")}


def in_background(form: FormDialog, title: str, work, done) -> None:
    """A write of thousands of records runs off the GUI thread (the form waits, its buttons
    off, ``title`` shown); a refusal shows in the form."""
    form.buttons.setEnabled(False)
    form.error.setText(title)
    form.error.show()

    def finished(result) -> None:
        form.buttons.setEnabled(True)
        form.error.hide()
        done(result)

    def failed(err: Exception) -> None:
        form.buttons.setEnabled(True)
        if isinstance(err, UserError):
            form.show_error(err)
        else:
            form.error.setText(user_message(err))
            form.error.show()

    form.ctx.ops.run(work, finished, failed, parent=form)  # the writer thread


def add_ids(box: QComboBox, items) -> None:
    """Ids go into a combo as text (Qt cannot find Python UUID objects with findData)."""
    for value, label in items:
        box.addItem(label, str(value))


def chosen_id(box: QComboBox) -> uuid.UUID | None:
    value = box.currentData()
    return uuid.UUID(value) if value else None


def number_box(maximum: int = svc.MAX_RECORDS) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setGroupSeparatorShown(True)
    box.setMinimumWidth(110)
    return box


def _year(edit: QLineEdit, field: str) -> int | None:
    text = edit.text().strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(N_("A year must be between 1900 and 2100."), field=field)
    return int(text)


class LotDialog(FormDialog):
    def __init__(self, ctx: AppContext, lot_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("Edit lot") if lot_id else tr("Add lot"), parent, 560)
        self.lot_id = lot_id
        self.field = QComboBox()
        for code, label in svc.FIELDS.items():
            self.field.addItem(tr(label), code)
        self.record_kind = QLineEdit()
        self.record_kind.setPlaceholderText(tr("e.g. Sổ đăng ký khai sinh"))
        self.year_from, self.year_to = QLineEdit(), QLineEdit()
        years = QHBoxLayout()
        for edit in (self.year_from, self.year_to):
            edit.setMaximumWidth(70)
        years.addWidget(self.year_from)
        years.addWidget(QLabel(tr("to")))
        years.addWidget(self.year_to)
        years.addStretch(1)
        self.total_records = number_box()
        self.digitized_before = number_box()
        self.digitized_before.setToolTip(tr("Records already digitized before they were tracked here"))
        self.storage = QLineEdit()
        self.priority = QComboBox()
        for value, label in svc.PRIORITIES.items():
            self.priority.addItem(tr(label), value)
        self.priority.setCurrentIndex(1)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(48)
        form = self.form
        form.addRow(tr("Field *"), self.field)
        form.addRow(tr("Kind of records *"), self.record_kind)
        form.addRow(tr("Years"), years)
        form.addRow(tr("Total records"), self.total_records)
        form.addRow(tr("Already digitized"), self.digitized_before)
        form.addRow(tr("Storage place"), self.storage)
        form.addRow(tr("Priority"), self.priority)
        form.addRow(tr("Note"), self.note)
        self.fields = {"field": self.field, "record_kind": self.record_kind, "year_from": self.year_from,
                       "year_to": self.year_to, "total_records": self.total_records,
                       "digitized_before": self.digitized_before}
        if lot_id:
            with ctx.store.session() as s:
                self._fill(svc.to_input(svc.get_lot(s, lot_id)))

    def _fill(self, data: svc.LotInput) -> None:
        self.field.setCurrentIndex(max(0, self.field.findData(data.field)))
        self.record_kind.setText(data.record_kind)
        self.year_from.setText(str(data.year_from or ""))
        self.year_to.setText(str(data.year_to or ""))
        self.total_records.setValue(data.total_records)
        self.digitized_before.setValue(data.digitized_before)
        self.storage.setText(data.storage)
        self.priority.setCurrentIndex(max(0, self.priority.findData(data.priority)))
        self.note.setPlainText(data.note)

    def data(self) -> svc.LotInput:
        return svc.LotInput(self.field.currentData(), self.record_kind.text(),
                            _year(self.year_from, "year_from"), _year(self.year_to, "year_to"),
                            self.total_records.value(), self.digitized_before.value(),
                            self.storage.text(), self.priority.currentData(), self.note.toPlainText())

    def prepare(self):
        data, lot_id = self.data(), self.lot_id
        return lambda s: svc.update_lot(s, lot_id, data) if lot_id else svc.create_lot(s, data)


class GenerateDialog(FormDialog):
    """Numbered records of a lot: e.g. the 450 entries of the 1999 birth register."""

    def __init__(self, ctx: AppContext, lot_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr("List the records of a lot"), parent, 0)
        self.lot_id = lot_id
        self.created = 0
        with ctx.store.session() as s:
            lot = svc.get_lot(s, lot_id)
            label, total, have = svc.lot_label(lot), lot.total_records, svc.generated_count(s, lot_id)
        info = QLabel(tr("<b>{lot}</b>: {have} of {total} records listed.").format(
            lot=label, have=format_number(have), total=format_number(total)))
        info.setWordWrap(True)
        self.first_no, self.last_no = number_box(), number_box()
        self.first_no.setValue(have + 1)
        self.last_no.setValue(max(total, have + 1))
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            tr("Leave empty to name them “{example}”").format(example=f"{label} – 1"))
        numbers = QHBoxLayout()
        numbers.addWidget(self.first_no)
        numbers.addWidget(QLabel(tr("to")))
        numbers.addWidget(self.last_no)
        numbers.addStretch(1)
        self.form.addRow(tr("Record numbers"), numbers)
        self.form.addRow(tr("Title"), self.title)
        self.fields = {"first_no": self.first_no, "last_no": self.last_no}
        self.add_above(info)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("Create records"))

    def save(self) -> None:
        lot_id, first, last, title = (self.lot_id, self.first_no.value(), self.last_no.value(),
                                      self.title.text())

        def work(_progress) -> int:
            with self.ctx.write() as s:
                return recs.generate_records(s, lot_id, first, last, title)

        def done(count: int) -> None:
            self.created = count
            self.accept()

        in_background(self, tr("Creating records…"), work, done)


LAST_OFFICER = "backlog/last_step_officer"  # in ui.ini: this computer's clerk


class StepDialog(FormDialog):
    """One step for the selected records, or for a range of numbers of one lot."""

    def __init__(self, ctx: AppContext, action: str, selected: list[uuid.UUID],
                 lot_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, tr(STEP_TITLES[action]), parent, 520)
        self.action, self.selected = action, selected
        self.batch_id: uuid.UUID | None = None
        self.scope = QComboBox()
        if selected:
            self.scope.addItem(tr("The {count} selected records").format(
                count=format_number(len(selected))), None)
        self.lot = QComboBox()
        with ctx.store.session() as s:
            add_ids(self.lot, svc.lot_choices(s))
            officers = svc.officer_choices(s)
        self.scope.addItem(tr("A range of record numbers of a lot"), "range")
        if lot_id is not None:
            self.lot.setCurrentIndex(max(0, self.lot.findData(str(lot_id))))
        self.first_no, self.last_no = number_box(), number_box()
        self.first_no.setValue(1)
        self.last_no.setValue(1)
        numbers = QHBoxLayout()
        numbers.addWidget(self.first_no)
        numbers.addWidget(QLabel(tr("to")))
        numbers.addWidget(self.last_no)
        numbers.addStretch(1)
        self.officer = QComboBox()
        self.officer.addItem("", None)
        add_ids(self.officer, officers)
        # the officer of the last step is usually the one doing this one too
        last = ctx.ui_settings.value(LAST_OFFICER)
        self.officer.setCurrentIndex(max(0, self.officer.findData(str(last)) if last else 0))
        self.on = date_edit()
        self.on.setText(format_date(dt.date.today()))
        self.reason = QLineEdit()
        self.form.addRow(tr("Records"), self.scope)
        self.form.addRow(tr("Lot"), self.lot)
        self.form.addRow(tr("Numbers"), numbers)
        self.form.addRow(tr("Done by *"), self.officer)
        self.form.addRow(tr("Date *"), self.on)
        if action == "rejected":
            self.form.addRow(tr("Reason *"), self.reason)
        hint = QLabel(tr("The officer's valid signing certificate is recorded with the step.")
                      if action == "signed" else "")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.fields = {"officer": self.officer, "on": self.on, "reason": self.reason,
                       "first_no": self.first_no, "last_no": self.last_no}
        self.add_below(hint)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._scope_changed()

    def _scope_changed(self) -> None:
        by_range = self.scope.currentData() == "range"
        for widget in (self.lot, self.first_no, self.last_no):
            widget.setEnabled(by_range)

    def selection(self) -> recs.Selection:
        if self.scope.currentData() == "range":
            return recs.Selection(lot_id=chosen_id(self.lot), first_no=self.first_no.value(),
                                  last_no=self.last_no.value())
        return recs.Selection(ids=tuple(self.selected))

    def save(self) -> None:
        try:
            on = read_date(self.on, "on", required=True)
        except UserError as err:
            self.show_error(err)
            return
        selection, action, officer, reason = (self.selection(), self.action, chosen_id(self.officer),
                                              self.reason.text())

        def work(_progress) -> uuid.UUID:
            with self.ctx.write() as s:
                return recs.change_status(s, selection, action, officer, on, reason).id

        def done(batch_id: uuid.UUID) -> None:
            self.batch_id = batch_id
            self.ctx.ui_settings.setValue(LAST_OFFICER, str(officer))
            self.accept()

        in_background(self, tr("Saving…"), work, done)
