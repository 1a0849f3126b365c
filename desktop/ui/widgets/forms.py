"""The app's forms: one dialog base (fields, the reason of a refusal under them, Save/Cancel),
Vietnamese button boxes, error highlighting and the small readers of typed fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.text import date_shaped, parse_date
from db.errors import N_, UserError, ValidationError
from desktop.i18n import tr, user_message

ERROR_STYLE = "border: 2px solid #c62828; border-radius: 3px;"


def button_box(ok_text: str | None = None, cancel_text: str | None = None) -> QDialogButtonBox:
    """OK/Cancel with Vietnamese texts (Qt's own strings are not translated everywhere)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or tr("Save"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text or tr("Cancel"))
    return box


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828; font-weight: bold;")
    label.hide()
    return label


def mark_error(widget: QWidget | None, on: bool) -> None:
    if widget is not None:
        widget.setStyleSheet(ERROR_STYLE if on else "")


def show_field_error(fields: dict[str, QWidget], label: QLabel, err: UserError) -> None:
    """Frame the offending field in red (and focus it), the translated reason under the form."""
    for widget in fields.values():
        mark_error(widget, False)
    field = getattr(err, "field", None)
    widget = fields.get(field or "")
    mark_error(widget, True)
    if widget is not None:
        widget.setFocus()
    label.setText(user_message(err))
    label.show()


# typed fields ------------------------------------------------------------------------------
def read_date(edit: QLineEdit, field: str, required: bool = False):
    try:
        value = parse_date(edit.text())
    except ValueError:
        if date_shaped(edit.text()):  # 31/02/2025: the right form, a day that does not exist
            raise ValidationError(N_("The date {value} does not exist: check the day and the month."),
                                  field=field, value=edit.text().strip()) from None
        raise ValidationError(N_("Write the date as dd/mm/yyyy, e.g. 05/10/2025."), field=field) from None
    if value is None and required:
        raise ValidationError(N_("Write the date as dd/mm/yyyy, e.g. 05/10/2025."), field=field)
    return value


def read_number(edit: QLineEdit, field: str) -> float | None:
    text = edit.text().strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(N_("{value} is not a number."), field=field, value=edit.text()) from None


def date_edit(tip: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(tr("dd/mm/yyyy"))
    edit.setMaximumWidth(130)
    if tip:
        edit.setToolTip(tip)
    return edit


def combo(choices: dict[str, str], current: Any = None) -> QComboBox:
    """A combo of translated labels holding their keys; ``current`` selected if given."""
    box = QComboBox()
    for value, label in choices.items():
        box.addItem(tr(label), value)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


# the form dialog ---------------------------------------------------------------------------
class FormDialog(QDialog):
    """A form that saves through one op and keeps the dialog open on a refusal: the bad
    field framed in red, the reason below the form.

    A subclass adds its rows with ``add`` (or straight to ``self.form``), widgets above or below
    the form with ``add_above`` / ``add_below``, and defines ``prepare()``: it reads the fields
    on the GUI thread (refusing a bad value at once) and returns ``write(session)``, which
    ``save`` runs on the writer thread in one transaction (``ctx.ops``), keeping the id of the
    row it returns in ``saved_id``. The screens showing the tables written refresh themselves
    from the op's changes. A save that works otherwise overrides ``save``.
    """

    field_tips: dict[str, str] = {}  # untranslated tooltips by field name, for ``add``

    def __init__(self, ctx, title: str, parent: QWidget | None = None, width: int = 540) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id = None
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = button_box()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)

    def add(self, name: str, label: str, widget: QWidget) -> Any:
        """A row whose field can be refused by name (framed in red)."""
        self.fields[name] = widget
        if name in self.field_tips and not widget.toolTip():
            widget.setToolTip(tr(self.field_tips[name]))
        self.form.addRow(label, widget)
        return widget

    def add_above(self, widget: QWidget) -> None:
        self.body.insertWidget(0, widget)

    def add_below(self, widget: QWidget) -> None:
        self.body.insertWidget(self.body.indexOf(self.error), widget)

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and self.buttons.parent() is None:
            # placed now, after the subclass's fields: Tab goes down the form, then to Save
            self.body.addWidget(self.buttons)
        return super().event(event)

    def show_error(self, err: Exception) -> None:
        if isinstance(err, UserError):
            show_field_error(self.fields, self.error, err)
        else:
            self.error.setText(user_message(err))
            self.error.show()

    def prepare(self) -> Callable[[Any], Any]:
        """The fields read (on the GUI thread) and the write to run with them."""
        raise NotImplementedError(f"{type(self).__name__} defines neither prepare() nor save()")

    def save(self) -> None:
        try:
            write = self.prepare()
        except UserError as err:
            self.show_error(err)
            return
        self.run_write(write)

    def run_write(self, write: Callable[[Any], Any],
                  on_saved: Callable[[Any], None] | None = None) -> None:
        """``write(session)`` as an op; the dialog waits (greyed) and closes when it is saved,
        or shows why not."""
        def op(session) -> Any:
            row = write(session)
            return getattr(row, "id", None)  # read before the session closes

        def saved(saved_id: Any) -> None:
            self.setEnabled(True)
            if saved_id is not None:
                self.saved_id = saved_id
            if on_saved is not None:
                on_saved(saved_id)
            self.accept()

        def refused(err: Exception) -> None:
            self.setEnabled(True)
            self.show_error(err)

        self.setEnabled(False)
        self.ctx.ops.write(op, saved, refused, parent=self, initiator=self)


def path_field(path: str) -> QLineEdit:
    """A path shown whole, selectable and copied as it is, that scrolls inside its field rather
    than widening the page when it is long (a Windows profile folder often is)."""
    field = QLineEdit(path)
    field.setReadOnly(True)
    field.setFrame(False)
    field.setStyleSheet("QLineEdit { background: transparent; }")
    field.setCursorPosition(0)
    field.setToolTip(path)
    return field
